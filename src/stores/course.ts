/**
 * Course state kept in the browser: the class start date (from the
 * instructor's `?start=` link), which lessons the student marked done, and
 * which "I can…" statements they ticked.
 */
import type { WritableAtom } from 'nanostores';
import { COURSE_WEEKS, parseStartDate, type StartDateResult } from '../lib/courseWeek';
import { localAtom } from './localAtom';

// Weeks are 1-8 and tick keys 'week:index', so plain < orders both (one helper keeps the page small).
const ascending = <T>(a: T, b: T) => (a < b ? -1 : 1);

/** A decoder for a stored list: stored text can be anything (another tool, a manual edit), so keep only `keep`'s items. */
function decodeList<T>(keep: (item: unknown) => boolean) {
  return (raw: string): T[] => {
    try {
      const value: unknown = JSON.parse(raw);
      return Array.isArray(value) ? ([...new Set(value.filter(keep))] as T[]).sort(ascending) : [];
    } catch {
      return [];
    }
  };
}

/** Adds or removes one item of a stored, sorted list. */
function toggle<T>(store: WritableAtom<T[]>, item: T, on: boolean): void {
  const others = store.get().filter((x) => x !== item);
  store.set(on ? [...others, item].sort(ascending) : others);
}

const isWeek = (w: unknown) =>
  Number.isInteger(w) && (w as number) >= 1 && (w as number) <= COURSE_WEEKS;
const TICK = /^[1-8]:\d$/;

/** The class start date, 'YYYY-MM-DD', or '' when no link has set it (or the stored one is not a date). */
export const $startDate = localAtom<string>(
  'wfu:course:start',
  '',
  (raw) => (parseStartDate(raw).ok ? raw : ''),
  String,
);

/** Weeks whose lesson the student marked done, ascending. */
export const $doneWeeks = localAtom<number[]>(
  'wfu:course:done',
  [],
  decodeList(isWeek),
  JSON.stringify,
);

/** Ticked "I can…" statements, as 'week:index' keys (index into the lesson's objectives), sorted. */
export const $canTicks = localAtom<string[]>(
  'wfu:course:can',
  [],
  // RegExp.test reads a number or null as text ('3', 'null'), which never matches.
  decodeList((t) => TICK.test(t as string)),
  JSON.stringify,
);

/** Stores the start date from a link's `?start=` value; an invalid value changes nothing. */
export function setStartDate(raw: string): StartDateResult {
  const result = parseStartDate(raw);
  if (result.ok) $startDate.set(result.date);
  return result;
}

/** Marks a week's lesson done or not done. */
export function setLessonDone(week: number, done: boolean): void {
  toggle($doneWeeks, week, done);
}

/** Ticks or unticks an "I can…" statement, by its key 'week:index' (index 0-based); any other key changes nothing. */
export function setCanTick(key: string, ticked: boolean): void {
  if (TICK.test(key)) toggle($canTicks, key, ticked);
}
