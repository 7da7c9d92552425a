/**
 * Course time: which week of the 8-week class a day falls in, from the class
 * start date an instructor shares as `?start=YYYY-MM-DD`.
 *
 * This module is loaded by every page's small script (a lesson page has a
 * 2 KB budget), so it imports nothing: sharing a module with the planner
 * would make the bundler split it into a chunk carrying date-fns.
 */

/** Number of weekly lessons in the course. */
export const COURSE_WEEKS = 8;

/** Where a day stands relative to the course. */
export type CoursePosition =
  | { phase: 'before'; daysUntilStart: number }
  | { phase: 'during'; week: number }
  | { phase: 'after'; weeksSinceEnd: number };

/** Why a start date was refused: not YYYY-MM-DD, not a real date, or outside 2000-2100. */
export type StartDateProblem = 'format' | 'not-real' | 'range';

/** Outcome of reading a start date the student or instructor typed. */
export type StartDateResult = { ok: true; date: string } | { ok: false; problem: StartDateProblem };

/**
 * What each problem means, in words a student reads. The page renders these
 * as HTML so the lesson pages' small script does not have to carry them.
 */
export const START_DATE_PROBLEMS: Record<StartDateProblem, string> = {
  format: 'is not written as year-month-day (for example 2026-09-07)',
  'not-real': 'is not a real calendar date',
  range: 'is too far in the past or the future',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a calendar date (days since 1970-01-01), from its digits alone: no time zone involved. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Checks a `?start=` value: a real date written YYYY-MM-DD within 2000-2100. */
export function parseStartDate(raw: string): StartDateResult {
  const value = raw.trim();
  const m = ISO_DATE.exec(value);
  if (!m) return { ok: false, problem: 'format' };
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  // A date-only 'YYYY-MM-DD' is read as midnight UTC. 2026-02-30 rolls over to
  // March (or is not a date at all); a real date keeps its digits.
  const check = new Date(value);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return { ok: false, problem: 'not-real' };
  }
  if (year < 2000 || year > 2100) return { ok: false, problem: 'range' };
  return { ok: true, date: value };
}

/**
 * Which week of the course `today` (a moment, read as its local calendar
 * date) falls in, given the class start date 'YYYY-MM-DD'. Counting calendar
 * days from the digits means a daylight-saving change never shifts the week.
 */
export function courseWeek(start: string, today: Date): CoursePosition {
  if (!ISO_DATE.test(start)) throw new RangeError(`Not YYYY-MM-DD: ${start}`);
  // A date-only 'YYYY-MM-DD' is read as midnight UTC: its day number, with no time zone involved.
  const startDay = Date.parse(start) / 86_400_000;
  const todayDay = dayNumber(today.getFullYear(), today.getMonth() + 1, today.getDate());
  const days = Math.round(todayDay - startDay);
  if (days < 0) return { phase: 'before', daysUntilStart: -days };
  const week = Math.floor(days / 7) + 1;
  if (week > COURSE_WEEKS) return { phase: 'after', weeksSinceEnd: week - COURSE_WEEKS };
  return { phase: 'during', week };
}

/** A start date as a sentence shows it, in the browser's language: "Monday, 7 September 2026". */
export function startDateLabel(date: string, locale?: string): string {
  // A date-only 'YYYY-MM-DD' is read as midnight UTC, so it is shown in UTC.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(date),
  );
}
