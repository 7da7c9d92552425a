/**
 * The student's settings schema, in its own module: the writers read the
 * settings (name, phone, weekends) without bundling the planner's other
 * schemas. plannerSchema.ts re-exports everything here.
 */
import * as v from 'valibot';
import { MAX_DAILY_LIMIT, MAX_NAME, MAX_PHONE, MIN_DAILY_LIMIT } from './plannerOptions';

/** An ISO-8601 timestamp, for when something was saved or exported. */
export const timestampSchema = v.pipe(v.string(), v.isoTimestamp('must be an ISO-8601 timestamp'));

/** The student's planner settings. */
export const settingsSchema = v.strictObject({
  /** Most touches the planner puts on one day across all contacts. */
  dailyLimit: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(MIN_DAILY_LIMIT),
    v.maxValue(MAX_DAILY_LIMIT),
  ),
  /** Whether touches may fall on Saturday or Sunday. */
  weekendsAllowed: v.boolean(),
  /** The student's name, for printed pages and the writers. */
  studentName: v.pipe(v.string(), v.maxLength(MAX_NAME)),
  /** The student's phone, as typed, for the writers' scripts (absent in early files: ''). */
  studentPhone: v.optional(v.pipe(v.string(), v.maxLength(MAX_PHONE)), ''),
  /** When the student last exported a backup, or null. */
  lastBackupAt: v.nullable(timestampSchema),
});

/** The student's settings. */
export type Settings = v.InferOutput<typeof settingsSchema>;

/** Settings a new student starts with. */
export const DEFAULT_SETTINGS: Settings = {
  dailyLimit: 5,
  weekendsAllowed: false,
  studentName: '',
  studentPhone: '',
  lastBackupAt: null,
};
