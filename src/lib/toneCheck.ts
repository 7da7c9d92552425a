/**
 * The writers' professional-tone check. The lesson: however friendly the
 * meeting was, a contact who may refer you must trust that you will always
 * act professionally. Each finding names the exact words and says, in one
 * plain line, why they matter to the reader.
 */
import { wordCount } from './scriptLength';

/** The kinds of problem the tone check names. */
export type ToneKind =
  | 'emoji'
  | 'casual'
  | 'exclamations'
  | 'capitals'
  | 'filler'
  | 'pleading'
  | 'gushing'
  | 'long-sentence';

/** One problem found in a script. */
export interface Finding {
  /** What kind of problem. */
  kind: ToneKind;
  /** The exact words concerned, as they appear in the text. */
  words: string;
  /** One line for the student: why it matters to the reader. */
  reason: string;
  /** Where `words` starts in the text (UTF-16 index), for highlighting. */
  index: number;
}

/** Options for words the check must leave alone. */
export interface ToneCheckOptions {
  /** Names the student typed (contact, organization): never flagged as capitals or slang. */
  allow?: readonly string[] | undefined;
}

/** Most words a sentence may have before it is flagged as long. */
export const MAX_SENTENCE_WORDS = 25;

/** Why each kind of problem matters, in the student's words. */
export const TONE_REASONS: Readonly<Record<Exclude<ToneKind, 'long-sentence'>, string>> = {
  emoji: 'Emoji read as casual; a contact who may refer you needs to see you as professional.',
  casual:
    'Slang and casual greetings sound like a text to a friend; keep it professional, however friendly the meeting was.',
  exclamations:
    'More than one exclamation mark reads as over-excited; one at most keeps the message upbeat but measured.',
  capitals:
    'Words in capitals read as shouting; plain words carry your point with more confidence.',
  filler:
    'Filler (apologies, “just checking in”, “circling back”) says nothing new and hints you are unwelcome; a brief, confident note does better.',
  pleading:
    'Pleading puts pressure on the reader and weakens your case; show what you offer instead.',
  gushing:
    'Gushing words read as less than serious; a measured “I enjoyed” or “I appreciated” carries more weight.',
};

/** Reasons for findings that share a kind with others but need their own explanation. */
const TONE_DETAIL_REASONS = {
  stretched: 'Stretched words (“sooo”) read like a text to a friend; write the word plainly.',
  lowerI: 'A lower-case “i” reads as a hurried text message; write “I”.',
  questions: 'Repeated question marks read as impatient; one asks politely.',
} as const;

function longSentenceReason(words: number): string {
  return `This sentence has ${words} words; past ${MAX_SENTENCE_WORDS} a busy reader loses the thread, so split it.`;
}

// Word edges that also treat hyphens and apostrophes as part of a word, so
// "Heyward", "Ya-Ting" and "you're" never match "hey", "ya" or "u".
const B = String.raw`(?<![\p{L}\p{N}\p{M}'’-])`;
const E = String.raw`(?![\p{L}\p{N}\p{M}'’-])`;
const APOS = `['’]`;

