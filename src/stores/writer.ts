/**
 * The writers' link to the planner: reading a contact to prefill a writer
 * (`?contact=ID`), and the planner actions a writer offers (add the
 * voicemail's next attempt, save an agreed next contact). The planner store is
 * loaded only when one of these is used, so a writer page stays light.
 */
import type { AgreedNext, Contact, Touch } from '../lib/plannerSchema';

/** What a writer needs to know about a planner contact. */
export interface WriterContact {
  contact: Contact;
  /** The day of the last done touch, or null. */
  lastContact: string | null;
}

async function planner() {
  return import('./planner');
}

/** Starts the planner store (so it has read storage) and returns it. */
async function readyPlanner() {
  const store = await planner();
  // A listener mounts the persistent store, which reads every contact key.
  const stop = store.$records.listen(() => {});
  return { store, stop };
}

function lastDone(touches: readonly Touch[]): string | null {
  const days = touches.filter((t) => t.state === 'done' && t.doneOn).map((t) => t.doneOn!);
  return days.length ? days.sort().at(-1)! : null;
}

/** Every planner contact with its last contact day, sorted by name. */
export async function loadWriterContacts(): Promise<WriterContact[]> {
  const { store, stop } = await readyPlanner();
  const records = Object.values(store.$records.get());
  stop();
  return records
    .map((r) => ({ contact: r.contact, lastContact: lastDone(r.touches) }))
    .sort((a, b) => a.contact.name.localeCompare(b.contact.name));
}

/** Puts the voicemail's next attempt in the plan; reports whether it was new and any storage problem. */
export async function addNextAttemptToPlan(
  contactId: string,
  date: string,
  window: { start: string; end: string },
): Promise<{ added: boolean; problem: string | null }> {
  const { store, stop } = await readyPlanner();
  const result = store.addVoicemailAttempt(contactId, date, window);
  const problem = store.$storageProblem.get();
  stop();
  return { added: result.added, problem };
}

/** Saves what the contact said about the next contact as their agreed next contact. */
export async function saveAgreedNext(
  contactId: string,
  agreed: AgreedNext,
): Promise<string | null> {
  const { store, stop } = await readyPlanner();
  const undo = store.setAgreedNext(contactId, agreed);
  const problem = undo
    ? null
    : (store.$storageProblem.get() ?? 'That contact is no longer in your planner.');
  stop();
  return problem;
}
