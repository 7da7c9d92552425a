import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTimeZone } from './helpers/timeZone';
import { makeContact } from '../fixtures/contact';
import {
  CADENCE,
  dueToday,
  overdue,
  pastTouches,
  plan,
  upcoming,
  type Plan,
  type PlannedTouch,
} from '../../src/lib/cadence';
import { THANK_YOU_CHANNEL } from '../../src/lib/channelRotation';
import { addDays, diffDays, isWeekendIso } from '../../src/lib/localDate';
import {
  DEFAULT_SETTINGS,
  MET_HOW,
  PARTS_OF_DAY,
  touchSchema,
  type Channel,
  type Contact,
  type Outcome,
  type Settings,
  type Touch,
} from '../../src/lib/plannerSchema';

// Tuesday 3 November 2026, the planner's "today" unless a test says otherwise.
const TODAY = '2026-11-03';

function contact(id: string, overrides: Partial<Contact> = {}): Contact {
  return makeContact({
    id,
    name: `Contact ${id}`,
    organization: 'Acme',
    role: 'Hiring manager',
    metOn: TODAY,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    ...overrides,
  });
}

/** A done touch; its id says what it is, so two in one test never clash. */
function done(
  contactId: string,
  on: string,
  channel: Channel,
  outcome: Outcome = 'sent',
  overrides: Partial<Touch> = {},
): Touch {
  return {
    id: `${contactId}-done-${on}-${channel}`,
    contactId,
    due: on,
    window: null,
    channel,
    purpose: 'check-in',
    state: 'done',
    outcome,
    doneOn: on,
    note: '',
    source: 'plan',
    ...overrides,
  };
}

function skipped(contactId: string, on: string, channel: Channel): Touch {
  return {
    ...done(contactId, on, channel),
    id: `${contactId}-skip-${on}`,
    state: 'skipped',
    outcome: null,
  };
}

function fixed(
  contactId: string,
  due: string,
  channel: Channel,
  source: Touch['source'],
  overrides: Partial<Touch> = {},
): Touch {
  return {
    id: `${contactId}-fixed-${due}`,
    contactId,
    due,
    window: null,
    channel,
    purpose: 'live',
    state: 'planned',
    outcome: null,
    doneOn: null,
    note: '',
    source,
    ...overrides,
  };
}

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

function planFor(
  contacts: Contact[],
  touches: Touch[] = [],
  options: { today?: string; settings?: Partial<Settings>; horizonDays?: number } = {},
): Plan {
  const horizon = options.horizonDays === undefined ? {} : { horizonDays: options.horizonDays };
  return plan(contacts, touches, settings(options.settings), options.today ?? TODAY, horizon);
}

function touchesOf(p: Plan, contactId: string): PlannedTouch[] {
  return p.byContact[contactId]?.touches ?? [];
}

function first(p: Plan, contactId: string): PlannedTouch {
  const touch = touchesOf(p, contactId)[0];
  if (!touch) throw new Error(`no touch planned for ${contactId}`);
  return touch;
}

/** A planned touch as the app stores it when the student acts on it: the Touch fields only. */
function stored(t: PlannedTouch): Touch {
  const { id, contactId, due, window, channel, purpose, state, outcome, doneOn, note, source } = t;
  return { id, contactId, due, window, channel, purpose, state, outcome, doneOn, note, source };
}

/** due, channel, purpose: the short form a test reads best. */
function brief(touch: PlannedTouch): [string, Channel, string] {
  return [touch.due, touch.channel, touch.purpose];
}

describe('rule 1: thank-you within one day', () => {
  it.each(MET_HOW.map((how) => [how]))('after meeting by %s', (how) => {
    const t = first(planFor([contact('c', { metHow: how })]), 'c');
    expect(t).toMatchObject({
      purpose: 'thank-you',
      channel: THANK_YOU_CHANNEL[how],
      windowStart: TODAY,
      windowEnd: '2026-11-04',
      due: TODAY,
      fixed: false,
      overLimit: false,
    });
    expect(t.reason).toMatch(/^Thank them within a day of .+ on Tue 3 Nov\.$/);
  });

  it('says why in one sentence', () => {
    expect(first(planFor([contact('c')]), 'c').reason).toBe(
      'Thank them within a day of your interview on Tue 3 Nov.',
    );
  });

  it.each([
    // met on, today, due
    ['2026-11-03', '2026-11-03', '2026-11-03'], // same day
    ['2026-11-02', '2026-11-03', '2026-11-03'], // the day after: still in time, due today
    ['2026-11-05', '2026-11-03', '2026-11-05'], // a meeting later this week
  ])('met %s, today %s: due %s', (metOn, today, due) => {
    const t = first(planFor([contact('c', { metOn })], [], { today }), 'c');
    expect(t.windowStart).toBe(metOn);
    expect(t.windowEnd).toBe(addDays(metOn, 1));
    expect(t.due).toBe(due);
  });

  it('is overdue on the day after the meeting when it was not sent', () => {
    const p = planFor([contact('c', { metOn: '2026-10-27' })]);
    const t = first(p, 'c');
    expect(t.due).toBe('2026-10-28');
    expect(overdue(p, TODAY)).toEqual([t]);
  });

  it('is not proposed again once sent', () => {
    const p = planFor([contact('c')], [done('c', TODAY, 'email')]);
    expect(touchesOf(p, 'c').some((t) => t.purpose === 'thank-you')).toBe(false);
  });
});

