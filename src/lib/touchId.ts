/**
 * Touch ids, made in one place: the cadence's touches and the actions'
 * touches (a voicemail's next attempt) are all `<contact id>-<suffix>`,
 * kept within the 64 characters the schema allows for an id, so a touch of a
 * contact with a long id (an imported backup may carry one) still reads.
 */
import { MAX_ID } from './plannerOptions';

/**
 * `<contact id>-<suffix>`, shortened (with a hash of the contact id, so it
 * stays unique) when it would pass the 64 characters a stored id may have.
 */
export function touchIdFor(contactId: string, suffix: string): string {
  const id = `${contactId}-${suffix}`;
  if (id.length <= MAX_ID) return id;
  const hash = fnv1a(contactId);
  const keep = MAX_ID - suffix.length - hash.length - 2;
  return `${contactId.slice(0, keep)}_${hash}-${suffix}`;
}

/** The id of a voicemail's next attempt on `date` (YYYY-MM-DD) from `start` (HH:mm). */
export function voicemailTouchId(contactId: string, date: string, start: string): string {
  return touchIdFor(contactId, `vm-${date.replaceAll('-', '')}-${start.replace(':', '')}`);
}

/** 32-bit FNV-1a hash as 8 hex digits: short, stable, no dependency. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
