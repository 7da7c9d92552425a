/**
 * Every writer's templates together, for code that needs them all (tests, a
 * page showing several writers). A writer page imports render.ts and its own
 * <writer>/templates.ts instead, so it ships only its own templates.
 */
import { CHECK_IN_TEMPLATES } from './check-in/templates';
import {
  renderWith,
  type RenderedScript,
  type ScriptInput,
  type Writer,
  type WriterChannel,
} from './render';
import { THANK_YOU_TEMPLATES } from './thank-you/templates';
import { VOICEMAIL_TEMPLATES } from './voicemail/templates';

export * from './render';

/** All templates, by writer and channel. */
export const TEMPLATES = {
  'thank-you': THANK_YOU_TEMPLATES,
  voicemail: VOICEMAIL_TEMPLATES,
  'check-in': CHECK_IN_TEMPLATES,
} as const;

/** Renders one writer's script from the student's inputs. */
export function renderScript(input: ScriptInput): RenderedScript {
  return renderWith(TEMPLATES[input.writer], input);
}

/** How many variants a writer has on a channel. */
export function variantCount<W extends Writer>(writer: W, channel: WriterChannel<W>): number {
  const byChannel: Readonly<Record<string, readonly unknown[]>> = TEMPLATES[writer];
  return byChannel[channel]?.length ?? 0;
}
