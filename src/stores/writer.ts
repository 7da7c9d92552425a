/**
 * The writers' link to the planner: reading a contact to prefill a writer
 * (`?contact=ID`), and the planner actions a writer offers (add the
 * voicemail's next attempt, save an agreed next contact). Writer pages import
 * this module only when one of these is used (writerElement.ts), so a writer
 * page stays light and the planner's stores load only then.
 */
import type { AgreedNext, Contact, Touch } from '../lib/plannerSchema';

// Checked here, in the part of the writer that loads only when used.
export { readAgreedNext } from '../lib/agreedNext';
import { $records, $storageProblem } from './planner';
import { emptyContactForm, readContactForm } from '../lib/contactForm';
import {
  addContactWithVoicemailAttempt,
  addVoicemailAttempt,
  setAgreedNext,
} from './plannerActions';

/** What a writer needs to know about a planner contact. */
export interface WriterContact {
  contact: Contact;
  /** The day of the last done touch, or null. */
  lastContact: string | null;
}

/** Starts the planner store, so it has read storage; returns its stop function. */
function readyPlanner(): () => void {
  // A listener mounts the persistent store, which reads every contact key.
  return $records.listen(() => {});
}

function lastDone(touches: readonly Touch[]): string | null {
  const days = touches.filter((t) => t.state === 'done' && t.doneOn).map((t) => t.doneOn!);
  return days.length ? days.sort().at(-1)! : null;
}

/** Every planner contact with its last contact day, sorted by name. */
export function loadWriterContacts(): WriterContact[] {
  const stop = readyPlanner();
  const records = Object.values($records.get());
  stop();
  return records
    .map((r) => ({ contact: r.contact, lastContact: lastDone(r.touches) }))
    .sort((a, b) => a.contact.name.localeCompare(b.contact.name));
}

/** Saves what the contact said about the next contact as their agreed next contact. */
export function saveAgreedNext(contactId: string, agreed: AgreedNext): string | null {
  const stop = readyPlanner();
  const undo = setAgreedNext(contactId, agreed);
  const problem = undo
    ? null
    : ($storageProblem.get() ?? 'That contact is no longer in your planner.');
  stop();
  return problem;
}

/** What the voicemail writer's form says about the person it is written to. */
export interface CallFields {
  contactName: string;
  organization: string;
  role: string;
  situation: string;
  metOn: string;
}

/**
 * Puts the voicemail's next attempt in the plan for the chosen contact, or,
 * when none is chosen, adds the person the form is written to (name,
 * organization, role, how and when they met) with the call, in one step.
 * Returns the line to show the student and the contact the call is for.
 */
export function addCallToPlan(
  contactId: string,
  fields: CallFields,
  today: string,
  next: { date: string; window: { start: string; end: string }; label: string },
): { note: string; contact: Contact | null; isNew: boolean } {
  const stop = readyPlanner();
  try {
    const chosen = contactId ? $records.get()[contactId]?.contact : undefined;
    if (chosen) {
      const { added } = addVoicemailAttempt(chosen.id, next.date, next.window);
      const problem = $storageProblem.get();
      if (problem) return { note: problem, contact: null, isNew: false };
      return {
        note: added
          ? `Added to your plan: call ${chosen.name} ${next.label}.`
          : `This call is already in your plan: ${chosen.name}, ${next.label}.`,
        contact: chosen,
        isNew: false,
      };
    }
    if (!fields.contactName.trim())
      return {
        note: 'Type their name at the top of the form, then add the call.',
        contact: null,
        isNew: false,
      };
    const form = readContactForm(
      {
        ...emptyContactForm(today),
        name: fields.contactName,
        organization: fields.organization,
        role: fields.role,
        metHow: fields.situation,
        metOn: fields.metOn,
      },
      today,
    );
    if (!form.ok)
      return { note: Object.values(form.errors).join(' '), contact: null, isNew: false };
    const result = addContactWithVoicemailAttempt(form.value, next.date, next.window);
    if (!result)
      return {
        note: $storageProblem.get() ?? 'Your browser did not save the contact.',
        contact: null,
        isNew: false,
      };
    return {
      note: `Added ${result.contact.name} to your planner, with a call ${next.label}.`,
      contact: result.contact,
      isNew: true,
    };
  } finally {
    stop();
  }
}
