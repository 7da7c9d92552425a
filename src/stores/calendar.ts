/**
 * The printable calendar's state: the months the student picked (kept in the
 * address, `?from=YYYY-MM&months=N`, so a reload, a bookmark or the print
 * dialog shows the same months), and the plan made far enough ahead to fill
 * them. Everything else comes from the planner's stores.
 */
import { atom, computed } from 'nanostores';
import { CADENCE, plan } from '../lib/cadence';
import {
  calendarMonths,
  calendarQuery,
  calendarRange,
  DEFAULT_MONTHS,
  horizonToCover,
  isMonthKey,
  MAX_MONTHS,
  monthOf,
  parseCalendarQuery,
  startMonthChoices,
  touchesInRange,
  type CalendarQuery,
} from '../lib/calendarMonths';
import { $contacts, $settings, $today, $touches } from './planner';

/** The range the student picked: first month (null: the month of today) and how many months. */
const $calendarChoice = atom<CalendarQuery>(parseCalendarQuery(globalThis.location?.search ?? ''));

/** The months shown, the days they span and their label. */
export const $calendarRange = computed([$calendarChoice, $today], (choice, today) =>
  calendarRange(choice.from ?? monthOf(today), choice.months),
);

/** The first months the student can pick from: this month and the next eleven (plus a month from the address). */
export const $startMonthChoices = computed([$today, $calendarRange], (today, range) => {
  const months = startMonthChoices(today);
  const first = range.months[0]!;
  // A bookmarked range may start before this month: keep it selectable, in order.
  return months.includes(first) ? months : [first, ...months].sort();
});

/** The plan, made far enough ahead to fill every month of the range. */
const $calendarPlan = computed(
  [$contacts, $touches, $settings, $today, $calendarRange],
  (contacts, touches, settings, today, range) =>
    plan(contacts, touches, settings, today, {
      horizonDays: horizonToCover(today, range.lastDay, CADENCE.horizonDays),
    }),
);

/** The planned touches due in the range, by date (what is drawn, and what the .ics holds). */
export const $calendarTouches = computed([$calendarPlan, $calendarRange], (p, range) =>
  touchesInRange(p.touches, range),
);

/** The range's months as grids of weeks, each with its touches on their days. */
export const $calendarMonths = computed([$calendarRange, $calendarTouches], (range, touches) =>
  calendarMonths(range, touches),
);

/** Planned touches still due from before the range (overdue): the calendar does not show them. */
export const $overdueBeforeRange = computed(
  [$calendarPlan, $calendarRange, $today],
  (p, range, today) => p.touches.filter((t) => t.due < range.firstDay && t.due < today).length,
);

/** Shows `months` months starting with `from` ('YYYY-MM'); the address follows, for reload and bookmarks. */
export function chooseMonths(from: string, months: number): void {
  const count = Math.min(Math.max(1, Math.trunc(months) || DEFAULT_MONTHS), MAX_MONTHS);
  const query: CalendarQuery = { from: isMonthKey(from) ? from : null, months: count };
  $calendarChoice.set(query);
  const location = globalThis.location;
  if (!location || !globalThis.history) return;
  const search = calendarQuery(location.search, query);
  // replaceState: changing the months is not a new page for the Back button.
  globalThis.history.replaceState(
    globalThis.history.state,
    '',
    `${location.pathname}${search}${location.hash}`,
  );
}