describe('rule 2: second touch 7-14 days after the first, in another channel', () => {
  it('follows a thank-you sent today', () => {
    const t = first(planFor([contact('c')], [done('c', TODAY, 'email')]), 'c');
    expect(t).toMatchObject({
      windowStart: '2026-11-10',
      windowEnd: '2026-11-17',
      due: '2026-11-10',
      channel: 'card',
      purpose: 'check-in',
    });
    expect(t.reason).toBe(
      'Second touch, 1–2 weeks after the first, in a different form than email.',
    );
  });

  it.each([
    ['email', 'card'],
    ['card', 'email'],
    ['voicemail', 'email'],
    ['call', 'email'], // a call that did not reach them (no-answer)
  ] as const)('first by %s, second by %s', (firstChannel, expected) => {
    const outcome = firstChannel === 'call' ? 'no-answer' : 'sent';
    const t = first(planFor([contact('c')], [done('c', TODAY, firstChannel, outcome)]), 'c');
    expect(t.channel).toBe(expected);
  });

  it('counts from the day the first was done, not the day it was due', () => {
    const p = planFor([contact('c')], [done('c', '2026-11-04', 'email', 'sent', { due: TODAY })], {
      today: '2026-11-04',
    });
    expect(first(p, 'c')).toMatchObject({ windowStart: '2026-11-11', windowEnd: '2026-11-18' });
  });

  it("counts from a planned first touch's due date", () => {
    const [thanks, second] = touchesOf(planFor([contact('c')]), 'c');
    expect(thanks?.due).toBe(TODAY);
    expect(second).toMatchObject({ windowStart: '2026-11-10', windowEnd: '2026-11-17' });
    expect(second?.channel).not.toBe(thanks?.channel);
  });
});

describe('rule 3: third touch 14-28 days after the second, in a channel used by neither', () => {
  it('follows the second', () => {
    const history = [done('c', '2026-10-20', 'email'), done('c', '2026-10-27', 'card')];
    const t = first(planFor([contact('c', { metOn: '2026-10-20' })], history), 'c');
    expect(t).toMatchObject({
      windowStart: '2026-11-10',
      windowEnd: '2026-11-24',
      due: '2026-11-10',
      channel: 'voicemail',
    });
    expect(t.reason).toBe(
      'Third touch, 2–4 weeks after the second, in a form you have not used yet (not email or card).',
    );
  });

  it.each([
    ['email', 'card', 'voicemail'],
    ['card', 'email', 'voicemail'],
    ['email', 'voicemail', 'card'],
    ['card', 'voicemail', 'email'],
    ['voicemail', 'email', 'card'],
  ] as const)('first %s, second %s: third %s', (one, two, expected) => {
    const history = [done('c', '2026-10-20', one), done('c', '2026-10-27', two)];
    const t = first(planFor([contact('c', { metOn: '2026-10-20' })], history), 'c');
    expect(t.channel).toBe(expected);
  });
});

