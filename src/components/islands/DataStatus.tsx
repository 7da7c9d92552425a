/** What this browser holds for the planner, and whether the browser promised to keep it. */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { shortDateLabel } from '../../lib/localDate';
import {
  $persisted,
  $storageStatus,
  checkPersisted,
  requestPersistentStorage,
  sizeLabel,
} from '../../stores/backup';
import { $today } from '../../stores/planner';

function ago(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** The "What is stored in this browser" section. */
export default function DataStatus() {
  const status = useStore($storageStatus);
  const persisted = useStore($persisted);
  const today = useStore($today);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    void checkPersisted();
  }, []);

  const ask = async () => {
    await requestPersistentStorage();
    setAsked(true);
  };

  return (
    <section aria-labelledby="status-heading" class="card data-section">
      <h2 id="status-heading">What is stored in this browser</h2>
      <dl class="data-status">
        <div>
          <dt>Contacts</dt>
          <dd>{status.contacts}</dd>
        </div>
        <div>
          <dt>Touches saved</dt>
          <dd>{status.touches}</dd>
        </div>
        {status.keptAside > 0 && (
          <div>
            <dt>Set aside, could not be read</dt>
            <dd>{status.keptAside}</dd>
          </div>
        )}
        <div>
          <dt>Space used</dt>
          <dd>
            {sizeLabel(status.bytes)}
            {status.bytes > 0 && <span class="muted"> (a browser gives each site about 5 MB)</span>}
          </dd>
        </div>
        <div>
          <dt>Last backup</dt>
          <dd>
            {status.lastBackupOn === null || status.daysSinceBackup === null
              ? 'Never'
              : `${shortDateLabel(status.lastBackupOn, today)} (${ago(status.daysSinceBackup)})`}
          </dd>
        </div>
        <div>
          <dt>Kept safe by the browser</dt>
          <dd>
            {persisted === undefined && 'Checking…'}
            {persisted === null && 'This browser does not say.'}
            {persisted === true && 'Yes: this browser has promised not to clear your planner.'}
            {persisted === false &&
              'Not promised: the browser may clear your planner when space runs low.'}
          </dd>
        </div>
      </dl>
      {persisted === false && (
        <p>
          <button type="button" class="quiet" onClick={() => void ask()}>
            Ask the browser to keep my planner
          </button>
        </p>
      )}
      <p role="status">
        {asked &&
          (persisted === true
            ? 'The browser agreed to keep your planner.'
            : 'The browser did not agree. Browsers decide this themselves, often by how much you use a site. Your backup file keeps your work safe either way.')}
      </p>
    </section>
  );
}
