/** Tells the student about storage problems and kept-aside data, and offers the raw text. */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { $storageProblem, $unreadable, discardUnreadable } from '../../stores/planner';
import { downloadFile } from '../downloadFile';
import { href } from '../../paths';
import { $undoOffer, $undoResult, dismissUndo, runUndo } from '../../stores/undo';
import { focusById } from '../focus';

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
  const entries = useStore($unreadable);
  const undo = useStore($undoOffer);
  const undoResult = useStore($undoResult);
  const undoButton = useRef<HTMLButtonElement>(null);
  // A new offer follows the student's own action: the keyboard goes to Undo,
  // so they need not hunt for it across the page.
  useEffect(() => {
    if (undo?.takeFocus) undoButton.current?.focus();
  }, [undo?.id]);
  const undoNow = () => {
    const target = undo?.focusAfter;
    runUndo();
    focusById(target, 'h1');
  };
  const dismiss = () => {
    dismissUndo();
    focusById(undefined, 'h1');
  };
  const [removing, setRemoving] = useState<string | null>(null);

  return (
    <div class="storage-notices">
      <div role="status" aria-live="polite">
        {undo && (
          <p class="notice undo-bar">
            {undo.message}{' '}
            <button type="button" ref={undoButton} onClick={undoNow}>
              Undo
            </button>{' '}
            <button type="button" class="quiet" onClick={dismiss}>
              Dismiss
            </button>
          </p>
        )}
        {!undo && undoResult && <p class="notice">{undoResult}</p>}
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
            {entries.map((item) => (
              <li key={item.storageKey}>
                {item.key.startsWith('settings:') ? 'Your planner settings' : 'One contact'} (
                {item.raw.length.toLocaleString()} characters
                {item.inPlace && ', left where it was because there is no room to copy it'}){' '}
                <button
                  type="button"
                  onClick={() =>
                    downloadFile(
                      `wise-follow-up-recovered-${item.key.replace(/[^\w-]/g, '_')}.txt`,
                      item.raw,
                    )
                  }
                >
                  Download the text
                </button>{' '}
                {removing === item.storageKey ? (
                  <span role="group" aria-label="Remove this copy?">
                    This copy cannot be brought back once removed.{' '}
                    <button type="button" onClick={() => discardUnreadable(item)}>
                      Remove for good
                    </button>{' '}
                    <button type="button" class="quiet" onClick={() => setRemoving(null)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button type="button" class="quiet" onClick={() => setRemoving(item.storageKey)}>
                    Remove it
                  </button>
                )}
                {explain && <p class="muted">Why: {explain(item.key, item.raw)}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
