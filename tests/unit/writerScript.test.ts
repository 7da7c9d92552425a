import { describe, expect, it } from 'vitest';
import { useTimeZone } from './helpers/timeZone';
import {
  confirmingEmail,
  emptyWriterFields,
  FIELD_LIMITS,
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

describe('writerOutput: what the student is told', () => {
  const out = (writer: 'thank-you' | 'voicemail' | 'check-in', change: Partial<WriterFields>) =>
    writerOutput(writer, TEMPLATES[writer], fields(writer, change), 0, TODAY, false);

  it("counts each tone problem once, in the student's words, never in the site's", () => {
    const found = out('thank-you', {
      detail: 'Your advice, it was awesome!',
      forgot: 'i have a portfolio site, pleeease look???',
    }).findings.map((f) => `${f.kind}:${f.words}`);
    expect(found).toEqual(['gushing:awesome', 'casual:i', 'casual:pleeease', 'exclamations:???']);
    // One "!" in what they typed is upbeat, even though the script repeats it.
    expect(out('thank-you', { detail: 'your advice on the data team!' }).findings).toEqual([]);
    // The site capitalises "your" and "NIH" stays an acronym: nothing to report.
    expect(out('thank-you', { detail: 'your work at NIH', organization: 'NIH' }).findings).toEqual(
      [],
    );
  });

  it('says why a detail cannot fit, next to its field, and leaves it out', () => {
    const o = out('thank-you', { detail: 'Did you like my answer? I hope so.' });
    expect(o.detailNote).toMatch(/left out/i);
    expect(o.script.text).not.toContain('answer');
    expect(out('thank-you', { detail: 'we talked about Denver' }).detailNote).toBeNull();
  });

  it('shows placeholders and says what to add when the name or number is missing', () => {
    const o = out('voicemail', { studentName: '', studentPhone: '' });
    expect(o.script.text.split('[your phone number]').length - 1).toBe(2);
    expect(o.script.text).toContain('this is [your name]');
    expect(o.notes.join(' ')).toMatch(/Add your name.*Add your phone number/);
  });

  it('notes when the forgotten thing pushes a spoken script past its budget', () => {
    const long = out('voicemail', {
      organization: 'Northwind Logistics',
      role: 'warehouse supervisor',
      forgot: 'I recently finished the forklift safety certificate that the posting asks for',
    });
    expect(long.budget.over).toBe(true);
    expect(long.notes.join(' ')).toMatch(/forgot to mention takes this past 30 seconds/);
    expect(out('voicemail', { forgot: 'I have a portfolio site' }).notes).toEqual([]);
  });

  it('leaves a check-in with no next day open, without a silent "tomorrow"', () => {
    const o = out('check-in', { channel: 'email', nextDate: '' });
    expect(o.next).toBeNull();
    expect(o.script.text).toContain('When would be a good time for a short call?');
    const set = out('check-in', { channel: 'voicemail', nextDate: '2026-11-27' });
    expect(set.script.text).toContain("I'll call you Friday morning.");
    expect(set.script.text).toContain('this afternoon from 2 to 5.');
  });

  it("keeps a statement a statement in the student's closing line", () => {
    const o = out('check-in', { channel: 'email', question: 'I look forward to hearing from you' });
    expect(o.script.text).toContain('I look forward to hearing from you.');
    expect(o.script.text).not.toContain('from you?');
    expect(out('check-in', { question: 'could we talk after the fair' }).script.text).toContain(
      'Could we talk after the fair?',
    );
  });

  it('cuts every field to a limit and answers in well under 50 ms even then', () => {
    const huge = 'x'.repeat(100_000);
    const fieldsAtLimit = Object.fromEntries(
      Object.entries(FIELD_LIMITS).map(([k, n]) => [k, 'a'.repeat(n)]),
    );
    for (const writer of ['thank-you', 'voicemail', 'check-in'] as const) {
      for (const change of [
        { detail: huge, forgot: huge, contactName: huge, organization: huge, question: huge },
        { ...fieldsAtLimit, channel: 'email', situation: 'interview', metOn: TODAY },
        { detail: `${'word '.repeat(40)}`, forgot: '!'.repeat(300), studentPhone: '5'.repeat(40) },
      ]) {
        // The median of five runs after a warm-up, so a busy machine's hiccup is not the figure.
        const o = out(writer, change as Partial<WriterFields>);
        const times = Array.from({ length: 5 }, () => {
          const start = performance.now();
          out(writer, change as Partial<WriterFields>);
          return performance.now() - start;
        }).sort((a, b) => a - b);
        const ms = times[2]!;
        expect(ms, `${writer}: ${ms.toFixed(1)} ms`).toBeLessThan(50);
        expect(o.script.text.length).toBeLessThan(3000);
      }
    }
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
