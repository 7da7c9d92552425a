/**
 * Plain words for touches: what to do ("Email Dana Lee a brief thank-you"),
 * channel and purpose names, and which writer helps.
 */
import type { Channel, Contact, MetHow, Outcome, Purpose, Touch } from './plannerSchema';

/** Channel names as a student reads them. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  card: 'Card',
  email: 'Email',
  voicemail: 'Voicemail',
  call: 'Call',
  meeting: 'Meeting',
};

/** Purpose names as a student reads them. */
export const PURPOSE_LABELS: Record<Purpose, string> = {
  'thank-you': 'Thank-you',
  'check-in': 'Check-in',
  'value-add': 'Share something useful',
  agreed: 'Agreed contact',
  live: 'Live conversation',
};

/** Outcome names as a student reads them. */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  sent: 'Sent',
  reached: 'Reached them',
  'left-voicemail': 'Left a voicemail',
  'no-answer': 'No answer',
  replied: 'They replied',
};

/** How-we-met names as a student reads them. */
export const MET_HOW_LABELS: Record<MetHow, string> = {
  interview: 'Job interview',
  informational: 'Informational interview',
  phone: 'Phone conversation',
  networking: 'Networking',
  event: 'Met at an event',
  application: 'Sent an application',
};

const VERB: Record<Channel, string> = {
  card: 'Mail',
  email: 'Email',
  voicemail: 'Leave',
  call: 'Call',
  meeting: 'Meet',
};

const WHAT: Record<Purpose, string> = {
  'thank-you': 'a brief thank-you',
  'check-in': 'a short check-in',
  'value-add': 'something useful for them',
  agreed: 'at the time you agreed',
  live: 'for a short live conversation',
};

/** The sentence that tells the student what a touch asks of them. */
export function touchAction(
  touch: Pick<Touch, 'channel' | 'purpose'>,
  contactName: string,
): string {
  const name = contactName.trim() || 'your contact';
  const what = WHAT[touch.purpose];
  switch (touch.channel) {
    case 'card':
      return `Mail ${name} ${touch.purpose === 'thank-you' ? 'a thank-you card' : `a card: ${what}`}`;
    case 'voicemail':
      return `Leave ${name} a voicemail: ${what}`;
    case 'email':
      return `${VERB.email} ${name} ${what}`;
    case 'call':
    case 'meeting':
      return touch.purpose === 'thank-you' || touch.purpose === 'check-in'
        ? `${VERB[touch.channel]} ${name}: ${what}`
        : `${VERB[touch.channel]} ${name} ${what}`;
  }
}

/** Which writer route helps with a touch, or null when none fits (a meeting). */
export function writerFor(touch: Pick<Touch, 'channel' | 'purpose'>): string | null {
  if (touch.channel === 'voicemail' || touch.channel === 'call') return '/write/voicemail/';
  if (touch.channel === 'meeting') return null;
  return touch.purpose === 'thank-you' ? '/write/thank-you/' : '/write/check-in/';
}

/** A contact's name with organization, for lists: "Dana Lee (Acme)". */
export function contactLabel(contact: Pick<Contact, 'name' | 'organization'>): string {
  return contact.organization ? `${contact.name} (${contact.organization})` : contact.name;
}

/** Outcomes that make sense for a channel, most likely first. */
export function outcomesFor(channel: Channel): Outcome[] {
  switch (channel) {
    case 'card':
      return ['sent', 'replied'];
    case 'email':
      return ['sent', 'replied'];
    case 'voicemail':
      return ['left-voicemail', 'reached', 'no-answer'];
    case 'call':
      return ['reached', 'left-voicemail', 'no-answer'];
    case 'meeting':
      return ['reached', 'no-answer'];
  }
}

/** A time window as the student reads it: "9:00–12:00". */
export function windowLabel(window: { start: string; end: string } | null): string {
  if (!window) return '';
  const trim = (t: string) => t.replace(/^0(\d)/, '$1');
  return `${trim(window.start)}–${trim(window.end)}`;
}
