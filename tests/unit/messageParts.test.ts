/**
 * The writers' grammar, one function at a time, with inputs as students type
 * them. The whole-script rules over the input grid are in messageRules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  closingLine,
  detailKeptSentence,
  detailSentence,
  fitDetail,
  forgotWithLeadIn,
  meetingWhen,
  roleWords,
} from '../../src/lib/messageParts';

const said = (typed: string, application = false) => detailSentence(fitDetail(typed), application);

describe('fitDetail and detailSentence', () => {
  it.each([
    ['your advice on the data team', 'I especially appreciated your advice on the data team.'],
    ['Your advice on the data team.', 'I especially appreciated your advice on the data team.'],
    [
      'we talked about the move to Denver',
      'I especially appreciated that we talked about the move to Denver.',
    ],
    [
      'that we talked about the move to Denver',
      'I especially appreciated that we talked about the move to Denver.',
    ],
    [
      'hearing about the night shift team',
      'I especially appreciated hearing about the night shift team.',
    ],
    [
      'I really enjoyed the tour of the warehouse',
      'I especially appreciated the tour of the warehouse.',
    ],
    ['Denver expansion plans', 'I especially appreciated Denver expansion plans.'],
    ['NIH grant you mentioned', 'I especially appreciated NIH grant you mentioned.'],
    ['the article you shared', 'I especially appreciated the article you shared.'],
    [
      'the team you described is growing',
      'I especially appreciated that the team you described is growing.',
    ],
    [
      'i learned a lot about the night shift',
      'I especially appreciated that I learned a lot about the night shift.',
    ],
  ])('"%s" → "%s"', (typed, sentence) => {
    expect(said(typed)).toBe(sentence);
  });

  it('says an application detail as what drew the student, not what they appreciated', () => {
    expect(said('the role includes training new staff', true)).toBe(
      'I was especially drawn to the fact that the role includes training new staff.',
    );
    expect(said('the focus on safety', true)).toBe(
      'I was especially drawn to the focus on safety.',
    );
  });

  it('leaves out a question or two sentences, with a note for the field', () => {
    for (const typed of ['Can we talk again?', 'The tour was great. Thanks again']) {
      const fitted = fitDetail(typed);
      expect(fitted.text).toBe('');
      expect(fitted.problem).toMatch(/^Left out of the script/);
    }
    expect(fitDetail('Dr. Chen’s story about the lab').problem).toBeNull();
  });

  it('says nothing for an empty detail', () => {
    expect(said('   ')).toBe('');
    expect(detailKeptSentence(fitDetail(''))).toBe('');
  });

  it('keeps a clause and a phrase grammatical in a check-in', () => {
    expect(detailKeptSentence(fitDetail('we talked about Denver'))).toBe(
      'I have kept in mind that we talked about Denver.',
    );
    expect(detailKeptSentence(fitDetail('your advice on networking'))).toBe(
      'I have often thought about your advice on networking.',
    );
  });
});

describe('forgotWithLeadIn', () => {
  it.each([
    ['i have a portfolio site', 'I also wanted to mention that I have a portfolio site.'],
    ['I forgot to mention that I speak Spanish.', 'I also wanted to mention that I speak Spanish.'],
    ['PS: my portfolio site', 'I also wanted to mention my portfolio site.'],
    ['Also, we met at the job fair', 'I also wanted to mention that we met at the job fair.'],
    ['  ', ''],
  ])('"%s" → "%s"', (typed, sentence) => {
    expect(forgotWithLeadIn(typed)).toBe(sentence);
  });
});

describe('meetingWhen', () => {
  const today = '2026-11-24'; // a Tuesday
  it.each([
    ['2026-11-24', 'same-day', 'today'],
    ['2026-11-23', 'same-day', 'yesterday'],
    ['2026-11-21', 'same-day', 'on Saturday'],
    ['2026-11-17', 'same-day', 'on November 17'],
    ['2026-11-23', 'later', 'on November 23'],
    ['', 'same-day', ''],
    ['0026-11-23', 'same-day', ''],
  ] as const)('met %s, read %s: "%s"', (metOn, read, words) => {
    expect(meetingWhen(metOn, today, read)).toBe(words);
  });

  it('uses the date when today is not known', () => {
    expect(meetingWhen('2026-11-23', '', 'same-day')).toBe('on November 23');
  });
});

describe('roleWords', () => {
  it.each([
    ['Data Analyst', { noun: 'the Data Analyst role', name: 'Data Analyst' }],
    [
      'the warehouse supervisor position',
      { noun: 'the warehouse supervisor position', name: 'warehouse supervisor' },
    ],
    ['internship', { noun: 'the internship', name: '' }],
    ['', { noun: '', name: '' }],
  ])('"%s"', (typed, words) => {
    expect(roleWords(typed)).toStrictEqual(words);
  });
});

describe('closingLine', () => {
  it('makes a question of a question and a statement of a statement', () => {
    expect(closingLine('could we talk again after the job fair')).toStrictEqual({
      text: 'Could we talk again after the job fair?',
      isQuestion: true,
    });
    expect(closingLine('I look forward to hearing from you')).toStrictEqual({
      text: 'I look forward to hearing from you.',
      isQuestion: false,
    });
    expect(closingLine('')).toStrictEqual({ text: '', isQuestion: false });
  });
});
