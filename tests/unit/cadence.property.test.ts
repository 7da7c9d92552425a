import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeContact } from '../fixtures/contact';
import { plan, type Plan, type PlannedTouch } from '../../src/lib/cadence';
import { addDays, isWeekendIso } from '../../src/lib/localDate';
import {
  CHANNELS,
  MET_HOW,
  OUTCOMES,
  PARTS_OF_DAY,
  type Channel,
  type Contact,
  type Settings,
  type Touch,
} from '../../src/lib/plannerSchema';

// Declared here so the file type-checks whether or not @types/node is installed.
declare const process: { env: Record<string, string | undefined> };

/** One generated planner: the arguments of plan(). */
interface World {
  contacts: Contact[];
  touches: Touch[];
  settings: Settings;
  today: string;
  horizonDays: number | undefined;
}

const BASE = '2026-01-05';
const partOfDay = fc.option(fc.constantFrom(PARTS_OF_DAY.morning, PARTS_OF_DAY.afternoon), {
  nil: null,
});

const historyArb = fc.record({
  /** Days after the meeting; clamped to today. */
  offset: fc.integer({ min: 0, max: 400 }),
  channel: fc.constantFrom(...CHANNELS),
  skipped: fc.boolean(),
  outcome: fc.constantFrom(...OUTCOMES),
  /** Some stored ids look like the plan's own, to prove proposals never reuse them. */
  planLikeId: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
});

const fixedArb = fc.record({
  /** Days after today. */
  offset: fc.integer({ min: -20, max: 150 }),
  channel: fc.constantFrom(...CHANNELS),
  source: fc.constantFrom('student', 'voicemail', 'agreed', 'plan'),
  window: partOfDay,
});

const contactArb = fc.record({
  name: fc.constantFrom('Ana Ruiz', 'ana ruiz', 'Ben Ode', 'Zoë Li', 'Chris Park'),
  metHow: fc.constantFrom(...MET_HOW),
  /** Days after today (mostly before it). */
  metOffset: fc.integer({ min: -420, max: 10 }),
  status: fc.constantFrom('active', 'active', 'active', 'paused', 'closed'),
  agreed: fc.option(
    fc.record({
      offset: fc.integer({ min: -15, max: 60 }),
      window: partOfDay,
      number: fc.option(fc.constantFrom('office', 'mobile'), { nil: null }),
    }),
    { nil: null },
  ),
  history: fc.array(historyArb, { maxLength: 12 }),
  fixed: fc.array(fixedArb, { maxLength: 2 }),
});

