/**
 * The plan: every planned touch the cadence makes from the stored contacts,
 * touches and settings as of today, and its views. Apart from planner.ts so
 * that a page which does not show the plan (the data page) does not load the
 * cadence.
 */
import { computed } from 'nanostores';
import { dueToday, overdue, plan as buildPlan } from '../lib/cadence';
import { $contacts, $settings, $today, $touches } from './planner';

/** The plan: every planned touch, from the cadence rules. */
export const $plan = computed(
  [$contacts, $touches, $settings, $today],
  (contacts, touches, settings, today) => buildPlan(contacts, touches, settings, today),
);

/** Planned touches due today. */
export const $dueToday = computed([$plan, $today], (p, today) => dueToday(p, today));

/** Planned touches whose day has passed. */
export const $overdue = computed([$plan, $today], (p, today) => overdue(p, today));

/**
 * Every planned touch after today, however far (an agreed call months ahead
 * included); the page shows them in steps. lib's upcoming() stops at N days.
 */
export const $upcoming = computed([$plan, $today], (p, today) =>
  p.touches.filter((t) => t.due > today),
);
