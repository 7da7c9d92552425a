import { describe, expect, it } from 'vitest';
import { useTimeZone } from './helpers/timeZone';
import { makeContact } from '../fixtures/contact';
import {
  addMonths,
  calendarMonths,
  calendarQuery,
  calendarRange,
  daysInMonth,
  DEFAULT_MONTHS,
  groupTouchesByDay,
  horizonToCover,
  isMonthKey,
  MAX_MONTHS,
  monthGrid,
  monthLabel,
  monthOf,
  monthsInRange,
  parseCalendarQuery,
  rangeLabel,
  shortWindowLabel,
  startMonthChoices,
  touchesInRange,
  weekdayNames,
} from '../../src/lib/calendarMonths';
import { CADENCE, plan } from '../../src/lib/cadence';
import { parseLocalDate } from '../../src/lib/localDate';
import { DEFAULT_SETTINGS } from '../../src/lib/plannerSchema';

/** The day `n` days after `iso`, by UTC arithmetic on the digits: independent of the code under test. */
function utcAddDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday, from the digits. */
function utcWeekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

// Each zone with its offset on 1 July (getTimezoneOffset minutes) and a day its clocks
// change in the months below (null: none), so that "really runs in this zone" can prove it.
const ZONES = [
  { tz: 'UTC', julyOffset: 0, change: null },
  { tz: 'America/New_York', julyOffset: 240, change: '2026-03-08' },
  { tz: 'Europe/London', julyOffset: -60, change: '2026-10-25' },
  { tz: 'Pacific/Auckland', julyOffset: -720, change: '2026-04-05' },
  // Chile moves its clocks at midnight: 00:00 on 6 September 2026 does not exist.
  { tz: 'America/Santiago', julyOffset: 240, change: '2026-09-06' },
  // Half-hour daylight saving.
  { tz: 'Australia/Lord_Howe', julyOffset: -630, change: '2026-10-04' },
  { tz: 'Asia/Kolkata', julyOffset: -330, change: null },
  { tz: 'Pacific/Kiritimati', julyOffset: -840, change: null },
] as const;

// month, weeks, first cell, last cell (Monday first); checked against a calendar.
const GRIDS: [string, number, string, string, string][] = [
  ['2026-11', 6, '2026-10-26', '2026-12-06', 'starts on a Sunday, 30 days: 6 weeks'],
  ['2026-03', 6, '2026-02-23', '2026-04-05', 'starts on a Sunday, US and EU clocks change'],
  ['2026-08', 6, '2026-07-27', '2026-09-06', 'starts on a Saturday, 31 days: 6 weeks'],
  ['2026-06', 5, '2026-06-01', '2026-07-05', 'starts on a Monday'],
  ['2027-02', 4, '2027-02-01', '2027-02-28', 'starts on a Monday, 28 days: exactly 4 weeks'],
  ['2026-02', 5, '2026-01-26', '2026-03-01', 'February starting on a Sunday'],
  ['2028-02', 5, '2028-01-31', '2028-03-05', 'leap year: 29 February'],
  ['2024-02', 5, '2024-01-29', '2024-03-03', 'leap year'],
  ['2000-02', 5, '2000-01-31', '2000-03-05', 'leap year divisible by 400'],
  ['2100-02', 4, '2100-02-01', '2100-02-28', 'not a leap year (divisible by 100)'],
  ['2026-10', 5, '2026-09-28', '2026-11-01', 'EU clocks fall back on the 25th'],
  ['2026-09', 5, '2026-08-31', '2026-10-04', 'Chile springs forward at midnight on the 6th'],
  ['2026-04', 5, '2026-03-30', '2026-05-03', 'Auckland and Chile fall back on the 5th'],
  ['2026-12', 5, '2026-11-30', '2027-01-03', 'the year turns inside the grid'],
];

