/**
 * The stored fields of a touch, in the schema's order: what is saved when a
 * planned touch is acted on, and what a backup file holds for each touch.
 */
import type { Touch } from './plannerSchema';

/** A touch with only its stored fields (a planned touch's window days and reason dropped), its window copied. */
export function storedTouch(t: Touch): Touch {
  return {
    id: t.id,
    contactId: t.contactId,
    due: t.due,
    window: t.window ? { start: t.window.start, end: t.window.end } : null,
    channel: t.channel,
    purpose: t.purpose,
    state: t.state,
    outcome: t.outcome,
    doneOn: t.doneOn,
    note: t.note,
    source: t.source,
  };
}
