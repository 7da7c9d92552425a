/** The printable follow-up calendar: pick the months, print them, or export them to a calendar app. */
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { monthLabel, weekdayNames } from '../../lib/calendarMonths';
import { href } from '../../paths';
import {
  $calendarMonths,
  $calendarRange,
  $calendarTouches,
  $overdueBeforeRange,
} from '../../stores/calendar';
import { $contacts, $settings, $today } from '../../stores/planner';
import CalendarControls from './CalendarControls';
import CalendarMonth from './CalendarMonth';
import CalendarName from './CalendarName';
import StorageNotices from './StorageNotices';

// Column names never change: made once, not on every render.
const WEEKDAYS = weekdayNames(1);

/** The whole calendar page below its heading; `children` (static HTML from the page) explains Print and Export. */
export default function CalendarApp({ children }: { children?: ComponentChildren }) {
  const contacts = useStore($contacts);
  const settings = useStore($settings);
  const today = useStore($today);
  const range = useStore($calendarRange);
  const months = useStore($calendarMonths);
  const touches = useStore($calendarTouches);
  const overdueBefore = useStore($overdueBeforeRange);
  // The browser's zone and address, read once: time windows are in the student's local time.
  const [timeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [siteUrl] = useState(() => `${location.origin}${import.meta.env.BASE_URL}`);

  const byId = new Map(contacts.map((c) => [c.id, c]));
  const name = settings.studentName.trim();
  const title = ['Follow-up calendar', name, range.label].filter(Boolean).join(' — ');

  if (contacts.length === 0) {
    return (
      <div class="calendar">
        <StorageNotices />
        <div class="notice cal-empty">
          <p>
            <strong>Your calendar is empty.</strong> Add the people you met to your planner, and
            their follow-ups appear here month by month, ready to print or to add to your own
            calendar.
          </p>
          <p>
            <a href={href('/planner/')}>Go to your planner</a>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div class="calendar">
      <StorageNotices />
      <CalendarControls
        range={range}
        touches={touches}
        contacts={contacts}
        studentName={name}
        today={today}
        timeZone={timeZone}
        siteUrl={siteUrl}
      >
        {children}
      </CalendarControls>
      <p class="cal-title">{title}</p>
      <CalendarName name={name} />
      {overdueBefore > 0 && (
        <p class="notice notice--warn no-print">
          {overdueBefore === 1 ? 'One touch from before ' : `${overdueBefore} touches from before `}
          {monthLabel(range.months[0]!)} {overdueBefore === 1 ? 'is' : 'are'} overdue and not shown
          here. <a href={href('/planner/')}>See them in your planner</a>.
        </p>
      )}
      {months.map((month) => (
        <CalendarMonth
          key={month.month}
          month={month}
          weekdays={WEEKDAYS}
          contacts={byId}
          today={today}
          printTitle={title}
          timeZone={timeZone}
          siteUrl={siteUrl}
        />
      ))}
    </div>
  );
}
