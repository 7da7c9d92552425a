import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/withBase';

describe('withBase', () => {
  it.each([
    ['/', '/lessons/', '/lessons/'],
    ['/', '/', '/'],
    ['/course/', '/lessons/week-2/', '/course/lessons/week-2/'],
    ['/course', '/planner/', '/course/planner/'],
    ['/course/', '/', '/course/'],
    ['/course/', 'write/thank-you/?contact=abc', '/course/write/thank-you/?contact=abc'],
  ])('base %s + %s = %s', (base, route, expected) => {
    expect(withBase(base, route)).toBe(expected);
  });
});
