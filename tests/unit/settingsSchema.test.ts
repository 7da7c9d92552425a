import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../../src/lib/settingsSchema';

describe('settingsSchema', () => {
  it('accepts the defaults', () => {
    expect(v.safeParse(settingsSchema, DEFAULT_SETTINGS).success).toBe(true);
  });
  it.each([
    ['a daily limit of 0', { dailyLimit: 0 }],
    ['a daily limit over 50', { dailyLimit: 51 }],
    ['a phone over 40 characters', { studentPhone: '5'.repeat(41) }],
    ['a backup time that is not a timestamp', { lastBackupAt: 'Tuesday' }],
  ])('refuses %s', (_label, change) => {
    expect(v.safeParse(settingsSchema, { ...DEFAULT_SETTINGS, ...change }).success).toBe(false);
  });
});
