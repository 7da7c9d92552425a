/**
 * Phrases that change with the situation (how the student met the contact),
 * so one template reads naturally for all six. Each phrase is written to fit
 * the slots the templates give it; see README.md in this folder.
 */
import type { MetHow } from '../lib/plannerSchema';

/** The situation-specific phrases a template can use. */
export interface SituationPhrases {
  /** Completes "Thank you …" and may be followed by " on Tuesday". */
  readonly thanksFor: string;
  /** A noun phrase for the meeting: "about …", "after …", "since …", may be followed by " on March 3". */
  readonly occasion: string;
  /** Leads into the student's detail: "<detailLead> your advice on the Denver team." */
  readonly detailLead: string;
  /** One sentence of continued interest, focused on the other person. */
  readonly interest: string;
}

/** Phrases for each situation the planner knows (MET_HOW). */
export const SITUATION_PHRASES: Readonly<Record<MetHow, SituationPhrases>> = {
  interview: {
    thanksFor: 'for interviewing me',
    occasion: 'my interview',
    detailLead: 'I especially appreciated',
    interest: 'I remain very interested in the role and would welcome the chance to contribute.',
  },
  informational: {
    thanksFor: 'for meeting with me',
    occasion: 'our informational interview',
    detailLead: 'I especially appreciated',
    interest: 'Your advice has given me clear next steps in my search.',
  },
  phone: {
    thanksFor: 'for speaking with me by phone',
    occasion: 'our phone conversation',
    detailLead: 'I especially appreciated',
    interest: 'Our call gave me a much clearer picture of where I could contribute.',
  },
  networking: {
    thanksFor: 'for making time to talk with me',
    occasion: 'our conversation',
    detailLead: 'I especially appreciated',
    interest: 'I would be glad to return the favor if I can ever be of help.',
  },
  event: {
    thanksFor: 'for our conversation at the event',
    occasion: 'our conversation at the event',
    detailLead: 'I especially appreciated',
    interest: 'I would be glad to hear more about your work whenever it suits you.',
  },
  application: {
    thanksFor: 'for considering the application I sent',
    occasion: 'my application',
    detailLead: 'I was especially drawn to',
    interest: 'I am very interested in the position and would welcome the chance to discuss it.',
  },
};
