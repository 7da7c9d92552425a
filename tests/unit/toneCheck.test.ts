import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SENTENCE_WORDS,
  TONE_REASONS,
  toneCheck,
  type ToneKind,
} from '../../src/lib/toneCheck';

// Clean, professional lines, several chosen to tempt a careless checker.
const CLEAN: string[] = [
  'Thank you for meeting with me on Tuesday.',
  'Thank you!',
  'I especially appreciated your advice on reaching the Denver team.',
  'Mr. Heyward suggested I contact you about the opening.',
  'I remain very interested in the HR role at your company.',
  'I earned my MBA in the USA and worked in IT support for three years.',
  'My number is 555-123-4567, EXT. 204.',
  'You can reach me at 555-123-4567 ext. 204 after 2 PM EST.',
  'I was glad to hear the CEO speak at the event.',
  'Would it suit you if I called Friday morning?',
  'Which number is best for you, office or mobile?',
  'I saw Yo-Yo Ma perform at the event hall last spring.',
  'My colleague Ya-Ting Chen sends her regards.',
  "You're very kind to share your time, and I'm grateful.",
  'Is there anything at all I can do to help your team?',
  'Do you know of any job openings in the Denver office?',
  'I am following up, as we agreed, on our conversation.',
  'The Acme® Pro™ line impressed me (see item 8).',
  'I will be free from 10:30 to 11:45 tomorrow.',
  'Zoë Ångström-Núñez and 李雷 both recommended your team.',
  'Sorry I missed your call; I am free this afternoon from 2 to 5.',
  'I recently finished a forklift safety certificate that the role asks for.',
  'The U.S. office and the UK team both use SQL and AWS.',
  'I have attached my CV as a PDF, as you asked.',
];

// Lines with exactly one known problem each.
const PROBLEMS: [string, ToneKind, string][] = [
  ['Thanks so much for your time 🙂', 'emoji', '🙂'],
  ['Great meeting you today :)', 'emoji', ':)'],
  ['Looking forward to it 👍🏽', 'emoji', '👍🏽'],
  ['Hey Dana, thank you for meeting with me.', 'casual', 'Hey'],
  ["I'm gonna send my portfolio tomorrow.", 'casual', 'gonna'],
  ['Thx for the advice on the Denver team.', 'casual', 'Thx'],
  ['By the way, btw, I also speak Spanish.', 'casual', 'btw'],
  ['Let me know if u have time next week.', 'casual', 'u'],
  ['Yo, I hope the conference went well.', 'casual', 'Yo'],
  ['Thank you so much for your time!!', 'exclamations', 'time!!'],
  ['I am excited about the role! Thank you again!', 'exclamations', 'again!'],
  ['Really?! That is good news about the team.', 'exclamations', 'Really?!'],
  ['I am VERY interested in the role.', 'capitals', 'VERY'],
  ['PLEASE CALL ME at your convenience.', 'capitals', 'PLEASE CALL ME'],
  ['Sorry to bother you, but I have a question about the role.', 'filler', 'Sorry to bother you'],
  ["I'm just checking in about the position.", 'filler', 'just checking in'],
  ['Just following up on my application from last week.', 'filler', 'Just following up'],
  ["I know you're busy, so I will keep this short.", 'filler', "I know you're busy"],
  ['Sorry for the delay in sending my references.', 'filler', 'Sorry for the delay'],
  ['I really need this job, so I hope you will consider me.', 'pleading', 'I really need this job'],
  ['I am desperate to find a position soon.', 'pleading', 'desperate'],
  ['Please, please let me know about the role.', 'pleading', 'Please, please'],
  ["I'll take any job you have available.", 'pleading', 'take any job'],
  ["I'm begging you to consider my application.", 'pleading', "I'm begging"],
  [
    'I wanted to thank you for meeting with me on Tuesday and for all of the advice you shared about the Denver team and the roles they hope to fill this spring.',
    'long-sentence',
    'I wanted to thank you for meeting with me on Tuesday and for all of the advice you shared about the Denver team and the roles they hope to fill this spring.',
  ],
];

