/**
 * The grammar of the writers' sentences: what the student typed (a detail, a
 * "thing I forgot", a role) fitted into correct sentences, and the date words
 * that are true when the message is read. Pure functions; render.ts shapes
 * them into the data every template gets (docs/product.md, "The messages").
 */
import { diffDays, isIsoDate } from './localDate';
import { monthDay, weekday } from './templateHelpers';

/** How a detail was typed: a noun or -ing phrase ("your advice on…") or a clause ("we talked about…"). */
export type DetailShape = 'phrase' | 'clause';

/** A detail, cleaned and fitted, or the reason it can't be used. */
export interface FittedDetail {
  /** The words to put in a sentence, first letter in the case the sentence needs; '' when left out. */
  text: string;
  /** Phrase or clause. */
  shape: DetailShape;
  /** Why it was left out, for a note next to the field, or null. */
  problem: string | null;
}

// Words that start a clause: a subject pronoun (and its contractions).
const SUBJECTS = /^(?:i|we|you|they|he|she|it|there)(?:['’](?:m|re|ve|ll|d|s))?$/i;
// A verb early in the detail makes it a clause: "the team is growing", "Dana mentioned…".
const FINITE =
  /^(?:is|are|was|were|has|have|had|will|can|could|would|should|might|said|told|gave|spoke|grew|began|does|did|\p{L}+ed)$/u;
// A phrase's head ends before these: "your advice that I should apply" stays a phrase.
const PHRASE_BREAK =
  /^(?:that|which|who|whose|on|about|of|for|to|in|at|with|from|into|by|when|where|how|why|and|or)$/;
// Determiners start a noun phrase: "your detailed advice" is not a clause.
const DETERMINER = /^(?:the|your|our|my|his|her|their|this|that|its|a|an)$/;
const PRONOUN = /^(?:i|we|you|they|he|she|it)$/;
// Common words whose capital is only there because they were typed first.
const LOWER_FIRST =
  /^(?:your|the|our|my|a|an|how|what|when|why|that|this|these|those|his|her|their|its|all|some|we|you|they|he|she|it|there|one|both|each|every|\p{L}+ing)$/iu;
// What students type before the detail itself, already said by the sentence.
const DETAIL_LEAD =
  /^(?:i\s+(?:especially\s+|really\s+|particularly\s+)?(?:appreciated|enjoyed|liked|valued|loved)\s+|thank\s+you\s+for\s+|thanks\s+for\s+)/i;
// What students type before the forgotten thing, already said by the lead-in.
const FORGOT_LEAD =
  /^(?:(?:i\s+)?(?:also\s+)?(?:forgot|wanted|meant|want)\s+to\s+(?:mention|say|tell\s+you|add)\s*(?:that\s+)?|also\s*,?\s+|p\.?s\.?\s*[:,-]?\s*|by\s+the\s+way\s*,?\s*|one\s+more\s+thing\s*[:,-]?\s*)/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}'’]/gu, '');
}

