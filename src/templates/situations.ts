/**
 * Phrases that change with the situation (how the student met the contact),
 * the organization and the role, so one template reads naturally for all
 * six situations. Each phrase fits the slot the templates give it; see
 * README.md in this folder.
 */
import type { MetHow } from '../lib/plannerOptions';

/** The situation-specific phrases a template can use. */
export interface SituationPhrases {
  /** Completes "Thank you …", with the date words in place: "for interviewing me yesterday for the Data Analyst role at Acme Health". */
  readonly thanks: string;
  /** A noun phrase for the meeting, after "about", "after", "since": "my interview for the Data Analyst role at Acme Health". */
  readonly occasion: string;
  /** The meeting in a few words, for a check-in that has named the role in its subject: "my interview". */
  readonly brief: string;
  /** What a voicemail is calling about: the role where there is one, else the occasion. */
  readonly reason: string;
  /** The subject line's topic ("Data Analyst interview"), or '' when there is nothing specific to name. */
  readonly topic: string;
  /** One sentence of continued interest, focused on the other person. */
  readonly interest: string;
  /** The closing thanks: "Thank you again for your time and help." (no "again" after an application). */
  readonly closingThanks: string;
}

/** Organization, role and date words as render.ts has cleaned them. */
export interface SituationInput {
  /** The organization, or ''. */
  organization: string;
  /** "the Data Analyst role", or ''. */
  roleNoun: string;
  /** "Data Analyst", or ''. */
  roleName: string;
  /** "today", "on November 12", or ''. */
  when: string;
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

/** Phrases for a situation (MET_HOW) with the organization, role and date words in place. */
export function situationPhrases(situation: MetHow, input: SituationInput): SituationPhrases {
  const { organization: org, roleName, when } = input;
  // After an application it is a position; after a conversation, a role.
  const roleNoun =
    situation === 'application' ? input.roleNoun.replace(/ role$/, ' position') : input.roleNoun;
  const atOrg = org ? `at ${org}` : '';
  // "about the Data Analyst role at Acme Health" or "about your work at Acme Health".
  const about = roleNoun ? join('about', roleNoun, atOrg) : org ? `about your work ${atOrg}` : '';
  const roleAtOrg = roleNoun ? join(roleNoun, atOrg) : '';
  const closingThanks = 'Thank you again for your time and help.';
  // A conversation (not an interview or an application): the meeting in a few
  // words, then with what it was about, and what a voicemail calls about.
  const conversation = (brief: string) => ({
    brief,
    occasion: join(brief, about),
    reason: roleAtOrg || join(brief, org ? `and your work ${atOrg}` : ''),
  });
  switch (situation) {
    case 'interview': {
      const occasion = join('my interview', roleNoun ? `for ${roleNoun}` : '', atOrg);
      return {
        thanks: join('for interviewing me', roleNoun ? `for ${roleNoun}` : '', atOrg, when),
        occasion,
        brief: 'my interview',
        reason: roleAtOrg || occasion,
        topic: roleName ? `${roleName} interview` : org ? `interview at ${org}` : '',
        interest:
          'I remain very interested in the role and would welcome the chance to contribute.',
        closingThanks,
      };
    }
    case 'informational':
      return {
        thanks: join('for meeting with me', when, about),
        ...conversation('our informational interview'),
        topic: org ? `informational interview at ${org}` : '',
        interest: 'Your advice has given me clear next steps in my search.',
        closingThanks,
      };
    case 'phone':
      return {
        thanks: join('for speaking with me by phone', when, about),
        ...conversation('our phone conversation'),
        topic: roleName ? `${roleName} call` : org ? `our call about ${org}` : '',
        interest: `Our call gave me a much clearer picture of where I could contribute${org ? ` at ${org}` : ''}.`,
        closingThanks,
      };
    case 'networking':
      return {
        thanks: join('for making time to talk with me', when, about),
        ...conversation('our conversation'),
        topic: '',
        interest: 'I would be glad to return the favor if I can ever be of help.',
        closingThanks,
      };
    case 'event':
      return {
        thanks: join('for talking with me at the event', when, about),
        ...conversation('our conversation at the event'),
        topic: '',
        interest: `I would be glad to hear more about your work${org ? ` at ${org}` : ''} whenever it suits you.`,
        closingThanks,
      };
    case 'application': {
      // No conversation took place: no "again", no "our conversation".
      const occasion = join('my application', roleNoun ? `for ${roleNoun}` : '', atOrg);
      return {
        // The date they read it is not the student's to say; the position is.
        thanks: join('for considering my application', roleNoun ? `for ${roleNoun}` : '', atOrg),
        occasion,
        brief: 'my application',
        reason: roleAtOrg || occasion,
        topic: roleName ? `${roleName} application` : org ? `application to ${org}` : '',
        interest:
          'I am very interested in the position and would welcome the chance to discuss how I could contribute.',
        closingThanks: 'Thank you for your time and consideration.',
      };
    }
  }
}