describe('toneCheck fixtures', () => {
  it('has at least 30 lines, about half clean', () => {
    expect(CLEAN.length + PROBLEMS.length).toBeGreaterThanOrEqual(30);
    expect(CLEAN.length).toBeGreaterThanOrEqual(15);
    expect(PROBLEMS.length).toBeGreaterThanOrEqual(15);
    const kinds = new Set(PROBLEMS.map(([, kind]) => kind));
    expect(kinds.size).toBe(7);
  });

  it.each(CLEAN)('clean: %j', (line) => {
    expect(toneCheck(line)).toEqual([]);
  });

  it.each(PROBLEMS)('%j → %s (%j)', (line, kind, words) => {
    const findings = toneCheck(line);
    expect(findings.map((f) => [f.kind, f.words])).toEqual([[kind, words]]);
    const [finding] = findings;
    expect(line.slice(finding!.index, finding!.index + finding!.words.length)).toBe(words);
  });
});

describe('toneCheck', () => {
  it('reports every problem in reading order', () => {
    const text = 'Hey Dana!! I am SO sorry to bother you 😀 lol';
    expect(toneCheck(text).map((f) => [f.kind, f.words])).toEqual([
      ['casual', 'Hey'],
      ['exclamations', 'Dana!!'],
      ['capitals', 'SO'],
      ['filler', 'sorry to bother you'],
      ['emoji', '😀'],
      ['casual', 'lol'],
    ]);
  });

  it('gives each kind a one-line reason for the student', () => {
    for (const reason of Object.values(TONE_REASONS)) {
      expect(reason.length).toBeGreaterThan(20);
      expect(reason).not.toContain('\n');
    }
    expect(toneCheck('Thanks 😀')[0]!.reason).toBe(
      'Emoji read as casual; a contact who may refer you needs to see you as professional.',
    );
  });

  it('names the word count of a long sentence', () => {
    const long = `${Array.from({ length: 30 }, () => 'word').join(' ')}.`;
    const [finding] = toneCheck(`Thank you. ${long} Best regards.`);
    expect(finding).toMatchObject({ kind: 'long-sentence', words: long, index: 11 });
    expect(finding!.reason).toContain('30 words');
  });

  it(`allows exactly ${MAX_SENTENCE_WORDS} words in a sentence`, () => {
    const words = (n: number) => `${Array.from({ length: n }, () => 'word').join(' ')}.`;
    expect(toneCheck(words(MAX_SENTENCE_WORDS))).toEqual([]);
    expect(toneCheck(words(MAX_SENTENCE_WORDS + 1))).toHaveLength(1);
  });

  it('treats a line break as the end of a sentence', () => {
    const line = Array.from({ length: 20 }, () => 'word').join(' ');
    expect(toneCheck(`${line}\n${line}`)).toEqual([]);
  });

  it('one exclamation mark in a whole message is fine; the second is flagged', () => {
    expect(toneCheck('Dear Dana,\n\nThank you for your time!\n\nBest regards,\nSam')).toEqual([]);
    expect(toneCheck('Thank you! See you Friday! Have a good day!').map((f) => f.words)).toEqual([
      'Friday!',
      'day!',
    ]);
  });

  it('words in capitals side by side are one finding; allowed acronyms break the run', () => {
    expect(toneCheck('I am REALLY VERY keen.').map((f) => f.words)).toEqual(['REALLY VERY']);
    expect(toneCheck('The HR team at ACME hires.').map((f) => f.words)).toEqual([]);
    expect(toneCheck('The HR team is GREATLY valued.').map((f) => f.words)).toEqual(['GREATLY']);
    expect(toneCheck("I DON'T mind.").map((f) => f.words)).toEqual(["DON'T"]);
  });

  it('leaves names the student typed alone when they are allowed', () => {
    expect(toneCheck('I met your DELOITTE colleague.').map((f) => f.kind)).toEqual(['capitals']);
    expect(toneCheck('I met your DELOITTE colleague.', { allow: ['DELOITTE Canada'] })).toEqual([]);
    expect(toneCheck('Hello Sup Inc team.', { allow: ['Sup Inc'] })).toEqual([]);
  });

  it('reports slang in capitals once, as slang', () => {
    expect(toneCheck('That was great, LOL.').map((f) => f.kind)).toEqual(['casual']);
  });

  it('finds joined, toned and flag emoji, but not text symbols', () => {
    expect(toneCheck('Family 👨‍👩‍👧, flag 🇺🇸, keycap 1️⃣.').map((f) => f.words)).toEqual([
      '👨‍👩‍👧',
      '🇺🇸',
      '1️⃣',
    ]);
    expect(toneCheck('🙏🙏🙏').map((f) => f.words)).toEqual(['🙏🙏🙏']);
    expect(toneCheck('© 2026 Acme® Widgets™')).toEqual([]);
  });

  it('does not match slang inside other words', () => {
    expect(
      toneCheck('Heyward, Thursday, Yolanda, Urquhart, ruler, surprise, youth, guyser.'),
    ).toEqual([]);
  });

  it('is empty for empty text', () => {
    expect(toneCheck('')).toEqual([]);
  });
});

