/** Joins a deployment base path ('/', '/course', '/course/') and a site route ('/lessons/?x=1'). */
export function withBase(base: string, route: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const path = route.startsWith('/') ? route : `/${route}`;
  return `${trimmedBase}${path}`;
}