describe('rule 4: every 14-28 days, rotating, a call about every 60 days', () => {
  it('plans a new contact for the next three months', () => {
    const touches = touchesOf(planFor([contact('c')]), 'c');
    expect(touches.map(brief)).toEqual([
      ['2026-11-03', 'email', 'thank-you'],
      ['2026-11-10', 'card', 'check-in'],
      ['2026-11-24', 'voicemail', 'check-in'],
      ['2026-12-08', 'email', 'value-add'],
      ['2026-12-22', 'card', 'check-in'],
      ['2027-01-05', 'call', 'live'],
      ['2027-01-19', 'voicemail', 'check-in'],
      ['2027-02-02', 'email', 'value-add'],
    ]);
    // From the fourth touch on, each window is 14-28 days after the touch before.
    for (let i = 3; i < touches.length; i += 1) {
      const previous = touches[i - 1]!.due;
      expect(diffDays(touches[i]!.windowStart, previous)).toBe(14);
      expect(diffDays(touches[i]!.windowEnd, previous)).toBe(28);
    }
    expect(touches[5]?.reason).toBe(
      'Keep in touch 2–4 weeks after the last touch, as a call: it is about two months since you last spoke (Tue 3 Nov).',
    );
  });

  it('talks live about every two months, never twice in a row in one channel, never a meeting', () => {
    const touches = touchesOf(planFor([contact('c')], [], { horizonDays: 730 }), 'c');
    const calls = touches.filter((t) => t.channel === 'call').map((t) => t.due);
    expect(calls.length).toBeGreaterThanOrEqual(10);
    let last = TODAY;
    for (const call of calls) {
      expect(diffDays(call, last)).toBeGreaterThanOrEqual(53);
      expect(diffDays(call, last)).toBeLessThanOrEqual(67);
      last = call;
    }
    for (let i = 1; i < touches.length; i += 1) {
      expect(touches[i]!.channel).not.toBe(touches[i - 1]!.channel);
    }
    expect(touches.some((t) => t.channel === 'meeting')).toBe(false);
  });

  it('rotates after history, never repeating the last channel', () => {
    const history = [
      done('c', '2026-09-01', 'email'),
      done('c', '2026-09-08', 'card'),
      done('c', '2026-09-22', 'call', 'reached'), // a conversation: restart
      done('c', '2026-09-22', 'email', 'sent', { id: 'c-thanks' }),
      done('c', '2026-10-27', 'voicemail'),
    ];
    const touches = touchesOf(planFor([contact('c', { metOn: '2026-09-01' })], history), 'c');
    expect(touches[0]?.channel).not.toBe('voicemail');
    for (let i = 1; i < touches.length; i += 1) {
      expect(touches[i]!.channel).not.toBe(touches[i - 1]!.channel);
    }
  });
});

describe('rule 5: an agreed date replaces the next touch, and the plan re-flows', () => {
  const agreed = {
    date: '2026-11-12',
    window: { start: '14:00', end: '15:00' },
    number: 'mobile' as const,
  };

  it('makes the agreed call the next touch', () => {
    const c = contact('c', { metOn: '2026-10-20', agreed });
    const touches = touchesOf(planFor([c], [done('c', '2026-10-20', 'email')]), 'c');
    expect(touches[0]).toEqual({
      id: 'c-agreed-20261112',
      contactId: 'c',
      due: '2026-11-12',
      window: { start: '14:00', end: '15:00' },
      channel: 'call',
      purpose: 'agreed',
      state: 'planned',
      outcome: null,
      doneOn: null,
      note: '',
      source: 'agreed',
      windowStart: '2026-11-12',
      windowEnd: '2026-11-12',
      reason:
        'You agreed to talk on Thu 12 Nov at 14:00–15:00, on their mobile number; the rest of the plan follows from this call.',
      fixed: true,
      overLimit: false,
    });
    // The second touch (due 27 Oct-3 Nov) is gone; the third counts from the call.
    expect(touches[1]).toMatchObject({
      windowStart: '2026-11-26',
      windowEnd: '2026-12-10',
      channel: 'card',
    });
  });

  it('still sends the thank-you owed for the meeting first', () => {
    const touches = touchesOf(planFor([contact('c', { agreed })]), 'c');
    expect(touches.slice(0, 3).map(brief)).toEqual([
      ['2026-11-03', 'email', 'thank-you'],
      ['2026-11-12', 'call', 'agreed'],
      ['2026-11-26', 'card', 'check-in'],
    ]);
  });

  it('keeps an agreed date on a weekend and over the daily limit', () => {
    const c = contact('c', { metOn: '2026-10-20', agreed: { ...agreed, date: '2026-11-14' } });
    const busy = ['b1', 'b2', 'b3', 'b4', 'b5'].map((id) =>
      fixed(id, '2026-11-14', 'email', 'student'),
    );
    const others = ['b1', 'b2', 'b3', 'b4', 'b5'].map((id) => contact(id));
    const p = planFor([c, ...others], [done('c', '2026-10-20', 'email'), ...busy], {
      settings: { dailyLimit: 5 },
    });
    expect(first(p, 'c').due).toBe('2026-11-14');
  });

  it('re-flows from a stored agreed touch the same way', () => {
    const stored = fixed('c', '2026-11-12', 'call', 'agreed', { purpose: 'agreed', id: 'x1' });
    const touches = touchesOf(
      planFor([contact('c', { metOn: '2026-10-20' })], [done('c', '2026-10-20', 'email'), stored]),
      'c',
    );
    expect(touches[0]).toMatchObject({ id: 'x1', fixed: true, due: '2026-11-12' });
    expect(touches[1]).toMatchObject({ windowStart: '2026-11-26', windowEnd: '2026-12-10' });
  });

  it('is not planned again once the agreed call is stored', () => {
    const c = contact('c', { metOn: '2026-10-20', agreed });
    const call = done('c', '2026-11-12', 'call', 'reached', {
      id: 'c-agreed-20261112',
      purpose: 'agreed',
    });
    const touches = touchesOf(
      planFor([c], [done('c', '2026-10-20', 'email'), call], { today: '2026-11-12' }),
      'c',
    );
    expect(touches.some((t) => t.purpose === 'agreed')).toBe(false);
    expect(touches[0]?.purpose).toBe('thank-you');
  });

  it('is dropped once the student has moved past its date', () => {
    const c = contact('c', { metOn: '2026-10-01', agreed: { ...agreed, date: '2026-10-15' } });
    const history = [done('c', '2026-10-01', 'email'), done('c', '2026-10-20', 'card')];
    expect(touchesOf(planFor([c], history), 'c').some((t) => t.purpose === 'agreed')).toBe(false);
  });
});

