/**
 * Reads one stored contact record without valibot. The planner and calendar
 * pages read every contact key on load; valibot and its messages would add
 * about 4 KB gzip to each. The rules are contactRecordSchema's exactly (plus
 * migrateRecord's checks that every touch belongs to the contact and no id is
 * used twice), and a property test (tests/unit/readRecord.test.ts) holds the
 * two readers together. migrateRecord, with its field-by-field messages,
 * explains on the data page why a refused record was kept aside
 * (explainUnreadable.ts).
 */
import { isPlainObject, migrateRecordData, MIGRATIONS } from './migrationSteps';
import {
  CHANNELS,
  CONTACT_STATUSES,
  isIsoDate,
  isSafeId,
  MAX_EMAIL,
  MAX_NAME,
  MAX_PHONE,
  MAX_TEXT,
  MET_HOW,
  OUTCOMES,
  PHONE_KINDS,
  PURPOSES,
  SCHEMA_VERSION,
  TOUCH_STATES,
} from './plannerOptions';
import type { AgreedNext, Contact, ContactRecord, TimeWindow, Touch } from './plannerSchema';
import { ISO_TIMESTAMP } from './readSettings';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const SOURCES = ['student', 'agreed', 'voicemail', 'plan'] as const;

const CONTACT_KEYS = [
  'id',
  'name',
  'organization',
  'role',
  'metHow',
  'metOn',
  'notes',
  'email',
  'phoneOffice',
  'phoneMobile',
  'agreed',
  'status',
  'createdAt',
  'updatedAt',
];
const TOUCH_KEYS = [
  'id',
  'contactId',
  'due',
  'window',
  'channel',
  'purpose',
  'state',
  'outcome',
  'doneOn',
  'note',
  'source',
];

/**
 * A stored record (as recordCodec decodes it) of any known version, in
 * today's shape; null when anything is missing, extra, out of range or
 * saved under the wrong contact. Never throws.
 */
export function readRecord(raw: unknown): ContactRecord | null {
  if (!isPlainObject(raw)) return null;
  let candidate: Record<string, unknown> = raw;
  // Records already at today's version (nearly all) skip the copy the migration chain makes.
  if (raw['version'] !== SCHEMA_VERSION) {
    const migrated = migrateRecordData(raw, MIGRATIONS, SCHEMA_VERSION);
    if (!migrated.ok) return null;
    candidate = migrated.value;
  }
  return checkRecord(candidate);
}

function checkRecord(o: Record<string, unknown>): ContactRecord | null {
  if (!exactKeys(o, ['version', 'contact', 'touches']) || o['version'] !== SCHEMA_VERSION) {
    return null;
  }
  const contact = readContact(o['contact']);
  const list = o['touches'];
  if (!contact || !Array.isArray(list)) return null;
  const touches: Touch[] = [];
  const ids = new Set<string>();
  for (const item of list) {
    const touch = readTouch(item);
    if (!touch || touch.contactId !== contact.id || ids.has(touch.id)) return null;
    ids.add(touch.id);
    touches.push(touch);
  }
  return { version: SCHEMA_VERSION, contact, touches };
}

function readContact(value: unknown): Contact | null {
  if (!isPlainObject(value) || !exactKeys(value, CONTACT_KEYS)) return null;
  const { id, organization, role, metHow, metOn, notes, email, phoneOffice, phoneMobile } = value;
  const { status, createdAt, updatedAt } = value;
  // The schema trims the name before measuring it; so does this.
  const name = typeof value['name'] === 'string' ? value['name'].trim() : '';
  const agreed = value['agreed'] === null ? null : readAgreed(value['agreed']);
  if (
    !isId(id) ||
    name.length === 0 ||
    name.length > MAX_NAME ||
    !isText(organization, MAX_NAME) ||
    !isText(role, MAX_NAME) ||
    !oneOf(MET_HOW, metHow) ||
    !isDate(metOn) ||
    !isText(notes, MAX_TEXT) ||
    !isText(email, MAX_EMAIL) ||
    !isText(phoneOffice, MAX_PHONE) ||
    !isText(phoneMobile, MAX_PHONE) ||
    agreed === undefined ||
    !oneOf(CONTACT_STATUSES, status) ||
    !isTimestamp(createdAt) ||
    !isTimestamp(updatedAt)
  ) {
    return null;
  }
  return {
    id,
    name,
    organization,
    role,
    metHow,
    metOn,
    notes,
    email,
    phoneOffice,
    phoneMobile,
    agreed,
    status,
    createdAt,
    updatedAt,
  };
}

/** The agreed next contact, or undefined when it is not one. */
function readAgreed(value: unknown): AgreedNext | undefined {
  if (!isPlainObject(value) || !exactKeys(value, ['date', 'window', 'number'])) return undefined;
  const { date, number } = value;
  const window = readWindow(value['window']);
  if (!isDate(date) || window === undefined) return undefined;
  if (number !== null && !oneOf(PHONE_KINDS, number)) return undefined;
  return { date, window, number };
}

function readTouch(value: unknown): Touch | null {
  if (!isPlainObject(value) || !exactKeys(value, TOUCH_KEYS)) return null;
  const { id, contactId, due, channel, purpose, state, outcome, doneOn, note, source } = value;
  const window = readWindow(value['window']);
  if (
    !isId(id) ||
    !isId(contactId) ||
    !isDate(due) ||
    window === undefined ||
    !oneOf(CHANNELS, channel) ||
    !oneOf(PURPOSES, purpose) ||
    !oneOf(TOUCH_STATES, state) ||
    (outcome !== null && !oneOf(OUTCOMES, outcome)) ||
    (doneOn !== null && !isDate(doneOn)) ||
    !isText(note, MAX_TEXT) ||
    !oneOf(SOURCES, source)
  ) {
    return null;
  }
  return { id, contactId, due, window, channel, purpose, state, outcome, doneOn, note, source };
}

/** A time window (null for none), or undefined when it is not one. */
function readWindow(value: unknown): TimeWindow | null | undefined {
  if (value === null) return null;
  if (!isPlainObject(value) || !exactKeys(value, ['start', 'end'])) return undefined;
  const { start, end } = value;
  if (!isClock(start) || !isClock(end) || start >= end) return undefined;
  return { start, end };
}

/** True when `o` has exactly these own keys, no more (the schemas are strict objects). */
function exactKeys(o: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(o, key));
}

function oneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return (options as readonly unknown[]).includes(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && isSafeId(value);
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && isIsoDate(value);
}

function isClock(value: unknown): value is string {
  return typeof value === 'string' && CLOCK.test(value);
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIMESTAMP.test(value);
}
