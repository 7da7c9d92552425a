/** Importing a backup: choose a file, see what it will change, then confirm or cancel. */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { DEFAULT_MAX_BACKUP_BYTES, type ImportPreview } from '../../lib/backup';
import { formatLocalDate, shortDateLabel } from '../../lib/localDate';
import type { Backup } from '../../lib/plannerSchema';
import { href } from '../../paths';
import { applyBackup, previewImport } from '../../stores/backup';
import { $storageProblem, $today } from '../../stores/planner';
import { useExport } from './DataExport';

type Step =
  | { kind: 'idle'; said: string }
  | { kind: 'refused'; fileName: string; message: string; readFile: boolean }
  | { kind: 'preview'; fileName: string; backup: Backup; preview: ImportPreview }
  | { kind: 'done'; fileName: string; contacts: number; touches: number };

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

  const confirm = () => {
    if (step.kind !== 'preview') return;
    if (!applyBackup(step.backup)) {
      return show({
        kind: 'refused',
        fileName: step.fileName,
        // The store's message says what happened to the data (usually: nothing changed).
        message: $storageProblem.get() ?? 'Your browser refused to save the backup.',
        readFile: false,
      });
    }
    reset();
    show(
      {
        kind: 'done',
        fileName: step.fileName,
        contacts: step.backup.contacts.length,
        touches: step.backup.touches.length,
      },
      doneMessage,
    );
  };

  return (
    <section aria-labelledby="import-heading" class="card data-section">
      <h2 id="import-heading">Restore from a backup</h2>
      <p>
        Importing a backup replaces what this browser holds with the file's contacts, touches and
        settings. You see what will change before anything happens.
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
            Imported {step.fileName}: {count(step.contacts, 'contact', 'contacts')} and{' '}
            {count(step.touches, 'touch', 'touches')}.{' '}
            <a href={href('/planner/')}>Open your planner</a>
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
            {shortDateLabel(formatLocalDate(new Date(step.backup.exportedAt)), today)}. Importing it
            will:
          </p>
          <ul>
            {step.preview.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {step.preview.removed.length + step.preview.replaced.length > 0 && (
            <div class="notice notice--warn">
              <p>
                What the import removes or replaces is gone afterwards, unless you have a backup of
                it.
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
            <button type="button" onClick={confirm}>
              Replace my data with this backup
            </button>
            <button type="button" class="quiet" onClick={cancel}>
              Cancel
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
