/**
 * Reads stored settings without valibot. Every page that remembers the
 * student's name and phone (the writers) reads the settings; valibot would
 * add about 4 KB gzip to each. The rules are settingsSchema's exactly, and a
 * property test (tests/unit/readSettings.test.ts) holds the two together.
 */
import { MAX_NAME, MAX_PHONE } from './plannerOptions';
import type { Settings } from './settingsSchema';

/** Settings a new student starts with. */
export const DEFAULT_SETTINGS: Settings = {
  dailyLimit: 5,
  weekendsAllowed: false,
  studentName: '',
  studentPhone: '',
  lastBackupAt: null,
};

/** valibot's isoTimestamp pattern, so the hand-written readers and the schemas accept the same timestamps. */
export const ISO_TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;

const KEYS = new Set([
  'dailyLimit',
  'weekendsAllowed',
  'studentName',
  'studentPhone',
  'lastBackupAt',
]);

/** Valid settings from parsed JSON, or null when anything is missing, extra or out of range. */
export function readSettings(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (Object.keys(o).some((k) => !KEYS.has(k))) return null;
  const { dailyLimit, weekendsAllowed, studentName, lastBackupAt } = o;
  const studentPhone = 'studentPhone' in o ? o['studentPhone'] : '';
  if (typeof dailyLimit !== 'number' || !Number.isInteger(dailyLimit)) return null;
  if (dailyLimit < 1 || dailyLimit > 50) return null;
  if (typeof weekendsAllowed !== 'boolean') return null;
  if (typeof studentName !== 'string' || studentName.length > MAX_NAME) return null;
  if (typeof studentPhone !== 'string' || studentPhone.length > MAX_PHONE) return null;
  if (
    lastBackupAt !== null &&
    (typeof lastBackupAt !== 'string' || !ISO_TIMESTAMP.test(lastBackupAt))
  ) {
    return null;
  }
  return { dailyLimit, weekendsAllowed, studentName, studentPhone, lastBackupAt };
}
