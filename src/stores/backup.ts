/**
 * The student's data as a whole: backup export, import (Replace all or Merge), erase,
 * what is stored, and whether a backup is due. Every write goes through the
 * planner's stores ($slots, $settingsSlot, $recovered), so how a record is
 * encoded in storage stays in planner.ts.
 *
 * Decisions:
 * - The backup file records its own export: settings.lastBackupAt is the
 *   export time, and the same time is saved here. So right after an export
 *   this browser and the file hold exactly the same data, and importing the
 *   file elsewhere restores the settings as they are here (no reminder to
 *   back up data that just came from a backup).
 * - Erase all removes every contact, the settings (back to the defaults) and
 *   the copies of unreadable data kept aside: "erase" means nothing of the
 *   student's planner stays in this browser, which matters most on a shared
 *   computer. The page says so and offers those copies for download first.
 *   Course progress (class start date, lessons done) is not planner data and
 *   stays.
 */
import {
  applyImport,
  applyMerge,
  backupFileName,
  readImport,
  serializeBackup,
  type ImportChoice,
  type PlannerData,
} from '../lib/backup';
import { formatLocalDate } from '../lib/localDate';
import type { Result } from '../lib/migrations';
import {
  DEFAULT_SETTINGS,
  SCHEMA_VERSION,
  type Backup,
  type ContactRecord,
  type Touch,
} from '../lib/plannerSchema';
import {
  $contacts,
  $records,
  $recovered,
  $settings,
  $settingsSlot,
  $slots,
  $storageProblem,
  keepUnreadableAside,
  updateSettings,
  type Slot,
} from './planner';
import { requestPersistentStorage } from './backupStatus';
import { isQuotaError } from './settings';
import { recordSlot } from './plannerActions';
import { dismissUndo } from './undo';

export * from './backupStatus';

/** The planner's data as a backup carries it, in a fixed order so two exports of the same data are the same file. */
export function currentData(): PlannerData {
  const records = $records.get();
  const contacts = $contacts.get();
  return {
    settings: $settings.get(),
    contacts,
    // Touches follow their contact's order (by name), not storage-key order,
    // which differs between browsers holding the same data.
    touches: contacts.flatMap((c) => records[c.id]?.touches ?? []),
  };
}

const EXPORT_NOT_NOTED =
  'Your backup file is ready, but this browser would not store the date of this backup (it may be out of room), so the reminder to back up may still appear.';

/** Builds the backup file for `now`, and records `now` as the last backup. */
export function exportBackup(now: Date): { fileName: string; text: string } {
  const lastBackupAt = now.toISOString();
  const data = currentData();
  const text = serializeBackup({ ...data, settings: { ...data.settings, lastBackupAt } }, now);
  // The file is returned even if this write is refused: with a full quota the
  // student needs their backup most.
  if (!updateSettings({ lastBackupAt })) $storageProblem.set(EXPORT_NOT_NOTED);
  return { fileName: backupFileName(formatLocalDate(now)), text };
}

/** Reads a backup file's text and says what Replace all and Merge would each do; changes nothing. */
export function previewImport(text: string): Result<ImportChoice> {
  return readImport(currentData(), text);
}

const QUOTA_MESSAGE =
  'Your browser has no room left for this backup, so nothing was changed: your planner is as it was. Export a backup of what you have, erase it, then import again.';
const REFUSED_MESSAGE =
  'Your browser refused to save the backup, so nothing was changed: your planner is as it was. It may be blocking storage for this site.';
const HALF_DONE_MESSAGE =
  'Your browser stopped saving part-way through the import and could not put everything back. Keep your backup files; import the backup again once there is room.';
const UNREADABLE_MESSAGE =
  'Some saved data could not be read and could not be set aside, so the backup was not imported. Download that data from the notice on this page, remove it, then try again.';

