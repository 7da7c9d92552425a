/**
 * The few helpers the writers' Handlebars templates may call. Templates are
 * precompiled with `knownHelpersOnly`, so a helper not listed here fails the
 * build; plugins/handlebarsPrecompile.mjs keeps the same list of names (a
 * unit test checks they agree). Everything else is shaped as data before
 * rendering, in src/templates/index.ts.
 */
import { isIsoDate, utcDay } from './localDate';
import type { TimeWindow } from './plannerSchema';
import { spokenPhone as spokenDigits } from './spokenPhone';

/** Names of the helpers templates may call; the precompile plugin's knownHelpers. */
export const TEMPLATE_HELPER_NAMES = ['monthDay', 'spokenPhone', 'timeWindow', 'weekday'] as const;

/** A helper a template may call. */
export type TemplateHelperName = (typeof TEMPLATE_HELPER_NAMES)[number];

// Handlebars passes its options object as the last argument; anything that is
// not the expected type reads as empty rather than as "[object Object]".
function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

// UTC on the calendar date itself: the day's name never depends on the page's time zone.
const WEEKDAY = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
const MONTH_DAY = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

function calendarDay(iso: string): Date | null {
  return isIsoDate(iso) ? utcDay(iso) : null;
}

/** `{{weekday metOn}}`: "2026-03-10" → "Tuesday"; empty for anything that is not a date. */
export function weekday(value: unknown): string {
  const day = calendarDay(asString(value));
  return day ? WEEKDAY.format(day) : '';
}

/** `{{monthDay lastContact}}`: "2026-03-03" → "March 3"; empty for anything that is not a date. */
export function monthDay(value: unknown): string {
  const day = calendarDay(asString(value));
  return day ? MONTH_DAY.format(day) : '';
}

/** `{{spokenPhone phone}}`: digit groups to say aloud; the number as typed if it can't be grouped. */
export function spokenPhone(value: unknown): string {
  const raw = asString(value);
  return spokenDigits(raw) ?? raw.trim();
}

function isWindow(value: unknown): value is TimeWindow {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TimeWindow).start === 'string' &&
    typeof (value as TimeWindow).end === 'string' &&
    /^\d{2}:\d{2}$/.test((value as TimeWindow).start) &&
    /^\d{2}:\d{2}$/.test((value as TimeWindow).end)
  );
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

// "14:00" → "2", "09:30" → "9:30": said the way people say times on the phone.
function clock(total: number): string {
  const h = Math.floor(total / 60) % 24;
  const m = total % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? String(h12) : `${h12}:${String(m).padStart(2, '0')}`;
}

function meridiem(total: number): string {
  return Math.floor(total / 60) % 24 < 12 ? 'a.m.' : 'p.m.';
}

/**
 * `{{timeWindow availability}}`: today's window as said aloud, e.g.
 * 14:00-17:00 → "this afternoon from 2 to 5"; empty for anything else.
 */
export function timeWindow(value: unknown): string {
  if (!isWindow(value)) return '';
  const start = minutes(value.start);
  const end = minutes(value.end);
  const from = clock(start);
  const to = clock(end);
  // Inside one part of the day, "this afternoon" says a.m. or p.m. for us.
  if (start >= 5 * 60 && end <= 12 * 60) return `this morning from ${from} to ${to}`;
  if (start >= 12 * 60 && end <= 18 * 60) return `this afternoon from ${from} to ${to}`;
  if (start >= 17 * 60) return `this evening from ${from} to ${to}`;
  return meridiem(start) === meridiem(end)
    ? `today from ${from} to ${to} ${meridiem(end)}`
    : `today from ${from} ${meridiem(start)} to ${to} ${meridiem(end)}`;
}

/** The helpers by name, for `template(data, { helpers: TEMPLATE_HELPERS })`. */
export const TEMPLATE_HELPERS: Readonly<Record<TemplateHelperName, (value: unknown) => string>> = {
  monthDay,
  spokenPhone,
  timeWindow,
  weekday,
};
