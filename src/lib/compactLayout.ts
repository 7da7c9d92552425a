/**
 * A frozen, read-only step: the compact layout in which this site stored
 * contact records until it stored plain JSON. A record saved that way still
 * reads (migrations.ts runs this before the version chain) and is written as
 * plain JSON the next time it is saved. Nothing writes this layout any more.
 * Never change this file: students' browsers may hold records in it, and
 * tests/fixtures/v1-compact-records.json pins what each one reads as.
 *
 *   {"f":2,"v":1,"c":[contact],"t":[[touch],[touch],…]}
 *
 * - `f` is the layout (2); `v` is the record's schema version.
 * - `c` is the contact as a list, trailing defaults left out:
 *   [id, name, organization, role, metHow, metOn, status, createdAt,
 *    updatedAt, email = "", phoneOffice = "", phoneMobile = "", notes = "",
 *    agreed = null]. metHow and status are one-letter codes (tables below);
 *   agreed is [date, window = null, number = null], number a one-letter code.
 * - `t` holds each touch as a list, trailing defaults left out:
 *   [id, due, code, note = "", window = null, doneOn = (null when planned,
 *    else due)]. An id "~rest" means "<contact id>-rest"; [id, contactId] is
 *   a touch whose contactId is not the contact's. `due` is whole days after
 *   the contact's metOn; `code` is five letters, channel purpose state
 *   outcome source ("-": no outcome); a window is "HH:mm-HH:mm"; doneOn is
 *   null or whole days after due.
 *
 * Anything the old encoder never wrote (a wrong type, an unknown code, extra
 * items) comes out as a value the schema refuses, so the record is kept aside
 * rather than read as something else. Never throws.
 */
import { isPlainObject } from './migrationSteps';
import type {
  Channel,
  ContactStatus,
  MetHow,
  Outcome,
  PhoneKind,
  Purpose,
  Touch,
  TouchState,
} from './plannerSchema';

/** The `f` value of the compact layout. */
const COMPACT_LAYOUT = 2;

const CHANNEL_CODES = {
  card: 'c',
  email: 'e',
  voicemail: 'v',
  call: 'p',
  meeting: 'm',
} as const satisfies Record<Channel, string>;
const PURPOSE_CODES = {
  'thank-you': 't',
  'check-in': 'c',
  'value-add': 'v',
  agreed: 'a',
  live: 'l',
} as const satisfies Record<Purpose, string>;
const STATE_CODES = {
  planned: 'p',
  done: 'd',
  skipped: 's',
} as const satisfies Record<TouchState, string>;
const OUTCOME_CODES = {
  reached: 'r',
  'left-voicemail': 'v',
  'no-answer': 'n',
  replied: 'y',
  sent: 's',
} as const satisfies Record<Outcome, string>;
/** The outcome letter of a touch without an outcome. */
const NO_OUTCOME = '-';
const SOURCE_CODES = {
  student: 's',
  agreed: 'a',
  voicemail: 'v',
  plan: 'p',
} as const satisfies Record<Touch['source'], string>;
const MET_HOW_CODES = {
  interview: 'i',
  informational: 'f',
  phone: 'p',
  networking: 'n',
  event: 'e',
  application: 'a',
} as const satisfies Record<MetHow, string>;
const STATUS_CODES = {
  active: 'a',
  paused: 'p',
  closed: 'c',
} as const satisfies Record<ContactStatus, string>;
const PHONE_CODES = { office: 'o', mobile: 'm' } as const satisfies Record<PhoneKind, string>;

/** Reverses a code table. A Map, so a code like "__proto__" or "constructor" finds nothing. */
function reverse(table: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(table).map(([value, code]) => [code, value]));
}
const CHANNELS_BY_CODE = reverse(CHANNEL_CODES);
const PURPOSES_BY_CODE = reverse(PURPOSE_CODES);
const STATES_BY_CODE = reverse(STATE_CODES);
const OUTCOMES_BY_CODE = reverse(OUTCOME_CODES);
const SOURCES_BY_CODE = reverse(SOURCE_CODES);
const MET_HOW_BY_CODE = reverse(MET_HOW_CODES);
const STATUSES_BY_CODE = reverse(STATUS_CODES);
const PHONES_BY_CODE = reverse(PHONE_CODES);

