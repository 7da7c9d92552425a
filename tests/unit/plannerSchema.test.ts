import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  contactSchema,
  settingsSchema,
  timeWindowSchema,
  touchSchema,
  DEFAULT_SETTINGS,
} from '../../src/lib/plannerSchema';
import { isIsoDate } from '../../src/lib/localDate';

const contact = {
  id: 'c1',
  name: '  Dana Lee ',
  organization: 'Northwind',
  role: '',
  metHow: 'interview',
  metOn: '2026-11-24',
  notes: '',
  email: '',
  phoneOffice: '',
  phoneMobile: '',
  agreed: null,
  status: 'active',
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
};

const touch = {
  id: 'c1-t0',
  contactId: 'c1',
  due: '2026-11-24',
  window: null,
  channel: 'email',
  purpose: 'thank-you',
  state: 'done',
  outcome: 'sent',
  doneOn: '2026-11-24',
  note: '',
  source: 'plan',
};

describe('plannerSchema', () => {
  it('reads real calendar dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
  });

  it('accepts a contact and trims its name', () => {
    const result = v.safeParse(contactSchema, contact);
    expect(result.success && result.output.name).toBe('Dana Lee');
  });

  it.each([
    ['an unknown way of meeting', { metHow: 'party' }],
    ['an empty name', { name: '   ' }],
    ['an impossible date', { metOn: '2026-02-30' }],
    ['an extra field', { nickname: 'D' }],
    ['an id with spaces', { id: 'c 1' }],
  ])('refuses a contact with %s', (_label, change) => {
    expect(v.safeParse(contactSchema, { ...contact, ...change }).success).toBe(false);
  });

  it('accepts a touch and refuses an unknown channel', () => {
    expect(v.safeParse(touchSchema, touch).success).toBe(true);
    expect(v.safeParse(touchSchema, { ...touch, channel: 'fax' }).success).toBe(false);
  });

  it('wants a time window that ends after it starts', () => {
    expect(v.safeParse(timeWindowSchema, { start: '14:00', end: '17:00' }).success).toBe(true);
    expect(v.safeParse(timeWindowSchema, { start: '17:00', end: '14:00' }).success).toBe(false);
    expect(v.safeParse(timeWindowSchema, { start: '24:00', end: '25:00' }).success).toBe(false);
  });

  it('fills in the phone for settings saved before it existed', () => {
    const { studentPhone: _phone, ...older } = DEFAULT_SETTINGS;
    const result = v.safeParse(settingsSchema, older);
    expect(result.success && result.output).toEqual(DEFAULT_SETTINGS);
  });
});
