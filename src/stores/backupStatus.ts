/**
 * What is stored and whether a backup is due: light enough for the reminder on
 * the home and planner pages (the backup file code in lib/backup.ts loads only
 * on the data page, through stores/backup.ts, which re-exports this module).
 */
import { atom, computed } from 'nanostores';
import { diffDays, formatLocalDate } from '../lib/localDate';
import { DEFAULT_SETTINGS } from '../lib/settingsSchema';
import {
  $contacts,
  $recovered,
  $unreadable,
  $settings,
  $settingsSlot,
  $slots,
  $today,
  $touches,
  CONTACT_PREFIX,
  RECOVERY_PREFIX,
  SETTINGS_KEY,
} from './planner';

/** Days after the last backup when the reminder appears (it shows from day 8). */
const BACKUP_REMINDER_DAYS = 7;

/** What the data page shows about this browser's storage. */
export interface StorageStatus {
  /** Readable contacts. */
  contacts: number;
  /** Stored touches (done, skipped, fixed-planned) of those contacts. */
  touches: number;
  /** Items of unreadable data: kept aside, or left in place when too big to copy. */
  keptAside: number;
  /** About how many bytes the planner's keys and values take (UTF-16, as browsers count them). */
  bytes: number;
  /** When the last backup was exported (ISO timestamp), or null. */
  lastBackupAt: string | null;
  /** The local date of the last backup, or null. */
  lastBackupOn: string | null;
  /** Whole days from the last backup to today, or null. */
  daysSinceBackup: number | null;
}

function localDateOf(timestamp: string | null): string | null {
  if (timestamp === null) return null;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : formatLocalDate(date);
}

/** How much of this browser's storage the planner uses, and when it was last backed up. */
export const $storageStatus = computed(
  [$slots, $settingsSlot, $recovered, $unreadable, $contacts, $touches, $settings, $today],
  (
    slots,
    settingsSlot,
    recovered,
    unreadable,
    contacts,
    touches,
    settings,
    today,
  ): StorageStatus => {
    // Measured from the stores, never by reading localStorage: each slot
    // holds the exact text stored under its key.
    let chars = 0;
    for (const [id, slot] of Object.entries(slots)) {
      chars += CONTACT_PREFIX.length + id.length;
      chars += slot.raw.length;
    }
    const settingsText = settingsSlot.ok ? JSON.stringify(settingsSlot.settings) : settingsSlot.raw;
    if (settingsText !== JSON.stringify(DEFAULT_SETTINGS))
      chars += SETTINGS_KEY.length + settingsText.length;
    for (const [key, raw] of Object.entries(recovered)) {
      chars += RECOVERY_PREFIX.length + key.length + raw.length;
    }
    const lastBackupOn = localDateOf(settings.lastBackupAt);
    return {
      contacts: contacts.length,
      touches: touches.length,
      keptAside: unreadable.length,
      bytes: chars * 2,
      lastBackupAt: settings.lastBackupAt,
      lastBackupOn,
      daysSinceBackup: lastBackupOn === null ? null : diffDays(today, lastBackupOn),
    };
  },
);

/** "about 12 KB": a storage size in words a student reads at a glance. */
export function sizeLabel(bytes: number): string {
  if (bytes === 0) return 'nothing';
  if (bytes < 1024) return 'less than 1 KB';
  if (bytes < 1024 * 1024) return `about ${Math.round(bytes / 1024)} KB`;
  return `about ${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** True when the student has contacts and no backup in the last 7 days. */
export const $backupReminderDue = computed([$storageStatus], (status) =>
  status.contacts === 0
    ? false
    : status.daysSinceBackup === null || status.daysSinceBackup > BACKUP_REMINDER_DAYS,
);

/** Whether the browser promised to keep this site's storage: true, false, null when it does not say, undefined until asked. */
export const $persisted = atom<boolean | null | undefined>(undefined);

/** Asks the browser whether it keeps this site's storage, into $persisted. */
export async function checkPersisted(): Promise<void> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) {
    $persisted.set(null);
    return;
  }
  try {
    $persisted.set(await storage.persisted());
  } catch {
    $persisted.set(null);
  }
}

/** Asks the browser to keep this site's storage (it may decide on its own); the answer goes into $persisted. */
export async function requestPersistentStorage(): Promise<void> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) {
    $persisted.set(null);
    return;
  }
  try {
    $persisted.set(await storage.persist());
  } catch {
    $persisted.set(null);
  }
}
