/** Importing a backup: choose a file, see what Merge and Replace all would each change, then choose or cancel. */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { DEFAULT_MAX_BACKUP_BYTES, type ImportChoice } from '../../lib/backup';
import { formatLocalDate, shortDateLabel } from '../../lib/localDate';
import { href } from '../../paths';
import { applyBackup, previewImport } from '../../stores/backup';
import { $contacts, $storageProblem, $today } from '../../stores/planner';
import { useExport } from './DataExport';

type Step =
  | { kind: 'idle'; said: string }
  | { kind: 'refused'; fileName: string; message: string; readFile: boolean }
  | ({ kind: 'preview'; fileName: string } & ImportChoice)
  | { kind: 'done'; fileName: string; said: string };

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The "Restore from a backup" section. */
export default function DataImport() {
  const [step, setStep] = useState<Step>({ kind: 'idle', said: '' });
  const input = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const doneMessage = useRef<HTMLParagraphElement>(null);
  const { saved, exportNow } = useExport();
  const today = useStore($today);
  // With nothing here, Merge and Replace all would bring in the same contacts: only the restore is offered.
  const hasPlan = useStore($contacts).length > 0;

  const show = (next: Step, focus?: { current: HTMLElement | null }) => {
    setStep(next);
    if (focus) requestAnimationFrame(() => focus.current?.focus());
  };

  const choose = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return show({ kind: 'idle', said: '' });
    let text: string;
    try {
      // Reading one byte past the limit is enough for the check to refuse a
      // huge file, without loading all of it.
      text = await file.slice(0, DEFAULT_MAX_BACKUP_BYTES + 1).text();
    } catch {
      return show({
        kind: 'refused',
        fileName: file.name,
        message: 'This file could not be read. Choose it again, or try another copy.',
        readFile: true,
      });
    }
    const read = previewImport(text);
    if (!read.ok)
      return show({ kind: 'refused', fileName: file.name, message: read.error, readFile: true });
    show({ kind: 'preview', fileName: file.name, ...read.value }, previewHeading);
  };

  const reset = () => {
    if (input.current) input.current.value = '';
  };

  const cancel = () => {
    reset();
    show({ kind: 'idle', said: 'Import cancelled. Nothing was changed.' }, input);
  };

  const confirm = (how: 'replace' | 'merge') => {
    if (step.kind !== 'preview') return;
    if (!applyBackup(step.backup, how)) {
      return show({
        kind: 'refused',
        fileName: step.fileName,
        // The store's message says what happened to the data (usually: nothing changed).
        message: $storageProblem.get() ?? 'Your browser refused to save the backup.',
        readFile: false,
      });
    }
    reset();
    const { fileName, backup, merge } = step;
    const said =
      how === 'replace'
        ? `Imported ${fileName}: ${count(backup.contacts.length, 'contact', 'contacts')} and ${count(backup.touches.length, 'touch', 'touches')}.`
        : merge.changesNothing
          ? `Merged ${fileName}: nothing changed, everything in it was already here.`
          : `Merged ${fileName}: ${count(merge.added.length, 'contact', 'contacts')} added, ${count(merge.updated.length, 'contact', 'contacts')} updated.`;
    show({ kind: 'done', fileName, said }, doneMessage);
  };

  return (
    <section aria-labelledby="import-heading" class="card data-section">
      <h2 id="import-heading">Restore from a backup</h2>
      <p>
        Importing a backup brings a plan into this browser. If this browser already has one, you
        choose: Merge adds the file's contacts and takes the newer edit of a contact that is in
        both, which is how you bring a phone and a laptop together; Replace all makes this browser
        hold exactly what the file holds. You see what each will change before anything happens.
      </p>
      <div class="field">
        <label for="backup-file">Backup file</label>
        <p id="backup-file-hint" class="hint">
          A file named like wise-follow-up-backup-2026-11-24.json
        </p>
        <input
          ref={input}
          id="backup-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="backup-file-hint"
          onChange={choose}
        />
      </div>

      <div role="alert">
        {step.kind === 'refused' && (
          <p class="notice notice--error">
            <strong>{step.fileName} was not imported.</strong> {step.message}
            {step.readFile && ' Nothing was changed.'}
          </p>
        )}
      </div>
      <div role="status">
        {step.kind === 'idle' && step.said && <p>{step.said}</p>}
        {step.kind === 'done' && (
          <p class="notice" tabIndex={-1} ref={doneMessage}>
            {step.said} <a href={href('/planner/')}>Open your planner</a>
          </p>
        )}
      </div>

      {step.kind === 'preview' && (
        <div class="import-preview">
          <h3 tabIndex={-1} ref={previewHeading}>
            Check before you import
          </h3>
          <p>
            {step.fileName}, saved on{' '}
            {shortDateLabel(formatLocalDate(new Date(step.backup.exportedAt)), today)}.
          </p>
          {hasPlan && (
            <section aria-labelledby="merge-heading" class="import-merge">
              <h4 id="merge-heading">Merge with what is here</h4>
              <p class="muted">
                Merge removes nothing: a contact you deleted here comes back if the file still has
                it.
              </p>
              <ul>
                {step.merge.summary.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {step.merge.problem === null && (
                <p class="data-buttons">
                  <button type="button" onClick={() => confirm('merge')}>
                    Merge into my data
                  </button>
                </p>
              )}
            </section>
          )}
          <section aria-labelledby="replace-heading" class="import-replace">
            <h4 id="replace-heading">{hasPlan ? 'Replace all' : 'Import'}</h4>
            <ul>
              {step.replace.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {step.replace.removed.length + step.replace.replaced.length > 0 && (
              <div class="notice notice--warn">
                <p>
                  What Replace all removes or replaces is gone afterwards, unless you have a backup
                  of it.
                </p>
                <p>
                  <button type="button" class="quiet" onClick={exportNow}>
                    Export what I have now first
                  </button>
                </p>
              </div>
            )}
            <p role="status">{saved}</p>
            <p class="data-buttons">
              <button type="button" onClick={() => confirm('replace')}>
                Replace my data with this backup
              </button>
            </p>
          </section>
          <p class="data-buttons">
            <button type="button" class="quiet" onClick={cancel}>
              Cancel
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
