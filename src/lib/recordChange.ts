/**
 * The field-by-field view of a change to one contact record, which is what
 * lets two open tabs share one record without erasing each other's work: an
 * edit carries only the fields the student changed, and an undo puts back
 * only what its own change altered, where nothing has changed it since.
 */
import type { Contact, ContactRecord, Touch } from './plannerSchema';

/** A contact field a student can change (not its id or its timestamps). */
export type ContactField = Exclude<keyof Contact, 'id' | 'createdAt' | 'updatedAt'>;

const STAMPS = new Set(['id', 'createdAt', 'updatedAt']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function fieldsOf(contact: Contact): ContactField[] {
  return (Object.keys(contact) as (keyof Contact)[]).filter(
    (key): key is ContactField => !STAMPS.has(key),
  );
}

/**
 * What saving an edit form would change: the fields the student changed from
 * `base` (the contact as the form first showed it), and among them those
 * that someone else changed to something different meanwhile (`current`).
 */
export function editChanges(
  fields: Partial<Record<ContactField, unknown>>,
  base: Contact,
  current: Contact,
): { changes: Partial<Record<ContactField, unknown>>; conflicts: ContactField[] } {
  const changes: Partial<Record<ContactField, unknown>> = {};
  const conflicts: ContactField[] = [];
  for (const key of Object.keys(fields) as ContactField[]) {
    if (same(fields[key], base[key])) continue;
    changes[key] = fields[key];
    if (!same(current[key], base[key]) && !same(current[key], fields[key])) conflicts.push(key);
  }
  return { changes, conflicts };
}

/**
 * Takes back the change from `before` to `after` out of `current` (the
 * record as it is now): each contact field and touch that change altered
 * returns to its `before` value if it is still as the change left it; one
 * changed again since is kept (`kept`). `record` is null when nothing was
 * put back.
 */
export function revertChange(
  before: ContactRecord,
  after: ContactRecord,
  current: ContactRecord,
): { record: ContactRecord | null; kept: boolean } {
  const contact = { ...current.contact };
  let changed = false;
  let kept = false;
  for (const key of fieldsOf(before.contact)) {
    if (same(before.contact[key], after.contact[key])) continue;
    if (same(current.contact[key], after.contact[key])) {
      (contact as Record<ContactField, unknown>)[key] = before.contact[key];
      changed = true;
    } else kept = true;
  }
  const byId = (list: Touch[]) => new Map(list.map((t) => [t.id, t]));
  const [was, became] = [byId(before.touches), byId(after.touches)];
  let touches = current.touches;
  for (const id of new Set([...was.keys(), ...became.keys()])) {
    const [old, made] = [was.get(id), became.get(id)];
    if (same(old, made)) continue;
    const present = touches.find((t) => t.id === id);
    if (!same(present, made)) {
      kept = true;
      continue;
    }
    const others = touches.filter((t) => t.id !== id);
    touches = old
      ? present
        ? touches.map((t) => (t.id === id ? old : t))
        : [...others, old]
      : others;
    changed = true;
  }
  return { record: changed ? { ...current, contact, touches } : null, kept };
}
