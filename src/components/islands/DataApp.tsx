/** The data page: save a backup, restore one, see what is stored, erase everything. */
import { explainUnreadable } from '../../lib/explainUnreadable';
import DataErase from './DataErase';
import DataExport from './DataExport';
import DataImport from './DataImport';
import DataStatus from './DataStatus';
import StorageNotices from './StorageNotices';

/** Everything on /planner/data/ that reads or changes the student's data. */
export default function DataApp() {
  return (
    <div class="data-app">
      <StorageNotices explain={explainUnreadable} />
      <DataExport />
      <DataImport />
      <DataStatus />
      <DataErase />
    </div>
  );
}
