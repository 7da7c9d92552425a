/**
 * Writes a contact record in the compact stored form that recordCodec.ts
 * describes and decodes. Apart from the decoder so that pages which only
 * read the plan (the calendar) do not load it.
 */
import { isPlainObject } from './migrationSteps';
import type { Contact, ContactRecord, TimeWindow, Touch } from './plannerSchema';
import {
  COMPACT_CODES as C,
  COMPACT_LAYOUT,
  dayNumber,
  decodeRecord,
  defaultDoneOn,
  NO_OUTCOME,
  RELATIVE_ID,
} from './recordCodec';

/** The compact text of a record; plain JSON instead if the record is one the compact form cannot hold exactly. */
export function encodeRecord(record: ContactRecord): string {
  let compact: string | undefined;
  try {
    compact = JSON.stringify(compactRecord(record));
  } catch {
    compact = undefined;
  }
  // Only a valid record has an exact compact form (2026-02-30 has no day
  // number, an extra key has no slot). Anything else is written as plain JSON,
  // as before the codec, so the next read refuses it instead of reading a
  // silently changed record.
  if (compact !== undefined && sameJson(decodeRecord(compact), record)) return compact;
  return JSON.stringify(record);
}

function compactRecord(record: ContactRecord): object {
  const { contact } = record;
  return {
    f: COMPACT_LAYOUT,
    v: record.version,
    c: compactContact(contact),
    t: record.touches.map((touch) => compactTouch(touch, contact)),
  };
}

function compactContact(contact: Contact): unknown[] {
  const slots: unknown[] = [
    contact.id,
    contact.name,
    contact.organization,
    contact.role,
    C.metHow[contact.metHow],
    contact.metOn,
    C.status[contact.status],
    contact.createdAt,
    contact.updatedAt,
    contact.email,
    contact.phoneOffice,
    contact.phoneMobile,
    contact.notes,
    contact.agreed === null ? null : compactAgreed(contact.agreed),
  ];
  return trimDefaults(slots, ['', '', '', '', null]);
}

function compactAgreed(agreed: NonNullable<Contact['agreed']>): unknown[] {
  const number = agreed.number === null ? null : C.number[agreed.number];
  return trimDefaults([agreed.date, compactWindow(agreed.window), number], [null, null]);
}

function compactTouch(touch: Touch, contact: Contact): unknown[] {
  const due = dayNumber(touch.due);
  const code =
    C.channel[touch.channel] +
    C.purpose[touch.purpose] +
    C.state[touch.state] +
    (touch.outcome === null ? NO_OUTCOME : C.outcome[touch.outcome]) +
    C.source[touch.source];
  const slots: unknown[] = [
    compactTouchId(touch, contact.id),
    due - dayNumber(contact.metOn),
    code,
    touch.note,
    compactWindow(touch.window),
  ];
  if (touch.doneOn === defaultDoneOn(touch.state, touch.due))
    return trimDefaults(slots, ['', null]);
  return [...slots, touch.doneOn === null ? null : dayNumber(touch.doneOn) - due];
}

function compactTouchId(touch: Touch, contactId: string): string | [string, string] {
  if (touch.contactId !== contactId) return [touch.id, touch.contactId];
  const prefix = `${contactId}-`;
  return touch.id.startsWith(prefix) ? RELATIVE_ID + touch.id.slice(prefix.length) : touch.id;
}

function compactWindow(window: TimeWindow | null): string | null {
  return window === null ? null : `${window.start}-${window.end}`;
}

/** Drops trailing slots equal to their defaults; `defaults` lines up with the last slots. */
function trimDefaults(slots: unknown[], defaults: unknown[]): unknown[] {
  const firstOptional = slots.length - defaults.length;
  let end = slots.length;
  while (end > firstOptional && slots[end - 1] === defaults[end - 1 - firstOptional]) end -= 1;
  return slots.slice(0, end);
}

/** Deep equality of JSON-shaped data: what encodeRecord uses to prove its output exact. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
  );
}
