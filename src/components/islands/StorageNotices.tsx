/** Tells the student about storage problems and kept-aside data, and offers the raw text. */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import {
  $recovered,
  $storageProblem,
  discardRecovered,
  watchStoredData,
} from '../../stores/planner';
import { downloadFile } from '../downloadFile';
import { href } from '../../paths';
import { $undoOffer, dismissUndo, runUndo } from '../../stores/undo';

/**
 * Storage problems, recovered data and the Undo offer, for any planner page.
 * `explain` says why a kept-aside item could not be read; the data page
 * passes it (it loads the full schemas anyway), the lighter pages point there.
 */
export default function StorageNotices({
  explain,
}: {
  explain?: (key: string, raw: string) => string;
}) {
  const problem = useStore($storageProblem);
  const recovered = useStore($recovered);
  const undo = useStore($undoOffer);
  const [removing, setRemoving] = useState<string | null>(null);
  useEffect(() => watchStoredData(), []);
  const entries = Object.entries(recovered);

  return (
    <div class="storage-notices">
      <div role="status" aria-live="polite">
        {undo && (
          <p class="notice undo-bar">
            {undo.message}{' '}
            <button type="button" onClick={runUndo}>
              Undo
            </button>{' '}
            <button type="button" class="quiet" onClick={dismissUndo}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      <div role="alert">{problem && <p class="notice notice--error">{problem}</p>}</div>
      {entries.length > 0 && (
        <section class="notice notice--warn" aria-labelledby="recovered-heading">
          <h2 id="recovered-heading">Some saved data could not be read</h2>
          <p>
            Part of what this browser stored for the planner was damaged or in a form this site does
            not read, so we set it aside instead of deleting it. Everything else works as usual.
            Download the text to keep it, or to send it to your instructor for help.
            {!explain && (
              <>
                {' '}
                <a href={href('/planner/data/')}>Your data page</a> says what is wrong with each.
              </>
            )}
          </p>
          <ul>
            {entries.map(([key, raw]) => (
              <li key={key}>
                {key.startsWith('settings:') ? 'Your planner settings' : 'One contact'} (
                {raw.length} characters){' '}
                <button
                  type="button"
                  onClick={() =>
                    downloadFile(`wise-follow-up-recovered-${key.replace(/[^\w-]/g, '_')}.txt`, raw)
                  }
                >
                  Download the text
                </button>{' '}
                {removing === key ? (
                  <span role="group" aria-label="Remove this copy?">
                    This copy cannot be brought back once removed.{' '}
                    <button type="button" onClick={() => discardRecovered(key)}>
                      Remove for good
                    </button>{' '}
                    <button type="button" class="quiet" onClick={() => setRemoving(null)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button type="button" class="quiet" onClick={() => setRemoving(key)}>
                    Remove it
                  </button>
                )}
                {explain && <p class="muted">Why: {explain(key, raw)}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
