/**
 * Local calendar dates written 'YYYY-MM-DD': the only date shape the planner
 * stores and passes around. All arithmetic goes through date-fns on Dates at
 * local midnight, so a daylight-saving change never moves a date to another
 * day (a 23- or 25-hour day is still one calendar day).
 */
import { addDays as addDaysToDate, differenceInCalendarDays, isWeekend } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years the planner accepts. A follow-up plan is about this year and the
 * next few; a date outside these years is a typing slip (a browser stores a
 * two-digit "26" as the year 0026), and refusing it where it enters keeps
 * every page able to do its date arithmetic.
 */
const EARLIEST_YEAR = 2000;
/** The last year the planner accepts; see EARLIEST_YEAR. */
const LATEST_YEAR = 2099;

/** True for a real calendar date written YYYY-MM-DD in the accepted years (rejects 2026-02-30 and 0026-11-29). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) return false;
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
}

/**
 * What is wrong with a date a student typed, in words for them; null when it
 * is a date the planner accepts. `otherwise` is said when the field is empty
 * or not a real date (the wording depends on the field).
 */
export function dateProblem(value: string, otherwise: string): string | null {
  if (isIsoDate(value)) return null;
  const year = Number(ISO_DATE.exec(value)?.[1] ?? NaN);
  if (Number.isNaN(year)) return otherwise;
  if (year < 1000) return `Type the year with all four digits (the year ${year} is not right).`;
  if (year < EARLIEST_YEAR || year > LATEST_YEAR)
    return `Choose a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`;
  return otherwise;
}

/** The earliest date an `<input type="date">` in the planner offers. */
export const MIN_DATE_INPUT = `${EARLIEST_YEAR}-01-01`;
/** The latest date an `<input type="date">` in the planner offers. */
export const MAX_DATE_INPUT = `${LATEST_YEAR}-12-31`;

/** The year, month and day of a date the planner accepts (see isIsoDate); throws on anything else. */
export function splitDate(date: string): { year: number; month: number; day: number } {
  if (!isIsoDate(date))
    throw new RangeError(
      `Not a date written YYYY-MM-DD from ${EARLIEST_YEAR} to ${LATEST_YEAR}: "${date}"`,
    );
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** A real calendar date (any year parseLocalDate reads) as a Date at UTC midnight, for formatting with a UTC time zone and for all-day events; throws on anything else. */
export function utcDay(date: string): Date {
  const local = parseLocalDate(date);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** Reads a 'YYYY-MM-DD' local calendar date as a Date at local midnight; throws on anything else. */
export function parseLocalDate(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(y, mo - 1, d);
    // new Date() rolls 2026-02-30 over to 2 March; a real date survives the round trip.
    if (date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d) {
      return date;
    }
  }
  throw new RangeError(`Not a calendar date written YYYY-MM-DD: "${iso}"`);
}

/** Writes a Date as its local calendar date, 'YYYY-MM-DD'. */
export function formatLocalDate(date: Date): string {
  // Plain digits rather than date-fns' format(), which would bring its
  // formatter and locale tables (about 5 KB gzip) into every planner page.
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date formatter in `locale` (the browser's own when undefined), made once
 * per locale and options. Formatted in UTC from the date's own digits: a
 * formatter keeps the time zone it was made in, and a calendar date must not
 * depend on it.
 */
export function utcDateFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** Milliseconds from `now` until the next local calendar day begins (midnight, whatever its length). */
export function msUntilNextDay(now: Date): number {
  const next = addDaysToDate(new Date(now.getFullYear(), now.getMonth(), now.getDate()), 1);
  return next.getTime() - now.getTime();
}

/** The local calendar date `days` days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return formatLocalDate(addDaysToDate(parseLocalDate(iso), days));
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function diffDays(to: string, from: string): number {
  return differenceInCalendarDays(parseLocalDate(to), parseLocalDate(from));
}

/** True when the date is a Saturday or a Sunday. */
export function isWeekendIso(iso: string): boolean {
  return isWeekend(parseLocalDate(iso));
}

/**
 * A short date for sentences the student reads, in their browser's language
 * ("Tue 3 Nov", "Tue Nov 3"; `locale` for tests), with the year when it is
 * not `today`'s year.
 */
export function shortDateLabel(iso: string, today?: string, locale?: string): string {
  const date = parseLocalDate(iso);
  const utc = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const sameYear = today === undefined || today.slice(0, 4) === iso.slice(0, 4);
  // Intl for display: no date-fns locale ships to the browser.
  const format = utcDateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
  // The comma after the weekday goes: cards are dense ("Tue Nov 3", not "Tue, Nov 3").
  return format.format(utc).replace(',', '');
}

/**
 * Calendar days numbered from an origin date (day 0), for code that does many
 * date steps at once (the cadence plans a year of touches for every contact).
 * Every conversion still goes through date-fns; results are remembered, so
 * each distinct date costs one date-fns call and the rest is integer steps
 * over whole calendar days.
 */
export interface DayIndex {
  /** The date numbered 0. */
  readonly origin: string;
  /** The number of a date: calendar days after the origin (negative before it). */
  day(iso: string): number;
  /** The date numbered `n`. */
  iso(n: number): string;
  /** True when day `n` is a Saturday or a Sunday. */
  isWeekend(n: number): boolean;
  /** The short label of day `n` ("Tue 3 Nov"), with the year when it differs from the origin's. */
  label(n: number): string;
}

/** Builds a DayIndex numbered from `origin`; create one per computation (it caches). */
export function createDayIndex(origin: string): DayIndex {
  const originDate = parseLocalDate(origin);
  const dayOf = new Map<string, number>();
  const isoOf = new Map<number, string>();
  const weekendOf = new Map<number, boolean>();
  const labelOf = new Map<number, string>();
  const dateOf = (n: number): Date => addDaysToDate(originDate, n);

  const iso = (n: number): string => {
    let value = isoOf.get(n);
    if (value === undefined) {
      value = formatLocalDate(dateOf(n));
      isoOf.set(n, value);
    }
    return value;
  };

  return {
    origin,
    day(date) {
      let n = dayOf.get(date);
      if (n === undefined) {
        n = differenceInCalendarDays(parseLocalDate(date), originDate);
        dayOf.set(date, n);
      }
      return n;
    },
    iso,
    isWeekend(n) {
      let value = weekendOf.get(n);
      if (value === undefined) {
        value = isWeekend(dateOf(n));
        weekendOf.set(n, value);
      }
      return value;
    },
    label(n) {
      let value = labelOf.get(n);
      if (value === undefined) {
        value = shortDateLabel(iso(n), origin);
        labelOf.set(n, value);
      }
      return value;
    },
  };
}
