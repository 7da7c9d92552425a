/** One contact: details, radio-silence note, timeline of past and planned touches, edit and delete. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { pastTouches, type ContactPlan } from '../../lib/cadence';
import { shortDateLabel } from '../../lib/localDate';
import type { Contact, Touch } from '../../lib/plannerSchema';
import {
  CHANNEL_LABELS,
  contactLabel,
  MET_HOW_LABELS,
  OUTCOME_LABELS,
  PURPOSE_LABELS,
  windowLabel,
} from '../../lib/touchLabel';
import { deleteContact } from '../../stores/plannerActions';
import { offerUndo } from '../../stores/undo';
import { focusById } from '../focus';

interface Props {
  contact: Contact;
  history: Touch[];
  contactPlan: ContactPlan | undefined;
  today: string;
  /** Opens the contact's edit form (the planner shows it in the card's place). */
  onEdit: () => void;
}

/** A contact in the list, expandable to its timeline. */
export default function ContactCard({ contact, history, contactPlan, today, onEdit }: Props) {
  const [confirming, setConfirming] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  const summaryId = `contact-${contact.id}-summary`;
  // The question opens with the keyboard on the safe answer.
  useLayoutEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
  const planned = contactPlan?.touches ?? [];
  const past = pastTouches(history);
  const next = planned[0];
  const touchCount = history.length;

  const remove = () => {
    const undo = deleteContact(contact.id);
    if (undo) offerUndo(`Deleted ${contact.name}.`, undo, summaryId);
  };

  const keep = () => {
    setConfirming(false);
    focusById(`${summaryId}-delete`);
  };

  return (
    <li class="contact card">
      <details>
        <summary id={summaryId}>
          <strong>{contactLabel(contact)}</strong>
          <span class="muted">
            {' '}
            · {MET_HOW_LABELS[contact.metHow]} on {shortDateLabel(contact.metOn, today)}
            {contact.status !== 'active' &&
              ` · ${contact.status === 'paused' ? 'Paused' : 'Closed'}`}
            {next &&
              ` · next: ${shortDateLabel(next.due, today)}, ${CHANNEL_LABELS[next.channel].toLowerCase()}`}
          </span>
        </summary>
        <div class="contact__body">
          {contact.role && <p>Role: {contact.role}</p>}
          {contact.notes && <p class="contact__notes">{contact.notes}</p>}
          {contactPlan?.silence.flagged && (
            <p class="notice notice--warn">{contactPlan.silence.reason}</p>
          )}
          {contactPlan?.stoppedBecause && (
            <p class="muted">
              No touches are planned while this contact is {contactPlan.stoppedBecause}.
            </p>
          )}
          <h4>Timeline</h4>
          <ol class="timeline">
            {past.map((t) => (
              <li key={t.id}>
                <span>{shortDateLabel(t.doneOn ?? t.due, today)}</span> ·{' '}
                {CHANNEL_LABELS[t.channel]} · {PURPOSE_LABELS[t.purpose]} ·{' '}
                {t.state === 'skipped' ? 'Skipped' : t.outcome ? OUTCOME_LABELS[t.outcome] : 'Done'}
              </li>
            ))}
            {planned.map((t) => (
              <li key={t.id} class="timeline__planned">
                <span>{shortDateLabel(t.due, today)}</span> · {CHANNEL_LABELS[t.channel]}
                {t.window && ` ${windowLabel(t.window)}`} · {PURPOSE_LABELS[t.purpose]} · Planned
              </li>
            ))}
            {past.length === 0 && planned.length === 0 && <li>No touches yet.</li>}
          </ol>
          <p class="contact__buttons">
            <button type="button" class="quiet" onClick={onEdit}>
              Edit<span class="visually-hidden"> {contact.name}</span>
            </button>{' '}
            <button
              type="button"
              class="quiet"
              id={`${summaryId}-delete`}
              onClick={() => setConfirming(true)}
            >
              Delete<span class="visually-hidden"> {contact.name}</span>
            </button>
          </p>
          {confirming && (
            <div
              class="notice notice--warn"
              role="alertdialog"
              aria-label={`Delete ${contact.name}?`}
            >
              <p>
                Delete {contact.name} and{' '}
                {touchCount === 1
                  ? 'their 1 recorded touch'
                  : `their ${touchCount} recorded touches`}
                ? You can undo this right after.
              </p>
              <p>
                <button type="button" onClick={remove}>
                  Delete {contact.name}
                </button>{' '}
                <button type="button" class="quiet" onClick={keep} ref={keepButton}>
                  Keep
                </button>
              </p>
            </div>
          )}
        </div>
      </details>
    </li>
  );
}
