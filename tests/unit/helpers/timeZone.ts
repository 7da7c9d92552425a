/** Test helper: run a describe block in another time zone (Node reads TZ at runtime). */
import { afterAll, beforeAll } from 'vitest';

/** Runs the enclosing describe block with the process in time zone `tz`, then restores it. */
export function useTimeZone(tz: string): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env['TZ'];
    process.env['TZ'] = tz;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });
}
