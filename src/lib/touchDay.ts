/**
 * The days a student may give when acting on a touch: a touch is done today
 * or earlier, and moved to today or later. Used by the touch card's form and
 * by the planner's actions, which refuse anything else.
 */
import { dateProblem } from './localDate';

/** Why `doneOn` cannot be the day a touch was done, in words for the student; null when it can. */
export function doneDayProblem(doneOn: string, today: string): string | null {
  const problem = dateProblem(doneOn, 'Choose the day you did it: today or earlier.');
  if (problem) return problem;
  return doneOn > today ? 'Choose the day you did it: today or earlier.' : null;
}

/** Why a touch cannot be moved to `to`, in words for the student; null when it can. */
export function moveDayProblem(to: string, today: string): string | null {
  const problem = dateProblem(to, 'Choose today or a later day.');
  if (problem) return problem;
  return to < today ? 'Choose today or a later day.' : null;
}
