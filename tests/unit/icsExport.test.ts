import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ALL_DAY_REMINDER_SECONDS,
  buildIcs,
  googleCalendarUrl,
  icsFileName,
  TIMED_REMINDER_SECONDS,
  type IcsInput,
  type IcsTouch,
} from '../../src/lib/icsExport';
import type { Contact } from '../../src/lib/plannerSchema';
import {
  PLAN_NOW,
  PLAN_SITE_URL,
  PLAN_STUDENT,
  PLAN_TIME_ZONE,
  planContacts,
  planTouches,
} from '../fixtures/plan-fixture';

const plan: IcsInput = {
  touches: planTouches,
  contacts: planContacts,
  studentName: PLAN_STUDENT,
  now: PLAN_NOW,
  timeZone: PLAN_TIME_ZONE,
  siteUrl: PLAN_SITE_URL,
};

/**
 * RFC 5545 section 3.3.6, written out:
 *   dur-value  = (["+"] / "-") "P" (dur-date / dur-time / dur-week)
 *   dur-date   = dur-day [dur-time]        dur-day    = 1*DIGIT "D"
 *   dur-time   = "T" (dur-hour / dur-minute / dur-second)
 *   dur-hour   = 1*DIGIT "H" [dur-minute]  dur-minute = 1*DIGIT "M" [dur-second]
 *   dur-second = 1*DIGIT "S"               dur-week   = 1*DIGIT "W"
 */
const DUR_TIME = String.raw`T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)`;
const DUR_VALUE = new RegExp(String.raw`^[+-]?P(?:\d+W|\d+D(?:${DUR_TIME})?|${DUR_TIME})$`);

