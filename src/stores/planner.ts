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
 */
import { atom, computed } from 'nanostores';
import { persistentMap } from '@nanostores/persistent';
import { dueToday, overdue, plan as buildPlan } from '../lib/cadence';
import { formatLocalDate } from '../lib/localDate';
import type { ContactRecord } from '../lib/plannerSchema';
import { DEFAULT_SETTINGS } from '../lib/readSettings';
import { readRecord } from '../lib/readRecord';
import { decodeRecord } from '../lib/recordCodec';
import { $settings, $settingsSlot, attempt } from './settings';

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
  // Compact records (recordCodec) and plain JSON from earlier versions both read here.
  const parsed = decodeRecord(raw);
  if (parsed === undefined)
    return { ok: false, raw, problem: 'It is not readable: the text is damaged.' };
  const record = readRecord(parsed);
  return record
    ? { ok: true, record, raw }
    : { ok: false, raw, problem: 'It is not in the form this site reads.' };
}

/** Every contact key, read. */
export const $slots = persistentMap<Record<string, Slot>>(
  CONTACT_PREFIX,
  {},
  { encode: (slot) => slot.raw, decode: decodeSlot },
);

/** Raw text of data that could not be read, by recovery key; kept until the student removes it. */
export const $recovered = persistentMap<Record<string, string>>(RECOVERY_PREFIX, {});

/** Today's local date; refreshed when the page becomes visible again. */
export const $today = atom<string>(formatLocalDate(new Date()));

/** Every readable contact record, by contact id. */
export const $records = computed($slots, (slots) => {
  const records: Record<string, ContactRecord> = {};
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

/** The plan: every planned touch, from the cadence rules. */
export const $plan = computed(
  [$contacts, $touches, $settings, $today],
  (contacts, touches, settings, today) => buildPlan(contacts, touches, settings, today),
);

/** Planned touches due today. */
export const $dueToday = computed([$plan, $today], (p, today) => dueToday(p, today));

/** Planned touches whose day has passed. */
export const $overdue = computed([$plan, $today], (p, today) => overdue(p, today));

/**
 * Every planned touch after today, however far (an agreed call months ahead
 * included); the page shows them in steps. lib's upcoming() stops at N days.
 */
export const $upcoming = computed([$plan, $today], (p, today) =>
  p.touches.filter((t) => t.due > today),
);

/** Moves every unreadable key aside to a recovery key, so the rest of the planner works. */
export function keepUnreadableAside(): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const [id, slot] of Object.entries($slots.get())) {
    const mismatched = slot.ok && slot.record.contact.id !== id;
    if (slot.ok && !mismatched) continue;
    // Copy first, remove second: if the copy fails, the original stays where it was.
    const copied = attempt(() => $recovered.setKey(`contact:${id}:${stamp}`, slot.raw));
    if (copied) attempt(() => $slots.setKey(id, undefined));
  }
  const settings = $settingsSlot.get();
  if (!settings.ok) {
    const copied = attempt(() => $recovered.setKey(`settings:${stamp}`, settings.raw));
    if (copied) attempt(() => $settingsSlot.set({ ok: true, settings: DEFAULT_SETTINGS }));
  }
}

/** Starts watching storage (this tab and others) for unreadable data; returns a stop function. */
export function watchStoredData(): () => void {
  const check = () => {
    const slots = Object.values($slots.get());
    if (slots.some((s) => !s.ok) || !$settingsSlot.get().ok) keepUnreadableAside();
  };
  const stopSlots = $slots.subscribe(check);
  const stopSettings = $settingsSlot.subscribe(check);
  const refreshToday = () => $today.set(formatLocalDate(new Date()));
  globalThis.addEventListener?.('visibilitychange', refreshToday);
  return () => {
    stopSlots();
    stopSettings();
    globalThis.removeEventListener?.('visibilitychange', refreshToday);
  };
}

/** Removes a kept-aside copy once the student has downloaded or no longer wants it. */
export function discardRecovered(key: string): void {
  attempt(() => $recovered.setKey(key, undefined));
}
