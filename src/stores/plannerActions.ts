/**
 * The actions that change the planner's contacts and touches: add, edit and
 * delete a contact; mark a touch done, skip or move it; fix a voicemail's next
 * attempt. Each writes one contact's key through planner.ts's $slots and
 * returns an undo, or null when the browser refused the write (then nothing
 * changed, and $storageProblem says why). Apart from planner.ts so that pages
 * which only read the plan (the calendar) do not load them.
 */
import type { PlannedTouch } from '../lib/cadence';
import { SCHEMA_VERSION } from '../lib/plannerOptions';
import { storedTouch } from '../lib/storedTouch';
import { voicemailTouchId } from '../lib/touchId';
import type { AgreedNext, Contact, ContactRecord, Outcome, Touch } from '../lib/plannerSchema';
import { editChanges, revertChange, type ContactField } from '../lib/recordChange';
import { doneDayProblem, moveDayProblem } from '../lib/touchDay';
import { $records, $slots, type Slot } from './planner';
import { attempt } from './settings';

/** The slot that stores `record`: the record with its text, plain JSON. */
export function recordSlot(record: ContactRecord): Slot {
  return { ok: true, record, raw: JSON.stringify(record) };
}

/**
 * What an Undo did: all of its action's changes put back; some, because the
 * rest was changed again since (another tab's later change is kept); none,
 * for that reason; or nothing because the browser refused to save.
 */
export type UndoResult = 'undone' | 'partly' | 'changed-since' | 'not-saved';

/** A function that puts things back as they were before an action. */
export type Undo = () => UndoResult;

function putRecord(record: ContactRecord | undefined, id: string): boolean {
  return attempt(() => $slots.setKey(id, record ? recordSlot(record) : undefined));
}

/** The readable record of a contact, or undefined (never an object's own machinery, whatever the id). */
function recordOf(id: string): ContactRecord | undefined {
  const records = $records.get();
  return Object.hasOwn(records, id) ? records[id] : undefined;
}

/**
 * The undo of one change to one record (see revertChange): only what this
 * change altered, and only where nothing has changed it since. Undoing an
 * addition or a deletion works only while nothing has replaced the contact.
 */
function undoOf(
  id: string,
  before: ContactRecord | undefined,
  after: ContactRecord | undefined,
): Undo {
  return () => {
    const current = recordOf(id);
    const write = (record: ContactRecord | undefined, kept: boolean): UndoResult =>
      !putRecord(record, id) ? 'not-saved' : kept ? 'partly' : 'undone';
    if (!before || !after) {
      if (!after && !current) return write(before, false);
      if (!before && current && JSON.stringify(current) === JSON.stringify(after))
        return write(undefined, false);
      return 'changed-since';
    }
    if (!current) return 'changed-since';
    const { record, kept } = revertChange(before, after, current);
    if (!record) return kept ? 'changed-since' : 'undone';
    return write({ ...record, contact: { ...record.contact, updatedAt: now() } }, kept);
  };
}

