/**
 * The actions that change the planner's contacts and touches: add, edit and
 * delete a contact; mark a touch done, skip or move it; fix a voicemail's next
 * attempt. Each writes one contact's key through planner.ts's $slots and
 * returns an undo, or null when the browser refused the write (then nothing
 * changed, and $storageProblem says why). Apart from planner.ts so that pages
 * which only read the plan do not load them, or the record encoder.
 */
import type { PlannedTouch } from '../lib/cadence';
import { encodeRecord } from '../lib/encodeRecord';
import { SCHEMA_VERSION } from '../lib/plannerOptions';
import { storedTouch } from '../lib/storedTouch';
import type { AgreedNext, Contact, ContactRecord, Outcome, Touch } from '../lib/plannerSchema';
import { $records, $slots, type Slot } from './planner';
import { attempt } from './settings';

/** The slot that stores `record`: the record with its compact text. */
export function recordSlot(record: ContactRecord): Slot {
  return { ok: true, record, raw: encodeRecord(record) };
}

/** A function that puts things back as they were before an action. */
export type Undo = () => void;

function putRecord(record: ContactRecord | undefined, id: string): boolean {
  return attempt(() => $slots.setKey(id, record ? recordSlot(record) : undefined));
}

function recordUndo(id: string): Undo {
  // The slot as stored, so that Undo puts back exactly the text there was.
  const before = $slots.get()[id];
  return () => {
    attempt(() => $slots.setKey(id, before));
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

/** Clears the contact's agreed date once the touch made for it is done or skipped: it is used up. */
function clearUsedAgreed(touch: PlannedTouch): (record: ContactRecord) => ContactRecord {
  return (record) =>
    touch.purpose === 'agreed' && record.contact.agreed?.date === touch.due
      ? { ...record, contact: { ...record.contact, agreed: null, updatedAt: now() } }
      : record;
}

/** Records a planned touch as done, with what happened; returns an undo. */
export function markTouchDone(touch: PlannedTouch, outcome: Outcome, doneOn: string): Undo | null {
  const done: Touch = { ...storedTouch(touch), state: 'done', outcome, doneOn };
  return storeTouch(done, clearUsedAgreed(touch));
}

/** Skips a planned touch; the cadence moves on from today. Returns an undo. */
export function skipTouch(touch: PlannedTouch, on: string): Undo | null {
  const skipped: Touch = { ...storedTouch(touch), state: 'skipped', outcome: null, doneOn: on };
  return storeTouch(skipped, clearUsedAgreed(touch));
}

/** Moves a planned touch to another day; it then stays on that day. Returns an undo. */
export function moveTouch(touch: PlannedTouch, to: string): Undo | null {
  const moved: Touch = {
    ...storedTouch(touch),
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
