import { describe, expect, it } from 'vitest';
import { lessonWordCount, readingMinutes } from '../../src/lib/readingMinutes';

describe('readingMinutes', () => {
  it('counts prose words and ignores Markdown marks and link targets', () => {
    const body =
      '## Why it matters\n\nMost people **never** follow up. See [the planner](/planner/).\n\n- One\n- Two';
    expect(lessonWordCount(body)).toBe(13);
  });
  it('rounds to whole minutes at 200 words a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(700))).toBe(4);
    expect(readingMinutes('word '.repeat(900))).toBe(5);
  });
});
