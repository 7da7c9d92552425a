import { describe, expect, it } from 'vitest';
import {
  clean,
  compactDate,
  phoneFor,
  touchDetails,
  writerLink,
  zoneClock,
  type IcsTouch,
} from '../../src/lib/calendarEvent';
import { splitDate } from '../../src/lib/localDate';
import type { Contact } from '../../src/lib/plannerSchema';

const dana: Contact = {
  id: 'c1',
  name: 'Dana Lee',
  organization: 'Northwind',
  role: 'Hiring manager',
  metHow: 'interview',
  metOn: '2026-11-24',
  notes: 'Private note that must not reach a calendar',
  email: 'dana@northwind.example',
  phoneOffice: '(555) 010-1000',
  phoneMobile: '(555) 010-2000',
  agreed: { date: '2026-12-03', window: null, number: 'mobile' },
  status: 'active',
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
};

const call: IcsTouch = {
  id: 'c1-t2',
  contactId: 'c1',
  due: '2026-12-03',
  window: { start: '09:00', end: '12:00' },
  channel: 'call',
  purpose: 'agreed',
  state: 'planned',
  outcome: null,
  doneOn: null,
  note: '',
  source: 'agreed',
  reason: 'The day Dana agreed to.',
};

describe('calendarEvent helpers', () => {
  it('prefers the number the contact asked for', () => {
    expect(phoneFor(dana)).toBe('(555) 010-2000 (mobile)');
    expect(phoneFor({ ...dana, agreed: null })).toBe('(555) 010-1000 (office)');
    expect(phoneFor({ ...dana, agreed: null, phoneOffice: '' })).toBe('(555) 010-2000 (mobile)');
    expect(phoneFor({ ...dana, phoneOffice: '', phoneMobile: '' })).toBe('');
  });

  it('links to the writer on the deployed site, sub-path included', () => {
    expect(writerLink('/write/voicemail/', 'c1', 'https://example.edu/course')).toBe(
      'https://example.edu/course/write/voicemail/?contact=c1',
    );
    expect(writerLink('/write/voicemail/', 'c1', undefined)).toBeNull();
  });

  it('describes a touch with the reason, who, the phone and the writer, never the private notes', () => {
    const text = touchDetails(call, dana, 'https://example.edu/');
    expect(text).toContain('Why now: The day Dana agreed to.');
    expect(text).toContain('Dana Lee: Hiring manager, Northwind');
    expect(text).toContain('Phone: (555) 010-2000 (mobile)');
    expect(text).toContain('https://example.edu/write/voicemail/?contact=c1');
    expect(text).not.toContain('Private note');
  });

  it('splits and compacts dates, refusing what is not one', () => {
    expect(splitDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => splitDate('2027-02-29')).toThrow(RangeError);
    expect(compactDate(new Date(Date.UTC(2026, 11, 3)))).toBe('20261203');
  });

  it('turns local times into UTC across daylight-saving changes', () => {
    const ny = zoneClock('America/New_York');
    expect(ny.toUtc(2026, 11, 2, '09:00').toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(ny.toUtc(2026, 10, 30, '09:00').toISOString()).toBe('2026-10-30T13:00:00.000Z');
    // 02:30 does not exist on 8 March 2026 in New York: it moves to the first real time, 03:00 EDT.
    expect(ny.toUtc(2026, 3, 8, '02:30').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(() => zoneClock('Nowhere/Land')).toThrow(RangeError);
  });

  it('drops control characters but keeps line breaks', () => {
    expect(clean('a\u0000b\nc\u0007')).toBe('ab\nc');
  });
});
