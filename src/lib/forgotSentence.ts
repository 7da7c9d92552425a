/**
 * The optional "thing I forgot to mention": the lesson allows one short,
 * well-worded sentence of new, relevant information, never a second
 * explanation. This turns what the student typed into that sentence, or says
 * why it cannot.
 */
import { wordCount } from './scriptLength';

/** Most words the forgotten thing should take before the student is asked to shorten it. */
export const FORGOT_MAX_WORDS = 25;

/** Why the student's text needs another look. */
export type ForgotProblem = 'several-sentences' | 'too-long';

/** The cleaned sentence, or the reason there is none. */
export interface ForgotResult {
  /** The one sentence to put in the script, or null (nothing typed, or more than one sentence). */
  sentence: string | null;
  /** Words in the cleaned text. */
  words: number;
  /** What is wrong, if anything. */
  problem: ForgotProblem | null;
  /** A line the writer can show the student, or null when all is well. */
  message: string | null;
}

// A period after these is not the end of a sentence.
// prettier-ignore
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'no', 'vs', 'etc', 'inc', 'ltd',
  'co', 'corp', 'dept', 'approx', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ext',
]);

// A sentence ends at . ! ? (closing quotes allowed) before more words; a
// lower-case start still counts ("done. then"), since students type quickly.
const BOUNDARY = /([.!?]+)["'”’)]*\s+(?=["'“‘(]?[\p{L}\p{N}])/gu;

function countSentences(text: string): number {
  let count = 1;
  for (const m of text.matchAll(BOUNDARY)) {
    const before = text.slice(0, m.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const bare = lastWord.toLowerCase().replace(/\.$/, '');
    // "Dr. Lee" and initials like "J. Smith" do not end a sentence.
    if (m[1] === '.' && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(lastWord))) continue;
    count += 1;
  }
  return count;
}

/** Turns the student's "thing I forgot to mention" into one clean sentence, or flags why it can't. */
export function forgotSentence(text: string): ForgotResult {
  // A line break with no end punctuation before it is just wrapping: join the lines.
  let s = text
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '') return { sentence: null, words: 0, problem: null, message: null };

  // Trailing commas, colons, dashes and ellipses would leave the sentence hanging.
  s = s.replace(/(?:\.{2,}|…|[,;:\-–—])+$/u, '').trim();
  if (wordCount(s) === 0) return { sentence: null, words: 0, problem: null, message: null };
  if (!/[.!?]["'”’)]*$/u.test(s)) s += '.';
  s = s.replace(
    /^(["'“‘(]?)(\p{Ll})/u,
    (_, open: string, first: string) => open + first.toUpperCase(),
  );

  const words = wordCount(s);
  if (countSentences(s) > 1) {
    return {
      sentence: null,
      words,
      problem: 'several-sentences',
      message:
        'Keep it to one sentence: the lesson asks for one short, well-worded sentence of new information.',
    };
  }
  if (words > FORGOT_MAX_WORDS) {
    return {
      sentence: s,
      words,
      problem: 'too-long',
      message: `This is ${words} words; shorten it to ${FORGOT_MAX_WORDS} or fewer so it stays one quick point.`,
    };
  }
  return { sentence: s, words, problem: null, message: null };
}
