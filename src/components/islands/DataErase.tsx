/** Erasing the planner from this browser, after the student types the confirmation word. */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { $storageStatus, eraseAll } from '../../stores/backup';
import { $storageProblem, $unreadable } from '../../stores/planner';
import { downloadFile } from '../downloadFile';
import { useExport } from './DataExport';

/** The word the student types to confirm. */
const WORD = 'ERASE';

/** The "Erase everything" section. */
export default function DataErase() {
  const status = useStore($storageStatus);
  const unreadable = useStore($unreadable);
  const { saved, exportNow } = useExport();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const field = useRef<HTMLInputElement>(null);

  const erase = (event: Event) => {
    event.preventDefault();
    // Any case: phones often capitalise only the first letter.
    if (typed.trim().toUpperCase() !== WORD) {
      setError(`Type ${WORD} in the box to confirm. Nothing was erased.`);
      setDone('');
      field.current?.focus();
      return;
    }
    eraseAll();
    setTyped('');
    setError('');
    setDone(
      $storageProblem.get() === null
        ? 'Your planner is erased from this browser.'
        : 'Part of your planner could not be erased; see the message at the top of the page.',
    );
  };

  return (
    <section aria-labelledby="erase-heading" class="card data-section data-erase">
      <h2 id="erase-heading">Erase everything</h2>
      <p>
        This removes all your contacts, touches and settings from this browser
        {status.keptAside > 0 &&
          ', and the data that could not be read (a backup does not include it)'}
        . Your lesson progress stays. It cannot be undone: a backup file is the only way back.
      </p>
      <p>
        <button type="button" class="quiet" onClick={exportNow}>
          Export a backup first
        </button>
        {unreadable.length > 0 && (
          <>
            {' '}
            <button
              type="button"
              class="quiet"
              onClick={() =>
                downloadFile(
                  'wise-follow-up-unreadable-data.json',
                  JSON.stringify(
                    Object.fromEntries(unreadable.map((item) => [item.storageKey, item.raw])),
                    null,
                    2,
                  ),
                )
              }
            >
              Download the data that could not be read
            </button>
          </>
        )}
      </p>
      <p role="status">{saved}</p>
      <form onSubmit={erase} noValidate>
        <div class="field">
          <label for="erase-confirm">To confirm, type {WORD}</label>
          <input
            ref={field}
            id="erase-confirm"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            value={typed}
            aria-describedby="erase-error"
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <p id="erase-error" class="field-error">
            {error}
          </p>
        </div>
        <p>
          <button type="submit" class="danger">
            Erase my planner
          </button>
        </p>
      </form>
      <p role="status">{done}</p>
    </section>
  );
}
