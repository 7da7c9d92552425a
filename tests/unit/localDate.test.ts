import { describe, expect, it } from 'vitest';
import { useTimeZone } from './helpers/timeZone';
import {
  addDays,
  createDayIndex,
  diffDays,
  formatLocalDate,
  isWeekendIso,
  parseLocalDate,
  shortDateLabel,
} from '../../src/lib/localDate';

// Each zone with its offset on 1 July (getTimezoneOffset minutes) and the days its clocks change in 2026 (all Sundays).
const ZONES = [
  { tz: 'UTC', julyOffset: 0, changes: [] as string[] },
  { tz: 'America/New_York', julyOffset: 240, changes: ['2026-03-08', '2026-11-01'] },
  { tz: 'Europe/London', julyOffset: -60, changes: ['2026-03-29', '2026-10-25'] },
  { tz: 'Pacific/Auckland', julyOffset: -720, changes: ['2026-04-05', '2026-09-27'] },
];

for (const { tz, julyOffset, changes } of ZONES) {
  describe(`local dates in ${tz}`, () => {
    useTimeZone(tz);

    it('really runs in this zone (its July offset, its clock changes)', () => {
      expect(parseLocalDate('2026-07-01').getTimezoneOffset()).toBe(julyOffset);
      for (const day of changes) {
        const before = parseLocalDate(addDays(day, -1));
        const after = parseLocalDate(addDays(day, 1));
        expect(before.getTimezoneOffset()).not.toBe(after.getTimezoneOffset());
      }
    });

    it('parses to local midnight of the same calendar day', () => {
      for (const day of ['2026-01-01', ...changes, '2028-02-29']) {
        const date = parseLocalDate(day);
        expect([date.getFullYear(), date.getMonth() + 1, date.getDate()]).toEqual(
          day.split('-').map(Number),
        );
        expect(date.getHours()).toBe(0);
        expect(formatLocalDate(date)).toBe(day);
      }
    });

    it.each([
      ['2026-03-07', 1, '2026-03-08'],
      ['2026-03-07', 2, '2026-03-09'],
      ['2026-03-08', 7, '2026-03-15'],
      ['2026-03-28', 1, '2026-03-29'],
      ['2026-03-28', 2, '2026-03-30'],
      ['2026-04-04', 1, '2026-04-05'],
      ['2026-04-04', 2, '2026-04-06'],
      ['2026-09-26', 2, '2026-09-28'],
      ['2026-10-24', 2, '2026-10-26'],
      ['2026-10-31', 1, '2026-11-01'],
      ['2026-10-31', 2, '2026-11-02'],
      ['2026-11-02', -2, '2026-10-31'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2028-02-28', 1, '2028-02-29'],
      ['2026-02-28', 1, '2026-03-01'],
      ['2026-01-05', 365, '2027-01-05'],
    ])('addDays(%s, %i) is %s', (from, days, expected) => {
      expect(addDays(from, days)).toBe(expected);
    });

    it.each([
      ['2026-03-15', '2026-03-01', 14],
      ['2026-04-12', '2026-03-22', 21],
      ['2026-11-08', '2026-10-25', 14],
      ['2026-10-01', '2026-09-24', 7],
      ['2026-03-01', '2026-03-15', -14],
      ['2026-11-01', '2026-11-01', 0],
      ['2027-01-01', '2026-01-01', 365],
    ])('diffDays(%s, %s) is %i whole calendar days', (to, from, expected) => {
      expect(diffDays(to, from)).toBe(expected);
    });

    it('numbers every day of the year once, in order, and back (DayIndex)', () => {
      const ix = createDayIndex('2026-01-01');
      let day = '2026-01-01';
      for (let n = 0; n < 365; n += 1) {
        expect(ix.iso(n)).toBe(day);
        expect(ix.day(day)).toBe(n);
        expect(ix.isWeekend(n)).toBe(isWeekendIso(day));
        day = addDays(day, 1);
      }
      expect(ix.day('2025-12-31')).toBe(-1);
      expect(ix.iso(-1)).toBe('2025-12-31');
    });
  });
}

describe('parseLocalDate', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-2-3', '03/11/2026', '', '2026-11-03T10:00'])(
    'refuses %j',
    (raw) => {
      expect(() => parseLocalDate(raw)).toThrow(RangeError);
    },
  );
});

describe('isWeekendIso', () => {
  it.each([
    ['2026-11-06', false], // Friday
    ['2026-11-07', true], // Saturday
    ['2026-11-08', true], // Sunday
    ['2026-11-09', false], // Monday
    ['2026-03-08', true], // Sunday, US clocks change
  ])('%s is a weekend day: %s', (day, expected) => {
    expect(isWeekendIso(day)).toBe(expected);
  });
});

describe('shortDateLabel', () => {
  it('writes a date the way the planner says it', () => {
    expect(shortDateLabel('2026-11-03')).toBe('Tue 3 Nov');
    expect(shortDateLabel('2026-11-03', '2026-10-01')).toBe('Tue 3 Nov');
    expect(shortDateLabel('2027-01-05', '2026-11-03')).toBe('Tue 5 Jan 2027');
    expect(createDayIndex('2026-11-03').label(0)).toBe('Tue 3 Nov');
  });

  it("writes dates in the browser's language and order", () => {
    expect(shortDateLabel('2026-11-03', undefined, 'en-US')).toBe('Tue Nov 3');
    expect(shortDateLabel('2027-01-05', '2026-11-03', 'en-US')).toBe('Tue Jan 5, 2027');
    expect(shortDateLabel('2026-11-03', undefined, 'de-DE')).toBe('Di. 3. Nov.');
    expect(shortDateLabel('2026-11-03', undefined, 'fr-FR')).toBe('mar. 3 nov.');
  });
});
