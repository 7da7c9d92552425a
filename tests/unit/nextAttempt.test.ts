import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextAttempt } from '../../src/lib/nextAttempt';
import { PARTS_OF_DAY } from '../../src/lib/plannerSchema';

// package.json does not list @types/node; the one global these tests touch is typed here.
declare const process: { env: Record<string, string | undefined> };

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  // Chile changes its clocks at midnight: a local midnight can be missing.
  'America/Santiago',
  'Pacific/Kiritimati',
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// Zone-independent weekday of a calendar date, to check labels against.
const weekdayOf = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(ZONES)('in %s', (zone) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  it('really runs in that zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    // Local clocks really change: the US offset moves on 2026-03-08, the UK one on 2026-03-29.
    const offsetChange = (before: number, after: number) =>
      new Date(2026, 2, before, 12).getTimezoneOffset() -
      new Date(2026, 2, after, 12).getTimezoneOffset();
    if (zone === 'America/New_York') expect(offsetChange(7, 8)).toBe(60);
    if (zone === 'Europe/London') expect(offsetChange(28, 29)).toBe(60);
    if (zone === 'UTC') expect(offsetChange(7, 8)).toBe(0);
  });

  describe('by default: the next weekday morning after today', () => {
    // Monday 2026-03-16 to Sunday 2026-03-22.
    it.each([
      ['2026-03-16', '2026-03-17', 'Tuesday morning'],
      ['2026-03-17', '2026-03-18', 'Wednesday morning'],
      ['2026-03-18', '2026-03-19', 'Thursday morning'],
      ['2026-03-19', '2026-03-20', 'Friday morning'],
      ['2026-03-20', '2026-03-23', 'Monday morning'],
      ['2026-03-21', '2026-03-23', 'Monday morning'],
      ['2026-03-22', '2026-03-23', 'Monday morning'],
    ])('today %s → %s (%s)', (today, date, label) => {
      expect(nextAttempt(today, null, false)).toEqual({
        date,
        partOfDay: 'morning',
        window: PARTS_OF_DAY.morning,
        label,
        moved: null,
        message: null,
      });
    });

    it('with weekends allowed, the very next day', () => {
      expect(nextAttempt('2026-03-20', null, true).date).toBe('2026-03-21');
      expect(nextAttempt('2026-03-20', null, true).label).toBe('Saturday morning');
      expect(nextAttempt('2026-03-21', null, true).date).toBe('2026-03-22');
    });

    it('an empty choice is no choice', () => {
      expect(nextAttempt('2026-03-18', {}, false).date).toBe('2026-03-19');
      expect(nextAttempt('2026-03-18', { date: '' }, false).moved).toBeNull();
    });
  });

  describe("the student's choice", () => {
    it('a future weekday stands', () => {
      expect(
        nextAttempt('2026-03-18', { date: '2026-03-20', partOfDay: 'afternoon' }, false),
      ).toEqual({
        date: '2026-03-20',
        partOfDay: 'afternoon',
        window: PARTS_OF_DAY.afternoon,
        label: 'Friday afternoon',
        moved: null,
        message: null,
      });
    });

    it('only a part of the day: the next weekday, then', () => {
      const result = nextAttempt('2026-03-18', { partOfDay: 'afternoon' }, false);
      expect(result.date).toBe('2026-03-19');
      expect(result.label).toBe('Thursday afternoon');
    });

    it('a weekend moves to Monday and says so', () => {
      const result = nextAttempt(
        '2026-03-18',
        { date: '2026-03-21', partOfDay: 'afternoon' },
        false,
      );
      expect(result.date).toBe('2026-03-23');
      expect(result.label).toBe('Monday afternoon');
      expect(result.moved).toBe('weekend');
      expect(result.message).toBe(
        'Saturday is a weekend, so the next attempt moves to Monday afternoon. Allow weekends in the planner settings to keep it.',
      );
      expect(nextAttempt('2026-03-18', { date: '2026-03-22' }, false).date).toBe('2026-03-23');
    });

    it('a weekend stands when weekends are allowed', () => {
      const result = nextAttempt('2026-03-18', { date: '2026-03-22' }, true);
      expect(result).toMatchObject({ date: '2026-03-22', label: 'Sunday morning', moved: null });
    });

    it('today moves to the next allowed day', () => {
      const result = nextAttempt(
        '2026-03-20',
        { date: '2026-03-20', partOfDay: 'afternoon' },
        false,
      );
      expect(result).toMatchObject({
        date: '2026-03-23',
        label: 'Monday afternoon',
        moved: 'today',
      });
      expect(result.message).toBe(
        "The next attempt has to be a later day than today's call, so it is Monday afternoon.",
      );
    });

    it('a past day moves to the next allowed day', () => {
      const result = nextAttempt('2026-03-18', { date: '2026-03-02' }, false);
      expect(result).toMatchObject({ date: '2026-03-19', moved: 'past' });
      expect(result.message).toBe(
        'That day has already passed, so the next attempt is Thursday morning.',
      );
    });

    it('a date that does not exist moves to the next allowed day', () => {
      const result = nextAttempt('2026-02-25', { date: '2026-02-30' }, false);
      expect(result).toMatchObject({ date: '2026-02-26', moved: 'invalid' });
      expect(result.message).toMatch(/^That isn't a real calendar date/);
    });

    it('beyond the coming week, the label adds the date', () => {
      expect(nextAttempt('2026-03-18', { date: '2026-03-24' }, false).label).toBe(
        'Tuesday morning',
      );
      expect(nextAttempt('2026-03-18', { date: '2026-03-25' }, false).label).toBe(
        'Wednesday morning, March 25',
      );
      expect(
        nextAttempt('2026-03-18', { date: '2026-04-06', partOfDay: 'afternoon' }, false).label,
      ).toBe('Monday afternoon, April 6');
    });

    it('crosses months and years', () => {
      expect(nextAttempt('2026-12-31', null, false)).toMatchObject({
        date: '2027-01-01',
        label: 'Friday morning',
      });
      expect(nextAttempt('2028-02-28', null, false).date).toBe('2028-02-29');
    });
  });

  describe('across daylight-saving changes', () => {
    it.each([
      // US spring forward: Sunday 2026-03-08.
      ['2026-03-06', false, '2026-03-09', 'Monday morning'],
      ['2026-03-07', true, '2026-03-08', 'Sunday morning'],
      ['2026-03-08', true, '2026-03-09', 'Monday morning'],
      // US fall back: Sunday 2026-11-01.
      ['2026-10-30', false, '2026-11-02', 'Monday morning'],
      ['2026-10-31', true, '2026-11-01', 'Sunday morning'],
      ['2026-11-01', true, '2026-11-02', 'Monday morning'],
      // UK: Sunday 2026-03-29 and Sunday 2026-10-25.
      ['2026-03-27', false, '2026-03-30', 'Monday morning'],
      ['2026-03-28', true, '2026-03-29', 'Sunday morning'],
      ['2026-10-24', true, '2026-10-25', 'Sunday morning'],
      ['2026-10-25', false, '2026-10-26', 'Monday morning'],
    ] as const)('today %s (weekends %s) → %s', (today, weekends, date, label) => {
      expect(nextAttempt(today, null, weekends)).toMatchObject({ date, label });
    });

    it('a chosen day on the change stays that day', () => {
      expect(nextAttempt('2026-03-05', { date: '2026-03-08' }, true).date).toBe('2026-03-08');
      expect(
        nextAttempt('2026-10-29', { date: '2026-11-01', partOfDay: 'afternoon' }, true).date,
      ).toBe('2026-11-01');
      expect(nextAttempt('2026-03-05', { date: '2026-03-08' }, false).date).toBe('2026-03-09');
    });

    it('property: always after today, a weekday unless allowed, label names that day', () => {
      const day = fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
      fc.assert(
        fc.property(
          day,
          fc.boolean(),
          fc.option(day, { nil: undefined }),
          (today, weekends, chosen) => {
            const result = nextAttempt(
              today,
              chosen === undefined ? null : { date: chosen },
              weekends,
            );
            expect(result.date > today).toBe(true);
            const name = weekdayOf(result.date);
            if (!weekends) expect(['Saturday', 'Sunday']).not.toContain(name);
            expect(result.label.startsWith(`${name} morning`)).toBe(true);
            if (chosen === undefined || chosen <= today) {
              // The first allowed day after today is never more than 3 days away.
              const gap = (Date.parse(result.date) - Date.parse(today)) / 86_400_000;
              expect(gap).toBeGreaterThanOrEqual(1);
              expect(gap).toBeLessThanOrEqual(weekends ? 1 : 3);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  it('rejects a today that is not a date', () => {
    expect(() => nextAttempt('2026-3-5', null, false)).toThrow(RangeError);
    expect(() => nextAttempt('', null, false)).toThrow(RangeError);
  });
});
