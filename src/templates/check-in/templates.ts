/** The check-in writer's precompiled templates, by channel: a page imports only its own writer's. */
import checkInCall1 from './call-1.hbs';
import checkInCall2 from './call-2.hbs';
import checkInEmail1 from './email-1.hbs';
import checkInEmail2 from './email-2.hbs';
import checkInEmail3 from './email-3.hbs';
import checkInVoicemail1 from './voicemail-1.hbs';
import checkInVoicemail2 from './voicemail-2.hbs';
import type { WriterTemplates } from '../render';

/** Variants per channel for the check-in writer. */
export const CHECK_IN_TEMPLATES = {
  call: [checkInCall1, checkInCall2],
  email: [checkInEmail1, checkInEmail2, checkInEmail3],
  voicemail: [checkInVoicemail1, checkInVoicemail2],
} satisfies WriterTemplates;
