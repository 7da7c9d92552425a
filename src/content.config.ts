import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/lessonSchema';

/** The eight weekly lessons, one MDX file each in src/content/lessons. */
const lessons = defineCollection({
  loader: glob({ pattern: 'week-[1-8].mdx', base: './src/content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
