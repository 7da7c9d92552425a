/**
 * The planner's fixed option lists and small checks. Kept free of valibot so
 * that pages needing only these (the writers) do not ship the schemas;
 * plannerSchema.ts re-exports everything here.
 */

/** Version of the stored and exported data shape; bump it with a migration in migrationSteps.ts. */
export const SCHEMA_VERSION = 1;

/** Longest name (contact, organization, role, the student's own). */
export const MAX_NAME = 120;
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

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** Time windows the writers and planner offer by name. */
export const PARTS_OF_DAY = {
  morning: { start: '09:00', end: '12:00' },
  afternoon: { start: '13:00', end: '17:00' },
} as const satisfies Record<string, { start: string; end: string }>;

/** A named part of the working day. */
export type PartOfDay = keyof typeof PARTS_OF_DAY;