const byteLength = (text: string) => new TextEncoder().encode(text).length;

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
  return { calendar, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

/** The wall-clock time of an instant in a zone, read with Intl (not with the code under test). */
function wallTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

function contentLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

function unfoldedProperty(ics: string, name: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

describe('the RFC 5545 duration regex used below', () => {
  it('accepts the grammar and nothing else', () => {
    for (const ok of [
      '-PT30M',
      'PT9H',
      '+PT15M',
      '-PT15H',
      'P1D',
      'P1DT2H',
      '-P2W',
      'PT1H30M',
      'PT1H30M5S',
      'PT0S',
    ]) {
      expect(ok).toMatch(DUR_VALUE);
    }
    // PT1H30S skips the minutes, which dur-hour does not allow; fractions and mixed weeks are out too.
    for (const bad of [
      'P',
      'PT',
      '-P1DT',
      'PT1H30S',
      'P1W2D',
      'PT0.5S',
      'P1H',
      '-PT-30M',
      'PT30m',
      '−PT30M',
    ]) {
      expect(bad).not.toMatch(DUR_VALUE);
    }
  });
});

describe('buildIcs', () => {
  it('writes one event per planned touch that ical.js reads back: uid, summary, start, end, reminder', () => {
    const { calendar, events, byUid } = parse(buildIcs(plan));
    expect(events).toHaveLength(planTouches.length);
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Wise Follow-Up');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');

    const dana = byUid.get('t-dana-agreed@wise-follow-up')!;
    expect(dana.summary).toBe('Call Dana Lee at the time you agreed');
    expect(dana.startDate.isDate).toBe(false);
    expect(dana.startDate.toJSDate().toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(dana.endDate.toJSDate().toISOString()).toBe('2026-11-02T17:00:00.000Z');

    const card = byUid.get('t-dana-card@wise-follow-up')!;
    expect(card.summary).toBe('Mail Dana Lee a card: something useful for them');
    expect(card.startDate.isDate).toBe(true);
    expect(card.startDate.toString()).toBe('2026-11-16');
    expect(card.endDate.toString()).toBe('2026-11-17');

    for (const event of events) {
      const alarms = event.component.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      const alarm = alarms[0]!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm.getFirstPropertyValue('description')).toBe(event.summary);
      const trigger = alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>;
      expect(trigger).toBeInstanceOf(ICAL.Duration);
      expect(trigger.toSeconds()).toBe(
        event.startDate.isDate ? -ALL_DAY_REMINDER_SECONDS : -TIMED_REMINDER_SECONDS,
      );
      // Relative to the start (the default), never to the end.
      expect(alarm.getFirstProperty('trigger')!.getParameter('related')).toBeUndefined();
    }
  });

  it('puts timed touches at their window and untimed touches on their day', () => {
    const { byUid } = parse(buildIcs(plan));
    for (const touch of planTouches) {
      const event = byUid.get(`${touch.id}@wise-follow-up`)!;
      if (touch.window) {
        expect(event.startDate.isDate).toBe(false);
        expect(wallTime(event.startDate.toJSDate(), PLAN_TIME_ZONE)).toBe(
          `${touch.due} ${touch.window.start}`,
        );
        expect(wallTime(event.endDate.toJSDate(), PLAN_TIME_ZONE)).toBe(
          `${touch.due} ${touch.window.end}`,
        );
      } else {
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(touch.due);
        expect(event.endDate.isDate).toBe(true);
      }
    }
  });

  it('keeps a 09:00 touch at 09:00 local in the week the clocks fall back, exported before the change', () => {
    // Exported on 2026-10-20 (UTC-4); the touch is on Monday 2026-11-02, the day after New York moves to UTC-5.
    const ics = buildIcs(plan);
    expect(ics).toContain('DTSTART:20261102T140000Z');
    const dana = parse(ics).byUid.get('t-dana-agreed@wise-follow-up')!;
    expect(wallTime(dana.startDate.toJSDate(), 'America/New_York')).toBe('2026-11-02 09:00');
    // The touch after the spring change (2027-03-14) keeps its 09:30 too.
    const ana = parse(ics).byUid.get('t-ana-call@wise-follow-up')!;
    expect(wallTime(ana.startDate.toJSDate(), 'America/New_York')).toBe('2027-03-15 09:30');
  });

  it.each([
    ['Europe/London', '2026-10-26', '09:00', '2026-10-26T09:00:00.000Z'],
    ['Europe/London', '2026-10-23', '09:00', '2026-10-23T08:00:00.000Z'],
    ['Asia/Kolkata', '2026-11-02', '09:00', '2026-11-02T03:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-05', '09:00', '2026-10-04T22:00:00.000Z'],
    ['Pacific/Auckland', '2026-09-28', '13:00', '2026-09-28T00:00:00.000Z'],
    // 02:30 does not exist on 2027-03-14 in New York: it moves to the first real time, 03:00 EDT.
    ['America/New_York', '2027-03-14', '02:30', '2027-03-14T07:00:00.000Z'],
    // 01:30 happens twice on 2026-11-01 in New York: the first (EDT) is used.
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
  ])('in %s, %s %s is %s', (timeZone, due, start, utc) => {
    const touch: IcsTouch = { ...planTouches[1]!, due, window: { start, end: '23:59' } };
    const ics = buildIcs({ ...plan, timeZone, touches: [touch] });
    const event = parse(ics).events[0]!;
    expect(event.startDate.toJSDate().toISOString()).toBe(utc);
  });

  it.each([
    // New York skips 02:00-03:00 on 2026-03-08: the hour-long call starts at 03:00 EDT and keeps its hour.
    ['America/New_York', '2026-03-08', '02:00', '03:00', '2026-03-08 03:00', '2026-03-08 04:00'],
    // London skips 01:00-02:00 on 2026-03-29: 01:30-02:30 starts at the first real time, 02:00 BST.
    ['Europe/London', '2026-03-29', '01:30', '02:30', '2026-03-29 02:00', '2026-03-29 02:30'],
  ])(
    'in %s on %s, a call at %s-%s (in the skipped hour) starts at the first real time and lasts',
    (timeZone, due, start, end, wallStart, wallEnd) => {
      const touch: IcsTouch = { ...planTouches[1]!, due, window: { start, end } };
      const event = parse(buildIcs({ ...plan, timeZone, touches: [touch] })).events[0]!;
      const [from, to] = [event.startDate.toJSDate(), event.endDate.toJSDate()];
      expect(wallTime(from, timeZone)).toBe(wallStart);
      expect(wallTime(to, timeZone)).toBe(wallEnd);
      expect(to.getTime()).toBeGreaterThan(from.getTime());
    },
  );

  it('gives the same file whatever time zone the computer running it is in', () => {
    const outputs = new Set<string>();
    const offsets = new Set<number>();
    for (const tz of [
      'UTC',
      'Pacific/Auckland',
      'America/Los_Angeles',
      'Asia/Kolkata',
      'America/New_York',
    ]) {
      vi.stubEnv('TZ', tz);
      offsets.add(new Date('2026-11-02T12:00:00Z').getTimezoneOffset());
      outputs.add(buildIcs(plan));
    }
    expect(offsets.size).toBe(5); // the process zone really changed
    expect(outputs.size).toBe(1);
  });

  it('ends every line with CRLF and folds every line to at most 75 octets without splitting a character', () => {
    const longName = `${'Zoë 🎉 渡辺 '.repeat(12)}`.trim().slice(0, 120);
    const contacts: Contact[] = planContacts.map((c) =>
      c.id === 'c-kenji' ? { ...c, name: longName } : c,
    );
    const ics = buildIcs({ ...plan, contacts, studentName: '😀'.repeat(60) });
    const lines = contentLines(ics);
    expect(lines.length).toBeGreaterThan(50);
    const folded = lines.filter((line) => line.startsWith(' '));
    expect(folded.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(byteLength(line), line).toBeLessThanOrEqual(75);
      // A surrogate half on its own is a 4-byte UTF-8 sequence cut in two.
      expect(line).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    const kenji = parse(ics).byUid.get('t-kenji-vm@wise-follow-up')!;
    expect(kenji.summary).toBe(`Leave ${longName} a voicemail: a short check-in`);
    expect(kenji.description).toContain(
      `${longName}: 採用担当マネージャー, 東京ロボティクス株式会社`,
    );
  });

  it('writes every TRIGGER as an RFC 5545 duration relative to the start', () => {
    const ics = buildIcs(plan);
    const triggers = unfoldedProperty(ics, 'TRIGGER');
    expect(triggers).toHaveLength(planTouches.length);
    for (const line of triggers) {
      const match = /^TRIGGER(;RELATED=START)?:(.*)$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(match![2]).toMatch(DUR_VALUE);
    }
    expect(triggers).toContain('TRIGGER:-PT30M');
    expect(triggers).toContain('TRIGGER:-PT15H');
  });

  it('carries commas, semicolons, backslashes, quotes, newlines and emoji through ical.js unchanged', () => {
    const ics = buildIcs(plan);
    const zoe = parse(ics).byUid.get('t-zoe-thanks@wise-follow-up')!;
    const name = planContacts.find((c) => c.id === 'c-zoe')!.name;
    expect(name).toMatch(/[,;\\"🎉]/u);
    expect(zoe.summary).toBe(`Email ${name} a brief thank-you`);
    expect(zoe.description.split('\n')).toEqual([
      `Why now: ${planTouches[0]!.reason.split('\n')[0]}`,
      'Keep it under 120 words.',
      `${name}: Head of People, Café Ñandú, S.A.; Norte`,
      'How you met: Informational interview, 2026-10-20',
      'Email: zoe@cafe-nandu.example',
      'Script: use the thank-you writer, https://example.org/course/write/thank-you/?contact=c-zoe',
      'Planned with Wise Follow-Up.',
    ]);
    // On the wire the specials are escaped, never raw.
    expect(unfoldedProperty(ics, 'SUMMARY')).toContain(
      'SUMMARY:Email Zoë "Zo" O\'Brien-Núñez\\; Jr.\\, \\\\ 🎉 a brief thank-you',
    );
  });

  it('gives each touch the same UID in every export, and a later export a higher SEQUENCE', () => {
    const first = buildIcs(plan);
    const later = buildIcs({ ...plan, now: new Date('2026-10-27T09:15:00.000Z') });
    const uids = (ics: string) => parse(ics).events.map((e) => e.uid);
    expect(uids(first)).toEqual(planTouches.map((t) => `${t.id}@wise-follow-up`));
    expect(uids(later)).toEqual(uids(first));
    expect(buildIcs(plan)).toBe(first);
    const seq = (ics: string) =>
      Number(parse(ics).events[0]!.component.getFirstPropertyValue('sequence'));
    expect(seq(later)).toBeGreaterThan(seq(first));
    expect(unfoldedProperty(first, 'DTSTAMP')).toEqual(
      Array(planTouches.length).fill('DTSTAMP:20261020T140000Z'),
    );
  });

  it('leaves out done and skipped touches', () => {
    const done: IcsTouch = {
      ...planTouches[0]!,
      id: 't-done',
      state: 'done',
      outcome: 'sent',
      doneOn: '2026-10-21',
    };
    const skipped: IcsTouch = {
      ...planTouches[1]!,
      id: 't-skipped',
      state: 'skipped',
      doneOn: '2026-11-02',
    };
    const { events } = parse(buildIcs({ ...plan, touches: [done, skipped, planTouches[2]!] }));
    expect(events.map((e) => e.uid)).toEqual(['t-kenji-vm@wise-follow-up']);
  });

  it('still writes a touch whose contact is missing, as "your contact"', () => {
    const { events } = parse(buildIcs({ ...plan, contacts: [], touches: [planTouches[1]!] }));
    expect(events[0]!.summary).toBe('Call your contact at the time you agreed');
  });

  it('describes the touch: reason, role and organization, phone to use, window and writer link', () => {
    const kenji = parse(buildIcs(plan)).byUid.get('t-kenji-vm@wise-follow-up')!;
    expect(kenji.description).toContain('Why now: Second touch, 7-14 days after the thank-you');
    expect(kenji.description).toContain('Phone: 090-1234-5678 (mobile)'); // agreed.number is mobile
    expect(kenji.description).toContain('Time window: 13:00–17:00');
    expect(kenji.description).toContain(
      'Script: use the voicemail writer, https://example.org/course/write/voicemail/?contact=c-kenji',
    );
    const noSite = parse(buildIcs({ ...plan, siteUrl: 'https://example.org/course' })).byUid.get(
      't-kenji-vm@wise-follow-up',
    )!;
    expect(noSite.description).toContain(
      'https://example.org/course/write/voicemail/?contact=c-kenji',
    );
    const withoutSite: IcsInput = { ...plan };
    delete withoutSite.siteUrl;
    const bare = parse(buildIcs(withoutSite)).byUid.get('t-kenji-vm@wise-follow-up')!;
    expect(bare.description).toContain('Script: use the voicemail writer in Wise Follow-Up.');
  });

  it('cannot be broken into by a student name or a contact name with line breaks and control characters', () => {
    const contacts = planContacts.map((c) =>
      c.id === 'c-dana-lee' ? { ...c, name: 'Dana\r\nEND:VEVENT\nBEGIN:VEVENT\u0007 Lee' } : c,
    );
    const ics = buildIcs({ ...plan, contacts, studentName: 'Sam;\nBEGIN:VTODO, Rivera' });
    expect(ics).not.toContain('\u0007');
    const lines = contentLines(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(planTouches.length);
    expect(lines.some((l) => l.startsWith('BEGIN:VTODO'))).toBe(false);
    // ical.js leaves X- properties raw, so the escaped wire form is checked: TEXT-escaped, on one line.
    expect(unfoldedProperty(ics, 'X-WR-CALNAME')).toEqual([
      'X-WR-CALNAME:Wise Follow-Up: follow-ups for Sam\\;\\nBEGIN:VTODO\\, Rivera',
    ]);
    const { byUid } = parse(ics);
    expect(byUid.get('t-dana-agreed@wise-follow-up')!.summary).toBe(
      'Call Dana\nEND:VEVENT\nBEGIN:VEVENT Lee at the time you agreed',
    );
  });

  it('refuses an unknown time zone', () => {
    expect(() => buildIcs({ ...plan, timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });

  it('writes an empty but valid calendar when nothing is planned', () => {
    const ics = buildIcs({ ...plan, touches: [] });
    expect(parse(ics).events).toHaveLength(0);
    expect(contentLines(ics)[0]).toBe('BEGIN:VCALENDAR');
    expect(contentLines(ics).at(-1)).toBe('END:VCALENDAR');
  });
});

describe('googleCalendarUrl', () => {
  it('links a timed touch at its local window with the time zone', () => {
    const touch = planTouches.find((t) => t.id === 't-dana-agreed')!;
    const url = new URL(googleCalendarUrl(touch, planContacts[0], PLAN_TIME_ZONE, PLAN_SITE_URL));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe('Call Dana Lee at the time you agreed');
    expect(url.searchParams.get('dates')).toBe('20261102T090000/20261102T120000');
    expect(url.searchParams.get('ctz')).toBe('America/New_York');
    const details = url.searchParams.get('details')!;
    expect(details).toContain('Why now: Dana agreed to a call on Monday morning; the rest');
    expect(details).toContain('Phone: (555) 010-2233 (office)');
    expect(details).toContain('https://example.org/course/write/voicemail/?contact=c-dana-lee');
  });

  it.each([
    ['2026-10-21', '20261021/20261022'],
    ['2026-12-31', '20261231/20270101'],
    ['2027-02-28', '20270228/20270301'],
    ['2028-02-28', '20280228/20280229'],
  ])('links an all-day touch on %s as %s', (due, dates) => {
    const touch: IcsTouch = { ...planTouches[0]!, due };
    const url = new URL(googleCalendarUrl(touch, planContacts[1], 'Pacific/Auckland'));
    expect(url.searchParams.get('dates')).toBe(dates);
    expect(url.searchParams.get('text')).toBe(`Email ${planContacts[1]!.name} a brief thank-you`);
  });

  it('refuses an unknown time zone', () => {
    expect(() => googleCalendarUrl(planTouches[0]!, planContacts[1], 'Nowhere/Land')).toThrow(
      RangeError,
    );
  });
});

describe('icsFileName', () => {
  it('names the file after the day', () => {
    expect(icsFileName('2026-11-28')).toBe('wise-follow-up-calendar-2026-11-28.ics');
    expect(() => icsFileName('28/11/2026')).toThrow(RangeError);
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
});
