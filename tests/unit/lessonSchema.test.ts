import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  canStatement,
  lessonSchema,
  PRACTICE_ROUTES,
  questionSchema,
  type LessonData,
} from '../../src/lib/lessonSchema';
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

const question = {
  scenario: 'You met a recruiter at a job fair yesterday and have not written yet.',
  ask: 'What do you do?',
  choices: [
    {
      text: 'Email a brief thank-you today',
      correct: true,
      feedback: 'Within a day, brief and professional.',
    },
    { text: 'Wait a month', feedback: 'By then she has met hundreds of people.' },
    { text: 'Call her every day', feedback: 'That feels like pressure, not follow-up.' },
  ],
};

const valid = {
  week: 3,
  title: 'The thank-you, within a day',
  summary: 'Why a short thank-you within a day of meeting someone matters, and how to send one.',
  objectives: ['Send a thank-you within a day', 'Choose card, email, voicemail or call'],
  keyPoints: ['Within a day', 'Brief beats thorough', 'One sentence for what you forgot'],
  questions: [question, question],
  practice: {
    href: '/write/thank-you/',
    label: 'Write a thank-you',
    minutes: 15,
    steps: ['Write a thank-you for someone you met', 'Send it, then mark it Done in your planner'],
    goodResult: ['Sent within a day of the meeting', 'Three to five sentences, no apology'],
  },
  teach: {
    goal: 'Students send a short thank-you within a day.',
    opener: 'Ask who sent a follow-up since the last class.',
    prompts: ['Which form would you choose, and why?', 'What did you forget to say last time?'],
    activity: ['Write a thank-you in pairs', 'Read it aloud and cut it'],
    bring: 'One thank-you sent and marked Done in the planner.',
  },
};

/** The valid lesson with its first question's choices replaced. */
function withChoices(choices: unknown[]) {
  return { ...valid, questions: [{ ...question, choices }, question] };
}

describe('lessonSchema', () => {
  it('accepts a complete lesson', () => {
    expect(lessonSchema.safeParse(valid).success).toBe(true);
  });

  it('accepts a practice link with a query string and a practice tool with its introduction', () => {
    const withQuery = {
      ...valid,
      practice: {
        ...valid.practice,
        href: '/write/voicemail/?example=1',
        tool: {
          kind: 'length-meter',
          intro: 'Paste your draft below to see how long it takes to say.',
        },
      },
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
    ['a single question', { questions: [question] }],
    ['four questions', { questions: [question, question, question, question] }],
    [
      'a practice link to a page that does not exist',
      { practice: { ...valid.practice, href: '/write/cover-letter/' } },
    ],
    ['an outside practice link', { practice: { ...valid.practice, href: 'https://example.com/' } }],
    ['a practice without a time', { practice: { ...valid.practice, minutes: undefined } }],
    [
      'a practice with one criterion for a good result',
      { practice: { ...valid.practice, goodResult: ['Sent within a day'] } },
    ],
    [
      'a practice tool without the sentence that introduces it',
      { practice: { ...valid.practice, tool: { kind: 'tone-check' } } },
    ],
    [
      'an unknown practice tool',
      { practice: { ...valid.practice, tool: { kind: 'quiz', intro: 'x'.repeat(30) } } },
    ],
    [
      'one discussion prompt',
      { teach: { ...valid.teach, prompts: ['Which form would you choose?'] } },
    ],
    ['no in-class activity', { teach: { ...valid.teach, activity: [] } }],
    ['nothing to bring next week', { teach: { ...valid.teach, bring: undefined } }],
  ])('refuses %s', (_name, change) => {
    expect(lessonSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  describe('a "Check yourself" question', () => {
    const [right, wrong1, wrong2] = question.choices;

    it('refuses a question with no right answer', () => {
      const result = lessonSchema.safeParse(
        withChoices([{ ...right, correct: false }, wrong1, wrong2]),
      );
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toContain('exactly one right answer');
    });

    it('refuses a question with two right answers', () => {
      const result = lessonSchema.safeParse(
        withChoices([right, { ...wrong1, correct: true }, wrong2]),
      );
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).toContain('exactly one right answer');
    });

    it('refuses a choice without feedback', () => {
      const { feedback: _dropped, ...noFeedback } = wrong2!;
      const result = lessonSchema.safeParse(withChoices([right, wrong1, noFeedback]));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['questions', 0, 'choices', 2, 'feedback']);
    });

    it('refuses a choice with empty feedback', () => {
      expect(
        lessonSchema.safeParse(withChoices([right, wrong1, { ...wrong2, feedback: '' }])).success,
      ).toBe(false);
    });

    it('refuses fewer than three or more than four choices', () => {
      expect(questionSchema.safeParse({ ...question, choices: [right, wrong1] }).success).toBe(
        false,
      );
      expect(
        questionSchema.safeParse({ ...question, choices: [right, wrong1, wrong2, wrong1, wrong2] })
          .success,
      ).toBe(false);
    });

    it('reads a choice without `correct` as a wrong answer', () => {
      const parsed = questionSchema.parse(question);
      expect(parsed.choices.map((c) => c.correct)).toEqual([true, false, false]);
    });
  });

  it('lists every writer and planner route', () => {
    expect(PRACTICE_ROUTES).toContain('/write/voicemail/');
    expect(PRACTICE_ROUTES).toContain('/planner/');
  });
});

describe('canStatement', () => {
  it.each([
    ['Plan exactly what to say', 'I can plan exactly what to say'],
    ['Send a thank-you within a day', 'I can send a thank-you within a day'],
    ['ICS export for a calendar', 'I can ICS export for a calendar'],
  ])('turns %j into %j', (objective, statement) => {
    expect(canStatement(objective)).toBe(statement);
  });
});

describe('the eight lessons', () => {
  it('are week-1.mdx to week-8.mdx', () => {
    expect(files).toEqual(Array.from({ length: 8 }, (_, i) => `week-${i + 1}.mdx`));
  });

  const lessons = files.map((file) => {
    const { data, body } = readLesson(file);
    return { file, body, result: lessonSchema.safeParse(data) };
  });

  for (const { file, body, result } of lessons) {
    describe(file, () => {
      const lesson = result.data as LessonData;

      it('has valid frontmatter matching its file name, and a reading of its own', () => {
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
        expect(`week-${lesson.week}.mdx`).toBe(file);
        expect(body).not.toMatch(/^# /m);
        // The layout adds the practice, questions and checklist after the reading.
        expect(body).not.toMatch(/^## (Practice|Check yourself)/m);
        expect(lessonWordCount(body)).toBeGreaterThan(400);
      });

      it('has objectives that read as "I can…" statements (no "you" or "your")', () => {
        for (const objective of lesson.objectives) {
          expect(objective).toMatch(/^[A-Z][a-z]/);
          expect(objective).not.toMatch(/(?<![-\w])your?\b/i);
        }
      });

      it('ends its practice in the real world: sent or left, then recorded as Done in the planner', () => {
        const last = lesson.practice.steps.slice(-2).join(' ');
        expect(last).toMatch(/\b(Send|send|Make the call|leave)\b/);
        expect(last).toMatch(/planner/);
        expect(last).toMatch(/\bDone\b/);
      });
    });
  }

  it('has a practice tool, each with its introduction, exactly in weeks 4 and 5', () => {
    const withTool = lessons
      .filter(({ result }) => result.data?.practice.tool)
      .map(({ result }) => [result.data!.week, result.data!.practice.tool!.kind]);
    expect(withTool).toEqual([
      [4, 'length-meter'],
      [5, 'tone-check'],
    ]);
  });
});