/** Writes a record's new version; returns its undo, or null when the browser refused. */
function change(
  id: string,
  before: ContactRecord | undefined,
  after: ContactRecord | undefined,
): Undo | null {
  return putRecord(after, id) ? undoOf(id, before, after) : null;
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

/** What saving an edit did. */
export type EditResult =
  | { ok: true; undo: Undo }
  /** Another tab changed some of the same fields since the form opened; nothing was saved. */
  | { ok: false; reason: 'conflict'; fields: ContactField[] }
  /** The contact was deleted (in another tab) since the form opened; nothing was saved. */
  | { ok: false; reason: 'deleted' }
  /** The browser refused to store it; $storageProblem says why. */
  | { ok: false; reason: 'storage' };

/**
 * Saves an edit of a contact: only the fields the student changed from
 * `base` (the contact as the form showed it), so an edit never puts back
 * what another tab changed meanwhile. When another tab changed one of the
 * same fields to something else, nothing is saved and the fields are named,
 * unless `overwrite` says the student chose to replace them.
 */
export function updateContact(
  id: string,
  fields: Partial<ContactFields>,
  base: Contact,
  overwrite = false,
): EditResult {
  const record = recordOf(id);
  if (!record) return { ok: false, reason: 'deleted' };
  const { changes, conflicts } = editChanges(fields, base, record.contact);
  if (conflicts.length > 0 && !overwrite)
    return { ok: false, reason: 'conflict', fields: conflicts };
  if (Object.keys(changes).length === 0) return { ok: true, undo: () => 'undone' };
  const contact = { ...record.contact, ...changes, updatedAt: now() } as Contact;
  const undo = change(id, record, { ...record, contact });
  return undo ? { ok: true, undo } : { ok: false, reason: 'storage' };
}

/**
 * Puts back a contact that was deleted (in another tab) while its edit form
 * was open, with what the form holds; its recorded touches went with the deletion.
 */
export function restoreContact(base: Contact, fields: ContactFields): Contact | null {
  const contact: Contact = { ...base, ...fields, updatedAt: now() };
  return putRecord({ version: SCHEMA_VERSION, contact, touches: [] }, contact.id) ? contact : null;
}

/** Sets (or clears, with null) the next contact the contact agreed to. */
export function setAgreedNext(id: string, agreed: AgreedNext | null): Undo | null {
  const record = recordOf(id);
  if (!record) return null;
  return change(id, record, {
    ...record,
    contact: { ...record.contact, agreed, updatedAt: now() },
  });
}

/** Deletes a contact and all its touches; returns an undo. */
export function deleteContact(id: string): Undo | null {
  const record = recordOf(id);
  if (!record) return null;
  return change(id, record, undefined);
}

function storeTouch(touch: Touch, extra?: (record: ContactRecord) => ContactRecord): Undo | null {
  const record = recordOf(touch.contactId);
  if (!record) return null;
  const touches = [...record.touches.filter((t) => t.id !== touch.id), touch];
  let next: ContactRecord = { ...record, touches };
  if (extra) next = extra(next);
  return change(touch.contactId, record, next);
}

/** Clears the contact's agreed date once the touch made for it is done or skipped: it is used up. */
function clearUsedAgreed(touch: PlannedTouch): (record: ContactRecord) => ContactRecord {
  return (record) =>
    touch.purpose === 'agreed' && record.contact.agreed?.date === touch.due
      ? { ...record, contact: { ...record.contact, agreed: null, updatedAt: now() } }
      : record;
}

/** Records a planned touch as done, with what happened; returns an undo. Refuses a day after `today`. */
export function markTouchDone(
  touch: PlannedTouch,
  outcome: Outcome,
  doneOn: string,
  today: string,
): Undo | null {
  const problem = doneDayProblem(doneOn, today);
  if (problem) throw new RangeError(problem);
  const done: Touch = { ...storedTouch(touch), state: 'done', outcome, doneOn };
  return storeTouch(done, clearUsedAgreed(touch));
}

/** Skips a planned touch; the cadence moves on from today. Returns an undo. */
export function skipTouch(touch: PlannedTouch, on: string): Undo | null {
  const skipped: Touch = { ...storedTouch(touch), state: 'skipped', outcome: null, doneOn: on };
  return storeTouch(skipped, clearUsedAgreed(touch));
}

/** Moves a planned touch to another day; it then stays on that day. Returns an undo. Refuses a day before `today`. */
export function moveTouch(touch: PlannedTouch, to: string, today: string): Undo | null {
  const problem = moveDayProblem(to, today);
  if (problem) throw new RangeError(problem);
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
  const record = recordOf(contactId);
  if (!record) return { added: false, undo: null };
  const already = record.touches.find(
    (t) =>
      t.state === 'planned' &&
      t.source === 'voicemail' &&
      t.due === date &&
      t.window?.start === window.start &&
      t.window?.end === window.end,
  );
  if (already) return { added: false, undo: null };
  const touch: Touch = {
    id: voicemailTouchId(contactId, date, window.start),
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

/**
 * Adds a contact not yet in the planner together with a voicemail's next
 * attempt, in one step (the voicemail writer, writing to someone new). Null
 * when the browser refused to save the contact; `$storageProblem` says why.
 */
export function addContactWithVoicemailAttempt(
  fields: ContactFields,
  date: string,
  window: { start: string; end: string },
): { contact: Contact; added: boolean } | null {
  const contact = addContact(fields);
  if (!contact) return null;
  return { contact, added: addVoicemailAttempt(contact.id, date, window).added };
}
