/**
 * What "Rehearse it" tells a student after they read a spoken script aloud:
 * how long they took, how that compares with the script's budget and with
 * the writers' estimate at 150 words a minute, and what to do about it.
 * Pure: the page measures the time and passes it in.
 */
import {
  BUDGETS,
  HARD_LIMIT_SECONDS,
  speakingSeconds,
  WORDS_PER_MINUTE,
  type BudgetKind,
} from './scriptLength';

/** True for budget kinds measured in seconds: the only scripts a student can rehearse. */
export function isSpokenKind(kind: BudgetKind): boolean {
  return BUDGETS[kind].unit === 'seconds';
}

/** How a take compares with the budget. */
export type BudgetStanding = 'under' | 'at' | 'over';

/** How the student's pace compares with a steady 150 words a minute. */
export type PaceStanding = 'steady' | 'fast' | 'slow';

/** The verdict on one take. */
export interface RehearsalVerdict {
  /** Whole seconds the student took (rounded to the nearest second). */
  seconds: number;
  /** The script's budget, in seconds. */
  limit: number;
  /** Seconds the script takes at a steady WORDS_PER_MINUTE. */
  estimate: number;
  /** Under, at, or over the budget. */
  standing: BudgetStanding;
  /** Faster, slower or about the steady pace; null when the take was too short to judge. */
  pace: PaceStanding | null;
  /** The sentences to show and announce, in order. */
  sentences: string[];
}

/** A take shorter than this is not a reading of the script: nothing to judge. */
const SHORTEST_TAKE_SECONDS = 1;

/**
 * A take within this share of the estimate counts as a steady pace. Nobody
 * reads at exactly 150 words a minute; a fifth either way is still easy to follow.
 */
export const STEADY_PACE_MARGIN = 0.2;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The clock a student watches while reading: m:ss, from milliseconds. */
export function clockLabel(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

function paceOf(seconds: number, estimate: number): PaceStanding {
  if (estimate === 0) return 'slow';
  const ratio = seconds / estimate;
  if (ratio > 1 + STEADY_PACE_MARGIN) return 'slow';
  if (ratio < 1 - STEADY_PACE_MARGIN) return 'fast';
  return 'steady';
}

/**
 * The verdict on a take of `script` (a spoken script of budget `kind`) that
 * lasted `tookMs` milliseconds. Throws for a written kind: cards and emails
 * are not rehearsed aloud.
 */
export function rehearsalVerdict(
  kind: BudgetKind,
  script: string,
  tookMs: number,
): RehearsalVerdict {
  if (!isSpokenKind(kind)) throw new RangeError(`A ${kind} is written, not spoken`);
  const { limit } = BUDGETS[kind];
  const seconds = Math.max(0, Math.round(tookMs / 1000));
  const estimate = speakingSeconds(script);
  const standing: BudgetStanding = seconds > limit ? 'over' : seconds === limit ? 'at' : 'under';

  if (seconds < SHORTEST_TAKE_SECONDS) {
    return {
      seconds,
      limit,
      estimate,
      standing,
      pace: null,
      sentences: [
        'That take was under a second, so there is nothing to time. Press Start, read the whole script aloud, then press Stop.',
      ],
    };
  }

  const took = `You took ${plural(seconds, 'second', 'seconds')}`;
  const budget = `the ${limit}-second budget`;
  const sentences: string[] = [
    standing === 'over'
      ? `${took}: ${seconds - limit} over ${budget}.`
      : standing === 'at'
        ? `${took}: right at ${budget}.`
        : `${took}: ${plural(limit - seconds, 'second', 'seconds')} under ${budget}.`,
  ];

  const pace = paceOf(seconds, estimate);
  const steady = `At a steady ${WORDS_PER_MINUTE} words a minute this script takes about ${plural(estimate, 'second', 'seconds')}`;
  if (pace === 'steady') sentences.push(`${steady}, and your pace was close to that.`);
  else if (pace === 'fast')
    sentences.push(
      `${steady}, so you read it faster than that. Slow down, above all when you say your number.`,
    );
  else
    sentences.push(
      `${steady}, so you read it more slowly than that${standing === 'over' ? '' : ', which is fine while you stay within the budget'}.`,
    );

  if (seconds > HARD_LIMIT_SECONDS) {
    sentences.push(
      'That is over a minute: people stop listening well before the end. Cut it down in the writer.',
    );
  } else if (standing === 'over') {
    sentences.push(
      estimate > limit
        ? 'The script itself is too long: cut a sentence in the writer, such as the thing you forgot to mention, then try again.'
        : 'The script fits the budget when read at a steady pace: keep going between sentences, and save your slowest, clearest speed for the number.',
    );
  } else if (standing === 'at') {
    sentences.push('Any longer and it runs over: keep this pace.');
  } else {
    sentences.push('They will hear all of it.');
  }
  return { seconds, limit, estimate, standing, pace, sentences };
}