for (const { tz, julyOffset, change } of ZONES) {
  describe(`month grids in ${tz}`, () => {
    useTimeZone(tz);

    it('really runs in this zone', () => {
      expect(parseLocalDate('2026-07-01').getTimezoneOffset()).toBe(julyOffset);
      if (change) {
        const before = parseLocalDate(utcAddDays(change, -1)).getTimezoneOffset();
        const after = parseLocalDate(utcAddDays(change, 1)).getTimezoneOffset();
        expect(before).not.toBe(after);
      }
    });

    it.each(GRIDS)('%s has %i weeks from %s to %s (%s)', (month, weeks, first, last) => {
      const grid = monthGrid(month, 1);
      expect(grid).toHaveLength(weeks);
      expect(grid[0]![0]!.date).toBe(first);
      expect(grid.at(-1)!.at(-1)!.date).toBe(last);
      const cells = grid.flat();
      expect(grid.every((week) => week.length === 7)).toBe(true);
      // Every cell is the day after the one before, Mondays in the first column.
      cells.forEach((cell, i) => {
        expect(cell.date).toBe(utcAddDays(first, i));
        expect(cell.day).toBe(Number(cell.date.slice(8)));
        expect(cell.inMonth).toBe(cell.date.startsWith(month));
        if (i % 7 === 0) expect(utcWeekday(cell.date)).toBe(1);
      });
      expect(cells.filter((c) => c.inMonth)).toHaveLength(daysInMonth(month));
      expect(cells.filter((c) => c.inMonth)[0]!.date).toBe(`${month}-01`);
      // Padding never reaches a whole week.
      expect(grid[0]!.some((c) => c.inMonth)).toBe(true);
      expect(grid.at(-1)!.some((c) => c.inMonth)).toBe(true);
    });

    it('can start the week on Sunday', () => {
      const grid = monthGrid('2026-11', 0);
      expect(grid).toHaveLength(5);
      expect(grid[0]![0]).toEqual({ date: '2026-11-01', day: 1, inMonth: true });
      expect(grid.at(-1)!.at(-1)!.date).toBe('2026-12-05');
      expect(grid.flat().every((c, i) => i % 7 !== 0 || utcWeekday(c.date) === 0)).toBe(true);
    });

    it('labels months the same whatever the zone', () => {
      expect(monthLabel('2026-11')).toBe('November 2026');
      expect(rangeLabel('2026-12', 3)).toBe('December 2026 – February 2027');
      expect(weekdayNames(1)[0]).toEqual({ short: 'Mon', long: 'Monday' });
    });
  });
}

