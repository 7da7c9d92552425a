/**
 * The planner's state in the browser: one localStorage key per contact (its
 * record: the contact and its touches), the settings, and anything that could
 * not be read, kept aside. Actions change it; islands only read it.
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
import { dueToday, overdue, plan as buildPlan, type PlannedTouch } from '../lib/cadence';
import { formatLocalDate } from '../lib/localDate';
import { migrateRecord } from '../lib/migrations';
import { decodeRecord, encodeRecord } from '../lib/recordCodec';
import { $settings, $settingsSlot, attempt } from './settings';
import {
  DEFAULT_SETTINGS,
  SCHEMA_VERSION,
  type AgreedNext,
  type Contact,
  type ContactRecord,
  type Outcome,
  type Touch,
} from '../lib/plannerSchema';

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

/** What one contact key holds once read: a record, or the raw text that could not be read. */
export type Slot =
  { ok: true; record: ContactRecord } | { ok: false; raw: string; problem: string };

function decodeSlot(raw: string): Slot {
  // Compact records (recordCodec) and plain JSON from earlier versions both read here.
  const parsed = decodeRecord(raw);
  if (parsed === undefined)
    return { ok: false, raw, problem: 'It is not readable: the text is damaged.' };
  const result = migrateRecord(parsed);
  return result.ok ? { ok: true, record: result.value } : { ok: false, raw, problem: result.error };
}

function encodeSlot(slot: Slot): string {
  // Unreadable text is written back exactly as found, never "repaired".
  return slot.ok ? encodeRecord(slot.record) : slot.raw;
}

