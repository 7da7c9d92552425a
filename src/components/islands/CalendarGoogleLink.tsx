/**
 * "Add to Google Calendar" for one touch: a link that opens Google Calendar's
 * new-event form, filled in, in a new tab.
 */
import { googleCalendarUrl, type IcsTouch } from '../../lib/calendarEvent';
import type { Contact } from '../../lib/plannerSchema';

interface Props {
  touch: IcsTouch;
  contact: Contact | undefined;
  timeZone: string;
  siteUrl: string;
  /** What the link adds, for screen readers: "Call Dana Lee on Tue 3 Nov". */
  context: string;
}

/** The link, with a visible "(opens in a new tab)". */
export default function CalendarGoogleLink({ touch, contact, timeZone, siteUrl, context }: Props) {
  return (
    <a
      class="cal-google"
      href={googleCalendarUrl(touch, contact, timeZone, siteUrl)}
      target="_blank"
      rel="noopener noreferrer"
    >
      Add to Google Calendar<span class="visually-hidden">: {context}</span>{' '}
      <span class="cal-google__new-tab">(opens in a new tab)</span>
    </a>
  );
}