describe('months', () => {
  it.each(['2026-01', '2026-12', '0001-06'])('%s is a month', (m) => {
    expect(isMonthKey(m)).toBe(true);
  });
  it.each(['2026-13', '2026-00', '2026-1', '26-01', '2026-01-01', ''])('%j is not', (m) => {
    expect(isMonthKey(m)).toBe(false);
  });

  it.each([
    ['2026-11', 2, '2027-01'],
    ['2027-01', -1, '2026-12'],
    ['2026-11', 12, '2027-11'],
    ['2026-11', -13, '2025-10'],
    ['2026-12', 1, '2027-01'],
    ['2026-05', 0, '2026-05'],
  ])('addMonths(%s, %i) is %s', (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it('lists the months of a range across a new year', () => {
    expect(monthsInRange('2026-12', 3)).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(monthsInRange('2026-11', 1)).toEqual(['2026-11']);
    expect(monthsInRange('2026-11', 0)).toEqual([]);
    expect(monthsInRange('2026-01', 12).at(-1)).toBe('2026-12');
  });

  it('refuses what is not a month', () => {
    expect(() => monthsInRange('2026-13', 3)).toThrow(RangeError);
    expect(() => monthGrid('2026-1')).toThrow(RangeError);
    expect(() => monthOf('2026-02-30')).toThrow(RangeError);
  });

  it.each([
    ['2026-02', 28],
    ['2028-02', 29],
    ['2000-02', 29],
    ['2100-02', 28],
    ['2026-04', 30],
    ['2026-12', 31],
  ])('%s has %i days', (month, days) => {
    expect(daysInMonth(month)).toBe(days);
  });

  it('names a month of a day', () => {
    expect(monthOf('2026-11-24')).toBe('2026-11');
  });
});

describe('labels', () => {
  it.each([
    ['2026-12', 3, 'December 2026 – February 2027'],
    ['2027-03', 3, 'March – May 2027'],
    ['2027-03', 1, 'March 2027'],
    ['2026-11', 12, 'November 2026 – October 2027'],
    ['2026-01', 12, 'January – December 2026'],
  ])('rangeLabel(%s, %i) is %s', (first, count, label) => {
    expect(rangeLabel(first, count)).toBe(label);
  });

  it('names the weekdays in column order', () => {
    expect(weekdayNames(1).map((d) => d.short)).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    expect(weekdayNames(0).map((d) => d.long)).toEqual([
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
  });
});

describe("labels in the browser's language", () => {
  it('names months and weekdays in the given locale', () => {
    expect(monthLabel('2026-11', 'en-US')).toBe('November 2026');
    expect(monthLabel('2026-11', 'de-DE')).toBe('November 2026');
    expect(monthLabel('2026-11', 'fr-FR')).toBe('novembre 2026');
    expect(rangeLabel('2027-03', 3, 'es-ES')).toBe('marzo – mayo de 2027');
    expect(calendarRange('2026-11', 1, 'fr-FR').label).toBe('novembre 2026');
    expect(weekdayNames(0, 'en-US')[1]).toEqual({ short: 'Mon', long: 'Monday' });
    expect(weekdayNames(1, 'de-DE')[0]).toEqual({ short: 'Mo', long: 'Montag' });
  });
});

describe('shortWindowLabel', () => {
  it.each([
    [{ start: '09:00', end: '12:00' }, '9–12'],
    [{ start: '13:00', end: '17:00' }, '13–17'],
    [{ start: '09:30', end: '10:00' }, '9:30–10'],
    [{ start: '00:05', end: '08:45' }, '0:05–8:45'],
    [null, ''],
  ])('%j is %j', (window, label) => {
    expect(shortWindowLabel(window)).toBe(label);
  });
});

describe('calendarRange', () => {
  it('spans the first day of the first month to the last day of the last', () => {
    expect(calendarRange('2026-11', 3)).toEqual({
      months: ['2026-11', '2026-12', '2027-01'],
      firstDay: '2026-11-01',
      lastDay: '2027-01-31',
      label: 'November 2026 – January 2027',
    });
    expect(calendarRange('2028-02', 1).lastDay).toBe('2028-02-29');
  });

  it('keeps the number of months between 1 and the maximum', () => {
    expect(calendarRange('2026-11', 0).months).toEqual(['2026-11']);
    expect(calendarRange('2026-11', 40).months).toHaveLength(MAX_MONTHS);
  });
});

describe('touches on days', () => {
  const touches = [
    { id: 'a', due: '2026-11-30' },
    { id: 'b', due: '2026-12-01' },
    { id: 'c', due: '2026-11-30' },
    { id: 'd', due: '2027-02-01' },
    { id: 'e', due: '2026-10-31' },
  ];

  it('groups touches by day, keeping their order', () => {
    const byDay = groupTouchesByDay(touches);
    expect([...byDay.keys()]).toEqual(['2026-11-30', '2026-12-01', '2027-02-01', '2026-10-31']);
    expect(byDay.get('2026-11-30')!.map((t) => t.id)).toEqual(['a', 'c']);
    expect(groupTouchesByDay([]).size).toBe(0);
  });

  it('keeps the touches of a range, first and last day included', () => {
    const range = calendarRange('2026-11', 3);
    expect(touchesInRange(touches, range).map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(touchesInRange(touches, calendarRange('2026-10', 1)).map((t) => t.id)).toEqual(['e']);
    expect(touchesInRange(touches, calendarRange('2027-02', 1)).map((t) => t.id)).toEqual(['d']);
  });

  it('puts each touch in its month and on its day, and nothing outside the months', () => {
    const months = calendarMonths(calendarRange('2026-11', 2), touches);
    expect(months.map((m) => m.label)).toEqual(['November 2026', 'December 2026']);
    const [november, december] = months as [(typeof months)[number], (typeof months)[number]];
    expect(november.touches.map((t) => t.id)).toEqual(['a', 'c']);
    expect(november.byDay.get('2026-11-30')!.map((t) => t.id)).toEqual(['a', 'c']);
    // 1 December shows in November's last week, but its touch belongs to December.
    expect(november.weeks.flat().some((c) => c.date === '2026-12-01')).toBe(true);
    expect(november.byDay.has('2026-12-01')).toBe(false);
    expect(december.byDay.get('2026-12-01')!.map((t) => t.id)).toEqual(['b']);
    expect(months.flatMap((m) => m.touches).map((t) => t.id)).not.toContain('d');
  });
});

describe('horizonToCover', () => {
  it('plans far enough for the range, never less than the planner does', () => {
    expect(horizonToCover('2026-11-24', '2027-01-31', 92)).toBe(92);
    expect(horizonToCover('2026-11-24', '2027-10-31', 92)).toBe(341);
    expect(horizonToCover('2026-11-24', '2026-10-31', 92)).toBe(92);
    // Across a daylight-saving change it still counts calendar days.
    expect(horizonToCover('2026-03-01', '2026-03-31', 0)).toBe(30);
  });

  it('gives the cadence enough days to fill the last month of a 12-month range', () => {
    const today = '2026-11-24';
    const range = calendarRange(monthOf(today), 12);
    const contact = makeContact({
      id: 'c-dana',
      name: 'Dana Lee',
      metOn: today,
      createdAt: '2026-11-24T15:00:00.000Z',
      updatedAt: '2026-11-24T15:00:00.000Z',
    });
    const lastMonth = (horizonDays: number) =>
      plan([contact], [], DEFAULT_SETTINGS, today, { horizonDays }).touches.filter((t) =>
        t.due.startsWith(range.months.at(-1)!),
      );
    // The planner's own horizon stops long before October 2027; the calendar's does not.
    expect(lastMonth(CADENCE.horizonDays)).toEqual([]);
    expect(
      lastMonth(horizonToCover(today, range.lastDay, CADENCE.horizonDays)).length,
    ).toBeGreaterThan(0);
  });
});

describe('the range in the address', () => {
  it('offers this month and the eleven after it', () => {
    const months = startMonthChoices('2026-11-24');
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-11');
    expect(months.at(-1)).toBe('2027-10');
  });

  it.each([
    ['', { from: null, months: DEFAULT_MONTHS }],
    ['?from=2027-02&months=6', { from: '2027-02', months: 6 }],
    ['?months=1', { from: null, months: 1 }],
    ['?months=06', { from: null, months: 6 }],
    ['?months=12', { from: null, months: 12 }],
    ['?from=2027-13&months=0', { from: null, months: DEFAULT_MONTHS }],
    ['?from=2027-2&months=13', { from: null, months: DEFAULT_MONTHS }],
    ['?months=2.5', { from: null, months: DEFAULT_MONTHS }],
    ['?months=-1', { from: null, months: DEFAULT_MONTHS }],
    ['?from=<script>&months=%20', { from: null, months: DEFAULT_MONTHS }],
  ])('reads %j', (search, expected) => {
    expect(parseCalendarQuery(search)).toEqual(expected);
  });

  it('writes the range and keeps the other parameters', () => {
    expect(calendarQuery('?start=2026-09-07', { from: '2027-02', months: 6 })).toBe(
      '?start=2026-09-07&from=2027-02&months=6',
    );
    expect(calendarQuery('?from=2027-02&months=6', { from: null, months: DEFAULT_MONTHS })).toBe(
      '',
    );
    expect(calendarQuery('', { from: '2026-11', months: DEFAULT_MONTHS })).toBe('?from=2026-11');
    const query = { from: '2026-12', months: 4 };
    expect(parseCalendarQuery(calendarQuery('?x=1', query))).toEqual(query);
  });
});