const worldArb: fc.Arbitrary<World> = fc
  .record({
    todayOffset: fc.integer({ min: 0, max: 400 }),
    dailyLimit: fc.integer({ min: 1, max: 4 }),
    weekendsAllowed: fc.boolean(),
    horizonDays: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    contacts: fc.array(contactArb, { minLength: 1, maxLength: 8 }),
  })
  .map(({ todayOffset, dailyLimit, weekendsAllowed, horizonDays, contacts }) => {
    const today = addDays(BASE, todayOffset);
    const touches: Touch[] = [];
    const built = contacts.map((g, i): Contact => {
      const id = `c${i}`;
      const metOn = addDays(today, g.metOffset);
      g.history.forEach((h, j) => {
        const on = addDays(metOn, h.offset);
        const day = on > today ? today : on;
        touches.push({
          id: h.planLikeId === null ? `${id}-h${j}` : `${id}-t${h.planLikeId}`,
          contactId: id,
          due: day,
          window: null,
          channel: h.channel,
          purpose: 'check-in',
          state: h.skipped ? 'skipped' : 'done',
          outcome: h.skipped ? null : h.outcome,
          doneOn: day,
          note: '',
          source: 'plan',
        });
      });
      g.fixed.forEach((f, j) => {
        touches.push({
          id: `${id}-f${j}`,
          contactId: id,
          due: addDays(today, f.offset),
          window: f.window,
          channel: f.channel,
          purpose: f.source === 'agreed' ? 'agreed' : 'check-in',
          state: 'planned',
          outcome: null,
          doneOn: null,
          note: '',
          source: f.source,
        });
      });
      return makeContact({
        id,
        name: g.name,
        metHow: g.metHow,
        metOn,
        agreed: g.agreed && {
          date: addDays(today, g.agreed.offset),
          window: g.agreed.window,
          number: g.agreed.number,
        },
        status: g.status,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    });
    // Stored ids are unique, as in the app.
    const seen = new Set<string>();
    const unique = touches.filter((t) => !seen.has(t.id) && seen.add(t.id));
    return {
      contacts: built,
      touches: unique,
      settings: {
        dailyLimit,
        weekendsAllowed,
        studentName: '',
        studentPhone: '',
        lastBackupAt: null,
      },
      today,
      horizonDays,
    };
  });

function run(world: World): Plan {
  const options = world.horizonDays === undefined ? {} : { horizonDays: world.horizonDays };
  return plan(world.contacts, world.touches, world.settings, world.today, options);
}

function allowed(world: World, day: string): boolean {
  return world.settings.weekendsAllowed || !isWeekendIso(day);
}

/** The days from `start` to `end` that a touch may fall on. */
function allowedDays(world: World, start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) {
    if (allowed(world, day)) days.push(day);
  }
  return days;
}

/** The channel of a contact's latest done touch, in the order the planner reads history. */
function lastDoneChannel(world: World, contactId: string): Channel | null {
  const history = world.touches
    .filter((t) => t.contactId === contactId && t.state === 'done')
    .sort((a, b) => {
      const [da, db] = [a.doneOn ?? a.due, b.doneOn ?? b.due];
      return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  return history.at(-1)?.channel ?? null;
}

const proposals = (p: Plan): PlannedTouch[] => p.touches.filter((t) => !t.fixed);

describe('cadence properties over random contacts and histories', () => {
  it('rule 8: no proposed touch on a weekend unless weekends are allowed', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        for (const t of proposals(run(world))) expect(allowed(world, t.due)).toBe(true);
      }),
    );
  });

  it('rule 4: a proposal never repeats the channel of the touch before it', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const p = run(world);
        for (const [contactId, contactPlan] of Object.entries(p.byContact)) {
          let previous = lastDoneChannel(world, contactId);
          for (const t of contactPlan.touches) {
            if (!t.fixed) expect(t.channel).not.toBe(previous);
            previous = t.channel;
          }
        }
      }),
    );
  });

  it('rule 9: every touch is inside its window, unless its window has no allowed day (and it says so)', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        for (const t of run(world).touches) {
          if (t.windowStart <= t.due && t.due <= t.windowEnd) continue;
          expect(t.fixed).toBe(false);
          expect(allowedDays(world, t.windowStart, t.windowEnd)).toEqual([]);
          expect(allowedDays(world, addDays(t.windowEnd, 1), t.due)).toEqual([t.due]);
          expect(t.reason).toContain('weekend');
        }
      }),
    );
  });

  it('rule 9: no day goes over the daily limit while a window still has room', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const p = run(world);
        const limit = world.settings.dailyLimit;
        const fixedOn = new Map<string, number>();
        const placedOn = new Map<string, number>();
        const loadOn = new Map<string, number>();
        for (const t of p.touches) {
          loadOn.set(t.due, (loadOn.get(t.due) ?? 0) + 1);
          if (t.fixed) fixedOn.set(t.due, (fixedOn.get(t.due) ?? 0) + 1);
          else if (!t.overLimit) placedOn.set(t.due, (placedOn.get(t.due) ?? 0) + 1);
        }
        // Touches placed within the limit never take a day past it.
        for (const [day, placed] of placedOn) {
          if (day < world.today) continue;
          expect((fixedOn.get(day) ?? 0) + placed).toBeLessThanOrEqual(limit);
        }
        // A touch over the limit had no day with room left in its window.
        for (const t of proposals(p).filter((x) => x.overLimit)) {
          const from = t.windowStart < world.today ? world.today : t.windowStart;
          for (const day of allowedDays(world, from, t.windowEnd)) {
            expect(loadOn.get(day) ?? 0).toBeGreaterThanOrEqual(limit);
          }
          expect(t.reason.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('rule 9: a proposal lands before today only when its window (its allowed part) is over', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        for (const t of proposals(run(world))) {
          if (t.due >= world.today) continue;
          expect(allowedDays(world, world.today, t.windowEnd)).toEqual([]);
        }
      }),
    );
  });

  it('rule 7: only active contacts get touches, and each active one has a next touch', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const p = run(world);
        for (const c of world.contacts) {
          const contactPlan = p.byContact[c.id];
          expect(contactPlan).toBeDefined();
          if (c.status === 'active') {
            expect(contactPlan?.stoppedBecause).toBeNull();
            expect(contactPlan?.touches.length).toBeGreaterThan(0);
          } else {
            expect(contactPlan).toMatchObject({ touches: [], stoppedBecause: c.status });
          }
        }
      }),
    );
  });

  it('ids are unique, and a proposal never takes a stored id', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const p = run(world);
        const ids = p.touches.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        const stored = new Set(world.touches.map((t) => t.id));
        for (const t of proposals(p)) expect(stored.has(t.id)).toBe(false);
      }),
    );
  });

  it('plan() is deterministic: the same input, in any order, gives a deep-equal plan', () => {
    fc.assert(
      fc.property(worldArb, fc.integer(), (world, seed) => {
        const one = run(world);
        expect(run(world)).toEqual(one);
        // A seeded shuffle of both arrays.
        let state = seed >>> 0;
        const rand = (): number => {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          return state / 2 ** 32;
        };
        const shuffle = <T>(items: T[]): T[] =>
          items
            .map((item) => ({ item, key: rand() }))
            .sort((a, b) => a.key - b.key)
            .map(({ item }) => item);
        const shuffled = {
          ...world,
          contacts: shuffle(world.contacts),
          touches: shuffle(world.touches),
        };
        expect(JSON.stringify(run(shuffled))).toBe(JSON.stringify(one));
      }),
    );
  });

  it('rule 11: the plan is the same in every time zone', () => {
    const saved = process.env['TZ'];
    try {
      fc.assert(
        fc.property(worldArb, (world) => {
          process.env['TZ'] = 'UTC';
          const reference = run(world);
          for (const tz of ['America/New_York', 'Europe/London', 'Pacific/Auckland']) {
            process.env['TZ'] = tz;
            expect(run(world)).toEqual(reference);
          }
        }),
        { numRuns: 40 },
      );
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });
});
