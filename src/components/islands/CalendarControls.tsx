/** The calendar's controls: which months, Print, and Export to a calendar app (.ics). */
import { downloadFile } from '../downloadFile';
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PlannedTouch } from '../../lib/cadence';
import { MAX_MONTHS, monthLabel, type CalendarRange } from '../../lib/calendarMonths';
import type { Contact } from '../../lib/plannerSchema';
import { $startMonthChoices, chooseMonths } from '../../stores/calendar';

interface Props {
  /** How Print and Export work, as static HTML from the page (it costs no JavaScript). */
  children?: ComponentChildren;
  range: CalendarRange;
  touches: PlannedTouch[];
  contacts: Contact[];
  studentName: string;
  today: string;
  timeZone: string;
  siteUrl: string;
}

const COUNTS = Array.from({ length: MAX_MONTHS }, (_, i) => i + 1);

/** Range picker, Print and Export, with what they did. */
export default function CalendarControls(props: Props) {
  const choices = useStore($startMonthChoices);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const first = props.range.months[0]!;
  const count = props.range.months.length;

  const exportIcs = async () => {
    if (busy) return;
    setProblem('');
    if (props.touches.length === 0) {
      setStatus(`No touches are planned in ${props.range.label}, so there is nothing to export.`);
      return;
    }
    setBusy(true);
    setStatus('Making your calendar file…');
    try {
      // Loaded on demand: the .ics builder (ical-generator) would add about 10 KB gzip to
      // every visit, and most visits never export.
      const { buildIcs, icsFileName } = await import('../../lib/icsExport');
      const text = buildIcs({
        touches: props.touches,
        contacts: props.contacts,
        studentName: props.studentName,
        now: new Date(),
        timeZone: props.timeZone,
        siteUrl: props.siteUrl,
      });
      const name = icsFileName(props.today);
      downloadFile(name, text, 'text/calendar;charset=utf-8');
      const n = props.touches.length;
      setStatus(
        `Downloaded ${name} with ${n} ${n === 1 ? 'touch' : 'touches'} from ${props.range.label}. Open it to add them to Outlook or Apple Calendar, or import it in Google Calendar.`,
      );
    } catch {
      setStatus('');
      setProblem(
        'Your calendar file could not be made. Check your connection, reload the page and try again.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="cal-controls no-print" aria-labelledby="cal-controls-heading">
      <h2 id="cal-controls-heading" class="visually-hidden">
        Choose, print and export
      </h2>
      <fieldset class="cal-range">
        <legend>Months to show</legend>
        <div class="cal-range__fields">
          <div class="field">
            <label for="cal-from">First month</label>
            <select
              id="cal-from"
              value={first}
              onChange={(e) => chooseMonths(e.currentTarget.value, count)}
            >
              {choices.map((m) => (
                <option key={m} value={m}>
                  {monthLabel(m)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="cal-count">How many months</label>
            <select
              id="cal-count"
              value={String(count)}
              onChange={(e) => chooseMonths(first, Number(e.currentTarget.value))}
            >
              {COUNTS.map((n) => (
                <option key={n} value={String(n)}>
                  {n} {n === 1 ? 'month' : 'months'}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p class="hint" role="status">
          Showing {props.range.label}: {props.touches.length}{' '}
          {props.touches.length === 1 ? 'touch' : 'touches'}.
        </p>
      </fieldset>
      <div class="cal-actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={exportIcs} aria-busy={busy}>
          Export to calendar (.ics)
        </button>
      </div>
      <p role="status" class="cal-export-status">
        {status}
      </p>
      <div role="alert">{problem && <p class="notice notice--error">{problem}</p>}</div>
      {props.children}
    </section>
  );
}
