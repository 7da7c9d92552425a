/**
 * The planner's calendar export: an .ics file (RFC 5545) that Google Calendar,
 * Outlook and Apple Calendar import, and an "Add to Google Calendar" link for
 * one touch. Built on ical-generator; pure (the clock and the time zone are
 * parameters).
 */
import ical, { ICalAlarmType, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import { MET_HOW_LABELS, touchAction, writerFor } from './touchLabel';
import { isIsoDate, type Contact, type Touch } from './plannerSchema';

/** A touch to put in the calendar: a stored Touch or a cadence PlannedTouch, whose `reason` goes in the description. */
export type IcsTouch = Touch & { reason?: string };

/** What buildIcs needs: the touches (only `planned` ones become events), their contacts, and the context. */
export interface IcsInput {
  /** Touches to export; done and skipped ones are left out. */
  touches: readonly IcsTouch[];
  /** The contacts the touches belong to. */
  contacts: readonly Contact[];
  /** The student's name, for the calendar's name; may be empty. */
  studentName: string;
  /** The moment of export: DTSTAMP, and the revision number that lets a later export win. */
  now: Date;
  /** IANA time zone the time windows are in, e.g. Intl.DateTimeFormat().resolvedOptions().timeZone. */
  timeZone: string;
  /** The site's absolute URL including any base path (https://example.org/course/), for writer links. */
  siteUrl?: string;
}

/** Reminder before a timed touch: 30 minutes before its window opens (TRIGGER:-PT30M). */
export const TIMED_REMINDER_SECONDS = 30 * 60;
/** Reminder for an all-day touch: 15 hours before its day starts, 09:00 the day before (TRIGGER:-PT15H). */
// The day before leaves time to buy a card or draft the message. A negative
// trigger is the only kind every calendar (Outlook included) keeps, and
// ical-generator writes a positive one as RELATED=END, i.e. relative to the
// end of the day.
export const ALL_DAY_REMINDER_SECONDS = 15 * 60 * 60;

/** Revisions count in minutes from here, so that each later export has a higher SEQUENCE. */
const SEQUENCE_EPOCH_MS = Date.UTC(2026, 0, 1);

/** The .ics file for the planned touches: one event each, stable UID `<touch id>@wise-follow-up`, a reminder. */
// Throws RangeError for an unknown time zone or a due date that is not
// YYYY-MM-DD: both are programming errors, the data has been validated.
export function buildIcs(input: IcsInput): string {
  const zone = zoneClock(input.timeZone);
  const contactsById = new Map(input.contacts.map((c) => [c.id, c]));
  const studentName = clean(input.studentName).trim();

  const calendar = ical({
    prodId: { company: 'Wise Follow-Up', product: 'Follow-up planner', language: 'EN' },
    // ical-generator writes NAME and X-WR-CALNAME without escaping them.
    name: escapeText(
      studentName ? `Wise Follow-Up: follow-ups for ${studentName}` : 'Wise Follow-Up',
    ),
  });

  // Calendars keep the revision with the highest SEQUENCE; counting minutes
  // since a fixed date makes a re-import of a newer export update the events.
  const sequence = Math.max(0, Math.floor((input.now.getTime() - SEQUENCE_EPOCH_MS) / 60_000));

  for (const touch of input.touches) {
    if (touch.state !== 'planned') continue;
    const contact = contactsById.get(touch.contactId);
    const summary = clean(touchAction(touch, contact?.name ?? ''));
    const description = touchDetails(touch, contact, input.siteUrl);
    const { year, month, day } = splitDate(touch.due);
    const base = {
      id: `${touch.id}@wise-follow-up`,
      sequence,
      stamp: input.now,
      summary,
      description,
      // A touch is a to-do in a window, not a meeting that blocks the time.
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
    };
    if (touch.window) {
      // UTC instants computed for this very date in the student's zone: the
      // offset of the touch's own day is used, so a DST change between now and
      // then never moves the touch to another hour. UTC rather than TZID=zone:
      // a TZID needs a VTIMEZONE block, which ical-generator cannot build
      // without a time-zone database, and Outlook drops a TZID it cannot resolve.
      calendar.createEvent({
        ...base,
        start: zone.toUtc(year, month, day, touch.window.start),
        end: zone.toUtc(year, month, day, touch.window.end),
        alarms: [
          {
            type: ICalAlarmType.display,
            triggerBefore: TIMED_REMINDER_SECONDS,
            description: summary,
          },
        ],
      });
    } else {
      // ical-generator reads all-day dates with UTC getters when no zone is set,
      // so the calendar date is built in UTC: no local-time DST can shift it.
      calendar.createEvent({
        ...base,
        allDay: true,
        start: new Date(Date.UTC(year, month - 1, day)),
        end: new Date(Date.UTC(year, month - 1, day + 1)),
        alarms: [
          {
            type: ICalAlarmType.display,
            triggerBefore: ALL_DAY_REMINDER_SECONDS,
            description: summary,
          },
        ],
      });
    }
  }

  // ical-generator ends the last line without CRLF; RFC 5545 ends every line with one.
  return `${calendar.toString()}\r\n`;
}

/** An "Add to Google Calendar" link for one touch: timed in `timeZone` when it has a window, all-day otherwise. */
export function googleCalendarUrl(
  touch: IcsTouch,
  contact: Contact | undefined,
  timeZone: string,
  siteUrl?: string,
): string {
  zoneClock(timeZone); // refuses an unknown zone the same way buildIcs does
  const { year, month, day } = splitDate(touch.due);
  const ymd = touch.due.replaceAll('-', '');
  const dates = touch.window
    ? `${ymd}T${touch.window.start.replace(':', '')}00/${ymd}T${touch.window.end.replace(':', '')}00`
    : `${ymd}/${compactDate(new Date(Date.UTC(year, month - 1, day + 1)))}`;
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
function touchDetails(
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

function phoneFor(contact: Contact): string {
  const preferMobile = contact.agreed?.number === 'mobile';
  const first = preferMobile ? contact.phoneMobile : contact.phoneOffice;
  const second = preferMobile ? contact.phoneOffice : contact.phoneMobile;
  if (first) return `${first} (${preferMobile ? 'mobile' : 'office'})`;
  if (second) return `${second} (${preferMobile ? 'office' : 'mobile'})`;
  return '';
}

function writerLink(
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

function splitDate(date: string): { year: number; month: number; day: number } {
  if (!isIsoDate(date))
    throw new RangeError(`A touch's due date must be written YYYY-MM-DD, got "${date}"`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function compactDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Wall-clock time in one IANA zone to UTC, via Intl (no time-zone data ships
 * with the site). A time that does not exist (the hour skipped in spring) moves
 * forward by the gap; a time that exists twice (autumn) takes the first.
 */
function zoneClock(timeZone: string): {
  toUtc: (year: number, month: number, day: number, time: string) => Date;
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
  return {
    toUtc(year, month, day, time) {
      const [hour, minute] = time.split(':').map(Number) as [number, number];
      const wall = Date.UTC(year, month - 1, day, hour, minute);
      const DAY = 86_400_000;
      // The offsets a day before and a day after bracket any single transition.
      const before = offsetAt(wall - DAY);
      const after = offsetAt(wall + DAY);
      const fits = [wall - before, wall - after].filter((utc) => offsetAt(utc) === wall - utc);
      if (fits.length > 0) return new Date(Math.min(...fits));
      return new Date(wall - before);
    },
  };
}

/** RFC 5545 TEXT escaping, for the one property ical-generator leaves raw (NAME). */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Drops control characters RFC 5545 TEXT cannot carry (tab and line breaks stay). */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}