describe('toneCheck properties', () => {
  const KINDS: ToneKind[] = [
    'emoji',
    'casual',
    'exclamations',
    'capitals',
    'filler',
    'pleading',
    'long-sentence',
  ];
  // Fragments that trigger (or nearly trigger) each rule, mixed with arbitrary text.
  const fragment = fc.oneof(
    fc.constantFrom(
      'hey',
      'Heyward',
      'lol',
      'u',
      'Yo,',
      'Yo-Yo',
      '!!',
      '!',
      '?!',
      'VERY',
      'HR',
      'MBA’s',
      '😀',
      '👨‍👩‍👧',
      '🇺🇸',
      ':)',
      'sorry to bother you',
      'just checking in',
      'please please',
      'desperate',
      '\n',
      '.',
      ' ',
      'Zoë',
      '李雷',
      'ext. 204',
      '\u200D',
      '\uFE0F',
      '\uD83D',
    ),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' '));

  it('never throws, and every finding quotes words that are in the text, where it says', () => {
    fc.assert(
      fc.property(text, (t) => {
        const findings = toneCheck(t);
        let last = -1;
        for (const f of findings) {
          expect(KINDS).toContain(f.kind);
          expect(f.words.length).toBeGreaterThan(0);
          expect(t.includes(f.words)).toBe(true);
          expect(t.slice(f.index, f.index + f.words.length)).toBe(f.words);
          expect(f.reason).not.toContain('\n');
          expect(f.index).toBeGreaterThanOrEqual(last);
          last = f.index;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in text made only of plain lower-case words', () => {
    const plain = fc
      .array(fc.constantFrom('thank', 'you', 'for', 'the', 'advice', 'team', 'role', 'call'), {
        minLength: 1,
        maxLength: 20,
      })
      .map((w) => `${w.join(' ')}.`);
    fc.assert(fc.property(plain, (t) => toneCheck(t).length === 0));
  });

  it('leaves short acronyms alone, but not short words shouted', () => {
    expect(toneCheck('Your work at NIH and the UX team, via CDC.')).toEqual([]);
    expect(toneCheck('I am NOT giving up.').map((f) => f.words)).toEqual(['NOT']);
    expect(toneCheck('PLEASE CALL ME.').map((f) => f.words)).toEqual(['PLEASE CALL ME']);
  });

  it('catches stretched words, a lone lower-case i, and repeated question marks', () => {
    const found = (t: string) => toneCheck(t).map((f) => [f.kind, f.words]);
    expect(found('pleeease call')).toEqual([['casual', 'pleeease']]);
    expect(found('it was sooo good')).toEqual([['casual', 'sooo']]);
    expect(found('i think i’m ready, and i.e. the plan')).toEqual([
      ['casual', 'i'],
      ['casual', 'i’m'.slice(0, 1)],
    ]);
    expect(found('Any news???')).toEqual([['exclamations', '???']]);
    expect(found('Is Tuesday good?')).toEqual([]);
    expect(found('The office at 3 a.m. is at www.example.com; see Appendix III.')).toEqual([]);
  });

  it('catches stock filler and gushing', () => {
    const kinds = (t: string) => toneCheck(t).map((f) => [f.kind, f.words]);
    expect(kinds('I am circling back on this.')).toEqual([['filler', 'circling back']]);
    expect(kinds('I am just following up.')).toEqual([['filler', 'just following up']]);
    expect(kinds('As per my last email, here it is.')).toEqual([
      ['filler', 'As per my last email'],
    ]);
    expect(kinds('I am super excited, it was awesome.')).toEqual([
      ['gushing', 'super excited'],
      ['gushing', 'awesome'],
    ]);
    expect(kinds('I am touching base about the role.')).toEqual([]);
  });
});
