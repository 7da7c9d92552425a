/** Helpers shared by the migration tests (migrationSteps and migrations). */
import { expect } from 'vitest';
import type { MigrationStep } from '../../../src/lib/migrationSteps';

/** Freezes a value and everything in it, so a test proves nothing edits it in place. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A made-up version 2 step: every touch gains `minutes`, the time the student expects it to take. */
export const addMinutes: MigrationStep = (data) => ({
  ...data,
  touches: data.touches.map((t) => ({ ...(t as object), minutes: 15 })),
});

/** Asserts a refusal and returns its message. */
export function expectError(result: { ok: boolean; error?: string }): string {
  expect(result.ok).toBe(false);
  expect(typeof result.error).toBe('string');
  return result.error!;
}
