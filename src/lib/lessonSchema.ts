/**
 * Frontmatter schema of a lesson (build time only: zod from astro/zod).
 * Kept in lib, free of astro:content, so unit tests can check it directly.
 */
import { z } from 'astro/zod';

/** Routes a lesson's practice section may link to (docs/product.md, "Routes"). */
export const PRACTICE_ROUTES = [
  '/write/thank-you/',
  '/write/voicemail/',
  '/write/check-in/',
  '/planner/',
  '/planner/calendar/',
  '/planner/data/',
] as const;

/** Practice tools a lesson can place on its own page (each is a small island). */
export const PRACTICE_TOOLS = ['length-meter', 'tone-check'] as const;

/** One answer a student can pick in a "Check yourself" question. */
export const choiceSchema = z.object({
  /** What the student might do or think, in their words. */
  text: z.string().min(3).max(200),
  /** Present and true on the one right answer. */
  correct: z.boolean().default(false),
  /** Why this choice is right or not, shown when the student opens it. */
  feedback: z.string().min(20).max(400),
});

/** A scenario question: a situation, three or four choices, exactly one right. */
export const questionSchema = z
  .object({
    /** The situation, as a student would meet it in their own search. */
    scenario: z.string().min(20).max(400),
    /** What the student decides, as a question ("What do you send?"). */
    ask: z.string().min(5).max(120),
    /** Three or four choices, each with its own feedback. */
    choices: z.array(choiceSchema).min(3).max(4),
  })
  .refine((q) => q.choices.filter((c) => c.correct).length === 1, {
    message: 'a question needs exactly one right answer (correct: true)',
    path: ['choices'],
  });

/** What an instructor does with the week in class (shown on /instructor/). */
export const teachSchema = z.object({
  /** What students should leave the class able to do. */
  goal: z.string().min(20).max(300),
  /** A 5-minute opener to start the class. */
  opener: z.string().min(20).max(400),
  /** Two questions for the class to discuss. */
  prompts: z.array(z.string().min(20).max(300)).length(2),
  /** The in-class activity, step by step. */
  activity: z.array(z.string().min(10).max(300)).min(2).max(6),
  /** What to ask students to bring to the next class. */
  bring: z.string().min(20).max(300),
});

/** The practice section: time, steps that end in the real world, and what good looks like. */
export const practiceSchema = z.object({
  /** A site route from PRACTICE_ROUTES, without the base path; may carry a query string. */
  href: z
    .string()
    .refine(
      (href) => PRACTICE_ROUTES.some((route) => href === route || href.startsWith(`${route}?`)),
      'practice.href must be one of the site routes for writers or the planner',
    ),
  /** The link text: what the student will do there. */
  label: z.string().min(5).max(80),
  /** About how long the practice takes, in minutes. */
  minutes: z.number().int().min(5).max(90),
  /** What to do, in order; the last step sends the message and records it in the planner. */
  steps: z.array(z.string().min(10).max(400)).min(2).max(6),
  /** Two or three things that make a good result. */
  goodResult: z.array(z.string().min(10).max(200)).min(2).max(3),
  /** A practice tool placed on the lesson page, with the sentence that introduces it. */
  tool: z
    .object({
      /** Which tool (see PRACTICE_TOOLS). */
      kind: z.enum(PRACTICE_TOOLS),
      /** One sentence saying what to do with the tool. */
      intro: z.string().min(20).max(300),
    })
    .optional(),
});

/** The frontmatter every lesson carries. */
export const lessonSchema = z.object({
  /** Course week, 1 to 8; also the lesson's URL (/lessons/week-N/). */
  week: z.number().int().min(1).max(8),
  /** The lesson's title, shown as its heading and in the page title. */
  title: z.string().min(3).max(80),
  /** One or two sentences for lists, the home page and the meta description. */
  summary: z.string().min(20).max(200),
  /** What the student can do after the lesson, each starting with a verb; also the "I can…" list. */
  objectives: z.array(z.string().min(5)).min(2).max(5),
  /** The points to remember, shown in a box after the reading. */
  keyPoints: z.array(z.string().min(5)).min(3).max(7),
  /** "Check yourself": two or three scenario questions. */
  questions: z.array(questionSchema).min(2).max(3),
  /** The practice section. */
  practice: practiceSchema,
  /** The instructor's plan for this week's class. */
  teach: teachSchema,
});

/** A lesson's frontmatter after validation. */
export type LessonData = z.infer<typeof lessonSchema>;

/** One "Check yourself" question after validation. */
export type LessonQuestion = z.infer<typeof questionSchema>;

/** An objective as a line of the "I can…" checklist: "Plan a call" becomes "I can plan a call". */
export function canStatement(objective: string): string {
  const first = objective.charAt(0);
  // Keep a leading acronym ("ICS") as written; lower-case a plain verb.
  const rest = objective.slice(1);
  const verb = /^[A-Z][a-z]/.test(objective) ? first.toLowerCase() : first;
  return `I can ${verb}${rest}`;
}
