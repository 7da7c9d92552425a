/**
 * The printable calendar's months: which months a range covers, each month as
 * weeks of seven days (Monday first), and the planned touches placed on their
 * days. Months are written 'YYYY-MM', days 'YYYY-MM-DD' (local calendar
 * dates); day steps go through localDate (date-fns on local midnight), so a
 * daylight-saving change never moves a day to another cell.
 */
import { addDays, diffDays, parseLocalDate, utcDateFormat } from './localDate';

/** The most months the student can show (and print) at once. */
export const MAX_MONTHS = 12;
/** Months shown when the student has not picked: this month and the next two. */
export const DEFAULT_MONTHS = 3;

/** One cell of a month grid. */
export interface CalendarDay {
  /** The day, 'YYYY-MM-DD'. */
  date: string;
  /** Day of the month, 1-31. */
  day: number;
  /** False for the days of the months before and after that fill the first and last week. */
  inMonth: boolean;
}

/** One month of the calendar, ready to draw, with its touches. */
export interface CalendarMonth<T extends { due: string }> {
  /** The month, 'YYYY-MM'. */
  month: string;
  /** "November 2026". */
  label: string;
  /** Weeks of seven days, the first week starting on `weekStartsOn`. */
  weeks: CalendarDay[][];
  /** The month's touches, in the order given. */
  touches: T[];
  /** The month's touches by day, in the order given. */
  byDay: Map<string, T[]>;
}

/** The months a calendar shows, and the days they span. */
export interface CalendarRange {
  /** The months, 'YYYY-MM', first to last. */
  months: string[];
  /** First day of the first month. */
  firstDay: string;
  /** Last day of the last month. */
  lastDay: string;
  /** "November 2026 – January 2027". */
  label: string;
}

/** What the address says about the range: `?from=YYYY-MM&months=N`; null `from` is "this month". */
export interface CalendarQuery {
  /** The first month, or null for the month of today. */
  from: string | null;
  /** How many months, 1 to MAX_MONTHS. */
  months: number;
}

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a month written 'YYYY-MM' (01-12). */
export function isMonthKey(value: string): boolean {
  return MONTH_KEY.test(value);
}

function splitMonth(month: string): [year: number, month: number] {
  const m = MONTH_KEY.exec(month);
  if (!m) throw new RangeError(`Not a month written YYYY-MM: "${month}"`);
  return [Number(m[1]), Number(m[2])];
}

function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month a day falls in: '2026-11-24' → '2026-11'. */
export function monthOf(iso: string): string {
  parseLocalDate(iso); // refuses anything that is not a real date
  return iso.slice(0, 7);
}

