import { describe, expect, it } from 'vitest';
import { useTimeZone } from './helpers/timeZone';
import {
  confirmingEmail,
  emptyWriterFields,
  scriptAsText,
  writerOutput,
  type WriterFields,
} from '../../src/lib/writerScript';
import { TEMPLATES } from '../../src/templates';

const TODAY = '2026-11-24'; // a Tuesday
const profile = { name: 'Sam Rivera', phone: '(555) 010-4477' };

function fields(
  writer: 'thank-you' | 'voicemail' | 'check-in',
  change: Partial<WriterFields> = {},
) {
  return { ...emptyWriterFields(writer, TODAY, profile), contactName: 'Dana Lee', ...change };
}

describe('writerOutput', () => {
  useTimeZone('America/New_York');

  it('gives a voicemail the window today, the next attempt and the number twice, within 30 seconds', () => {
    const out = writerOutput(
      'voicemail',
      TEMPLATES.voicemail,
      fields('voicemail', { nextDate: '2026-11-27', nextPart: 'morning' }),
      0,
      TODAY,
      false,
    );
    expect(out.script.text).toContain('from 2 to 5');
    expect(out.script.text).toContain('Friday morning');
    expect(out.script.text.split('5 5 5, 0 1 0, 4 4 7 7').length - 1).toBe(2);
    expect(out.next).toMatchObject({ date: '2026-11-27', partOfDay: 'morning' });
    expect(out.budget.seconds).toBeLessThanOrEqual(30);
    expect(out.mailto).toBeNull();
  });

  it('moves a weekend next attempt to Monday and says so', () => {
    const out = writerOutput(
      'voicemail',
      TEMPLATES.voicemail,
      fields('voicemail', { nextDate: '2026-11-28' }),
      0,
      TODAY,
      false,
    );
    expect(out.next?.date).toBe('2026-11-30');
    expect(out.notes.join(' ')).toMatch(/weekend/);
  });

  it('notes an incomplete phone and a backwards window', () => {
    const out = writerOutput(
      'voicemail',
      TEMPLATES.voicemail,
      fields('voicemail', { studentPhone: '555-12', availableFrom: '17:00', availableTo: '14:00' }),
      0,
      TODAY,
      false,
    );
    expect(out.notes.join(' ')).toMatch(/phone number looks incomplete/);
    expect(out.notes.join(' ')).toMatch(/start time before its end/);
  });

  it('reports tone problems in what the student typed, once each', () => {
    const out = writerOutput(
      'thank-you',
      TEMPLATES['thank-you'],
      fields('thank-you', { detail: 'hey!!! sorry to bother you' }),
      0,
      TODAY,
      false,
    );
    const kinds = out.findings.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['casual', 'exclamations', 'filler']));
    expect(new Set(out.findings.map((f) => `${f.kind}:${f.words}`)).size).toBe(out.findings.length);
  });

  it('builds an email link with the subject and body, and text with the subject first', () => {
    const out = writerOutput(
      'thank-you',
      TEMPLATES['thank-you'],
      fields('thank-you', { channel: 'email', contactEmail: 'dana@northwind.example' }),
      0,
      TODAY,
      false,
    );
    expect(out.mailto).toMatch(/^mailto:dana@northwind\.example\?subject=[^&]+&body=/);
    expect(decodeURIComponent(out.mailto!.split('&body=')[1]!)).toBe(out.script.text);
    expect(scriptAsText(out.script)).toBe(`Subject: ${out.script.subject}\n\n${out.script.text}`);
  });

  it('falls back to the first channel for one the writer does not offer', () => {
    const out = writerOutput(
      'check-in',
      TEMPLATES['check-in'],
      fields('check-in', { channel: 'card' }),
      0,
      TODAY,
      false,
    );
    expect(out.budget.unit).toBe('words');
    expect(out.script.subject).not.toBeNull();
  });
});

describe('confirmingEmail', () => {
  it('says the voicemail and the next attempt in one line', () => {
    expect(confirmingEmail('Dana Lee', 'Friday morning', 'Sam Rivera')).toBe(
      'Hello Dana Lee, I just left you a voicemail and will try you again Friday morning. Thank you, Sam Rivera',
    );
    expect(confirmingEmail('', 'Friday morning', '')).toBe(
      'Hello, I just left you a voicemail and will try you again Friday morning. Thank you,',
    );
  });
});
