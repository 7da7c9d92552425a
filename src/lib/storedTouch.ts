/**
 * The stored fields of a touch, in the schema's order: what is saved when a
 * planned touch is acted on, and what a backup file holds for each touch.
 */
import { storedFields, touchSchema, type Touch } from './plannerSchema';

/** A touch with only its stored fields (a planned touch's window days and reason dropped). */
export function storedTouch(t: Touch): Touch {
  return storedFields(touchSchema, t);
}
