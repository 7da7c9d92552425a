/**
 * The one "Undo" offer shown after marking, skipping, moving, editing or
 * deleting: a message, the function that puts things back, and where the
 * keyboard focus goes once it has.
 */
import { atom } from 'nanostores';
import type { Undo, UndoResult } from './plannerActions';

/** What can be undone right now, or null. */
export const $undoOffer = atom<{
  message: string;
  undo: Undo;
  id: number;
  /** The id of the element to focus after Undo (the restored item's button), if any. */
  focusAfter: string | undefined;
  /** Whether the keyboard focus moves to the Undo button (not after an edit, where it returns to the contact). */
  takeFocus: boolean;
} | null>(null);

/** What happened to the last Undo, said to the student; empty when there is nothing to say. */
export const $undoResult = atom<string>('');

let counter = 0;

/** Offers to undo an action the student just took. */
export function offerUndo(
  message: string,
  undo: Undo | null,
  focusAfter?: string,
  takeFocus = true,
): void {
  if (!undo) return;
  counter += 1;
  $undoResult.set('');
  $undoOffer.set({ message, undo, id: counter, focusAfter, takeFocus });
}

const UNDO_MESSAGES: Record<UndoResult, string> = {
  undone: 'Undone.',
  partly:
    'Partly undone: some of it was changed again since (perhaps in another tab or window), and that later change was kept.',
  'changed-since':
    'Nothing was undone: it was changed again since (perhaps in another tab or window), and that later change was kept.',
  'not-saved': 'Nothing was undone: your browser refused to save. See the message on this page.',
};

/** Undoes the offered action and says how it went; null when there was nothing to undo. */
export function runUndo(): UndoResult | null {
  const offer = $undoOffer.get();
  if (!offer) return null;
  const result = offer.undo();
  $undoOffer.set(null);
  $undoResult.set(UNDO_MESSAGES[result]);
  return result;
}

/** Withdraws the offer (the student dismissed it). */
export function dismissUndo(): void {
  $undoOffer.set(null);
}
