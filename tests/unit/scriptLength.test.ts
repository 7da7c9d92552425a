import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  checkBudget,
  HARD_LIMIT_SECONDS,
  lengthVerdict,
  speakingSeconds,
  wordCount,
  WORDS_PER_MINUTE,
  type BudgetKind,
} from '../../src/lib/scriptLength';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['Thank you.', 2],
    ["I'm available, don't worry.", 4],
    ['Dear Dana Lee,\n\nThank you!', 5],
    ['Zoë Ångström-Núñez', 2],
    ['李雷 called', 2],
    ['e.g. a well-known firm', 4],
    // Each digit of a spoken number takes a word's time.
    ['My number is 5 5 5, 1 2 3, 4 5 6 7.', 13],
    ['from 2 to 5', 4],
    ['— & … ?! :)', 0],
  ])('%j has %i words', (text, n) => {
    expect(wordCount(text)).toBe(n);
  });
});

describe('speakingSeconds', () => {
  it('uses 150 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(150);
    expect(speakingSeconds(words(150))).toBe(60);
    expect(speakingSeconds(words(75))).toBe(30);
  });

  it('rounds up to whole seconds', () => {
    expect(speakingSeconds('')).toBe(0);
    expect(speakingSeconds('Hello')).toBe(1);
    expect(speakingSeconds(words(76))).toBe(31);
    expect(speakingSeconds(words(74))).toBe(30);
  });
});

describe('BUDGETS', () => {
  it('holds the budgets docs/product.md sets, and 30 s for every other spoken script', () => {
    expect(BUDGETS['thank-you-email']).toEqual({ limit: 120, unit: 'words' });
    expect(BUDGETS['thank-you-card']).toEqual({ limit: 60, unit: 'words' });
    expect(BUDGETS['check-in']).toEqual({ limit: 100, unit: 'words' });
    expect(BUDGETS.voicemail).toEqual({ limit: 30, unit: 'seconds' });
    expect(BUDGETS['thank-you-voicemail']).toEqual({ limit: 30, unit: 'seconds' });
    expect(BUDGETS['check-in-voicemail']).toEqual({ limit: 30, unit: 'seconds' });
    expect(BUDGETS['call-opener']).toEqual({ limit: 30, unit: 'seconds' });
    expect(HARD_LIMIT_SECONDS).toBe(60);
  });
});

describe('checkBudget', () => {
  it.each<[BudgetKind, number, boolean]>([
    ['thank-you-email', 120, false],
    ['thank-you-email', 121, true],
    ['thank-you-card', 60, false],
    ['thank-you-card', 61, true],
    ['check-in', 100, false],
    ['check-in', 101, true],
  ])('written %s with %i words: over=%s, no seconds', (kind, n, over) => {
    const result = checkBudget(kind, words(n));
    expect(result).toEqual({
      words: n,
      seconds: null,
      limit: BUDGETS[kind].limit,
      unit: 'words',
      over,
      hardOver: false,
    });
  });

  it.each<[BudgetKind, number, number, boolean, boolean]>([
    ['voicemail', 75, 30, false, false],
    ['voicemail', 76, 31, true, false],
    ['voicemail', 150, 60, true, false],
    ['voicemail', 151, 61, true, true],
    ['thank-you-voicemail', 60, 24, false, false],
    ['check-in-voicemail', 200, 80, true, true],
    ['call-opener', 75, 30, false, false],
    ['call-opener', 80, 32, true, false],
  ])('spoken %s with %i words: %i s, over=%s, hardOver=%s', (kind, n, seconds, over, hardOver) => {
    expect(checkBudget(kind, words(n))).toEqual({
      words: n,
      seconds,
      limit: 30,
      unit: 'seconds',
      over,
      hardOver,
    });
  });
});

describe('lengthVerdict: what a student reads under a script and on the brevity meter', () => {
  const voicemail = (n: number) => checkBudget('voicemail', words(n));
  it('says a spoken script within its 30 seconds is brief, with its words and seconds', () => {
    expect(lengthVerdict(voicemail(70))).toBe(
      '70 words, about 28 seconds to say (aim for 30 seconds or less). Brief: they will hear all of it.',
    );
  });
  it('says a spoken script past 30 seconds but under a minute is a little long', () => {
    expect(lengthVerdict(voicemail(100))).toBe(
      '100 words, about 40 seconds to say (aim for 30 seconds or less). A little long: shorten it so they hear all of it.',
    );
  });
  it('tells the student to cut a script past a minute', () => {
    expect(lengthVerdict(voicemail(160))).toContain(
      'Over a minute: people stop listening before the end. Cut it down.',
    );
  });
  it('speaks of reading, not hearing, for a written message, counted in words', () => {
    const email = checkBudget('thank-you-email', words(130));
    expect(lengthVerdict(email)).toBe(
      '130 words (aim for 120 or fewer). A little long: shorten it so they read all of it.',
    );
    expect(lengthVerdict(checkBudget('thank-you-card', 'Thank you for your time.'))).toBe(
      '5 words (aim for 60 or fewer). Brief: they will read all of it.',
    );
  });
});
