import { describe, expect, it } from 'vitest';
import { readAgreedNext } from '../../src/lib/agreedNext';

describe('readAgreedNext', () => {
  const empty = { agreedDate: '', agreedStart: '', agreedEnd: '', agreedNumber: '' };
  it('reads nothing as no agreement', () => {
    expect(readAgreedNext(empty)).toEqual({ ok: true, value: null });
  });
  it('refuses a day before the one given as the earliest', () => {
    const result = readAgreedNext({ ...empty, agreedDate: '2026-11-23' }, '2026-11-24');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.agreedDate).toContain('today or later');
  });
  it('accepts today with a window and a number', () => {
    expect(
      readAgreedNext(
        {
          agreedDate: '2026-11-24',
          agreedStart: '10:00',
          agreedEnd: '11:00',
          agreedNumber: 'office',
        },
        '2026-11-24',
      ),
    ).toEqual({
      ok: true,
      value: { date: '2026-11-24', window: { start: '10:00', end: '11:00' }, number: 'office' },
    });
  });
  it('refuses a number that is neither office nor mobile', () => {
    const result = readAgreedNext({ ...empty, agreedDate: '2026-11-24', agreedNumber: 'home' });
    expect(result.ok).toBe(false);
  });
});
