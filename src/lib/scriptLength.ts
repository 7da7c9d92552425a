/**
 * Length of a writer's script: words, seconds when spoken, and the budget
 * each kind of script must keep (the lesson: patience runs out after about a
 * minute, and a short note does more than a long one).
 */

/** Speaking pace the writers assume for anything said aloud. */
export const WORDS_PER_MINUTE = 150;

/** A spoken script over this many seconds is always too long, whatever its budget. */
export const HARD_LIMIT_SECONDS = 60;

/** The kinds of script that have a budget. */
export type BudgetKind =
  | 'thank-you-email'
  | 'thank-you-card'
  | 'check-in'
  | 'voicemail'
  | 'thank-you-voicemail'
  | 'check-in-voicemail'
  | 'call-opener';

/** One budget: a limit in words (written) or seconds (spoken). */
export interface Budget {
  /** The most words or seconds the script should take. */
  readonly limit: number;
  /** What the limit counts. */
  readonly unit: 'words' | 'seconds';
}

/**
 * Budgets by kind. Written scripts count words; spoken ones count seconds at
 * WORDS_PER_MINUTE. docs/product.md sets the first four; voicemail variants of the
 * thank-you and check-in writers and the call openers (what you say when they
 * pick up) get the voicemail's 30 seconds, since the same attention span applies.
 */
export const BUDGETS: Readonly<Record<BudgetKind, Budget>> = {
  'thank-you-email': { limit: 120, unit: 'words' },
  'thank-you-card': { limit: 60, unit: 'words' },
  'check-in': { limit: 100, unit: 'words' },
  voicemail: { limit: 30, unit: 'seconds' },
  'thank-you-voicemail': { limit: 30, unit: 'seconds' },
  'check-in-voicemail': { limit: 30, unit: 'seconds' },
  'call-opener': { limit: 30, unit: 'seconds' },
};

/** How a script measures against its budget. */
export interface BudgetCheck {
  /** Words in the text. */
  words: number;
  /** Seconds to say it at WORDS_PER_MINUTE, or null for written scripts. */
  seconds: number | null;
  /** The budget's limit, in `unit`. */
  limit: number;
  /** What the limit counts. */
  unit: 'words' | 'seconds';
  /** True when the script is over its budget. */
  over: boolean;
  /** True when a spoken script is over HARD_LIMIT_SECONDS (never acceptable). */
  hardOver: boolean;
}

// Digits count one each: a phone number said slowly takes a word's time per digit.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;

/** Words in a text, as a reader or listener would count them (each spoken digit is one). */
export function wordCount(text: string): number {
  const words = text.match(WORD);
  return words ? words.length : 0;
}

/** Whole seconds to say a text aloud at 150 words a minute, rounded up. */
export function speakingSeconds(text: string): number {
  return Math.ceil((wordCount(text) * 60) / WORDS_PER_MINUTE);
}

/** Measures a script against the budget for its kind. */
export function checkBudget(kind: BudgetKind, text: string): BudgetCheck {
  const { limit, unit } = BUDGETS[kind];
  const words = wordCount(text);
  if (unit === 'words') {
    return { words, seconds: null, limit, unit, over: words > limit, hardOver: false };
  }
  const seconds = speakingSeconds(text);
  return {
    words,
    seconds,
    limit,
    unit,
    over: seconds > limit,
    hardOver: seconds > HARD_LIMIT_SECONDS,
  };
}

/**
 * What a student reads about a script's length, on the writers and on the
 * brevity lesson's meter alike: its size against the budget, then what to do.
 */
export function lengthVerdict(check: BudgetCheck): string {
  const spoken = check.unit === 'seconds';
  const size = spoken
    ? `${check.words} words, about ${check.seconds} seconds to say (aim for ${check.limit} seconds or less).`
    : `${check.words} words (aim for ${check.limit} or fewer).`;
  const reach = spoken ? 'hear' : 'read';
  const advice = check.hardOver
    ? 'Over a minute: people stop listening before the end. Cut it down.'
    : check.over
      ? `A little long: shorten it so they ${reach} all of it.`
      : `Brief: they will ${reach} all of it.`;
  return `${size} ${advice}`;
}
