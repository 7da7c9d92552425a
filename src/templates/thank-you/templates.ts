/** The thank-you writer's precompiled templates, by channel: a page imports only its own writer's. */
import thankYouCall1 from './call-1.hbs';
import thankYouCall2 from './call-2.hbs';
import thankYouCard1 from './card-1.hbs';
import thankYouCard2 from './card-2.hbs';
import thankYouEmail1 from './email-1.hbs';
import thankYouEmail2 from './email-2.hbs';
import thankYouEmail3 from './email-3.hbs';
import thankYouVoicemail1 from './voicemail-1.hbs';
import thankYouVoicemail2 from './voicemail-2.hbs';
import type { WriterTemplates } from '../render';

/** Variants per channel for the thank-you writer. */
export const THANK_YOU_TEMPLATES = {
  call: [thankYouCall1, thankYouCall2],
  card: [thankYouCard1, thankYouCard2],
  email: [thankYouEmail1, thankYouEmail2, thankYouEmail3],
  voicemail: [thankYouVoicemail1, thankYouVoicemail2],
} satisfies WriterTemplates;
