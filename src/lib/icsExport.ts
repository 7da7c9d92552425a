/**
 * The planner's calendar export: an .ics file (RFC 5545) that Google Calendar,
 * Outlook and Apple Calendar import. Built on ical-generator; pure (the clock
 * and the time zone are parameters). The per-touch Google link lives in
 * calendarEvent.ts (re-exported here), so pages can offer it without this module.
 */
import ical, { ICalAlarmType, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import { clean, touchDetails, zoneClock, type IcsTouch } from './calendarEvent';
import { addDays, splitDate, utcDay } from './localDate';
import type { Contact } from './plannerSchema';
import { touchAction } from './touchLabel';

export { googleCalendarUrl, icsFileName, type IcsTouch } from './calendarEvent';

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
        ...zone.windowToUtc(year, month, day, touch.window),
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
        start: utcDay(touch.due),
        end: utcDay(addDays(touch.due, 1)),
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

/** RFC 5545 TEXT escaping, for the one property ical-generator leaves raw (NAME). */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}