describe('rule 6: a voicemail fixes the next attempt, and the plan keeps it', () => {
  const attempt = fixed('c', '2026-11-06', 'call', 'voicemail', {
    id: 'vm-next',
    window: PARTS_OF_DAY.morning,
  });
  const history = [done('c', '2026-10-20', 'email'), done('c', TODAY, 'call', 'left-voicemail')];

  it('keeps the attempt exactly as the voicemail writer stored it', () => {
    const c = contact('c', { metOn: '2026-10-20' });
    const t = first(planFor([c], [...history, attempt]), 'c');
    expect(t).toEqual({
      ...attempt,
      windowStart: '2026-11-06',
      windowEnd: '2026-11-06',
      reason:
        'Your voicemail said you would try again on Fri 6 Nov in the morning; the rest of the plan follows from it.',
      fixed: true,
      overLimit: false,
    });
  });

  it('re-flows the rest from the attempt', () => {
    const c = contact('c', { metOn: '2026-10-20' });
    const [, next] = touchesOf(planFor([c], [...history, attempt]), 'c');
    expect(next).toMatchObject({
      windowStart: '2026-11-20',
      windowEnd: '2026-12-04',
      fixed: false,
    });
    expect(next?.channel).not.toBe('call');
  });

  it('keeps its date on a full day, and takes one of its places', () => {
    const c = contact('c', { metOn: '2026-10-20' });
    // Five thank-yous whose only weekday is Friday 6 Nov, the attempt's day.
    const others = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => contact(id, { metOn: '2026-11-06' }));
    const p = planFor([c, ...others], [...history, attempt], { settings: { dailyLimit: 5 } });
    expect(first(p, 'c').due).toBe('2026-11-06');
    const thanks = others.map((o) => first(p, o.id));
    expect(thanks.every((t) => t.due === '2026-11-06')).toBe(true);
    expect(thanks.map((t) => t.overLimit)).toEqual([false, false, false, false, true]);
  });
});

describe('rule 7: a reply or a live conversation restarts the cycle; paused and closed stop', () => {
  const history = [done('c', '2026-10-06', 'email'), done('c', '2026-10-13', 'card')];
  const c = contact('c', { metOn: '2026-10-06' });

  it('restarts from a reply with a new thank-you within a day', () => {
    const reply = done('c', '2026-11-02', 'email', 'replied');
    const touches = touchesOf(planFor([c], [...history, reply]), 'c');
    expect(touches[0]).toMatchObject({
      purpose: 'thank-you',
      windowStart: '2026-11-02',
      windowEnd: '2026-11-03',
      due: TODAY,
      channel: 'card', // not email twice in a row
      reason: 'They replied on Mon 2 Nov: thank them within a day, and the cycle starts again.',
    });
    expect(touches[1]?.reason).toMatch(/^Second touch, 1–2 weeks after the first/);
  });

  it('restarts from a call that reached them', () => {
    const call = done('c', '2026-11-02', 'call', 'reached');
    const t = first(planFor([c], [...history, call]), 'c');
    expect(t).toMatchObject({ purpose: 'thank-you', channel: 'email', windowStart: '2026-11-02' });
    expect(t.reason).toBe(
      'You spoke on Mon 2 Nov: thank them within a day, and the cycle starts again.',
    );
  });

  it.each(['no-answer', 'left-voicemail'] as const)(
    'does not restart on a call with %s',
    (outcome) => {
      const call = done('c', '2026-11-02', 'call', outcome);
      const t = first(planFor([c], [done('c', '2026-10-06', 'email'), call]), 'c');
      expect(t.purpose).not.toBe('thank-you');
      expect(t.windowStart).toBe('2026-11-16'); // third touch, 14 days after the call
    },
  );

  it.each(['paused', 'closed'] as const)('plans nothing for a %s contact', (status) => {
    const stopped = contact('s', {
      status,
      agreed: { date: '2026-11-10', window: null, number: null },
    });
    const stored = fixed('s', '2026-11-05', 'call', 'voicemail');
    const p = planFor([stopped, contact('a')], [stored]);
    expect(p.byContact['s']).toMatchObject({ touches: [], stoppedBecause: status });
    expect(p.touches.every((t) => t.contactId === 'a')).toBe(true);
    expect(p.byContact['a']?.stoppedBecause).toBeNull();
  });

  it("does not let a paused contact's fixed touches take room", () => {
    const paused = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => contact(id, { status: 'paused' }));
    const stored = paused.map((p) => fixed(p.id, TODAY, 'call', 'student'));
    const p = planFor([...paused, contact('a')], stored, { settings: { dailyLimit: 5 } });
    expect(first(p, 'a').due).toBe(TODAY);
  });
});

