/**
 * The planner's state in the browser: one localStorage key per contact (its
 * record: the contact and its touches), the settings, and anything that could
 * not be read, kept aside. The actions that change records are in
 * plannerActions.ts, apart, so that pages which only read the plan (the
 * calendar) do not load them; islands only read.
 *
 * Safety rules:
 * - Reading never throws. A key that cannot be read or fails validation is
 *   moved to a recovery key (never dropped) and the student is offered its
 *   raw text.
 * - A write that the browser refuses (full quota) changes nothing: the store
 *   writes storage first and memory second, and the action reports the
 *   problem in $storageProblem.
 * - A key whose name is one of JavaScript's object internals ("__proto__")
 *   is moved aside before the store reads storage: the store keeps contacts
 *   in a plain object, where such a name would not be an ordinary entry.
 * - Unreadable text too big to copy aside stays where it is, and is listed
 *   and offered for download all the same ($unreadable).
 */
import { atom, computed, onMount } from 'nanostores';
import { persistentMap } from '@nanostores/persistent';
import { formatLocalDate, msUntilNextDay } from '../lib/localDate';
import { isReservedKey } from '../lib/plannerOptions';
import type { ContactRecord } from '../lib/plannerSchema';
import { DEFAULT_SETTINGS } from '../lib/settingsSchema';
import { readStoredRecord } from '../lib/migrations';
import { browserStorage } from './localAtom';
import { $settingsSlot, attempt } from './settings';

export {
  $settings,
  $settingsSlot,
  $storageProblem,
  SETTINGS_KEY,
  updateSettings,
} from './settings';

/** localStorage key prefix of contact records: `wfu:contact:<id>`. */
export const CONTACT_PREFIX = 'wfu:contact:';
/** localStorage key prefix for data that could not be read, kept for the student. */
export const RECOVERY_PREFIX = 'wfu:recovery:';

/**
 * What one contact key holds once read: a record, or a problem; either way
 * with `raw`, the exact text stored under the key. Writing a slot writes its
 * `raw` back, so reading never changes stored text, and unreadable text is
 * written back exactly as found, never "repaired".
 */
export type Slot =
  { ok: true; record: ContactRecord; raw: string } | { ok: false; raw: string; problem: string };

function decodeSlot(raw: string): Slot {
  // Plain JSON of any known version, and the retired compact layout, both read here.
  const read = readStoredRecord(raw);
  return read.ok ? { ok: true, record: read.value, raw } : { ok: false, raw, problem: read.error };
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves contact keys named after object internals (`wfu:contact:__proto__`,
 * which an earlier version let an imported backup create) to recovery keys,
 * before $slots reads storage. Runs once, when this module loads.
 */
export function setAsideReservedKeys(storage: Storage | null): void {
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(CONTACT_PREFIX) && isReservedKey(key.slice(CONTACT_PREFIX.length)))
      keys.push(key);
  }
  for (const key of keys) {
    const raw = storage.getItem(key) ?? '';
    // `_` before the name keeps the recovery key itself an ordinary name.
    const aside = `${RECOVERY_PREFIX}contact:_${key.slice(CONTACT_PREFIX.length)}:${stamp()}`;
    try {
      storage.setItem(aside, raw);
      storage.removeItem(key);
    } catch {
      // No room for a copy: free the original's room first, then write the copy;
      // if even that fails, put the original back where it was.
      storage.removeItem(key);
      try {
        storage.setItem(aside, raw);
      } catch {
        storage.setItem(key, raw);
      }
    }
  }
}

setAsideReservedKeys(browserStorage());

/** Every contact key, read. */
export const $slots = persistentMap<Record<string, Slot>>(
  CONTACT_PREFIX,
  {},
  { encode: (slot) => slot.raw, decode: decodeSlot },
);

/** Raw text of data that could not be read, by recovery key; kept until the student removes it. */
export const $recovered = persistentMap<Record<string, string>>(RECOVERY_PREFIX, {});

/**
 * Today's local date. While any page shows something that depends on it, it
 * follows the clock: it changes at local midnight and when the page is shown
 * again (a phone woken the next morning), so "due today" is never yesterday's.
 */
export const $today = atom<string>(formatLocalDate(new Date()));

onMount($today, () => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    const now = new Date();
    $today.set(formatLocalDate(now));
    clearTimeout(timer);
    // A second past midnight, so the new day has surely begun.
    timer = setTimeout(refresh, msUntilNextDay(now) + 1000);
  };
  timer = setTimeout(refresh, msUntilNextDay(new Date()) + 1000);
  globalThis.addEventListener?.('visibilitychange', refresh);
  return () => {
    clearTimeout(timer);
    globalThis.removeEventListener?.('visibilitychange', refresh);
  };
});

