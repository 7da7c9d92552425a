import { describe, expect, it } from 'vitest';
import { classLink } from '../../src/lib/classLink';

describe('classLink', () => {
  it.each([
    ['https://example.edu/', '2026-09-07', 'https://example.edu/?start=2026-09-07'],
    ['https://example.edu/course/', '2026-09-07', 'https://example.edu/course/?start=2026-09-07'],
    [
      'http://127.0.0.1:4321/course/?start=2020-01-01#x',
      ' 2027-01-04 ',
      'http://127.0.0.1:4321/course/?start=2027-01-04',
    ],
  ])('builds the link from %s and %j', (home, date, link) => {
    expect(classLink(home, date)).toBe(link);
  });

  it('gives no link until a date is chosen', () => {
    expect(classLink('https://example.edu/', '')).toBeNull();
    expect(classLink('https://example.edu/', '  ')).toBeNull();
  });
});
