/**
 * Course time: which week of the 8-week class a day falls in, from the class
 * start date an instructor shares as `?start=YYYY-MM-DD`.
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

/** A local calendar date ('YYYY-MM-DD') as a Date at local midnight, or null when it is not a real date. */
export function parseLocalDate(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day);
  // new Date rolls 2026-02-30 over to March; a real date survives unchanged.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  return date;
}

/** The local calendar date of a moment, as 'YYYY-MM-DD'. */
export function toLocalIsoDate(moment: Date): string {
  const y = String(moment.getFullYear()).padStart(4, '0');
  const m = String(moment.getMonth() + 1).padStart(2, '0');
  const d = String(moment.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Checks a `?start=` value: a real date written YYYY-MM-DD within 2000-2100. */
export function parseStartDate(raw: string): StartDateResult {
  const value = raw.trim();
  if (!ISO_DATE.test(value)) return { ok: false, problem: 'format' };
  const date = parseLocalDate(value);
  if (!date) return { ok: false, problem: 'not-real' };
  const year = date.getFullYear();
  if (year < 2000 || year > 2100) return { ok: false, problem: 'range' };
  return { ok: true, date: value };
}

function utcDay(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Which week of the course `today` falls in, given the class start date (both 'YYYY-MM-DD'). */
export function courseWeek(start: string, today: string): CoursePosition {
  const startDate = parseLocalDate(start);
  const todayDate = parseLocalDate(today);
  if (!startDate || !todayDate) throw new RangeError(`Not a date: ${start} or ${today}`);
  // Count calendar days on the date parts alone (as UTC), so a daylight-saving
  // change can never shift the week. This page ships on every lesson, so it
  // avoids pulling date-fns into a 2 KB budget for one subtraction.
  const days = Math.round((utcDay(todayDate) - utcDay(startDate)) / 86_400_000);
  if (days < 0) return { phase: 'before', daysUntilStart: -days };
  const week = Math.floor(days / 7) + 1;
  if (week > COURSE_WEEKS) return { phase: 'after', weeksSinceEnd: week - COURSE_WEEKS };
  return { phase: 'during', week };
}
