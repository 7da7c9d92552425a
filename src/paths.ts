/**
 * Internal links, always through `href` so the site works under a sub-path
 * (BASE_PATH=/course/). Used by pages, components and islands.
 */
import { withBase } from './lib/withBase';

/** A site route ('/lessons/') as a link that respects the deployment's base path. */
export function href(route: string): string {
  return withBase(import.meta.env.BASE_URL, route);
}