/** Every contact key, read. */
export const $slots = persistentMap<Record<string, Slot>>(
  CONTACT_PREFIX,
  {},
  { encode: encodeSlot, decode: decodeSlot },
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

/** A function that puts things back as they were before an action. */
export type Undo = () => void;

function putRecord(record: ContactRecord | undefined, id: string): boolean {
  return attempt(() => $slots.setKey(id, record ? { ok: true, record } : undefined));
}

function recordUndo(id: string): Undo {
  const before = $records.get()[id];
  return () => {
    putRecord(before, id);
  };
}

function now(): string {
  return new Date().toISOString();
}

function newId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}${Date.now().toString(36)}${random[0]!.toString(36)}${random[1]!.toString(36)}`.slice(
    0,
    40,
  );
}

/** Moves every unreadable key aside to a recovery key, so the rest of the planner works. */
export function keepUnreadableAside(): void {
  const stamp = now().replace(/[:.]/g, '-');
  for (const [id, slot] of Object.entries($slots.get())) {
    const mismatched = slot.ok && slot.record.contact.id !== id;
    if (slot.ok && !mismatched) continue;
    const raw = slot.ok ? JSON.stringify(slot.record) : slot.raw;
    // Copy first, remove second: if the copy fails, the original stays where it was.
    const copied = attempt(() => $recovered.setKey(`contact:${id}:${stamp}`, raw));
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

/** The fields a student fills in for a contact. */
export type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;

/** Saves a new contact; returns it, or null when the browser could not store it. */
export function addContact(fields: ContactFields): Contact | null {
  const stamp = now();
  const contact: Contact = { ...fields, id: newId('c'), createdAt: stamp, updatedAt: stamp };
  const saved = putRecord({ version: SCHEMA_VERSION, contact, touches: [] }, contact.id);
  if (!saved) return null;
  askForPersistentStorage();
  return contact;
}

/** Changes a contact's details; returns an undo, or null when nothing could be saved. */
export function updateContact(id: string, fields: Partial<ContactFields>): Undo | null {
  const record = $records.get()[id];
  if (!record) return null;
  const undo = recordUndo(id);
  const contact = { ...record.contact, ...fields, updatedAt: now() };
  return putRecord({ ...record, contact }, id) ? undo : null;
}

/** Sets (or clears, with null) the next contact the contact agreed to. */
export function setAgreedNext(id: string, agreed: AgreedNext | null): Undo | null {
  return updateContact(id, { agreed });
}

/** Deletes a contact and all its touches; returns an undo. */
export function deleteContact(id: string): Undo | null {
  if (!$records.get()[id]) return null;
  const undo = recordUndo(id);
  return putRecord(undefined, id) ? undo : null;
}

function storeTouch(touch: Touch, extra?: (record: ContactRecord) => ContactRecord): Undo | null {
  const record = $records.get()[touch.contactId];
  if (!record) return null;
  const undo = recordUndo(touch.contactId);
  const touches = [...record.touches.filter((t) => t.id !== touch.id), touch];
  let next: ContactRecord = { ...record, touches };
  if (extra) next = extra(next);
  return putRecord(next, touch.contactId) ? undo : null;
}

function stripPlan(touch: PlannedTouch | Touch): Touch {
  return {
    id: touch.id,
    contactId: touch.contactId,
    due: touch.due,
    window: touch.window,
    channel: touch.channel,
    purpose: touch.purpose,
    state: touch.state,
    outcome: touch.outcome,
    doneOn: touch.doneOn,
    note: touch.note,
    source: touch.source,
  };
}

/** Records a planned touch as done, with what happened; returns an undo. */
export function markTouchDone(touch: PlannedTouch, outcome: Outcome, doneOn: string): Undo | null {
  const done: Touch = { ...stripPlan(touch), state: 'done', outcome, doneOn };
  // An agreed date is used up once its call happened.
  const clearAgreed = (record: ContactRecord): ContactRecord =>
    touch.purpose === 'agreed' && record.contact.agreed?.date === touch.due
      ? { ...record, contact: { ...record.contact, agreed: null, updatedAt: now() } }
      : record;
  return storeTouch(done, clearAgreed);
}

/** Skips a planned touch; the cadence moves on from today. Returns an undo. */
export function skipTouch(touch: PlannedTouch, on: string): Undo | null {
  const skipped: Touch = { ...stripPlan(touch), state: 'skipped', outcome: null, doneOn: on };
  const clearAgreed = (record: ContactRecord): ContactRecord =>
    touch.purpose === 'agreed' && record.contact.agreed?.date === touch.due
      ? { ...record, contact: { ...record.contact, agreed: null, updatedAt: now() } }
      : record;
  return storeTouch(skipped, clearAgreed);
}

/** Moves a planned touch to another day; it then stays on that day. Returns an undo. */
export function moveTouch(touch: PlannedTouch, to: string): Undo | null {
  const moved: Touch = {
    ...stripPlan(touch),
    due: to,
    // An agreed call keeps its purpose; anything the student moves is theirs.
    source: touch.source === 'agreed' || touch.source === 'voicemail' ? touch.source : 'student',
  };
  const clearAgreed = (record: ContactRecord): ContactRecord =>
    touch.purpose === 'agreed' && record.contact.agreed?.date === touch.due
      ? {
          ...record,
          contact: { ...record.contact, agreed: { ...record.contact.agreed, date: to } },
        }
      : record;
  return storeTouch(moved, clearAgreed);
}

/**
 * Puts a voicemail's next attempt in the plan: a call on that day in that
 * window. Saving the same attempt again changes nothing (no duplicate).
 */
export function addVoicemailAttempt(
  contactId: string,
  date: string,
  window: { start: string; end: string },
): { added: boolean; undo: Undo | null } {
  const record = $records.get()[contactId];
  if (!record) return { added: false, undo: null };
  const same = record.touches.find(
    (t) =>
      t.state === 'planned' &&
      t.source === 'voicemail' &&
      t.due === date &&
      t.window?.start === window.start &&
      t.window?.end === window.end,
  );
  if (same) return { added: false, undo: null };
  const touch: Touch = {
    id: `${contactId}-vm-${date.replaceAll('-', '')}-${window.start.replace(':', '')}`,
    contactId,
    due: date,
    window,
    channel: 'call',
    purpose: 'live',
    state: 'planned',
    outcome: null,
    doneOn: null,
    note: 'The next attempt you promised in your voicemail.',
    source: 'voicemail',
  };
  const undo = storeTouch(touch);
  return { added: undo !== null, undo };
}

let persistRequested = false;

/** Asks the browser once to keep this site's storage (Safari and others may clear it otherwise). */
function askForPersistentStorage(): void {
  if (persistRequested) return;
  persistRequested = true;
  void globalThis.navigator?.storage?.persist?.().catch(() => undefined);
}
