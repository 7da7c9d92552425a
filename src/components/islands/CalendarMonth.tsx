/** One month of the calendar: the month grid (a table, one page when printed) and its agenda. */
import type { PlannedTouch } from '../../lib/cadence';
import { shortWindowLabel, type CalendarMonth as Month } from '../../lib/calendarMonths';
import { shortDateLabel } from '../../lib/localDate';
import type { Contact } from '../../lib/plannerSchema';
import { CHANNEL_LABELS, touchAction, windowLabel } from '../../lib/touchLabel';
import CalendarGoogleLink from './CalendarGoogleLink';

/** Weekday column names, Monday first. */
export interface WeekdayName {
  short: string;
  long: string;
}

interface Props {
  month: Month<PlannedTouch>;
  weekdays: WeekdayName[];
  contacts: Map<string, Contact>;
  today: string;
  /** "Follow-up calendar — Sam Rivera — November 2026 – January 2027", on every printed page. */
  printTitle: string;
  timeZone: string;
  siteUrl: string;
}

// A printed day has room for this many one-line touches (calendar-print.css sizes
// the rows); a busier day prints one less and "+N more", so a month stays one page.
const PRINTED_PER_DAY = 7;

/** A month section: heading, grid and agenda. */
export default function CalendarMonth(props: Props) {
  const { month, contacts, today } = props;
  const headingId = `cal-${month.month}`;
  const nameOf = (touch: PlannedTouch) => contacts.get(touch.contactId)?.name ?? 'Your contact';

  return (
    <section class="cal-month" aria-labelledby={headingId}>
      <p class="cal-print-title" aria-hidden="true">
        {props.printTitle}
      </p>
      <h2 id={headingId} class="cal-month__heading">
        {month.label}
      </h2>
      <div class="cal-grid" role="region" aria-label={`${month.label} calendar`} tabIndex={0}>
        <table class="cal-table" data-weeks={month.weeks.length}>
          <caption class="visually-hidden">
            {month.label}: {month.touches.length} {month.touches.length === 1 ? 'touch' : 'touches'}
          </caption>
          <thead>
            <tr>
              {props.weekdays.map((d) => (
                <th scope="col" key={d.long}>
                  <span aria-hidden="true">{d.short}</span>
                  <span class="visually-hidden">{d.long}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {month.weeks.map((week) => (
              <tr key={week[0]!.date}>
                {week.map((cell) => {
                  if (!cell.inMonth) return <td key={cell.date} class="cal-day cal-day--outside" />;
                  const touches = month.byDay.get(cell.date) ?? [];
                  const crowded = touches.length > PRINTED_PER_DAY;
                  const isToday = cell.date === today;
                  return (
                    <td
                      key={cell.date}
                      class={`cal-day${isToday ? ' cal-day--today' : ''}`}
                      aria-current={isToday ? 'date' : undefined}
                    >
                      <div class="cal-day__inner">
                        <span class="cal-day__number">
                          {cell.day}
                          {isToday && <span class="cal-day__today"> today</span>}
                        </span>
                        {touches.length > 0 && (
                          <ul class="cal-day__touches">
                            {touches.map((touch, i) => (
                              <li
                                key={touch.id}
                                class={
                                  crowded && i >= PRINTED_PER_DAY - 1
                                    ? 'cal-touch cal-touch--unprinted'
                                    : 'cal-touch'
                                }
                              >
                                <span class="cal-touch__name">{nameOf(touch)}</span>{' '}
                                <span class="cal-touch__meta">
                                  {CHANNEL_LABELS[touch.channel]}
                                  {touch.window && ` ${shortWindowLabel(touch.window)}`}
                                  {touch.due < today && ' (overdue)'}
                                </span>
                              </li>
                            ))}
                            {crowded && (
                              <li class="cal-touch cal-touch--more" aria-hidden="true">
                                +{touches.length - PRINTED_PER_DAY + 1} more
                              </li>
                            )}
                          </ul>
                        )}
                      </div>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div class="cal-agenda">
        <h3>
          Touches in {month.label} <span class="count">({month.touches.length})</span>
        </h3>
        {month.touches.length === 0 ? (
          <p class="muted">No touches are planned in {month.label}.</p>
        ) : (
          <ol class="cal-agenda__list">
            {month.touches.map((touch) => {
              const contact = contacts.get(touch.contactId);
              const action = touchAction(touch, contact?.name ?? '');
              const day = shortDateLabel(touch.due, today);
              return (
                <li key={touch.id} class="cal-agenda__item">
                  <p class="cal-agenda__when">
                    <strong>{day}</strong>
                    {touch.window ? `, ${windowLabel(touch.window)}` : ', any time that day'} ·{' '}
                    {CHANNEL_LABELS[touch.channel]}
                    {touch.due < today && ' · overdue'}
                  </p>
                  <p class="cal-agenda__what">{action}</p>
                  <p class="cal-agenda__why">{touch.reason}</p>
                  <p class="cal-agenda__link">
                    <CalendarGoogleLink
                      touch={touch}
                      contact={contact}
                      timeZone={props.timeZone}
                      siteUrl={props.siteUrl}
                      context={`${action}, ${day}`}
                    />
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
