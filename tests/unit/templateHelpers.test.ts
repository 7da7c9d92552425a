import { describe, expect, it } from 'vitest';
import {
  monthDay,
  spokenPhone,
  TEMPLATE_HELPER_NAMES,
  TEMPLATE_HELPERS,
  timeWindow,
  weekday,
} from '../../src/lib/templateHelpers';

// What Handlebars passes as the last argument of every helper call.
const handlebarsOptions = { name: 'helper', hash: {}, data: {} };

describe('weekday', () => {
  it.each([
    ['2026-03-08', 'Sunday'],
    ['2026-03-10', 'Tuesday'],
    ['2026-11-01', 'Sunday'],
    ['2028-02-29', 'Tuesday'],
  ])('%s is a %s', (iso, name) => {
    expect(weekday(iso)).toBe(name);
  });

  it.each([[''], ['2026-02-30'], ['March 3'], [null], [undefined], [42], [handlebarsOptions]])(
    'is empty for %j',
    (value) => {
      expect(weekday(value)).toBe('');
    },
  );
});

describe('monthDay', () => {
  it.each([
    ['2026-03-03', 'March 3'],
    ['2026-11-01', 'November 1'],
    ['2026-12-31', 'December 31'],
  ])('%s → %s', (iso, text) => {
    expect(monthDay(iso)).toBe(text);
  });

  it.each([[''], ['2026-13-01'], [{}], [handlebarsOptions]])('is empty for %j', (value) => {
    expect(monthDay(value)).toBe('');
  });
});

describe('spokenPhone helper', () => {
  it('says the number in digit groups', () => {
    expect(spokenPhone('(555) 123-4567')).toBe('5 5 5, 1 2 3, 4 5 6 7');
  });

  it('falls back to the number as typed, so a script never loses it', () => {
    expect(spokenPhone(' 12345 ')).toBe('12345');
  });

  it('is empty for anything but a string', () => {
    expect(spokenPhone(handlebarsOptions)).toBe('');
    expect(spokenPhone(null)).toBe('');
  });
});

describe('timeWindow', () => {
  it.each([
    ['14:00', '17:00', 'this afternoon from 2 to 5'],
    ['13:00', '17:00', 'this afternoon from 1 to 5'],
    ['12:00', '13:30', 'this afternoon from 12 to 1:30'],
    ['09:00', '12:00', 'this morning from 9 to 12'],
    ['09:30', '11:15', 'this morning from 9:30 to 11:15'],
    ['18:00', '20:00', 'this evening from 6 to 8'],
    ['17:00', '19:30', 'this evening from 5 to 7:30'],
    ['11:00', '13:00', 'today from 11 a.m. to 1 p.m.'],
    ['16:00', '19:00', 'today from 4 to 7 p.m.'],
    ['07:00', '08:00', 'this morning from 7 to 8'],
    ['04:00', '06:00', 'today from 4 to 6 a.m.'],
  ])('%s-%s → %j', (start, end, text) => {
    expect(timeWindow({ start, end })).toBe(text);
  });

  it.each([
    [null],
    [''],
    [{ start: '2pm', end: '5pm' }],
    [{ start: '14:00' }],
    [handlebarsOptions],
  ])('is empty for %j', (value) => {
    expect(timeWindow(value)).toBe('');
  });
});

describe('the helper set', () => {
  it('has exactly the listed names', () => {
    expect(Object.keys(TEMPLATE_HELPERS).sort()).toEqual([...TEMPLATE_HELPER_NAMES].sort());
  });
});