/** The record to store for each contact after the import, by contact id. */
function recordsOf(data: PlannerData): Map<string, ContactRecord> {
  const touches = new Map<string, Touch[]>();
  for (const touch of data.touches) {
    const list = touches.get(touch.contactId);
    if (list) list.push(touch);
    else touches.set(touch.contactId, [touch]);
  }
  return new Map(
    data.contacts.map((contact) => [
      contact.id,
      { version: SCHEMA_VERSION, contact, touches: touches.get(contact.id) ?? [] },
    ]),
  );
}

/** True when `next` is the stored record itself: applyImport and applyMerge keep unchanged contacts' objects. */
function sameRecord(stored: ContactRecord | undefined, next: ContactRecord): boolean {
  return (
    stored !== undefined &&
    stored.contact === next.contact &&
    stored.touches.length === next.touches.length &&
    stored.touches.every((touch, i) => touch === next.touches[i])
  );
}

/**
 * Imports the backup. `replace` (Replace all): afterwards this browser holds
 * exactly the file's settings, contacts and touches. `merge`: the file's new
 * contacts are added and its newer edits taken, the rest stays (see
 * lib/backup.ts). All or nothing: if the browser refuses a write, every key
 * written so far is put back and $storageProblem says why. Returns true when
 * the backup was imported.
 */
export function applyBackup(backup: Backup, how: 'replace' | 'merge' = 'replace'): boolean {
  // Unreadable keys are moved aside first, so a contact in the file never
  // overwrites text the student has not yet rescued.
  keepUnreadableAside();
  const slots = $slots.get();
  const stillUnreadable =
    !$settingsSlot.get().ok ||
    Object.entries(slots).some(([id, slot]) => !slot.ok || slot.record.contact.id !== id);
  if (stillUnreadable) {
    $storageProblem.set(UNREADABLE_MESSAGE);
    return false;
  }

  const stored = $records.get();
  const after =
    how === 'merge' ? applyMerge(currentData(), backup) : applyImport(currentData(), backup);
  const next = recordsOf(after);
  // Removals first: they free room for what comes in.
  const writes: [string, Slot | undefined][] = [];
  for (const id of Object.keys(slots)) if (!next.has(id)) writes.push([id, undefined]);
  for (const [id, record] of next) {
    if (!sameRecord(stored[id], record)) writes.push([id, recordSlot(record)]);
  }
  const settingsBefore = $settingsSlot.get();

  // The settings go last: when any write fails they have not been written, so
  // putting back the contact keys is all it takes (and no settings key appears).
  const written: [string, Slot | undefined][] = [];
  try {
    for (const [id, slot] of writes) {
      const before = slots[id];
      $slots.setKey(id, slot);
      written.push([id, before]);
    }
    const sameSettings =
      settingsBefore.ok &&
      JSON.stringify(settingsBefore.settings) === JSON.stringify(after.settings);
    if (!sameSettings) $settingsSlot.set({ ok: true, settings: after.settings });
  } catch (error) {
    let restored = true;
    // Newest first, so keys added by the import are removed (freeing room)
    // before the ones it replaced or removed are put back.
    for (const [id, before] of written.reverse()) {
      try {
        $slots.setKey(id, before);
      } catch {
        restored = false;
      }
    }
    $storageProblem.set(
      !restored ? HALF_DONE_MESSAGE : isQuotaError(error) ? QUOTA_MESSAGE : REFUSED_MESSAGE,
    );
    return false;
  }
  $storageProblem.set(null);
  // An Undo offered before the import would write old data over what it brought in.
  dismissUndo();
  if (next.size > 0) void requestPersistentStorage();
  return true;
}

/** Removes every contact, its touches, the settings and the kept-aside copies from this browser. */
export function eraseAll(): void {
  dismissUndo();
  try {
    for (const id of Object.keys($slots.get())) $slots.setKey(id, undefined);
    for (const key of Object.keys($recovered.get())) $recovered.setKey(key, undefined);
    // planner.ts cannot delete the settings key, so it goes back to the defaults (nothing personal).
    $settingsSlot.set({ ok: true, settings: DEFAULT_SETTINGS });
    $storageProblem.set(null);
  } catch {
    $storageProblem.set(
      'Your browser refused to erase part of your data. Reload the page and try again.',
    );
  }
}
