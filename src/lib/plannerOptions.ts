/**
 * The planner's fixed option lists and small checks. Kept free of valibot so
 * that pages needing only these (the writers) do not ship the schemas;
 * plannerSchema.ts re-exports everything here.
 */

/** Version of the stored and exported data shape; bump it with a migration in migrationSteps.ts. */
export const SCHEMA_VERSION = 1;

/** Longest name (contact, organization, role, the student's own). */
export const MAX_NAME = 120;
/** Fewest touches a student may allow on one day (the daily limit). */
export const MIN_DAILY_LIMIT = 1;
/** Most touches a student may allow on one day (the daily limit). */
export const MAX_DAILY_LIMIT = 50;

/** True for a daily limit the settings accept: a whole number from MIN_DAILY_LIMIT to MAX_DAILY_LIMIT. */
export function isDailyLimit(value: number): boolean {
  return Number.isInteger(value) && value >= MIN_DAILY_LIMIT && value <= MAX_DAILY_LIMIT;
}
/** Longest free text (a contact's notes, a touch's note). */
export const MAX_TEXT = 2000;
/** Longest email address. */
export const MAX_EMAIL = 254;
/** Longest phone number, as typed. */
export const MAX_PHONE = 40;

/** How the student met a contact; also the "situation" the writers use. */
export const MET_HOW = [
  'interview',
  'informational',
  'phone',
  'networking',
  'event',
  'application',
] as const;
/** Channels a touch can use. `call` and `meeting` are live conversations. */
export const CHANNELS = ['card', 'email', 'voicemail', 'call', 'meeting'] as const;
/** Why a touch happens. */
export const PURPOSES = ['thank-you', 'check-in', 'value-add', 'agreed', 'live'] as const;
/** Where a touch stands. */
export const TOUCH_STATES = ['planned', 'done', 'skipped'] as const;
/** What happened when a touch was done. */
export const OUTCOMES = ['reached', 'left-voicemail', 'no-answer', 'replied', 'sent'] as const;
/** A contact's status: only `active` contacts get planned touches. */
export const CONTACT_STATUSES = ['active', 'paused', 'closed'] as const;
/** Which phone number the contact asked the student to use. */
export const PHONE_KINDS = ['office', 'mobile'] as const;

export type MetHow = (typeof MET_HOW)[number];
export type Channel = (typeof CHANNELS)[number];
export type Purpose = (typeof PURPOSES)[number];
export type TouchState = (typeof TOUCH_STATES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export type PhoneKind = (typeof PHONE_KINDS)[number];

/**
 * True for a name that a plain JavaScript object already has (`__proto__`,
 * `constructor`, `toString`…): never used as an id or storage key, because
 * code that keeps contacts by id would find the object's own machinery.
 */
export function isReservedKey(name: string): boolean {
  return name in Object.prototype;
}

/** Longest id a contact or touch may have (ids are in storage keys, links and calendar files). */
export const MAX_ID = 64;
/** What an id is made of: 1 to MAX_ID letters, digits, `-` or `_`. */
export const ID_PATTERN = new RegExp(`^[A-Za-z0-9_-]{1,${MAX_ID}}$`);

/** Time windows the writers and planner offer by name. */
export const PARTS_OF_DAY = {
  morning: { start: '09:00', end: '12:00' },
  afternoon: { start: '13:00', end: '17:00' },
} as const satisfies Record<string, { start: string; end: string }>;

/** A named part of the working day. */
export type PartOfDay = keyof typeof PARTS_OF_DAY;
