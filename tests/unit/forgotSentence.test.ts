import { describe, expect, it } from 'vitest';
import { FORGOT_MAX_WORDS, forgotSentence } from '../../src/lib/forgotSentence';

describe('forgotSentence', () => {
  it.each([
    ['I also speak Spanish.', 'I also speak Spanish.'],
    ['i also speak Spanish', 'I also speak Spanish.'],
    ['   I also   speak\tSpanish  ', 'I also speak Spanish.'],
    // A line break with no end punctuation before it is wrapping, not a new sentence.
    [
      'I finished my forklift\ncertificate last week',
      'I finished my forklift certificate last week.',
    ],
    ['I finished my certificate last week!', 'I finished my certificate last week!'],
    ['Did I mention I speak Spanish?', 'Did I mention I speak Spanish?'],
    ['I also speak Spanish...', 'I also speak Spanish.'],
    ['I also speak Spanish…', 'I also speak Spanish.'],
    ['I also speak Spanish,', 'I also speak Spanish.'],
    ['I also speak Spanish;', 'I also speak Spanish.'],
    ['I also speak Spanish -', 'I also speak Spanish.'],
    ['- i also speak Spanish', 'I also speak Spanish.'],
    ['• I also speak Spanish', 'I also speak Spanish.'],
    ['"Safety first" is my motto too', '"Safety first" is my motto too.'],
    ['ésta es mi frase', 'Ésta es mi frase.'],
    ['李雷 referred me to your team', '李雷 referred me to your team.'],
    ['<script>alert(1)</script> & "quotes"', '<script>alert(1)</script> & "quotes".'],
  ])('%j → %j', (text, sentence) => {
    const result = forgotSentence(text);
    expect(result.sentence).toBe(sentence);
    expect(result.problem).toBeNull();
    expect(result.message).toBeNull();
  });

  it.each([
    ['Dr. Lee suggested I apply.'],
    ['Ms. Ortiz at Acme Inc. referred me.'],
    ['I have worked in the U.S. and the U.K. for years.'],
    ['My shift ends at 5 p.m. on weekdays.'],
    ['J. Smith in purchasing referred me.'],
    ['I use tools such as Excel, e.g. pivot tables.'],
  ])('abbreviations and initials do not end the sentence: %j', (text) => {
    const result = forgotSentence(text);
    expect(result.sentence).toBe(text);
    expect(result.problem).toBeNull();
  });

  it.each([[''], ['   \n  '], ['...'], ['- '], ['?!']])('nothing to say for %j', (text) => {
    expect(forgotSentence(text)).toEqual({
      sentence: null,
      words: 0,
      problem: null,
      message: null,
    });
  });

  it.each([
    ['I speak Spanish. I also drive a forklift.'],
    ['I speak Spanish! And I drive a forklift.'],
    ['I speak Spanish.\nI also drive a forklift.'],
    ['I speak Spanish? Yes.'],
    ['done. then more'],
  ])('more than one sentence is flagged and left out: %j', (text) => {
    const result = forgotSentence(text);
    expect(result.sentence).toBeNull();
    expect(result.problem).toBe('several-sentences');
    expect(result.message).toMatch(/one sentence/);
  });

  it(`flags a sentence over ${FORGOT_MAX_WORDS} words but keeps it`, () => {
    const long =
      'I recently completed a twelve week evening course in warehouse safety and inventory control at the community college near my home and passed every single module';
    const result = forgotSentence(long);
    expect(result.words).toBe(26);
    expect(result.problem).toBe('too-long');
    expect(result.sentence).toBe(`${long}.`);
    expect(result.message).toContain('26 words');
  });

  it(`accepts exactly ${FORGOT_MAX_WORDS} words`, () => {
    const text = Array.from({ length: 25 }, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ');
    const result = forgotSentence(text);
    expect(result.words).toBe(25);
    expect(result.problem).toBeNull();
  });

  it('counts words in the cleaned sentence', () => {
    expect(forgotSentence('  I also speak Spanish  ').words).toBe(4);
  });
});