/**
 * Every readable contact record, by contact id. A record stored under another
 * contact's key is not one of them (it is moved to its own key once the records are read).
 * The object has no prototype: looking up an id such as "toString" finds nothing.
 */
export const $records = computed($slots, (slots) => {
  const records: Record<string, ContactRecord> = Object.create(null);
  for (const [id, slot] of Object.entries(slots)) {
    if (slot.ok && slot.record.contact.id === id) records[id] = slot.record;
  }
  return records;
});

/** Contacts, sorted by name. */
export const $contacts = computed($records, (records) =>
  Object.values(records)
    .map((r) => r.contact)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
);

/** Every stored touch of every contact. */
export const $touches = computed($records, (records) =>
  Object.values(records).flatMap((r) => r.touches),
);

/** A stored value the planner could not read, wherever it is now; listed for the student to download. */
export interface Unreadable {
  /** The localStorage key that holds it. */
  storageKey: string;
  /** The kept-aside key (`contact:<id>:<time>`, `settings:<time>`) or, when it could not be moved, where it still is. */
  key: string;
  /** The exact stored text. */
  raw: string;
  /** True when it is still in its own place because there was no room to copy it aside. */
  inPlace: boolean;
}

/** Every value that could not be read: the kept-aside copies, and any too big to copy aside. */
export const $unreadable = computed([$recovered, $slots], (recovered, slots) => {
  const list: Unreadable[] = Object.entries(recovered).map(([key, raw]) => ({
    storageKey: RECOVERY_PREFIX + key,
    key,
    raw,
    inPlace: false,
  }));
  for (const [id, slot] of Object.entries(slots)) {
    if (!slot.ok || slot.record.contact.id !== id)
      list.push({
        storageKey: CONTACT_PREFIX + id,
        key: `contact:${id}:here`,
        raw: slot.raw,
        inPlace: true,
      });
  }
  return list;
});

// Values that could not be copied aside (no room), so the move is not retried at every change.
const couldNotMove = new Map<string, string>();

function moveAside(key: string, raw: string, remove: () => void): void {
  if (couldNotMove.get(key) === raw) return;
  try {
    // Copy first, remove second: if the copy fails, the original stays where it was.
    $recovered.setKey(`${key}:${stamp()}`, raw);
    remove();
    couldNotMove.delete(key);
  } catch {
    // Too big to copy: it stays in place and $unreadable lists it. This is
    // housekeeping, not the student's action, so it does not report "not saved".
    couldNotMove.set(key, raw);
  }
}

let moving = false;

/**
 * Moves every unreadable key aside to a recovery key, so the rest of the
 * planner works. A readable record saved under another contact's key goes to
 * its own key when that is free (nothing about it changes), and aside when
 * its own key already holds a contact.
 */
export function keepUnreadableAside(): void {
  // Each move writes a key, and the watcher calls this again at once: the
  // first call finishes its moves (copy, then remove) before another starts.
  if (moving) return;
  moving = true;
  try {
    moveUnreadableAside();
  } finally {
    moving = false;
  }
}

function moveUnreadableAside(): void {
  for (const [id, slot] of Object.entries($slots.get())) {
    if (slot.ok && slot.record.contact.id === id) continue;
    const remove = () => $slots.setKey(id, undefined);
    if (slot.ok && !Object.hasOwn($slots.get(), slot.record.contact.id)) {
      try {
        $slots.setKey(slot.record.contact.id, slot);
        remove();
        continue;
      } catch {
        // No room to move it: set it aside like any other unreadable key.
      }
    }
    moveAside(`contact:${id}`, slot.raw, remove);
  }
  const settings = $settingsSlot.get();
  if (!settings.ok) {
    moveAside('settings', settings.raw, () =>
      $settingsSlot.set({ ok: true, settings: DEFAULT_SETTINGS }),
    );
  }
}

// While any page reads the planner's records, unreadable data written here or
// by another tab is moved aside as soon as it appears.
onMount($records, () => {
  const check = () => {
    const misplaced = Object.entries($slots.get()).some(
      ([id, slot]) => !slot.ok || slot.record.contact.id !== id,
    );
    if (misplaced || !$settingsSlot.get().ok) keepUnreadableAside();
  };
  const stopSlots = $slots.subscribe(check);
  const stopSettings = $settingsSlot.subscribe(check);
  return () => {
    stopSlots();
    stopSettings();
  };
});

/** Removes a value that could not be read (kept aside or in place), once the student has downloaded it or no longer wants it. */
export function discardUnreadable(item: Unreadable): void {
  if (!item.inPlace) {
    attempt(() => $recovered.setKey(item.key, undefined));
    return;
  }
  const id = item.storageKey.slice(CONTACT_PREFIX.length);
  couldNotMove.delete(`contact:${id}`);
  attempt(() => $slots.setKey(id, undefined));
}
