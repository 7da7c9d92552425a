/**
 * One touch as a calendar event, without ical-generator: the "Add to Google
 * Calendar" link, the event's description (the script hint), and the time
 * zone arithmetic both it and the .ics export use. The calendar page imports
 * this on load; icsExport.ts (which brings ical-generator) loads on Export.
 */
import { MET_HOW_LABELS, touchAction, writerFor } from './touchLabel';
import { addDays, isIsoDate, splitDate, utcDay } from './localDate';
import type { Contact, Touch } from './plannerSchema';

/** A touch to put in the calendar: a stored Touch or a cadence PlannedTouch, whose `reason` goes in the description. */
export type IcsTouch = Touch & { reason?: string };

/** An "Add to Google Calendar" link for one touch: timed in `timeZone` when it has a window, all-day otherwise. */
export function googleCalendarUrl(
  touch: IcsTouch,
  contact: Contact | undefined,
  timeZone: string,
  siteUrl?: string,
): string {
  zoneClock(timeZone); // refuses an unknown zone the same way buildIcs does
  splitDate(touch.due); // refuses a due date that is not a real date
  const ymd = touch.due.replaceAll('-', '');
  const dates = touch.window
    ? `${ymd}T${touch.window.start.replace(':', '')}00/${ymd}T${touch.window.end.replace(':', '')}00`
    : `${ymd}/${compactDate(utcDay(addDays(touch.due, 1)))}`;
  const params: [string, string][] = [
    ['action', 'TEMPLATE'],
    ['text', clean(touchAction(touch, contact?.name ?? ''))],
    ['dates', dates],
    ['details', touchDetails(touch, contact, siteUrl)],
    ['ctz', timeZone],
  ];
  // `dates` holds only digits, T and /, which Google expects unencoded.
  const query = params
    .map(([key, value]) => `${key}=${key === 'dates' ? value : encodeURIComponent(value)}`)
    .join('&');
  return `https://calendar.google.com/calendar/render?${query}`;
}

/** The download name for the calendar exported on `today` (YYYY-MM-DD): wise-follow-up-calendar-2026-11-28.ics. */
export function icsFileName(today: string): string {
  if (!isIsoDate(today))
    throw new RangeError(`icsFileName needs a date written YYYY-MM-DD, got "${today}"`);
  return `wise-follow-up-calendar-${today}.ics`;
}

/** The script hint: why now, who they are, how to reach them, and which writer helps. */
export function touchDetails(
  touch: IcsTouch,
  contact: Contact | undefined,
  siteUrl: string | undefined,
): string {
  const lines: string[] = [];
  if (touch.reason) lines.push(`Why now: ${touch.reason}`);
  if (contact) {
    const job = [contact.role, contact.organization].filter(Boolean).join(', ');
    lines.push(job ? `${contact.name}: ${job}` : contact.name);
    lines.push(`How you met: ${MET_HOW_LABELS[contact.metHow]}, ${contact.metOn}`);
    if (touch.channel === 'email' && contact.email) lines.push(`Email: ${contact.email}`);
    if (touch.channel === 'call' || touch.channel === 'voicemail') {
      const phone = phoneFor(contact);
      if (phone) lines.push(`Phone: ${phone}`);
    }
  }
  if (touch.window) lines.push(`Time window: ${touch.window.start}–${touch.window.end}`);
  const writer = writerFor(touch);
  if (writer) {
    const name = `${writer.split('/')[2] ?? ''} writer`;
    const link = writerLink(writer, contact?.id, siteUrl);
    lines.push(
      link ? `Script: use the ${name}, ${link}` : `Script: use the ${name} in Wise Follow-Up.`,
    );
  }
  lines.push('Planned with Wise Follow-Up.');
  return clean(lines.join('\n'));
}

/** The number to call, the agreed one first, labelled office or mobile. */
export function phoneFor(contact: Contact): string {
  const preferMobile = contact.agreed?.number === 'mobile';
  const first = preferMobile ? contact.phoneMobile : contact.phoneOffice;
  const second = preferMobile ? contact.phoneOffice : contact.phoneMobile;
  if (first) return `${first} (${preferMobile ? 'mobile' : 'office'})`;
  if (second) return `${second} (${preferMobile ? 'office' : 'mobile'})`;
  return '';
}

/** A link to the writer for this contact on the deployed site, or null without a site address. */
export function writerLink(
  route: string,
  contactId: string | undefined,
  siteUrl: string | undefined,
): string | null {
  if (!siteUrl) return null;
  try {
    // Resolved against the site's base path (a deploy under /course/ included).
    const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
    const url = new URL(route.replace(/^\//, ''), base);
    if (contactId) url.searchParams.set('contact', contactId);
    return url.href;
  } catch {
    return null;
  }
}

/** A date's UTC day as YYYYMMDD. */
export function compactDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Wall-clock time in one IANA zone to UTC, via Intl (no time-zone data ships
 * with the site). A time that does not exist (the hour skipped in spring) moves
 * to the first real time after the gap (02:30 on the day New York skips 02:00-03:00
 * becomes 03:00); a time that exists twice (autumn) takes the first.
 */
export function zoneClock(timeZone: string): {
  toUtc: (year: number, month: number, day: number, time: string) => Date;
  /**
   * A time window on one day as UTC instants. When the clocks skip part of
   * it, it starts at the first real time and keeps its length if its end fell
   * in the gap too (02:00-03:00 on a skipped hour becomes 03:00-04:00), so an
   * event never has no length.
   */
  windowToUtc: (
    year: number,
    month: number,
    day: number,
    window: { start: string; end: string },
  ) => { start: Date; end: Date };
} {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}"`);
  }
  const offsetAt = (utcMs: number): number => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(utcMs))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const wall = Date.UTC(
      parts['year']!,
      parts['month']! - 1,
      parts['day']!,
      parts['hour']!,
      parts['minute']!,
      parts['second']!,
    );
    return wall - Math.floor(utcMs / 1000) * 1000;
  };
  const clock = {
    toUtc(year: number, month: number, day: number, time: string): Date {
      const [hour, minute] = time.split(':').map(Number) as [number, number];
      const wall = Date.UTC(year, month - 1, day, hour, minute);
      const DAY = 86_400_000;
      // The offsets a day before and a day after bracket any single transition.
      const before = offsetAt(wall - DAY);
      const after = offsetAt(wall + DAY);
      const fits = [wall - before, wall - after].filter((utc) => offsetAt(utc) === wall - utc);
      if (fits.length > 0) return new Date(Math.min(...fits));
      // In the gap: the clocks jumped at an instant between (wall - after) and
      // (wall - before); find that minute, the first time the wall clock shows.
      const MINUTE = 60_000;
      let [lo, hi] = [wall - after, wall - before]; // offset is `before` at lo, `after` at hi
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offsetAt(mid) === before) lo = mid;
        else hi = mid;
      }
      return new Date(hi);
    },
  };
  return {
    toUtc: clock.toUtc,
    windowToUtc(year, month, day, window) {
      const start = clock.toUtc(year, month, day, window.start);
      const end = clock.toUtc(year, month, day, window.end);
      if (end > start) return { start, end };
      const minutes = (time: string) => {
        const [h, m] = time.split(':').map(Number) as [number, number];
        return h * 60 + m;
      };
      const length = (minutes(window.end) - minutes(window.start)) * 60_000;
      return { start, end: new Date(start.getTime() + length) };
    },
  };
}

/** Drops control characters RFC 5545 TEXT cannot carry (tab and line breaks stay). */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
