import { describe, expect, it } from 'vitest';
import { doneDayProblem, moveDayProblem } from '../../src/lib/touchDay';

const TODAY = '2026-11-30';

describe('doneDayProblem: a touch is done today or earlier, in the accepted years', () => {
  it.each([
    ['2026-11-30', null],
    ['2026-11-02', null],
    ['2000-01-01', null],
    ['2026-12-01', /today or earlier/],
    ['2099-12-31', /today or earlier/],
    ['', /today or earlier/],
    ['2026-02-30', /today or earlier/],
    ['0026-11-29', /all four digits/],
    ['1999-12-31', /between 2000 and 2099/],
  ])('done on "%s": %s', (day, expected) => {
    const problem = doneDayProblem(day, TODAY);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('moveDayProblem: a touch moves to today or later, in the accepted years', () => {
  it.each([
    ['2026-11-30', null],
    ['2026-12-14', null],
    ['2099-12-31', null],
    ['2026-11-29', /today or a later day/],
    ['2000-01-01', /today or a later day/],
    ['', /today or a later day/],
    ['0026-12-01', /all four digits/],
    ['2100-01-04', /between 2000 and 2099/],
  ])('moved to "%s": %s', (day, expected) => {
    const problem = moveDayProblem(day, TODAY);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
