import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../src/lib/readSettings';
import { settingsSchema } from '../../src/lib/settingsSchema';

const near = fc.oneof(
  fc.record(
    {
      dailyLimit: fc.oneof(fc.integer({ min: -2, max: 60 }), fc.double(), fc.string()),
      weekendsAllowed: fc.oneof(fc.boolean(), fc.constant('true'), fc.constant(0)),
      studentName: fc.oneof(fc.string({ maxLength: 130 }), fc.constant(null)),
      studentPhone: fc.oneof(fc.string({ maxLength: 45 }), fc.integer()),
      lastBackupAt: fc.oneof(
        fc.constant(null),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.constantFrom(
          '2026-11-28T10:00:00Z',
          '2026-11-28 10:00:00+01:00',
          '2026-13-01T00:00:00Z',
          'yesterday',
        ),
      ),
      extra: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('readSettings', () => {
  it('reads the defaults and a full set', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS })).toEqual(DEFAULT_SETTINGS);
    const full = {
      dailyLimit: 3,
      weekendsAllowed: true,
      studentName: 'Sam',
      studentPhone: '555 0100',
      lastBackupAt: '2026-11-28T10:00:00.000Z',
    };
    expect(readSettings(full)).toEqual(full);
  });

  it('fills in a missing phone, as files from before it existed have none', () => {
    const older: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    delete older['studentPhone'];
    expect(readSettings(older)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['a daily limit of 0', { dailyLimit: 0 }],
    ['a daily limit of 51', { dailyLimit: 51 }],
    ['a fractional limit', { dailyLimit: 2.5 }],
    ['weekends as text', { weekendsAllowed: 'yes' }],
    ['a very long name', { studentName: 'x'.repeat(121) }],
    ['a bad timestamp', { lastBackupAt: 'last week' }],
    ['an extra field', { theme: 'dark' }],
  ])('refuses %s', (_label, change) => {
    expect(readSettings({ ...DEFAULT_SETTINGS, ...change })).toBeNull();
  });

  it('agrees with settingsSchema on any input (property)', () => {
    fc.assert(
      fc.property(near, (value) => {
        const ours = readSettings(value);
        const theirs = v.safeParse(settingsSchema, value);
        expect(ours !== null).toBe(theirs.success);
        if (theirs.success) expect(ours).toEqual(theirs.output);
      }),
      { numRuns: 2000 },
    );
  });
});
