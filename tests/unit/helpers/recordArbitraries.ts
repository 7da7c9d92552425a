/** Random planner data for property tests: contacts and the values of their fields, within the schema's limits. */
import fc from 'fast-check';
import {
  CONTACT_STATUSES,
  isReservedKey,
  MET_HOW,
  PHONE_KINDS,
  type Contact,
} from '../../../src/lib/plannerSchema';
import { isIsoDate } from '../../../src/lib/localDate';

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
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A time window that ends after it starts. */
export const window = fc
  .tuple(clock, clock)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? { start: a, end: b } : { start: b, end: a }));

/** Plain objects, as the stores hold them (fast-check may otherwise build null-prototype ones). */
export const PLAIN = { noNullPrototype: true } as const;

/** An id the planner accepts: the pattern, minus names a plain object already has (valueOf, __proto__). */
export const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).filter((id) => !isReservedKey(id));

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
