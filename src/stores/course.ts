/**
 * Course state kept in the browser: the class start date (from the
 * instructor's `?start=` link) and which lessons the student marked done.
 */
import { COURSE_WEEKS, parseStartDate, type StartDateResult } from '../lib/courseWeek';
import { localAtom } from './localAtom';

function decodeWeeks(raw: string): number[] {
  // Stored text can be anything (another tool, a manual edit): keep only real weeks.
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    const weeks = value.filter(
      (w): w is number => Number.isInteger(w) && w >= 1 && w <= COURSE_WEEKS,
    );
    return [...new Set(weeks)].sort((a, b) => a - b);
  } catch {
    return [];
  }
}

/** The class start date, 'YYYY-MM-DD', or '' when no link has set it (or the stored one is not a date). */
export const $startDate = localAtom<string>(
  'wfu:course:start',
  '',
  (raw) => (parseStartDate(raw).ok ? raw : ''),
  String,
);

/** Weeks whose lesson the student marked done, ascending. */
export const $doneWeeks = localAtom<number[]>('wfu:course:done', [], decodeWeeks, JSON.stringify);

/** Stores the start date from a link's `?start=` value; an invalid value changes nothing. */
export function setStartDate(raw: string): StartDateResult {
  const result = parseStartDate(raw);
  if (result.ok) $startDate.set(result.date);
  return result;
}

/** Marks a week's lesson done or not done. */
export function setLessonDone(week: number, done: boolean): void {
  const others = $doneWeeks.get().filter((w) => w !== week);
  $doneWeeks.set(done ? [...others, week].sort((a, b) => a - b) : others);
}
