/** Saving a backup file: the download, the "Saved …" message, and the Export section. */
import { downloadFile } from '../downloadFile';
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { formatLocalDate, shortDateLabel } from '../../lib/localDate';
import { $storageStatus, exportBackup } from '../../stores/backup';
import { $today } from '../../stores/planner';

/** Exports a backup and downloads it; gives the sentence that says what was saved. */
export function useExport(): { saved: string; exportNow: () => void } {
  const today = useStore($today);
  const [saved, setSaved] = useState('');
  const exportNow = () => {
    const now = new Date();
    const { fileName, text } = exportBackup(now);
    downloadFile(fileName, text, 'application/json;charset=utf-8');
    setSaved(
      `Saved ${fileName} on ${shortDateLabel(formatLocalDate(now), today)}. Look for it in your downloads, then keep a copy somewhere safe.`,
    );
  };
  return { saved, exportNow };
}

/** The "Save a backup" section. */
export default function DataExport() {
  const { saved, exportNow } = useExport();
  const status = useStore($storageStatus);
  return (
    <section aria-labelledby="export-heading" class="card data-section">
      <h2 id="export-heading">Save a backup</h2>
      <p>
        A backup is one file with all your contacts, touches and settings. Save one every week and
        keep it where you keep important things: email it to yourself, or put it in your cloud
        drive.
      </p>
      {status.contacts === 0 && (
        <p class="muted">Your planner is empty, so a backup now holds only your settings.</p>
      )}
      {status.keptAside > 0 && (
        <p class="notice notice--warn">
          Data that could not be read is not in the backup. Download it from the notice at the top
          of this page.
        </p>
      )}
      <p>
        <button type="button" onClick={exportNow}>
          Export backup
        </button>
      </p>
      <p role="status">{saved}</p>
    </section>
  );
}
