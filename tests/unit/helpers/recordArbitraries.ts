/**
 * Random planner records for property tests: valid contact records (every
 * field within the schema's limits, touches of the contact with unique ids),
 * and helpers to damage any part of a JSON value.
 */
import fc from 'fast-check';
import {
  CHANNELS,
  CONTACT_STATUSES,
  isIsoDate,
  isSafeId,
  MET_HOW,
  OUTCOMES,
  PHONE_KINDS,
  PURPOSES,
  TOUCH_STATES,
  type Contact,
  type ContactRecord,
  type Touch,
} from '../../../src/lib/plannerSchema';

/** Every source a stored touch can have. */
export const SOURCES = ['student', 'agreed', 'voicemail', 'plan'] as const;

/** Text of at most `max` UTF-16 units: any code point, graphemes, and cut surrogate pairs after slicing. */
export const text = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'binary', maxLength: max }),
      fc.string({ unit: 'grapheme', maxLength: max }),
      fc.constantFrom('', '"quoted"\n\\', '🎨 Zoë', '__proto__', '~t1', '-'),
    )
    .map((s) => s.slice(0, max));

/** Any real date in the years the planner accepts (2000-2099), biased to this decade so day offsets are also small. */
export const isoDate = fc
  .oneof(
    fc.tuple(
      fc.integer({ min: 2000, max: 2099 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    ),
    fc.tuple(
      fc.integer({ min: 2024, max: 2028 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    ),
  )
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  )
  .filter(isIsoDate);

/** An ISO timestamp as the site writes them (toISOString), or with an offset. */
export const timestamp = fc.oneof(
  fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom('2026-11-28T09:30:00Z', '2026-11-28T09:30:00+01:00'),
);

/** A clock time, HH:mm. */
export const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A time window that ends after it starts. */
export const window = fc
  .tuple(clock, clock)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? { start: a, end: b } : { start: b, end: a }));

/** Plain objects, as the stores hold them (fast-check may otherwise build null-prototype ones). */
export const PLAIN = { noNullPrototype: true } as const;

/** Any id the schema accepts. */
/** An id the planner accepts: the pattern, minus names a plain object already has (valueOf, __proto__). */
export const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter(isSafeId);

/** A contact the schema accepts, its id from `id`. */
export const contactArbWith = (id: fc.Arbitrary<string>): fc.Arbitrary<Contact> =>
  fc.record(
    {
      id,
      name: text(120)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
      organization: text(120),
      role: text(120),
      metHow: fc.constantFrom(...MET_HOW),
      metOn: isoDate,
      notes: text(2000),
      email: text(254),
      phoneOffice: text(40),
      phoneMobile: text(40),
      agreed: fc.option(
        fc.record(
          {
            date: isoDate,
            window: fc.option(window, { nil: null }),
            number: fc.option(fc.constantFrom(...PHONE_KINDS), { nil: null }),
          },
          PLAIN,
        ),
        { nil: null },
      ),
      status: fc.constantFrom(...CONTACT_STATUSES),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    PLAIN,
  );

/** A contact the schema accepts, with a free id or one like the site makes. */
export const contactArb = contactArbWith(fc.oneof(idArb, fc.stringMatching(/^c[a-z0-9]{10,20}$/)));

/** A touch of `contact`: its id either derived from the contact's (as the cadence does) or free. */
export const touchArb = (contact: Contact, due: fc.Arbitrary<string>): fc.Arbitrary<Touch> =>
  fc
    .record(
      {
        id: fc.oneof(
          idArb,
          fc
            .stringMatching(/^[A-Za-z0-9_-]{0,63}$/)
            .map((suffix) => `${contact.id}-${suffix}`.slice(0, 64)),
        ),
        contactId: fc.constant(contact.id),
        due,
        window: fc.option(window, { nil: null }),
        channel: fc.constantFrom(...CHANNELS),
        purpose: fc.constantFrom(...PURPOSES),
        state: fc.constantFrom(...TOUCH_STATES),
        outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
        // Mostly the usual doneOn (due when done or skipped, null when planned), sometimes anything.
        doneOn: fc.oneof(fc.constant(undefined), fc.option(isoDate, { nil: null })),
        note: text(300),
        source: fc.constantFrom(...SOURCES),
      },
      PLAIN,
    )
    .map((t) => ({
      ...t,
      doneOn: t.doneOn === undefined ? (t.state === 'planned' ? null : t.due) : t.doneOn,
    }));

/** A record migrateRecord accepts: touches of the contact, with unique ids. */
export const recordArb: fc.Arbitrary<ContactRecord> = contactArb.chain((contact) =>
  fc
    .uniqueArray(touchArb(contact, fc.oneof(isoDate, fc.constant(contact.metOn))), {
      selector: (t) => t.id,
      maxLength: 20,
    })
    .map((touches) => ({ version: 1 as const, contact, touches })),
);

/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Where a node is in a JSON value: keys and list indexes from the root. */
export type Path = (string | number)[];

/** Every path into `value` (the root excluded). */
export function nodes(value: Json, path: Path = []): Path[] {
  const here = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) return here.concat(value.flatMap((x, i) => nodes(x, [...path, i])));
  if (value !== null && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([k, x]) => nodes(x, [...path, k])));
  return here;
}

/** Sets (or, with undefined, clears) the node at `path`. */
export function setAt(root: Json, path: Path, value: Json | undefined): void {
  type Container = Record<string | number, Json | undefined>;
  const parent = path
    .slice(0, -1)
    .reduce((node, key) => (node as Container)[key]!, root) as Container;
  parent[path.at(-1)!] = value;
}
