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

/** The frontmatter every lesson carries. */
export const lessonSchema = z.object({
  /** Course week, 1 to 8; also the lesson's URL (/lessons/week-N/). */
  week: z.number().int().min(1).max(8),
  /** The lesson's title, shown as its heading and in the page title. */
  title: z.string().min(3).max(80),
  /** One or two sentences for lists, the home page and the meta description. */
  summary: z.string().min(20).max(200),
  /** What the student can do after the lesson, each starting with a verb. */
  objectives: z.array(z.string().min(5)).min(2).max(5),
  /** The points to remember, shown in a box after the reading. */
  keyPoints: z.array(z.string().min(5)).min(3).max(7),
  /** Where the practice section sends the student. */
  practice: z.object({
    /** A site route from PRACTICE_ROUTES, without the base path; may carry a query string. */
    href: z
      .string()
      .refine(
        (href) => PRACTICE_ROUTES.some((route) => href === route || href.startsWith(`${route}?`)),
        'practice.href must be one of the site routes for writers or the planner',
      ),
    /** The link text: what the student will do there. */
    label: z.string().min(5).max(80),
  }),
});

/** A lesson's frontmatter after validation. */
export type LessonData = z.infer<typeof lessonSchema>;
