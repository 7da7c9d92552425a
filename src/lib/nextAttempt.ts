/**
 * The voicemail's next attempt: "if we don't connect today, I'll try you
 * Friday morning". The day the message names and the touch the planner
 * creates come from here, so they always agree (docs/product.md, cadence rule 6).
 */
import { addDays, differenceInCalendarDays, isWeekend } from 'date-fns';
import { formatLocalDate, isIsoDate, utcDay } from './localDate';
import { PARTS_OF_DAY, type PartOfDay } from './plannerOptions';
import type { TimeWindow } from './plannerSchema';

/** Why the next attempt is not the day the student chose. */
export type NextAttemptMove = 'past' | 'today' | 'weekend' | 'invalid';

/** What the student picked in the voicemail writer; either part may be left out. */
export interface NextAttemptChoice {
  /** The day, YYYY-MM-DD. */
  date?: string | undefined;
  /** Morning or afternoon. */
  partOfDay?: PartOfDay | undefined;
}

/** The next attempt the voicemail announces and the planner records. */
export interface NextAttempt {
  /** Local calendar date, YYYY-MM-DD; always after today. */
  date: string;
  /** Morning or afternoon. */
  partOfDay: PartOfDay;
  /** The time window of that part of the day, for the planned touch. */
  window: TimeWindow;
  /** How the voicemail says it: "Friday morning", or "Friday morning, March 20" beyond a week. */
  label: string;
  /** Why the chosen day was moved, or null when the choice stands (or there was none). */
  moved: NextAttemptMove | null;
  /** A line the writer shows when the day moved, or null. */
  message: string | null;
}

// Noon, not midnight: a few time zones skip or repeat midnight on a
// daylight-saving day, and noon always exists exactly once.
function toLocalNoon(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, 12);
}

function toIso(date: Date): string {
  return formatLocalDate(date);
}

// Intl for display keeps date-fns locales out of the bundle (docs/architecture.md, "Conventions"). The
// formatters work in UTC on the calendar date itself, so the name of the day
// never depends on the time zone the page happens to run in.
const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
const MONTH_DAY = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

function allowedFrom(date: Date, weekendsAllowed: boolean): Date {
  let d = date;
  while (!weekendsAllowed && isWeekend(d)) d = addDays(d, 1);
  return d;
}

/**
 * The next attempt after `today`: the student's choice, or the next weekday
 * morning. Never today or earlier, never a weekend unless allowed; a moved
 * choice says why in `message`. Throws RangeError if `today` is not a date.
 */
export function nextAttempt(
  today: string,
  choice: NextAttemptChoice | null,
  weekendsAllowed: boolean,
): NextAttempt {
  if (!isIsoDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD: ${today}`);
  const base = toLocalNoon(today);
  const partOfDay: PartOfDay = choice?.partOfDay ?? 'morning';
  const firstFree = allowedFrom(addDays(base, 1), weekendsAllowed);
  const chosen = choice?.date;

  let day: Date;
  let moved: NextAttemptMove | null = null;
  if (chosen === undefined || chosen === '') {
    day = firstFree;
  } else if (!isIsoDate(chosen)) {
    day = firstFree;
    moved = 'invalid';
  } else if (chosen < today) {
    day = firstFree;
    moved = 'past';
  } else if (chosen === today) {
    day = firstFree;
    moved = 'today';
  } else {
    const wanted = toLocalNoon(chosen);
    day = allowedFrom(wanted, weekendsAllowed);
    if (day.getTime() !== wanted.getTime()) moved = 'weekend';
  }

  const date = toIso(day);
  const weekday = WEEKDAY.format(utcDay(date));
  // Within the coming week a weekday name is unambiguous; past that, the date is added.
  const label =
    differenceInCalendarDays(day, base) <= 6
      ? `${weekday} ${partOfDay}`
      : `${weekday} ${partOfDay}, ${MONTH_DAY.format(utcDay(date))}`;

  let message: string | null = null;
  switch (moved) {
    case 'invalid':
      message = `That isn't a real calendar date, so the next attempt is ${label}.`;
      break;
    case 'past':
      message = `That day has already passed, so the next attempt is ${label}.`;
      break;
    case 'today':
      message = `The next attempt has to be a later day than today's call, so it is ${label}.`;
      break;
    case 'weekend':
      message = `${chosen ? WEEKDAY.format(utcDay(chosen)) : 'That day'} is a weekend, so the next attempt moves to ${label}. Allow weekends in the planner settings to keep it.`;
      break;
    case null:
      break;
  }

  return {
    date,
    partOfDay,
    window: { ...PARTS_OF_DAY[partOfDay] },
    label,
    moved,
    message,
  };
}
