import { describe, expect, it } from 'vitest';
import {
  clockLabel,
  isSpokenKind,
  rehearsalVerdict,
  STEADY_PACE_MARGIN,
} from '../../src/lib/rehearsalVerdict';
import { BUDGETS, speakingSeconds, type BudgetKind } from '../../src/lib/scriptLength';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
// 70 words: 28 seconds at 150 words a minute, inside the 30-second budget.
const fits = words(70);
// 100 words: 40 seconds, over the budget however it is read.
const tooLong = words(100);

describe('isSpokenKind', () => {
  it.each<[BudgetKind, boolean]>([
    ['voicemail', true],
    ['thank-you-voicemail', true],
    ['check-in-voicemail', true],
    ['call-opener', true],
    ['thank-you-email', false],
    ['thank-you-card', false],
    ['check-in', false],
  ])('%s: %s', (kind, spoken) => {
    expect(isSpokenKind(kind)).toBe(spoken);
  });
});

describe('rehearsalVerdict', () => {
  it.each<BudgetKind>(['thank-you-email', 'thank-you-card', 'check-in'])(
    'refuses a written %s',
    (kind) => {
      expect(() => rehearsalVerdict(kind, fits, 20_000)).toThrow(RangeError);
    },
  );

  it('under the budget at a steady pace', () => {
    const v = rehearsalVerdict('voicemail', fits, 26_400);
    expect(v).toMatchObject({
      seconds: 26,
      limit: 30,
      estimate: 28,
      standing: 'under',
      pace: 'steady',
    });
    expect(v.sentences).toEqual([
      'You took 26 seconds: 4 seconds under the 30-second budget.',
      'At a steady 150 words a minute this script takes about 28 seconds, and your pace was close to that.',
      'They will hear all of it.',
    ]);
  });

  it('one second under says "1 second"', () => {
    expect(rehearsalVerdict('call-opener', fits, 29_000).sentences[0]).toBe(
      'You took 29 seconds: 1 second under the 30-second budget.',
    );
  });

  it('at the budget: right at it, keep the pace', () => {
    const v = rehearsalVerdict('thank-you-voicemail', fits, 30_200);
    expect(v.standing).toBe('at');
    expect(v.sentences[0]).toBe('You took 30 seconds: right at the 30-second budget.');
    expect(v.sentences.at(-1)).toBe('Any longer and it runs over: keep this pace.');
  });

  it('over, with a script that is itself too long: the example in the issue', () => {
    const v = rehearsalVerdict('voicemail', tooLong, 41_000);
    expect(v).toMatchObject({ seconds: 41, estimate: 40, standing: 'over', pace: 'steady' });
    expect(v.sentences[0]).toBe('You took 41 seconds: 11 over the 30-second budget.');
    expect(v.sentences.at(-1)).toMatch(/^The script itself is too long: cut a sentence/);
  });

  it('over only because of the reading: the script fits when read steadily', () => {
    const v = rehearsalVerdict('check-in-voicemail', fits, 38_000);
    expect(v).toMatchObject({ seconds: 38, standing: 'over', pace: 'slow' });
    expect(v.sentences[1]).toBe(
      'At a steady 150 words a minute this script takes about 28 seconds, so you read it more slowly than that.',
    );
    expect(v.sentences.at(-1)).toMatch(/^The script fits the budget when read at a steady pace/);
  });

  it('rushed: under the budget but faster than a steady pace', () => {
    const v = rehearsalVerdict('voicemail', fits, 15_000);
    expect(v).toMatchObject({ standing: 'under', pace: 'fast' });
    expect(v.sentences[1]).toMatch(
      /faster than that\. Slow down, above all when you say your number\./,
    );
  });

  it('slow but within the budget is fine', () => {
    const v = rehearsalVerdict('voicemail', words(50), 29_000);
    expect(v).toMatchObject({ estimate: 20, standing: 'under', pace: 'slow' });
    expect(v.sentences[1]).toMatch(/which is fine while you stay within the budget\.$/);
  });

  it('over a minute says so, whatever the script', () => {
    const v = rehearsalVerdict('voicemail', fits, 75_000);
    expect(v.sentences[0]).toBe('You took 75 seconds: 45 over the 30-second budget.');
    expect(v.sentences.at(-1)).toMatch(/^That is over a minute/);
  });

  it('a take under a second is not judged', () => {
    const v = rehearsalVerdict('voicemail', fits, 400);
    expect(v.pace).toBeNull();
    expect(v.sentences).toHaveLength(1);
    expect(v.sentences[0]).toMatch(/nothing to time/);
  });

  it('pace: steady exactly at the margins, fast or slow just past them', () => {
    const estimate = speakingSeconds(words(75)); // 30 s
    const at = (s: number) => rehearsalVerdict('voicemail', words(75), s * 1000).pace;
    expect(at(estimate * (1 - STEADY_PACE_MARGIN))).toBe('steady'); // 24 s
    expect(at(estimate * (1 + STEADY_PACE_MARGIN))).toBe('steady'); // 36 s
    expect(at(23)).toBe('fast');
    expect(at(37)).toBe('slow');
  });

  it('uses the budget of each spoken kind', () => {
    for (const kind of Object.keys(BUDGETS) as BudgetKind[]) {
      if (!isSpokenKind(kind)) continue;
      expect(rehearsalVerdict(kind, fits, 10_000).limit).toBe(BUDGETS[kind].limit);
    }
  });
});

describe('clockLabel', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [3_000, '0:03'],
    [41_500, '0:41'],
    [60_000, '1:00'],
    [125_000, '2:05'],
    [-50, '0:00'],
  ])('%i ms is %s', (ms, label) => {
    expect(clockLabel(ms)).toBe(label);
  });
});