/** Marks a touch id written relative to its contact's: "~rest" is "<contact id>-rest". */
const RELATIVE_ID = '~';
const CONTACT_SLOTS = 14;
const TOUCH_SLOTS = 6;
const AGREED_SLOTS = 3;
const CODE_LENGTH = 5;

/**
 * A parsed stored record in the compact layout as the plain record object
 * (`{version, contact, touches}`) for the migration chain and the schema to
 * check; anything else (plain JSON, not ours) is given back as it is.
 */
export function fromCompactLayout(parsed: unknown): unknown {
  if (!isPlainObject(parsed) || Object.hasOwn(parsed, 'version') || !Object.hasOwn(parsed, 'f')) {
    return parsed;
  }
  if (parsed['f'] !== COMPACT_LAYOUT) {
    // An unknown layout: its `v` lets the chain say "made by a newer version".
    return { version: parsed['v'], unexpected: { f: parsed['f'] } };
  }
  return expandRecord(parsed);
}

function expandRecord(compact: Record<string, unknown>): Record<string, unknown> {
  const c = compact['c'];
  const t = compact['t'];
  const contact = Array.isArray(c) ? expandContact(c) : unreadable(c);
  const contactId = Array.isArray(c) ? (c[0] as unknown) : undefined;
  const metOn = Array.isArray(c) ? (c[5] as unknown) : undefined;
  const touches = Array.isArray(t)
    ? t.map((item: unknown) =>
        Array.isArray(item) ? expandTouch(item, contactId, metOn) : unreadable(item),
      )
    : unreadable(t);
  const record: Record<string, unknown> = { version: compact['v'], contact, touches };
  // Object.fromEntries defines keys, so an own "__proto__" key stays a plain key.
  const extra = Object.fromEntries(
    Object.entries(compact).filter(([key]) => !['f', 'v', 'c', 't'].includes(key)),
  );
  if (Object.keys(extra).length > 0) record['unexpected'] = extra;
  return record;
}

function expandContact(c: unknown[]): Record<string, unknown> {
  const optional = (index: number, fallback: unknown): unknown =>
    index < c.length ? c[index] : fallback;
  const agreed = optional(13, null);
  // Text slots hold the text itself, for the schema to check; a list too
  // short for the required slots leaves them undefined, and the schema names each one.
  const contact: Record<string, unknown> = {
    id: c[0],
    name: c[1],
    organization: c[2],
    role: c[3],
    metHow: fromCode(MET_HOW_BY_CODE, c[4]),
    metOn: c[5],
    status: fromCode(STATUSES_BY_CODE, c[6]),
    createdAt: c[7],
    updatedAt: c[8],
    email: optional(9, ''),
    phoneOffice: optional(10, ''),
    phoneMobile: optional(11, ''),
    notes: optional(12, ''),
    agreed:
      agreed === null ? null : Array.isArray(agreed) ? expandAgreed(agreed) : unreadable(agreed),
  };
  addUnexpected(contact, c, CONTACT_SLOTS);
  return contact;
}

function expandAgreed(a: unknown[]): Record<string, unknown> {
  const number = a.length > 2 ? a[2] : null;
  const agreed: Record<string, unknown> = {
    date: a[0],
    window: expandWindow(a.length > 1 ? a[1] : null),
    number: number === null ? null : fromCode(PHONES_BY_CODE, number),
  };
  addUnexpected(agreed, a, AGREED_SLOTS);
  return agreed;
}

