import { describe, expect, it } from 'vitest';
import { useTimeZone } from './helpers/timeZone';
import {
  courseWeek,
  parseStartDate,
  START_DATE_PROBLEMS,
  startDateLabel,
} from '../../src/lib/courseWeek';

/** Noon (local time) on a calendar date: the moment a student opens the page. */
function on(iso: string, hour = 12): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour);
}

describe('courseWeek', () => {
  it.each([
    ['2026-09-07', '2026-09-01', { phase: 'before', daysUntilStart: 6 }],
    ['2026-09-07', '2026-09-06', { phase: 'before', daysUntilStart: 1 }],
    ['2026-09-07', '2026-09-07', { phase: 'during', week: 1 }],
    ['2026-09-07', '2026-09-13', { phase: 'during', week: 1 }],
    ['2026-09-07', '2026-09-14', { phase: 'during', week: 2 }],
    ['2026-09-07', '2026-09-22', { phase: 'during', week: 3 }],
    ['2026-09-07', '2026-10-26', { phase: 'during', week: 8 }],
    ['2026-09-07', '2026-11-01', { phase: 'during', week: 8 }],
    ['2026-09-07', '2026-11-02', { phase: 'after', weeksSinceEnd: 1 }],
    ['2026-09-07', '2027-01-04', { phase: 'after', weeksSinceEnd: 10 }],
  ])('start %s, today %s', (start, today, expected) => {
    expect(courseWeek(start, on(today))).toEqual(expected);
  });

  it('puts a start 15 days ago in week 3', () => {
    expect(courseWeek('2026-11-13', on('2026-11-28'))).toEqual({ phase: 'during', week: 3 });
  });

  it('crosses a leap day', () => {
    expect(courseWeek('2028-02-23', on('2028-03-01'))).toEqual({ phase: 'during', week: 2 });
  });

  it('counts just after midnight and just before as the same calendar day', () => {
    expect(courseWeek('2026-09-07', on('2026-09-14', 0))).toEqual({ phase: 'during', week: 2 });
    expect(courseWeek('2026-09-07', new Date(2026, 8, 13, 23, 59))).toEqual({
      phase: 'during',
      week: 1,
    });
  });

  it('throws on a start that is not a date', () => {
    expect(() => courseWeek('soon', on('2026-03-01'))).toThrow(RangeError);
  });

  for (const tz of ['America/New_York', 'Europe/London', 'Pacific/Auckland']) {
    describe(`in ${tz} across daylight-saving changes`, () => {
      useTimeZone(tz);
      it.each([
        // US spring forward 2026-03-08, UK 2026-03-29, NZ back 2026-04-05, US fall back 2026-11-01
        ['2026-03-02', '2026-03-09', 2],
        ['2026-03-23', '2026-03-30', 2],
        ['2026-03-30', '2026-04-06', 2],
        ['2026-10-26', '2026-11-02', 2],
        ['2026-10-26', '2026-11-01', 1],
      ])('start %s, today %s is week %i', (start, today, week) => {
        expect(courseWeek(start, on(today))).toEqual({ phase: 'during', week });
        expect(courseWeek(start, on(today, 0))).toEqual({ phase: 'during', week });
        expect(courseWeek(start, on(today, 23))).toEqual({ phase: 'during', week });
      });
    });
  }
});

describe('parseStartDate', () => {
  it('accepts a real date', () => {
    expect(parseStartDate('2026-09-07')).toEqual({ ok: true, date: '2026-09-07' });
    expect(parseStartDate(' 2026-09-07 ')).toEqual({ ok: true, date: '2026-09-07' });
  });
  it.each([
    ['next monday', 'format'],
    ['07/09/2026', 'format'],
    ['2026-9-7', 'format'],
    ['', 'format'],
    ['<script>', 'format'],
    ['2026-02-30', 'not-real'],
    ['2026-13-01', 'not-real'],
    ['1850-01-01', 'range'],
    ['2200-01-01', 'range'],
  ])('refuses %j because of its %s', (raw, problem) => {
    expect(parseStartDate(raw)).toEqual({ ok: false, problem });
  });
  it('labels a start date in words', () => {
    expect(startDateLabel('2026-09-07')).toBe('Monday, 7 September 2026');
    expect(startDateLabel('2026-09-07', 'en-US')).toBe('Monday, September 7, 2026');
    expect(startDateLabel('2026-09-07', 'de-DE')).toBe('Montag, 7. September 2026');
  });
  it('has a message for every problem', () => {
    for (const message of Object.values(START_DATE_PROBLEMS))
      expect(message.length).toBeGreaterThan(10);
  });
});