/** Phrase or clause, by the detail's first words. */
function detailShape(text: string): DetailShape {
  const list = words(text).map(bare);
  if (list.length === 0) return 'phrase';
  if (SUBJECTS.test(list[0]!) && list.length > 1) return 'clause';
  for (let i = 1; i < Math.min(list.length, 5); i++) {
    const w = list[i]!;
    if (PHRASE_BREAK.test(w)) return 'phrase';
    const before = list[i - 1]!;
    // "the article you shared": a pronoun inside the phrase starts a clause
    // that describes the noun, so its verb does not make the detail a clause.
    const describes = i >= 2 && PRONOUN.test(before);
    if (FINITE.test(w) && !DETERMINER.test(before) && !describes) return 'clause';
  }
  // "the role includes training": a determiner, a noun, then a verb in -s before more words.
  const [first, , third, fourth] = list;
  return DETERMINER.test(first!) &&
    fourth !== undefined &&
    /^\p{L}+[^s']s$/u.test(third!) &&
    !PHRASE_BREAK.test(fourth) &&
    !PRONOUN.test(fourth)
    ? 'clause'
    : 'phrase';
}

/**
 * The first letter in the case a sentence's middle needs: "Your advice" →
 * "your advice", "We talked" → "we talked"; names ("Denver", "Dana's") and "I" stay.
 */
function midSentence(text: string): string {
  const first = /^[\p{L}'’]+/u.exec(text)?.[0] ?? '';
  // "I" is always a capital, even typed in a hurry: "i have…", "i'm…".
  if (/^i(?:['’]\p{L}+)?$/iu.test(first)) return text.replace(/^i/, 'I');
  // A word typed in capitals ("NIH", "UX") is an acronym, not a sentence start.
  if (first.length > 1 && first === first.toUpperCase()) return text;
  if (!LOWER_FIRST.test(first)) return text;
  return text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cleans a detail for the middle of a sentence, or says why it can't fit. */
export function fitDetail(typed: string): FittedDetail {
  let text = oneLine(typed).replace(DETAIL_LEAD, '');
  if (text === '') return { text: '', shape: 'phrase', problem: null };
  if (
    /\?\s*$/.test(text) ||
    /[.!?]\s+\S/.test(text.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\./g, ''))
  ) {
    return {
      text: '',
      shape: 'phrase',
      problem:
        'Left out of the script: type one detail as a few words or a short clause, not a question or two sentences.',
    };
  }
  text = text.replace(/[.!;:,]+$/u, '').trim();
  // "that we talked about…" is a clause with its own "that"; the sentence adds one.
  const thatClause = /^that\s+(.+)$/i.exec(text);
  if (thatClause && detailShape(thatClause[1]!) === 'clause') text = thatClause[1]!;
  return { text: midSentence(text), shape: detailShape(text), problem: null };
}

/** How the detail is said after "I especially appreciated" (or, after an application, "I was especially drawn to"). */
export function detailSentence(detail: FittedDetail, application: boolean): string {
  if (detail.text === '') return '';
  if (application) {
    return detail.shape === 'clause'
      ? `I was especially drawn to the fact that ${detail.text}.`
      : `I was especially drawn to ${detail.text}.`;
  }
  return detail.shape === 'clause'
    ? `I especially appreciated that ${detail.text}.`
    : `I especially appreciated ${detail.text}.`;
}

/** How a check-in says the detail stayed with the student. */
export function detailKeptSentence(detail: FittedDetail): string {
  if (detail.text === '') return '';
  return detail.shape === 'clause'
    ? `I have kept in mind that ${detail.text}.`
    : `I have often thought about ${detail.text}.`;
}

/**
 * The "thing I forgot" with its lead-in: "I have a portfolio site." → "I also
 * wanted to mention that I have a portfolio site."; a phrase gets no "that".
 */
export function forgotWithLeadIn(sentence: string): string {
  const body = sentence
    .trim()
    .replace(FORGOT_LEAD, '')
    .replace(/[.!]+$/u, '');
  if (body === '') return '';
  const text = midSentence(body);
  return detailShape(text) === 'clause'
    ? `I also wanted to mention that ${text}.`
    : `I also wanted to mention ${text}.`;
}

/** How a script is read: the same day (email, voicemail, call) or days later (a card). */
export type ReadWhen = 'same-day' | 'later';

/**
 * The date words for a meeting that are true when the message is read:
 * "today" and "yesterday" only where it is read that day, a weekday name 2-6
 * days back, and the date ("on November 12") on a card, a week or more back,
 * or when today is not known. Empty when the meeting has no date.
 */
export function meetingWhen(metOn: string, today: string, read: ReadWhen): string {
  if (!isIsoDate(metOn)) return '';
  const onDate = `on ${monthDay(metOn)}`;
  if (read === 'later' || !isIsoDate(today)) return onDate;
  const days = diffDays(today, metOn);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days >= 2 && days <= 6) return `on ${weekday(metOn)}`;
  return onDate;
}

/** A role as typed, as a noun phrase and a bare name: "Data Analyst" → "the Data Analyst role", "Data Analyst". */
export function roleWords(typed: string): { noun: string; name: string } {
  const role = oneLine(typed)
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[.!?,;:]+$/u, '');
  if (role === '') return { noun: '', name: '' };
  const kind = /\s(role|position|job|opening|post|internship|apprenticeship|vacancy)$/i.exec(role);
  if (kind) return { noun: `the ${role}`, name: role.slice(0, kind.index) };
  if (/^(?:internship|apprenticeship|job|position|role)$/i.test(role))
    return { noun: `the ${role}`, name: '' };
  return { noun: `the ${role} role`, name: role };
}

/** Interrogative first words: a closing line that starts with one is a question. */
const QUESTION_START =
  /^(?:would|could|can|may|might|shall|should|will|when|what|which|how|where|who|why|is|are|do|does|did|have|has)\b/i;

/** The student's closing line, as a question when it is one and as a statement when it is not. */
export function closingLine(typed: string): { text: string; isQuestion: boolean } {
  let q = oneLine(typed).replace(/[.!,;:]+$/u, '');
  if (q === '') return { text: '', isQuestion: false };
  q = q.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  const isQuestion = q.endsWith('?') || QUESTION_START.test(q);
  if (isQuestion) return { text: q.endsWith('?') ? q : `${q}?`, isQuestion };
  return { text: `${q}.`, isQuestion };
}