describe('rule 8: no weekends unless allowed; due dates move to the nearest weekday in the window', () => {
  it.each([
    // met on, due, reason ends with
    ['2026-11-06', '2026-11-06', 'on Fri 6 Nov.'], // Friday: same day
    ['2026-11-07', '2026-11-09', 'so it moves to Mon 9 Nov.'], // Saturday: window Sat-Sun
    ['2026-11-08', '2026-11-09', 'on Sun 8 Nov.'], // Sunday: Monday is in the window
  ])('a thank-you for a meeting on %s is due %s', (metOn, due, ending) => {
    const t = first(planFor([contact('c', { metOn })]), 'c');
    expect(t.due).toBe(due);
    expect(t.reason.endsWith(ending)).toBe(true);
  });

  it('says why a touch falls outside a window that is all weekend', () => {
    const t = first(planFor([contact('c', { metOn: '2026-11-07' })]), 'c');
    expect(t).toMatchObject({ windowStart: '2026-11-07', windowEnd: '2026-11-08' });
    expect(t.reason).toBe(
      'Thank them within a day of your interview on Sat 7 Nov; its whole window falls on a weekend, so it moves to Mon 9 Nov.',
    );
  });

  it('moves a window that opens on Saturday to the Monday', () => {
    const history = [done('c', '2026-11-07', 'email')];
    const t = first(planFor([contact('c', { metOn: '2026-11-07' })], history), 'c');
    expect(t).toMatchObject({ windowStart: '2026-11-14', due: '2026-11-16' });
  });

  it('keeps weekend days when the student allows them', () => {
    const allow = { settings: { weekendsAllowed: true } };
    expect(first(planFor([contact('c', { metOn: '2026-11-07' })], [], allow), 'c').due).toBe(
      '2026-11-07',
    );
    const history = [done('c', '2026-11-07', 'email')];
    expect(first(planFor([contact('c')], history, allow), 'c').due).toBe('2026-11-14');
  });

  it('never proposes a weekend day over a year of plans', () => {
    const contacts = ['2026-11-06', '2026-11-07', '2026-11-08', '2026-10-31'].map((metOn, i) =>
      contact(`c${i}`, { metOn }),
    );
    const p = planFor(contacts, [], { horizonDays: 365 });
    expect(p.touches.length).toBeGreaterThan(80);
    expect(p.touches.filter((t) => isWeekendIso(t.due))).toEqual([]);
  });
});

