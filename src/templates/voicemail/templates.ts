/** The voicemail writer's precompiled templates, by channel: a page imports only its own writer's. */
import voicemail1 from './voicemail-1.hbs';
import voicemail2 from './voicemail-2.hbs';
import voicemail3 from './voicemail-3.hbs';
import type { WriterTemplates } from '../render';

/** Variants per channel for the voicemail writer. */
export const VOICEMAIL_TEMPLATES = {
  voicemail: [voicemail1, voicemail2, voicemail3],
} satisfies WriterTemplates;
