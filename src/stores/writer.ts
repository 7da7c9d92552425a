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

/** Puts the voicemail's next attempt in the plan; reports whether it was new and any storage problem. */
export function addNextAttemptToPlan(
  contactId: string,
  date: string,
  window: { start: string; end: string },
): { added: boolean; problem: string | null } {
  const stop = readyPlanner();
  const result = addVoicemailAttempt(contactId, date, window);
  const problem = $storageProblem.get();
  stop();
  return { added: result.added, problem };
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

/** What the voicemail writer knows about someone not yet in the planner. */
export interface NewContactFields {
  name: string;
  organization: string;
  role: string;
  metHow: string;
  metOn: string;
}

/**
 * Adds a new contact (name, organization, role, how and when they met) and
 * the voicemail's next attempt in one step; the new contact, or the problem
 * to show the student.
 */
export function addNewContactWithNextAttempt(
  fields: NewContactFields,
  today: string,
  date: string,
  window: { start: string; end: string },
): { contact: Contact; added: boolean } | { problem: string } {
  const form = readContactForm({ ...emptyContactForm(today), ...fields }, today);
  if (!form.ok) return { problem: Object.values(form.errors).join(' ') };
  const stop = readyPlanner();
  const result = addContactWithVoicemailAttempt(form.value, date, window);
  const problem = $storageProblem.get();
  stop();
  if (!result) return { problem: problem ?? 'Your browser did not save the contact.' };
  return result;
}