describe('rule 9: windows, not points; no day over the daily limit while a window has room', () => {
  const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i + 10}`);

  it('spreads six thank-yous over their two-day window', () => {
    const p = planFor(ids(6).map((id) => contact(id)));
    const dues = ids(6).map((id) => first(p, id).due);
    expect(dues).toEqual([TODAY, TODAY, TODAY, TODAY, TODAY, '2026-11-04']);
    expect(p.touches.every((t) => !t.overLimit)).toBe(true);
  });

  it('puts a touch with no room left on the least busy day of its window, flagged', () => {
    const p = planFor(ids(11).map((id) => contact(id)));
    const last = first(p, 'c20');
    expect(last).toMatchObject({ due: TODAY, overLimit: true });
    expect(last.reason).toBe(
      'Thank them within a day of your interview on Tue 3 Nov; every day in its window already has 5 touches, so it goes on the least busy one.',
    );
    expect(dueToday(p, TODAY)).toHaveLength(6);
  });

  it('counts fixed touches toward the day', () => {
    const busy = ids(5).map((id) => contact(id, { metOn: '2026-10-01' }));
    const stored = busy.map((c) => fixed(c.id, TODAY, 'call', 'student'));
    const p = planFor([...busy, contact('new')], stored);
    expect(first(p, 'new').due).toBe('2026-11-04');
  });

  it('serves the window that closes first, then the lower contact id', () => {
    // 'a' has a week of room, 'z' only two days: z gets today despite its id.
    const a = contact('a', { metOn: '2026-10-27' });
    const history = [done('a', '2026-10-27', 'email')];
    const p = planFor([a, contact('z')], history, { settings: { dailyLimit: 1 } });
    expect(first(p, 'z').due).toBe(TODAY);
    expect(first(p, 'a')).toMatchObject({ windowStart: TODAY, due: '2026-11-04' });
  });

  it('never proposes a day before today', () => {
    const history = [done('c', '2026-10-23', 'email')];
    const t = first(planFor([contact('c', { metOn: '2026-10-23' })], history), 'c');
    expect(t).toMatchObject({ windowStart: '2026-10-30', windowEnd: '2026-11-06', due: TODAY });
  });

  it('leaves a touch whose window is over due on its last day, overdue, and counts on from today', () => {
    const history = [done('c', '2026-10-01', 'email')];
    const p = planFor([contact('c', { metOn: '2026-10-01' })], history);
    const [late, next] = touchesOf(p, 'c');
    expect(late).toMatchObject({ windowEnd: '2026-10-15', due: '2026-10-15', overLimit: false });
    expect(overdue(p, TODAY)).toEqual([late]);
    expect(next).toMatchObject({ windowStart: '2026-11-17', windowEnd: '2026-12-01' });
  });

  it('keeps every proposal inside its window', () => {
    const p = planFor(
      ids(30).map((id) => contact(id)),
      [],
      { horizonDays: 200 },
    );
    for (const t of p.touches) {
      expect(t.windowStart <= t.due && t.due <= t.windowEnd).toBe(true);
    }
  });
});

describe('rule 10: radio silence after 3 touches in a row with no reply', () => {
  const c = contact('c', { metOn: '2026-10-06' });
  const days = ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27'];

  it.each([
    // outcomes of the done touches in order ('skip' = skipped), flagged, unanswered
    [['sent', 'sent'], false, 2],
    [['sent', 'sent', 'sent'], true, 3],
    [['sent', 'left-voicemail', 'no-answer'], true, 3],
    [['sent', 'sent', 'sent', 'sent'], true, 4],
    [['sent', 'replied', 'sent'], false, 1],
    [['sent', 'sent', 'skip', 'sent'], true, 3],
    [['sent', 'sent', 'skip'], false, 2],
  ] as const)('%j: flagged %s, %i unanswered', (outcomes, flagged, unanswered) => {
    const history = outcomes.map((outcome, i) => {
      const channel: Channel =
        outcome === 'no-answer' || outcome === 'left-voicemail' ? 'call' : 'email';
      return outcome === 'skip'
        ? skipped('c', days[i]!, channel)
        : done('c', days[i]!, i % 2 ? 'card' : channel, outcome);
    });
    const silence = planFor([c], history).byContact['c']?.silence;
    expect(silence).toMatchObject({ flagged, unanswered });
    expect(silence?.reason === null).toBe(!flagged);
  });

  it('tells the student why and slows the cadence to 28-42 days', () => {
    const history = [
      done('c', '2026-10-06', 'email'),
      done('c', '2026-10-13', 'card'),
      done('c', '2026-10-27', 'voicemail'),
    ];
    const p = planFor([c], history, { horizonDays: 120 });
    expect(p.byContact['c']?.silence.reason).toBe(
      'No reply to your last 3 touches since Tue 6 Oct, so the planner now spaces touches 4–6 weeks apart.',
    );
    const touches = touchesOf(p, 'c');
    expect(touches[0]).toMatchObject({ windowStart: '2026-11-24', windowEnd: '2026-12-08' });
    expect(touches[0]?.reason).toMatch(
      /^Slowed down: 3 touches in a row without a reply, so 4–6 weeks after the last touch, /,
    );
    for (let i = 1; i < touches.length; i += 1) {
      const gap = diffDays(touches[i]!.windowStart, touches[i - 1]!.due);
      expect(gap).toBe(CADENCE.slowed.min);
    }
  });

  it('does not count planned touches as unanswered', () => {
    const history = [done('c', '2026-10-06', 'email'), done('c', '2026-10-13', 'card')];
    const planned = fixed('c', '2026-10-30', 'voicemail', 'student');
    const p = planFor([c], [...history, planned]);
    expect(p.byContact['c']?.silence.flagged).toBe(false);
    expect(touchesOf(p, 'c')[1]).toMatchObject({
      windowStart: '2026-11-17',
      windowEnd: '2026-12-01',
    });
  });
});

describe('rule 11: daylight-saving changes never move a touch to another day or hour', () => {
  // Contacts met around each 2026 clock change; a voicemail attempt on the Monday after.
  const CHANGES = [
    '2026-03-08',
    '2026-03-29',
    '2026-04-05',
    '2026-09-27',
    '2026-10-25',
    '2026-11-01',
  ];
  const scenario = (change: string) => {
    const before = contact('before', { metOn: addDays(change, -2) }); // the Friday before
    const on = contact('on', { metOn: change }); // the Sunday of the change
    const caller = contact('caller', { metOn: addDays(change, -9) });
    const attempt = fixed('caller', addDays(change, 1), 'call', 'voicemail', {
      window: PARTS_OF_DAY.morning,
    });
    const history = [
      done('caller', addDays(change, -9), 'email'),
      done('caller', addDays(change, -2), 'call', 'left-voicemail'),
    ];
    return {
      contacts: [before, on, caller],
      touches: [...history, attempt],
      today: addDays(change, -2),
    };
  };
  const planIn = (change: string) => {
    const s = scenario(change);
    return planFor(s.contacts, s.touches, { today: s.today, horizonDays: 120 });
  };

  let reference: Record<string, Plan> = {};
  beforeAll(() => {
    const saved = process.env['TZ'];
    process.env['TZ'] = 'UTC';
    reference = Object.fromEntries(CHANGES.map((change) => [change, planIn(change)]));
    if (saved === undefined) delete process.env['TZ'];
    else process.env['TZ'] = saved;
  });

  const zones = [
    { tz: 'America/New_York', julyOffset: 240 },
    { tz: 'Europe/London', julyOffset: -60 },
    { tz: 'Pacific/Auckland', julyOffset: -720 },
  ];
  for (const { tz, julyOffset } of zones) {
    describe(`in ${tz}`, () => {
      useTimeZone(tz);

      it('really runs in this zone', () => {
        expect(new Date(2026, 6, 1).getTimezoneOffset()).toBe(julyOffset);
      });

      it.each(CHANGES)('around %s, plans exactly the same days as in UTC', (change) => {
        expect(planIn(change)).toEqual(reference[change]);
      });

      it.each(CHANGES)('around %s, keeps whole-day windows and the attempt time', (change) => {
        const p = planIn(change);
        const before = touchesOf(p, 'before');
        expect(before.slice(0, 3).map((t) => [t.windowStart, t.windowEnd, t.due])).toEqual([
          [addDays(change, -2), addDays(change, -1), addDays(change, -2)],
          [addDays(change, 5), addDays(change, 12), addDays(change, 5)],
          [addDays(change, 19), addDays(change, 33), addDays(change, 19)],
        ]);
        expect(first(p, 'on').due).toBe(addDays(change, 1));
        expect(first(p, 'caller')).toMatchObject({
          due: addDays(change, 1),
          window: { start: '09:00', end: '12:00' },
        });
      });
    });
  }
});

describe('skipped touches', () => {
  it('a skipped touch is re-proposed in its place, counting from the skip', () => {
    const history = [done('c', '2026-10-27', 'email'), skipped('c', TODAY, 'card')];
    const t = first(planFor([contact('c', { metOn: '2026-10-27' })], history), 'c');
    expect(t).toMatchObject({
      windowStart: '2026-11-10',
      windowEnd: '2026-11-17',
      channel: 'card',
    });
    expect(t.reason).toBe(
      'Second touch, 1–2 weeks after the touch you skipped on Tue 3 Nov, in a different form than email.',
    );
  });

  it('a skipped thank-you is not proposed again: touch 2 follows the skip', () => {
    const t = first(
      planFor([contact('c', { metOn: '2026-11-02' })], [skipped('c', TODAY, 'email')]),
      'c',
    );
    expect(t.purpose).not.toBe('thank-you');
    expect(t).toMatchObject({ windowStart: '2026-11-10', windowEnd: '2026-11-17' });
  });
});

describe('ids', () => {
  it('numbers proposals after the stored touches: <contact>-t<n>', () => {
    const history = [done('c', '2026-10-27', 'email')];
    const touches = touchesOf(planFor([contact('c', { metOn: '2026-10-27' })], history), 'c');
    expect(touches.slice(0, 3).map((t) => t.id)).toEqual(['c-t2', 'c-t3', 'c-t4']);
  });

  it('keeps the ids of later touches when the student acts on one', () => {
    const c = contact('c', { metOn: '2026-10-27' });
    const history = [done('c', '2026-10-27', 'email')];
    const before = touchesOf(planFor([c], history), 'c');
    const acted: Touch = { ...stored(before[0]!), state: 'done', outcome: 'sent', doneOn: TODAY };
    const after = touchesOf(planFor([c], [...history, acted]), 'c');
    expect(after[0]?.id).toBe(before[1]?.id);
  });

  it('never reuses a stored id', () => {
    const history = [done('c', '2026-10-27', 'email', 'sent', { id: 'c-t2' })];
    const other = done('x', '2026-10-27', 'email', 'sent', { id: 'c-t3' });
    const p = planFor([contact('c', { metOn: '2026-10-27' }), contact('x')], [...history, other]);
    const ids = touchesOf(p, 'c').map((t) => t.id);
    expect(ids).not.toContain('c-t2');
    expect(ids).not.toContain('c-t3');
    expect(ids[0]).toBe('c-t4');
  });

  it('stays a valid stored id for a contact id of 64 characters', () => {
    const long = 'x'.repeat(63) + 'a';
    const twin = 'x'.repeat(63) + 'b';
    const p = planFor([
      contact(long, { agreed: { date: '2026-11-20', window: null, number: null } }),
      contact(twin),
    ]);
    const ids = p.touches.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of p.touches) expect(t.id.length).toBeLessThanOrEqual(64);
  });

  it('gives touches the app can store as they are', () => {
    const p = planFor([
      contact('c', { agreed: { date: '2026-11-20', window: null, number: null } }),
    ]);
    for (const t of p.touches) expect(v.safeParse(touchSchema, stored(t)).success).toBe(true);
  });
});

describe('horizon', () => {
  it('proposes touches up to today + 92 days by default', () => {
    const p = planFor([contact('c')]);
    const last = addDays(TODAY, CADENCE.horizonDays);
    expect(p.touches.every((t) => t.due <= last)).toBe(true);
    expect(p.touches.at(-1)?.due).toBe('2027-02-02');
  });

  it('takes a shorter horizon, yet keeps fixed touches and one next touch', () => {
    const far = fixed('f', '2027-06-01', 'meeting', 'student');
    const p = planFor(
      [contact('c'), contact('f', { metOn: '2026-10-01' }), contact('n', { metOn: '2026-10-01' })],
      [done('f', '2026-10-01', 'email'), far, done('n', TODAY, 'email')],
      { horizonDays: 3 },
    );
    expect(touchesOf(p, 'c').map((t) => t.due)).toEqual([TODAY]);
    expect(touchesOf(p, 'f').map((t) => t.due)).toEqual(['2027-06-01']);
    expect(touchesOf(p, 'n').map((t) => t.due)).toEqual(['2026-11-10']);
  });
});

describe('selectors', () => {
  const history = [done('late', '2026-10-01', 'email')];
  const p = planFor(
    [
      contact('now', { name: 'Beth' }),
      contact('now2', { name: 'alan' }),
      contact('soon', { metOn: '2026-11-05' }),
      contact('late', { metOn: '2026-10-01' }),
    ],
    history,
  );

  it('sorts by due date, then contact name, then id', () => {
    const today = p.touches.filter((t) => t.due === TODAY).map((t) => t.contactId);
    expect(today).toEqual(['now2', 'now']);
    const dues = p.touches.map((t) => t.due);
    expect(dues).toEqual([...dues].sort());
  });

  it('finds what is due today, overdue and upcoming', () => {
    expect(dueToday(p, TODAY).map((t) => t.contactId)).toEqual(['now2', 'now']);
    expect(overdue(p, TODAY).map((t) => [t.contactId, t.due])).toEqual([['late', '2026-10-15']]);
    expect(upcoming(p, TODAY).map((t) => [t.contactId, t.due])).toEqual([
      ['soon', '2026-11-05'],
      ['now2', '2026-11-10'],
      ['now', '2026-11-10'],
      ['soon', '2026-11-12'],
      ['late', '2026-11-17'],
    ]);
    expect(upcoming(p, TODAY, 2).map((t) => t.contactId)).toEqual(['soon']);
  });

  it('lists a contact’s past touches in the order they happened, planned ones left out', () => {
    const skipped = done('c', '2026-10-20', 'card', 'sent', {
      state: 'skipped',
      outcome: null,
      doneOn: '2026-10-22',
    });
    const early = done('c', '2026-10-21', 'email');
    const sameDayB = done('c', '2026-10-25', 'call', 'reached', { id: 'c-b' });
    const sameDayA = done('c', '2026-10-25', 'email', 'sent', { id: 'c-a' });
    const planned = { ...done('c', '2026-10-01', 'email'), state: 'planned' as const };
    expect(pastTouches([sameDayB, planned, skipped, sameDayA, early]).map((t) => t.id)).toEqual([
      early.id,
      skipped.id,
      'c-a',
      'c-b',
    ]);
  });
});

describe('determinism', () => {
  const contacts = ['d', 'a', 'c', 'b'].map((id, i) =>
    contact(id, { metOn: addDays(TODAY, -i * 9) }),
  );
  const touches = [
    done('a', '2026-10-25', 'email'),
    done('c', '2026-10-16', 'card'),
    done('c', '2026-10-30', 'email', 'replied'),
    fixed('b', '2026-11-09', 'call', 'voicemail'),
  ];

  it('gives the same plan for the same input, whatever the order', () => {
    const one = planFor(contacts, touches, { settings: { dailyLimit: 1 } });
    const two = planFor([...contacts].reverse(), [...touches].reverse(), {
      settings: { dailyLimit: 1 },
    });
    expect(two).toEqual(one);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  });

  it('throws on a today that is not a date', () => {
    expect(() => planFor(contacts, touches, { today: '2026-02-30' })).toThrow(RangeError);
  });
});
