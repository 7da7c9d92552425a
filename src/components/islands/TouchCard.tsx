/** One planned touch: what to do, when, why; done, skip, move, and the writer that helps. */
import { useState } from 'preact/hooks';
import type { PlannedTouch } from '../../lib/cadence';
import { shortDateLabel, MAX_DATE_INPUT, MIN_DATE_INPUT } from '../../lib/localDate';
import type { Contact, Outcome } from '../../lib/plannerSchema';
import {
  CHANNEL_LABELS,
  OUTCOME_LABELS,
  outcomesFor,
  touchAction,
  windowLabel,
  writerFor,
} from '../../lib/touchLabel';
import { doneDayProblem, moveDayProblem } from '../../lib/touchDay';
import { markTouchDone, moveTouch, skipTouch } from '../../stores/plannerActions';
import { focusById } from '../focus';
import { offerUndo } from '../../stores/undo';
import { href } from '../../paths';

interface Props {
  touch: PlannedTouch;
  contact: Contact;
  today: string;
}

type Panel = 'none' | 'done' | 'move';

/** A planned touch with its actions. */
export default function TouchCard({ touch, contact, today }: Props) {
  const [panel, setPanel] = useState<Panel>('none');
  const outcomes = outcomesFor(touch.channel);
  const [outcome, setOutcome] = useState<Outcome>(outcomes[0]!);
  const [doneOn, setDoneOn] = useState(today);
  const [moveTo, setMoveTo] = useState(touch.due < today ? today : touch.due);
  const [error, setError] = useState('');
  const action = touchAction(touch, contact.name);
  const writer = writerFor(touch);
  const idBase = `touch-${touch.id}`;
  const window = windowLabel(touch.window);

  // After Undo the touch is back in the plan under the same id: focus returns to its Done… button.
  const doneButtonId = `${idBase}-done-button`;
  const notSaved = 'Nothing was saved: see the message at the top of the page.';

  const saveDone = (event: Event) => {
    event.preventDefault();
    const problem = doneDayProblem(doneOn, today);
    if (problem) {
      setError(problem);
      return;
    }
    const undo = markTouchDone(touch, outcome, doneOn, today);
    if (undo) offerUndo(`Marked done: ${action}.`, undo, doneButtonId);
    else setError(notSaved);
  };

  const saveMove = (event: Event) => {
    event.preventDefault();
    const problem = moveDayProblem(moveTo, today);
    if (problem) {
      setError(problem);
      return;
    }
    const undo = moveTouch(touch, moveTo, today);
    if (!undo) {
      setError(notSaved);
      return;
    }
    offerUndo(`Moved to ${shortDateLabel(moveTo, today)}: ${action}.`, undo, doneButtonId);
    setPanel('none');
  };

  const skip = () => {
    const undo = skipTouch(touch, today);
    if (undo) offerUndo(`Skipped: ${action}.`, undo, doneButtonId);
  };

  const open = (next: Panel) => {
    setError('');
    setPanel(panel === next ? 'none' : next);
  };

  const close = (opener: string) => {
    setPanel('none');
    focusById(opener);
  };

  return (
    <li class="touch card">
      <p class="touch__action">
        <strong>{action}</strong>
      </p>
      <p class="touch__when">
        {touch.due < today ? 'Was due ' : 'Due '}
        {shortDateLabel(touch.due, today)}
        {window && ` between ${window}`} · {CHANNEL_LABELS[touch.channel]}
        {touch.windowStart !== touch.windowEnd && (
          <span class="muted">
            {' '}
            (any day from {shortDateLabel(touch.windowStart, today)} to{' '}
            {shortDateLabel(touch.windowEnd, today)})
          </span>
        )}
      </p>
      <p class="muted touch__reason">{touch.reason}</p>
      {touch.overLimit && (
        <p class="muted">Every day in this window already has your daily limit of touches.</p>
      )}
      <div class="touch__buttons">
        {writer && (
          <a
            class="button button--quiet"
            href={`${href(writer)}?contact=${encodeURIComponent(contact.id)}`}
          >
            Write it<span class="visually-hidden">: {action}</span>
          </a>
        )}
        <button
          type="button"
          id={doneButtonId}
          aria-expanded={panel === 'done'}
          aria-controls={`${idBase}-done`}
          onClick={() => open('done')}
        >
          Done…<span class="visually-hidden"> {action}</span>
        </button>
        <button type="button" class="quiet" onClick={skip}>
          Skip<span class="visually-hidden"> {action}</span>
        </button>
        <button
          type="button"
          class="quiet"
          id={`${idBase}-move-button`}
          aria-expanded={panel === 'move'}
          aria-controls={`${idBase}-move`}
          onClick={() => open('move')}
        >
          Move…<span class="visually-hidden"> {action}</span>
        </button>
      </div>
      {panel === 'done' && (
        <form id={`${idBase}-done`} class="touch__panel" onSubmit={saveDone} noValidate>
          <fieldset>
            <legend>How did it go?</legend>
            {outcomes.map((value) => (
              <label class="choice" key={value}>
                <input
                  type="radio"
                  name={`${idBase}-outcome`}
                  value={value}
                  checked={outcome === value}
                  onChange={() => setOutcome(value)}
                />{' '}
                {OUTCOME_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <label for={`${idBase}-done-on`}>Day you did it</label>
          <input
            id={`${idBase}-done-on`}
            type="date"
            value={doneOn}
            min={MIN_DATE_INPUT}
            max={today}
            required
            onInput={(e) => setDoneOn(e.currentTarget.value)}
          />
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
          <p>
            <button type="submit">Save</button>{' '}
            <button type="button" class="quiet" onClick={() => close(doneButtonId)}>
              Cancel
            </button>
          </p>
        </form>
      )}
      {panel === 'move' && (
        <form id={`${idBase}-move`} class="touch__panel" onSubmit={saveMove} noValidate>
          <label for={`${idBase}-move-to`}>Move to</label>
          <input
            id={`${idBase}-move-to`}
            type="date"
            value={moveTo}
            min={today}
            max={MAX_DATE_INPUT}
            required
            aria-describedby={`${idBase}-move-hint`}
            onInput={(e) => setMoveTo(e.currentTarget.value)}
          />
          <p id={`${idBase}-move-hint`} class="muted">
            Its window is {shortDateLabel(touch.windowStart, today)} to{' '}
            {shortDateLabel(touch.windowEnd, today)}. You can pick any day from today on.
          </p>
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
          <p>
            <button type="submit">Move</button>{' '}
            <button type="button" class="quiet" onClick={() => close(`${idBase}-move-button`)}>
              Cancel
            </button>
          </p>
        </form>
      )}
    </li>
  );
}
