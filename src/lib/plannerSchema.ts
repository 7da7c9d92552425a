/**
 * The planner's data model: contacts, touches and settings, as valibot
 * schemas checked in the browser (stored data, imported backups).
 * Types are inferred from the schemas so the two can never drift apart.
 */
import * as v from 'valibot';
import {
  CHANNELS,
  CONTACT_STATUSES,
  ID_PATTERN,
  isReservedKey,
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
import { isIsoDate } from './localDate';
import { settingsSchema, timestampSchema } from './settingsSchema';

export * from './plannerOptions';
export * from './settingsSchema';

/** A local calendar date, `YYYY-MM-DD`. */
const isoDateSchema = v.pipe(
  v.string(),
  v.check(isIsoDate, 'must be a real date from 2000 to 2099, written YYYY-MM-DD'),
);

/** A local clock time, `HH:mm` (24-hour). */
const clockTimeSchema = v.pipe(
  v.string(),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:mm'),
);

/** A time window on one day, local time; `end` is after `start`. */
export const timeWindowSchema = v.pipe(
  v.strictObject({
    /** Start of the window, HH:mm. */
    start: clockTimeSchema,
    /** End of the window, HH:mm, later than start. */
    end: clockTimeSchema,
  }),
  v.check((w) => w.start < w.end, 'the window must end after it starts'),
);

/** The next contact the contact agreed to: a date, optionally a time window and a number. */
const agreedNextSchema = v.strictObject({
  /** The agreed day. */
  date: isoDateSchema,
  /** The agreed time of day, if any. */
  window: v.nullable(timeWindowSchema),
  /** Which number to call, if they said. */
  number: v.nullable(v.picklist(PHONE_KINDS)),
});

const idSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be an id of letters, digits, - or _'),
  v.check((id) => !isReservedKey(id), 'must not be a name the browser reserves, such as __proto__'),
);
const textSchema = v.pipe(v.string(), v.maxLength(MAX_TEXT));

/** A person the student met. */
export const contactSchema = v.strictObject({
  /** Stable id, used in storage keys, URLs (?contact=ID) and .ics UIDs. */
  id: idSchema,
  /** Their name as the student writes it. */
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'a name is needed'), v.maxLength(MAX_NAME)),
  /** Company or organization. */
  organization: v.pipe(v.string(), v.maxLength(MAX_NAME)),
  /** Their role or title. */
  role: v.pipe(v.string(), v.maxLength(MAX_NAME)),
  /** How the student met them. */
  metHow: v.picklist(MET_HOW),
  /** The day they met (or talked, or applied). */
  metOn: isoDateSchema,
  /** Free notes: what was discussed, what they asked for. */
  notes: textSchema,
  /** Email address, if the student has it. */
  email: v.pipe(v.string(), v.maxLength(MAX_EMAIL)),
  /** Office phone, as written. */
  phoneOffice: v.pipe(v.string(), v.maxLength(MAX_PHONE)),
  /** Mobile phone, as written. */
  phoneMobile: v.pipe(v.string(), v.maxLength(MAX_PHONE)),
  /** The agreed next contact, when there is one. */
  agreed: v.nullable(agreedNextSchema),
  /** Only active contacts get new touches planned. */
  status: v.picklist(CONTACT_STATUSES),
  /** When the record was created. */
  createdAt: timestampSchema,
  /** When the record last changed. */
  updatedAt: timestampSchema,
});

/** One follow-up with a contact, planned or in the past. */
export const touchSchema = v.strictObject({
  /** Stable id; planned touches keep it when they are stored, so .ics UIDs stay the same. */
  id: idSchema,
  /** The contact this touch belongs to. */
  contactId: idSchema,
  /** The day it is (or was) due. */
  due: isoDateSchema,
  /** Time of day, if fixed (an agreed call, a voicemail's next attempt). */
  window: v.nullable(timeWindowSchema),
  /** How the student reaches out. */
  channel: v.picklist(CHANNELS),
  /** Why. */
  purpose: v.picklist(PURPOSES),
  /** planned, done or skipped. */
  state: v.picklist(TOUCH_STATES),
  /** What happened, for a done touch; null otherwise. */
  outcome: v.nullable(v.picklist(OUTCOMES)),
  /** The day it was done or skipped; null while planned. */
  doneOn: v.nullable(isoDateSchema),
  /** The student's note on this touch. */
  note: textSchema,
  /**
   * Who fixed this touch: `student` (moved or added by hand), `agreed` (the
   * contact's agreed next contact), `voicemail` (a next attempt stated in a
   * voicemail). Touches the cadence proposes are not stored until acted on.
   */
  source: v.picklist(['student', 'agreed', 'voicemail', 'plan'] as const),
});

export type TimeWindow = v.InferOutput<typeof timeWindowSchema>;
export type AgreedNext = v.InferOutput<typeof agreedNextSchema>;
export type Contact = v.InferOutput<typeof contactSchema>;
export type Touch = v.InferOutput<typeof touchSchema>;

/** What one storage key holds for one contact: the contact and all its touches. */
export const contactRecordSchema = v.strictObject({
  /** Schema version of this record. */
  version: v.literal(SCHEMA_VERSION),
  /** The contact. */
  contact: contactSchema,
  /** Its touches, done, skipped and fixed-planned. */
  touches: v.array(touchSchema),
});

/**
 * `value` with only the fields `schema` lists, in the schema's order: what is
 * saved and what a backup holds, so runtime extras (a planned touch's reason)
 * never reach storage, and a file's key order does not depend on how the value
 * was made. Nested objects (a window, an agreed next step) are copied, so
 * changing the result never changes the value it came from.
 */
export function storedFields<T extends object>(schema: { readonly entries: object }, value: T): T {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(schema.entries).map((key) => [key, structuredClone(source[key])]),
  ) as T;
}

/** One contact and its touches as stored under one key. */
export type ContactRecord = v.InferOutput<typeof contactRecordSchema>;

/** The backup file a student exports and imports. */
export const backupSchema = v.strictObject({
  /** Always "wise-follow-up": tells our files from others. */
  format: v.literal('wise-follow-up'),
  /** Schema version of the file. */
  version: v.literal(SCHEMA_VERSION),
  /** When it was exported. */
  exportedAt: timestampSchema,
  /** The student's settings. */
  settings: settingsSchema,
  /** Every contact. */
  contacts: v.array(contactSchema),
  /** Every stored touch. */
  touches: v.array(touchSchema),
});

/** A parsed, valid backup file. */
export type Backup = v.InferOutput<typeof backupSchema>;