/** The month `count` months after `month` (before it when negative). */
export function addMonths(month: string, count: number): string {
  const [year, m] = splitMonth(month);
  // Months counted from year 0 are plain integers: no Date, so no time zone.
  const index = year * 12 + (m - 1) + Math.trunc(count);
  return monthKey(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
}

/** `count` consecutive months starting with `firstMonth`. */
export function monthsInRange(firstMonth: string, count: number): string[] {
  splitMonth(firstMonth);
  return Array.from({ length: Math.max(0, Math.trunc(count)) }, (_, i) => addMonths(firstMonth, i));
}

/** The number of days in a month (28-31). */
export function daysInMonth(month: string): number {
  const [year, m] = splitMonth(month);
  return diffDays(`${addMonths(month, 1)}-01`, `${monthKey(year, m)}-01`);
}

/** "November 2026", in the browser's language (`locale` for tests). */
export function monthLabel(month: string, locale?: string): string {
  const [year, m] = splitMonth(month);
  return utcDateFormat(locale, { month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  );
}

/** "November 2026 – January 2027", "March – May 2027", or "March 2027" for one month. */
export function rangeLabel(firstMonth: string, count: number, locale?: string): string {
  const last = addMonths(firstMonth, Math.max(1, Math.trunc(count)) - 1);
  if (last === firstMonth) return monthLabel(firstMonth, locale);
  if (last.slice(0, 4) === firstMonth.slice(0, 4)) {
    const [year, m] = splitMonth(firstMonth);
    const name = utcDateFormat(locale, { month: 'long' }).format(
      new Date(Date.UTC(year, m - 1, 1)),
    );
    return `${name} – ${monthLabel(last, locale)}`;
  }
  return `${monthLabel(firstMonth, locale)} – ${monthLabel(last, locale)}`;
}

/** The months of a range, the days they span and their label. */
export function calendarRange(firstMonth: string, count: number, locale?: string): CalendarRange {
  const months = monthsInRange(firstMonth, Math.min(Math.max(1, Math.trunc(count)), MAX_MONTHS));
  const last = months[months.length - 1]!;
  return {
    months,
    firstDay: `${months[0]}-01`,
    lastDay: `${last}-${String(daysInMonth(last)).padStart(2, '0')}`,
    label: rangeLabel(firstMonth, months.length, locale),
  };
}

/**
 * A month as weeks of seven days, the first week starting on `weekStartsOn`
 * (1 Monday, 0 Sunday): 4 to 6 weeks, padded with the days around the month.
 */
export function monthGrid(month: string, weekStartsOn: 0 | 1 = 1): CalendarDay[][] {
  const first = `${month}-01`;
  const length = daysInMonth(month);
  // getDay() of local midnight on the 1st: the weekday of the calendar date itself.
  const lead = (parseLocalDate(first).getDay() - weekStartsOn + 7) % 7;
  const weekCount = Math.ceil((lead + length) / 7);
  const weeks: CalendarDay[][] = [];
  let date = addDays(first, -lead);
  for (let w = 0; w < weekCount; w += 1) {
    const week: CalendarDay[] = [];
    for (let d = 0; d < 7; d += 1) {
      week.push({ date, day: Number(date.slice(8)), inMonth: date.startsWith(month) });
      date = addDays(date, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The weekday names for a grid's columns: { short: 'Mon', long: 'Monday' }, in column order. */
export function weekdayNames(
  weekStartsOn: 0 | 1 = 1,
  locale?: string,
): { short: string; long: string }[] {
  const short = utcDateFormat(locale, { weekday: 'short' });
  const long = utcDateFormat(locale, { weekday: 'long' });
  // 4 January 1970 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(1970, 0, 4 + ((weekStartsOn + i) % 7)));
    return { short: short.format(date), long: long.format(date) };
  });
}

/** A time window as short as a crowded calendar day allows: "9–12", "13:30–14", "" for none. */
export function shortWindowLabel(window: { start: string; end: string } | null): string {
  if (!window) return '';
  // "09:00" → "9", "13:30" → "13:30": whole hours need no minutes on a wall calendar.
  const short = (t: string) => t.replace(/^0(\d)/, '$1').replace(/:00$/, '');
  return `${short(window.start)}–${short(window.end)}`;
}

/** Touches grouped by due day, each day's touches in the order given. */
export function groupTouchesByDay<T extends { due: string }>(
  touches: readonly T[],
): Map<string, T[]> {
  const byDay = new Map<string, T[]>();
  for (const touch of touches) {
    const day = byDay.get(touch.due);
    if (day) day.push(touch);
    else byDay.set(touch.due, [touch]);
  }
  return byDay;
}

/** The touches due within a range (its first to last day), in the order given. */
export function touchesInRange<T extends { due: string }>(
  touches: readonly T[],
  range: Pick<CalendarRange, 'firstDay' | 'lastDay'>,
): T[] {
  // 'YYYY-MM-DD' strings sort like the dates they name.
  return touches.filter((t) => t.due >= range.firstDay && t.due <= range.lastDay);
}

/** The months of a range drawn as grids, each with its touches placed on their days. */
export function calendarMonths<T extends { due: string }>(
  range: Pick<CalendarRange, 'months'>,
  touches: readonly T[],
  weekStartsOn: 0 | 1 = 1,
): CalendarMonth<T>[] {
  const byMonth = new Map<string, T[]>();
  for (const touch of touches) {
    const month = touch.due.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(touch);
    else byMonth.set(month, [touch]);
  }
  return range.months.map((month) => {
    const own = byMonth.get(month) ?? [];
    return {
      month,
      label: monthLabel(month),
      weeks: monthGrid(month, weekStartsOn),
      touches: own,
      byDay: groupTouchesByDay(own),
    };
  });
}

/**
 * How many days past `today` the cadence must plan so that the calendar is
 * complete up to `lastDay`: never less than `minimum` (the planner's own
 * horizon, so that the calendar shows at least what the planner shows).
 */
export function horizonToCover(today: string, lastDay: string, minimum: number): number {
  return Math.max(minimum, diffDays(lastDay, today));
}

/** The first months a student can pick: the month of `today` and the `count - 1` after it. */
export function startMonthChoices(today: string, count = MAX_MONTHS): string[] {
  return monthsInRange(monthOf(today), count);
}

/** Reads `?from=YYYY-MM&months=N` from a query string; anything missing or wrong gives the default. */
export function parseCalendarQuery(search: string): CalendarQuery {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const months = params.get('months');
  const count = months !== null && /^\d{1,2}$/.test(months) ? Number(months) : NaN;
  return {
    from: from !== null && isMonthKey(from) ? from : null,
    months: count >= 1 && count <= MAX_MONTHS ? count : DEFAULT_MONTHS,
  };
}

/** Writes a range into a query string, keeping its other parameters (`?start=` and the like). */
export function calendarQuery(search: string, query: CalendarQuery): string {
  const params = new URLSearchParams(search);
  if (query.from === null) params.delete('from');
  else params.set('from', query.from);
  if (query.months === DEFAULT_MONTHS) params.delete('months');
  else params.set('months', String(query.months));
  const text = params.toString();
  return text ? `?${text}` : '';
}
