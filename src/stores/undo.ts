/**
 * The one "Undo" offer shown after marking, skipping, moving or deleting:
 * a message and the function that puts things back.
 */
import { atom } from 'nanostores';
import type { Undo } from './plannerActions';

/** What can be undone right now, or null. */
export const $undoOffer = atom<{ message: string; undo: Undo; id: number } | null>(null);

let counter = 0;

/** Offers to undo an action the student just took. */
export function offerUndo(message: string, undo: Undo | null): void {
  if (!undo) return;
  counter += 1;
  $undoOffer.set({ message, undo, id: counter });
}

/** Undoes the offered action. */
export function runUndo(): void {
  const offer = $undoOffer.get();
  if (!offer) return;
  offer.undo();
  $undoOffer.set(null);
}

/** Withdraws the offer (the student dismissed it). */
export function dismissUndo(): void {
  $undoOffer.set(null);
}