function expandTouch(item: unknown[], contactId: unknown, metOn: unknown): Record<string, unknown> {
  const [idSlot, dueSlot, code] = item;
  let id: unknown;
  let touchContactId: unknown = contactId;
  if (Array.isArray(idSlot) && idSlot.length === 2) {
    [id, touchContactId] = idSlot as unknown[];
  } else if (typeof idSlot === 'string' && idSlot.startsWith(RELATIVE_ID)) {
    id =
      typeof contactId === 'string'
        ? `${contactId}-${idSlot.slice(RELATIVE_ID.length)}`
        : unreadable(idSlot);
  } else {
    id = typeof idSlot === 'string' ? idSlot : unreadable(idSlot);
  }

  const metOnDay = typeof metOn === 'string' ? dayNumber(metOn) : NaN;
  const due = dateAfter(metOnDay, dueSlot);
  // A code of the wrong length is unreadable as a whole: no letter can be trusted to be in place.
  const letters = typeof code === 'string' && code.length === CODE_LENGTH ? code : undefined;
  const coded = (table: ReadonlyMap<string, string>, index: number): unknown =>
    letters === undefined ? unreadable(code) : fromCode(table, letters[index]);
  const state = coded(STATES_BY_CODE, 2);

  const touch: Record<string, unknown> = {
    id,
    contactId: touchContactId,
    due: due ?? unreadable(dueSlot),
    window: expandWindow(item.length > 4 ? item[4] : null),
    channel: coded(CHANNELS_BY_CODE, 0),
    purpose: coded(PURPOSES_BY_CODE, 1),
    state,
    outcome: letters?.[3] === NO_OUTCOME ? null : coded(OUTCOMES_BY_CODE, 3),
    doneOn: undefined,
    note: item.length > 3 ? item[3] : '',
    source: coded(SOURCES_BY_CODE, 4),
  };
  if (item.length > 5) {
    const doneSlot = item[5];
    touch['doneOn'] =
      doneSlot === null
        ? null
        : ((due === undefined ? undefined : dateAfter(dayNumber(due), doneSlot)) ??
          unreadable(doneSlot));
  } else {
    touch['doneOn'] = defaultDoneOn(state, touch['due']);
  }
  addUnexpected(touch, item, TOUCH_SLOTS);
  return touch;
}

/** The doneOn a touch has unless it says otherwise, so the compact form could leave it out. */
function defaultDoneOn(state: unknown, due: unknown): unknown {
  // A done or skipped touch is nearly always done on its due day; a planned one not yet.
  return state === 'planned' ? null : due;
}

function expandWindow(slot: unknown): unknown {
  if (slot === null) return null;
  const m = typeof slot === 'string' ? /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(slot) : null;
  return m ? { start: m[1], end: m[2] } : unreadable(slot);
}

function fromCode(table: ReadonlyMap<string, string>, code: unknown): unknown {
  const value = typeof code === 'string' ? table.get(code) : undefined;
  return value ?? unreadable(code);
}

/** Keeps list items past the layout under `unexpected`, a key the strict schema refuses. */
function addUnexpected(target: Record<string, unknown>, slots: unknown[], length: number): void {
  if (slots.length > length) target['unexpected'] = slots.slice(length);
}

/**
 * Stands in for a slot holding something the encoder never writes: text that
 * no coded field (id, date, code, window, list) accepts, naming what was found
 * so migrateRecord's message says what is wrong.
 */
function unreadable(found: unknown): string {
  let what: string;
  if (Array.isArray(found)) what = `a list of ${found.length}`;
  else if (found === null) what = 'null';
  else if (found === undefined) what = 'nothing';
  else if (typeof found === 'object') what = 'an object';
  else what = JSON.stringify(found).slice(0, 24);
  return `unreadable (${what})`;
}

// ---------------------------------------------------------------------------
// Dates as day numbers

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' date, NaN when it is not written so.
 * UTC and setUTCFullYear, not localDate's helpers: they go through local
 * Dates, which depend on the time zone and read years 0000–0099 as 1900s.
 */
function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return NaN;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.getTime() / MS_PER_DAY;
}

const FIRST_DAY = dayNumber('0000-01-01');
const LAST_DAY = dayNumber('9999-12-31');

/** The date `offset` days after day number `from`, or undefined when that is no four-digit-year date. */
function dateAfter(from: number, offset: unknown): string | undefined {
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset)) return undefined;
  const day = from + offset;
  if (!Number.isSafeInteger(day) || day < FIRST_DAY || day > LAST_DAY) return undefined;
  const date = new Date(day * MS_PER_DAY);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
