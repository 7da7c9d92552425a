import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonSchema, PRACTICE_ROUTES } from '../../src/lib/lessonSchema';
import { lessonWordCount } from '../../src/lib/readingMinutes';

const dir = join(import.meta.dirname, '../../src/content/lessons');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();

function readLesson(file: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return { data: parse(match[1]!) as unknown, body: match[2]! };
}

const valid = {
  week: 3,
  title: 'The thank-you, within a day',
  summary: 'Why a short thank-you within a day of meeting someone matters, and how to send one.',
  objectives: ['Send a thank-you within a day', 'Choose card, email, voicemail or call'],
  keyPoints: ['Within a day', 'Brief beats thorough', 'One sentence for what you forgot'],
  practice: { href: '/write/thank-you/', label: 'Write a thank-you' },
};

describe('lessonSchema', () => {
  it('accepts a complete lesson', () => {
    expect(lessonSchema.safeParse(valid).success).toBe(true);
  });

  it('accepts a practice link with a query string', () => {
    const withQuery = {
      ...valid,
      practice: { href: '/write/voicemail/?example=1', label: 'Try it' },
    };
    expect(lessonSchema.safeParse(withQuery).success).toBe(true);
  });

  it.each([
    ['week 0', { week: 0 }],
    ['week 9', { week: 9 }],
    ['a week that is not a whole number', { week: 2.5 }],
    ['a short summary', { summary: 'Too short' }],
    ['a single objective', { objectives: ['Send a thank-you'] }],
    ['two key points', { keyPoints: ['One point', 'Two points'] }],
    [
      'a practice link to a page that does not exist',
      { practice: { href: '/write/cover-letter/', label: 'Write it' } },
    ],
    ['an outside practice link', { practice: { href: 'https://example.com/', label: 'Go there' } }],
  ])('refuses %s', (_name, change) => {
    expect(lessonSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('lists every writer and planner route', () => {
    expect(PRACTICE_ROUTES).toContain('/write/voicemail/');
    expect(PRACTICE_ROUTES).toContain('/planner/');
  });
});

describe('the eight lessons', () => {
  it('are week-1.mdx to week-8.mdx', () => {
    expect(files).toEqual(Array.from({ length: 8 }, (_, i) => `week-${i + 1}.mdx`));
  });

  for (const file of files) {
    it(`${file} has valid frontmatter matching its file name, and ends with a practice section`, () => {
      const { data, body } = readLesson(file);
      const result = lessonSchema.safeParse(data);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(`week-${result.data?.week}.mdx`).toBe(file);
      expect(body).toMatch(/\n## Practice\n[\s\S]+$/);
      expect(body).not.toMatch(/^# /m);
      expect(lessonWordCount(body)).toBeGreaterThan(400);
    });
  }
});