// --- emoji -----------------------------------------------------------------
// Emoji-style characters only: ©, ® and ™ are text symbols unless followed by
// the emoji variation selector (U+FE0F).
const EMOJI_ATOM = String.raw`(?:\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)\p{Emoji_Modifier}?)`;
const EMOJI_JOINED = String.raw`(?:\u200D\p{Extended_Pictographic}\uFE0F?\p{Emoji_Modifier}?)*`;
const EMOJI = new RegExp(`(?:${EMOJI_ATOM}${EMOJI_JOINED})+`, 'gu');
// Text emoticons stand alone between spaces: ":)" but not "(see note 8)".
const EMOTICON = /(?<=^|\s)(?:[:;]['’-]?[()DPp]|<3)(?=$|[\s.,!?])/gu;

// --- slang and casual greetings ----------------------------------------------
// prettier-ignore
const CASUAL_ANY_CASE = [
  'hey', 'hiya', 'heya', 'howdy', 'sup', 'wassup', 'gonna', 'wanna', 'gotta', 'kinda', 'sorta',
  'dunno', 'gimme', 'lemme', 'yeah', 'yep', 'yup', 'nope', 'thx', 'thnx', 'thanx', 'lol',
  'lmao', 'rofl', 'omg', 'btw', 'idk', 'tbh', 'imo', 'imho', 'ttyl', 'brb', 'cya', 'pls', 'plz',
  'xoxo', 'dude', 'guys', `ain${APOS}t`, `y${APOS}all`,
];
// Only in lower case: in capitals these are names or initials ("U Thant", "Ya Ting").
const CASUAL_LOWER = ['u', 'ur', 'r', 'ya'];
const CASUAL = new RegExp(`${B}(?:${CASUAL_ANY_CASE.join('|')})${E}`, 'giu');
const CASUAL_LOWERCASE = new RegExp(`${B}(?:${CASUAL_LOWER.join('|')})${E}`, 'gu');
// "Yo" is a greeting only at the start of a line or before a comma or "!"
// ("Yo-Yo Ma" and "Yo Yamamoto" mid-sentence stay clean).
const YO = new RegExp(`(?<=^|\\n)[ \\t]*yo${E}|${B}yo(?=\\s*[,!])`, 'giu');

// A letter typed three or more times in a row: "sooo", "pleeease" (lower case:
// capitals are shouting, and numerals like "XXX" are not words).
const STRETCHED = new RegExp(`${B}[\\p{L}]*(\\p{Ll})\\1\\1[\\p{L}]*${E}`, 'gu');
// "i" alone, or in "i'm", "i'll"; "i.e." is an abbreviation.
const LOWER_I = /(?<![\p{L}\p{N}\p{M}'’.-])i(?=['’]\p{L}|[\s,;:!?)]|\.(?!\p{L})|$)/gu;

// --- exclamation marks -------------------------------------------------------
// Whole space-free tokens, tested for "!" after matching: a pattern like
// /\S*!\S*/ rescans a long run of text from every position (quadratic).
const TOKEN = /\S+/gu;
const REPEATED = /[!‼！](?:\s*[!?‼！])+|[?](?:\s*[?])*\s*[!‼！]|‼/u;
const QUESTIONS = /[?？](?:\s*[?？])+/gu;

// --- capitals ---------------------------------------------------------------
// prettier-ignore
/** Capitalised words that are normal in professional writing: acronyms, degrees, time zones. */
const ALLOWED_CAPITALS: ReadonlySet<string> = new Set([
  'HR', 'IT', 'CEO', 'CFO', 'CTO', 'COO', 'CIO', 'CMO', 'VP', 'SVP', 'EVP', 'GM', 'PM', 'AM',
  'USA', 'US', 'UK', 'EU', 'UN', 'NYC', 'LA', 'DC', 'MBA', 'BA', 'BS', 'BSC', 'MA', 'MS', 'MSC',
  'MD', 'RN', 'LPN', 'CNA', 'EMT', 'CPA', 'PMP', 'CDL', 'GED', 'GPA', 'ESL', 'AI', 'ML', 'UX',
  'UI', 'QA', 'SQL', 'API', 'AWS', 'CRM', 'ERP', 'PR', 'KPI', 'ROI', 'HVAC', 'CAD', 'CNC',
  'NGO', 'NHS', 'ID', 'PDF', 'CV', 'ASAP', 'FYI', 'OK', 'TV', 'HQ', 'LLC', 'LLP', 'LTD', 'INC',
  'PLC', 'CPR', 'OSHA', 'NDA', 'SOP', 'ETA', 'TBD', 'EXT', 'EST', 'EDT', 'CST', 'CDT', 'MST',
  'MDT', 'PST', 'PDT', 'GMT', 'BST', 'UTC', 'CET', 'IBM', 'NASA', 'IRS', 'DMV', 'USD', 'COVID',
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII',
]);
// Short everyday words that are shouting in capitals, not acronyms.
const SHOUTED_SHORT =
  /^(?:NOT|NO|YES|NOW|VERY|SO|ME|YOU|ALL|ANY|MUST|NEED|HELP|LOVE|BEST|WOW|REAL|MORE|MOST|DO|AND|THE|FOR|CALL|WHY|HOW|JOB|WANT|THIS|JUST|ONLY|EVER|MY|AM|IS|ARE)$/;
// Hyphens and apostrophes may touch a word in capitals ("COVID-19", "DON'T").
const CAPS_WORD =
  /(?<![\p{L}\p{N}\p{M}])\p{Lu}{2,}(?:['’]\p{Lu}+)*(?:['’]?s)?(?![\p{L}\p{N}\p{M}])/gu;

// --- apologetic filler ------------------------------------------------------
const W = String.raw`\s+`;
const FILLER_PHRASES = [
  `sorry${W}(?:to${W}(?:bother|trouble|disturb|pester|bug)|for${W}(?:bothering|troubling|disturbing|pestering|bugging))${W}you`,
  `sorry${W}for${W}(?:the|my)${W}(?:delay|late${W}(?:reply|response)|slow${W}(?:reply|response)|delayed${W}(?:reply|response)|intrusion)`,
  `apologies${W}for${W}(?:the${W})?(?:delay|intrusion|bother)`,
  `just${W}(?:checking${W}in|checking${W}up|following${W}up|touching${W}base|reaching${W}out|circling${W}back)`,
  `just${W}wanted${W}to${W}(?:check${W}in|follow${W}up|touch${W}base|reach${W}out|circle${W}back)`,
  `hate${W}to${W}(?:bother|trouble|pester|bug)${W}you`,
  `(?:don${APOS}t|do${W}not)${W}(?:want|mean)${W}to${W}(?:bother|trouble|pester|bug)${W}you`,
  `(?:don${APOS}t|do${W}not)${W}want${W}to${W}be${W}a${W}(?:bother|pest|nuisance)`,
  `hope${W}(?:I${APOS}m|I${W}am)${W}not${W}(?:bothering|disturbing|troubling)${W}you`,
  `hope${W}this${W}(?:isn${APOS}t|is${W}not)${W}a${W}bother`,
  `(?:I${W})?know${W}you${APOS}?(?:re|${W}are)${W}(?:very${W}|so${W}|really${W}|extremely${W})?busy`,
  `sorry${W}to${W}be${W}a${W}(?:pest|bother|nuisance)`,
  `bumping${W}this`,
];
const FILLER = new RegExp(`${B}(?:${FILLER_PHRASES.join('|')})${E}`, 'giu');
// Stock follow-up phrases that say nothing (without "just", which FILLER covers).
const STOCK_PHRASES = [
  `circl(?:e|ing)${W}back`,
  `(?:as${W})?per${W}my${W}(?:last|previous)${W}(?:email|message|note)`,
  `following${W}up${W}on${W}my${W}(?:last|previous)${W}(?:email|message|note)`,
  `any${W}updates?${W}on${W}(?:this|that|my${W}application)`,
];
const STOCK = new RegExp(`${B}(?<!just${W})(?:${STOCK_PHRASES.join('|')})${E}`, 'giu');

// --- gushing ----------------------------------------------------------------
const GUSHING_PHRASES = [
  `super${W}(?:excited|happy|grateful|thankful|interested|keen|pumped|stoked)`,
  `so${W}(?:so${W})?(?:excited|pumped|stoked)`,
  `beyond${W}(?:excited|grateful|thrilled)`,
  `awesome`,
  `amazing(?:ly)?`,
  `over${W}the${W}moon`,
  `totally${W}(?:awesome|amazing|excited)`,
];
const GUSHING = new RegExp(`${B}(?:${GUSHING_PHRASES.join('|')})${E}`, 'giu');

// --- pleading ---------------------------------------------------------------
const PLEADING_PHRASES = [
  `please,?${W}please`,
  `I${W}(?:really${W}|desperately${W}|truly${W}|badly${W})?need${W}(?:this|a)${W}job`,
  `(?:I${APOS}m${W}|I${W}am${W})?begging`,
  `beg${W}you`,
  `desperate(?:ly)?`,
  `(?:take|do|accept)${W}any${W}job`,
  `any${W}(?:job|position)${W}(?:at${W}all|will${W}do|is${W}fine)`,
  `any${W}kind${W}of${W}job`,
  `(?:I${APOS}ll|I${W}will|I${APOS}d|I${W}would)${W}(?:take|do|accept)${W}anything`,
  `(?:you${APOS}re|you${W}are)${W}my${W}(?:last|only)${W}hope`,
  `my${W}last${W}chance`,
  `please${W}give${W}me${W}a${W}chance`,
];
const PLEADING = new RegExp(`${B}(?:${PLEADING_PHRASES.join('|')})${E}`, 'giu');

// --- long sentences ---------------------------------------------------------
// A sentence runs to . ! ? … (with closing quotes) or a line break. Splitting
// on every period under-counts after "e.g." — the safe side for a warning.
const SENTENCE = /[^\n.!?…]+(?:[.!?…]+["'”’)\]]*)?/gu;

function allowedWords(options: ToneCheckOptions | undefined): Set<string> {
  const words = new Set<string>();
  for (const entry of options?.allow ?? []) {
    for (const w of entry.match(/[\p{L}\p{N}\p{M}'’]+/gu) ?? []) words.add(w.toUpperCase());
  }
  return words;
}

function findAll(text: string, re: RegExp, kind: ToneKind, reason: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(re)) {
    // Leading spaces can be part of a match (a "Yo" at a line start); report the words only.
    const lead = m[0].length - m[0].trimStart().length;
    const words = m[0].trim();
    if (words !== '') out.push({ kind, words, reason, index: (m.index ?? 0) + lead });
  }
  return out;
}

function capitals(text: string, allowed: Set<string>): Finding[] {
  const out: Finding[] = [];
  let run: { start: number; end: number } | null = null;
  const flush = () => {
    if (run) {
      out.push({
        kind: 'capitals',
        words: text.slice(run.start, run.end),
        reason: TONE_REASONS.capitals,
        index: run.start,
      });
    }
    run = null;
  };
  for (const m of text.matchAll(CAPS_WORD)) {
    const word = m[0];
    const base = word.replace(/['’]?s$/u, '');
    const upper = word.toUpperCase();
    const start = m.index ?? 0;
    if (
      // A lone short word in capitals is an acronym ("NIH", "UX"), unless it is a common word.
      (base.length <= 4 &&
        !SHOUTED_SHORT.test(base) &&
        !/^[ \t-]+\p{Lu}{2}/u.test(text.slice(start + word.length, start + word.length + 4)) &&
        !(run && /^[ \t-]+$/.test(text.slice(run.end, start)))) ||
      ALLOWED_CAPITALS.has(base) ||
      ALLOWED_CAPITALS.has(upper) ||
      allowed.has(upper) ||
      allowed.has(base) ||
      // Slang in capitals ("LOL") is reported once, as slang.
      CASUAL_ANY_CASE.includes(word.toLowerCase())
    ) {
      flush();
      continue;
    }
    // Words in capitals separated only by spaces are one shout: "PLEASE CALL ME".
    if (run && /^[ \t-]+$/.test(text.slice(run.end, start))) {
      run.end = start + word.length;
    } else {
      flush();
      run = { start, end: start + word.length };
    }
  }
  flush();
  return out;
}

function exclamations(text: string): Finding[] {
  const out: Finding[] = [];
  let singles = 0;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (!/[!‼！]/u.test(token)) continue;
    const index = m.index ?? 0;
    if (REPEATED.test(token)) {
      out.push({ kind: 'exclamations', words: token, reason: TONE_REASONS.exclamations, index });
      continue;
    }
    // One "!" in a whole message is upbeat; from the second on, each is flagged.
    singles += (token.match(/[!！]/gu) ?? []).length;
    if (singles > 1) {
      out.push({ kind: 'exclamations', words: token, reason: TONE_REASONS.exclamations, index });
    }
  }
  return out;
}

function longSentences(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const words = wordCount(m[0]);
    if (words <= MAX_SENTENCE_WORDS) continue;
    const lead = m[0].length - m[0].trimStart().length;
    out.push({
      kind: 'long-sentence',
      words: m[0].trim(),
      reason: longSentenceReason(words),
      index: (m.index ?? 0) + lead,
    });
  }
  return out;
}

/** Names each professional-tone problem in a script, in reading order, with why it matters. */
export function toneCheck(text: string, options?: ToneCheckOptions): Finding[] {
  const allowed = allowedWords(options);
  const casual = [
    ...findAll(text, CASUAL, 'casual', TONE_REASONS.casual),
    ...findAll(text, CASUAL_LOWERCASE, 'casual', TONE_REASONS.casual),
    ...findAll(text, YO, 'casual', TONE_REASONS.casual),
    // "www" and "zzz" are one letter repeated, not a stretched word.
    ...findAll(text, STRETCHED, 'casual', TONE_DETAIL_REASONS.stretched).filter(
      (f) => !/^(\p{L})\1*$/u.test(f.words),
    ),
    ...findAll(text, LOWER_I, 'casual', TONE_DETAIL_REASONS.lowerI),
  ].filter((f) => !allowed.has(f.words.toUpperCase()));
  const findings = [
    ...findAll(text, EMOJI, 'emoji', TONE_REASONS.emoji),
    ...findAll(text, EMOTICON, 'emoji', TONE_REASONS.emoji),
    ...casual,
    ...exclamations(text),
    ...findAll(text, QUESTIONS, 'exclamations', TONE_DETAIL_REASONS.questions),
    ...capitals(text, allowed),
    ...findAll(text, FILLER, 'filler', TONE_REASONS.filler),
    ...findAll(text, STOCK, 'filler', TONE_REASONS.filler),
    ...findAll(text, PLEADING, 'pleading', TONE_REASONS.pleading),
    ...findAll(text, GUSHING, 'gushing', TONE_REASONS.gushing),
    ...longSentences(text),
  ];
  return findings.sort((a, b) => a.index - b.index);
}
