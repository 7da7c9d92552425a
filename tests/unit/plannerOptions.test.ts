import { describe, expect, it } from 'vitest';
import { CHANNELS, MET_HOW, PARTS_OF_DAY } from '../../src/lib/plannerOptions';
import { isIsoDate } from '../../src/lib/localDate';

describe('plannerOptions', () => {
  it('lists the six ways of meeting and five channels of docs/product.md', () => {
    expect(MET_HOW).toEqual([
      'interview',
      'informational',
      'phone',
      'networking',
      'event',
      'application',
    ]);
    expect(CHANNELS).toEqual(['card', 'email', 'voicemail', 'call', 'meeting']);
  });
  it('names the parts of the day as working windows', () => {
    expect(PARTS_OF_DAY.morning).toEqual({ start: '09:00', end: '12:00' });
    expect(PARTS_OF_DAY.afternoon).toEqual({ start: '13:00', end: '17:00' });
  });
  it.each([
    ['2026-11-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['28/11/2026', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
