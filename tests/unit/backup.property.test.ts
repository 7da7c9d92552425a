import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  applyMerge,
  parseBackup,
  planImport,
  planMerge,
  readImport,
  serializeBackup,
  type PlannerData,
} from '../../src/lib/backup';
import {
  CHANNELS,
  OUTCOMES,
  PURPOSES,
  TOUCH_STATES,
  type Contact,
  type Settings,
  type Touch,
} from '../../src/lib/plannerSchema';
import {
  contactArbWith,
  idArb,
  isoDate,
  PLAIN,
  SOURCES,
  text,
  timestamp,
  window,
} from './helpers/recordArbitraries';

// ---------------------------------------------------------------------------
// Arbitraries that satisfy the schemas in plannerSchema.ts exactly.

const id = (pool?: readonly string[]) => (pool ? fc.constantFrom(...pool) : idArb);

const contactArb = (ids?: readonly string[]): fc.Arbitrary<Contact> => contactArbWith(id(ids));

const touchArb = (contactIds: readonly string[], ids?: readonly string[]): fc.Arbitrary<Touch> =>
  fc.record(
    {
      id: id(ids),
      contactId: fc.constantFrom(...contactIds),
      due: isoDate,
      window: fc.option(window, { nil: null }),
      channel: fc.constantFrom(...CHANNELS),
      purpose: fc.constantFrom(...PURPOSES),
      state: fc.constantFrom(...TOUCH_STATES),
      outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
      doneOn: fc.option(isoDate, { nil: null }),
      note: text(2000),
      source: fc.constantFrom(...SOURCES),
    },
    PLAIN,
  );

const settingsArb: fc.Arbitrary<Settings> = fc.record(
  {
    dailyLimit: fc.integer({ min: 1, max: 50 }),
    weekendsAllowed: fc.boolean(),
    studentName: text(120),
    studentPhone: text(40),
    lastBackupAt: fc.option(timestamp, { nil: null }),
  },
  PLAIN,
);

/** Valid planner data: unique ids, every touch pointing at one of the contacts. */
const plannerDataArb = (pools?: { contacts: readonly string[]; touches: readonly string[] }) =>
  fc
    .uniqueArray(contactArb(pools?.contacts), { selector: (c) => c.id, maxLength: 6 })
    .chain((contacts) =>
      fc.record(
        {
          settings: settingsArb,
          contacts: fc.constant(contacts),
          touches:
            contacts.length === 0
              ? fc.constant([] as Touch[])
              : fc.uniqueArray(
                  touchArb(
                    contacts.map((c) => c.id),
                    pools?.touches,
                  ),
                  { selector: (t) => t.id, maxLength: 12 },
                ),
        },
        PLAIN,
      ),
    );

const exportedAt = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2099-12-31T00:00:00Z'),
  noInvalidDate: true,
});

// ---------------------------------------------------------------------------
// Malformed files: each mutation is built so that the result can never be a valid backup.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

function nodes(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = [{ path, value }];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => nodes(v, [...path, i])));
  if (value !== null && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([k, v]) => nodes(v, [...path, k])));
  return here;
}

function setAt(root: Json, path: Path, value: Json): void {
  type Container = Record<string | number, Json>;
  const parent = path
    .slice(0, -1)
    .reduce((node, key) => (node as Container)[key]!, root) as Container;
  parent[path.at(-1)!] = value;
}

/** A value of another type than `value`, that no field of the schema accepts in its place. */
function wrongType(value: Json, pick: number): Json {
  const options: Json[] =
    typeof value === 'string'
      ? [42, true, [], {}]
      : typeof value === 'number'
        ? [String(value), true, null, []]
        : typeof value === 'boolean'
          ? [String(value), 1, null]
          : value === null
            ? [42, true, 'not-a-valid-value', []]
            : Array.isArray(value)
              ? ['list', 42, {}, null]
              : ['object', 42, []]; // not null: agreed and window may be null
  return options[pick % options.length]!;
}

const MUTATIONS = [
  'truncate',
  'wrong-type',
  'missing-field',
  'extra-field',
  'huge-string',
  'prototype-key',
  'wrong-format',
  'wrong-version',
  'dangling-contact',
  'duplicate-id',
  'garbage',
  'not-an-object',
  'too-large',
] as const;

const GHOST_TOUCH: Json = {
  id: 'ghost-touch',
  contactId: 'ghost-contact',
  due: '2026-11-02',
  window: null,
  channel: 'email',
  purpose: 'check-in',
  state: 'planned',
  outcome: null,
  doneOn: null,
  note: '',
  source: 'plan',
};

const malformedArb = fc
  .record({
    data: plannerDataArb(),
    at: exportedAt,
    kind: fc.constantFrom(...MUTATIONS),
    a: fc.nat(),
    b: fc.nat(),
    key: fc.string({ maxLength: 12 }),
    garbage: fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })),
  })
  .map(({ data, at, kind, a, b, key, garbage }) => {
    const valid = serializeBackup(data, at);
    const file = JSON.parse(valid) as { [key: string]: Json };
    const all = nodes(file).slice(1); // everything but the root
    const objects = nodes(file).filter(
      (n) =>
        n.value !== null &&
        typeof n.value === 'object' &&
        !Array.isArray(n.value) &&
        Object.keys(n.value).length > 0,
    );
    const strings = all.filter((n) => typeof n.value === 'string');
    let text: string;
    let maxBytes: number | undefined;
    switch (kind) {
      case 'truncate': {
        // Any proper prefix that loses the closing brace is not JSON.
        const end = valid.trimEnd().length;
        text = valid.slice(0, a % end);
        break;
      }
      case 'wrong-type': {
        const node = all[a % all.length]!;
        setAt(file, node.path, wrongType(node.value, b));
        text = JSON.stringify(file);
        break;
      }
      case 'missing-field': {
        const node = objects[a % objects.length]!;
        const obj = node.value as { [key: string]: Json };
        // studentPhone is optional (files from before it existed stay valid).
        const keys = Object.keys(obj).filter((k) => k !== 'studentPhone');
        delete obj[keys[b % keys.length]!];
        text = JSON.stringify(file);
        break;
      }
      case 'extra-field': {
        const node = objects[a % objects.length]!;
        (node.value as { [key: string]: Json })[`extra_${key}`] = key;
        text = JSON.stringify(file);
        break;
      }
      case 'huge-string': {
        const node = strings[a % strings.length]!;
        setAt(file, node.path, 'x'.repeat(2001 + (b % 5000)));
        text = JSON.stringify(file);
        break;
      }
      case 'prototype-key': {
        const node = objects[a % objects.length]!;
        const marker = '__marker_for_the_test__';
        (node.value as { [key: string]: Json })[marker] = {
          polluted: 'yes',
          prototype: { polluted: 'yes' },
        };
        const forbidden = ['__proto__', 'constructor', 'prototype'][b % 3]!;
        text = JSON.stringify(file).replace(`"${marker}"`, JSON.stringify(forbidden));
        break;
      }
      case 'wrong-format': {
        const options: (Json | undefined)[] = [
          undefined,
          'wise-followup',
          'Wise Follow-Up',
          '',
          42,
          null,
          ['wise-follow-up'],
        ];
        const value = options[a % options.length];
        if (value === undefined) delete file['format'];
        else file['format'] = value;
        text = JSON.stringify(file);
        break;
      }
      case 'wrong-version': {
        const options: (Json | undefined)[] = [
          undefined,
          2,
          3,
          999,
          0,
          -1,
          1.5,
          '1',
          null,
          1e308,
          2 ** 53,
          [1],
        ];
        const value = options[a % options.length];
        if (value === undefined) delete file['version'];
        else file['version'] = value;
        text = JSON.stringify(file);
        break;
      }
      case 'dangling-contact': {
        const touches = file['touches'] as { [key: string]: Json }[];
        const ids = new Set((file['contacts'] as { id: string }[]).map((c) => c.id));
        let ghost = `ghost-${key.replace(/[^A-Za-z0-9_-]/g, '')}`.slice(0, 60);
        while (ids.has(ghost)) ghost += '_';
        if (touches.length === 0) touches.push({ ...(GHOST_TOUCH as object), contactId: ghost });
        else touches[a % touches.length]!['contactId'] = ghost;
        text = JSON.stringify(file);
        break;
      }
      case 'duplicate-id': {
        const list = (file['contacts'] as Json[]).length > 0 ? 'contacts' : null;
        if (list) {
          const contacts = file['contacts'] as Json[];
          contacts.push(structuredClone(contacts[a % contacts.length]!));
        } else {
          file['contacts'] = [];
          file['touches'] = [GHOST_TOUCH, GHOST_TOUCH];
        }
        text = JSON.stringify(file);
        break;
      }
      case 'garbage':
        // Random text or random JSON: never a complete backup.
        text = garbage;
        break;
      case 'not-an-object':
        text = JSON.stringify([[], 42, null, 'wise-follow-up', true][a % 5]);
        break;
      case 'too-large': {
        const bytes = new TextEncoder().encode(valid).length;
        maxBytes = Math.max(0, bytes - 1 - (a % 100));
        text = valid;
        break;
      }
    }
    return { kind, text, maxBytes, current: data };
  });

// ---------------------------------------------------------------------------

/** About a second each on an idle machine; the margin is for a loaded CI runner, not for slow code. */
const PROPERTY_TIMEOUT = 60_000;

describe('backup round trip (property)', () => {
  it(
    'serialize then parse gives back exactly the same data',
    () => {
      fc.assert(
        fc.property(plannerDataArb(), exportedAt, (data, at) => {
          const parsed = parseBackup(serializeBackup(data, at));
          expect(parsed).toStrictEqual({
            ok: true,
            value: { format: 'wise-follow-up', version: 1, exportedAt: at.toISOString(), ...data },
          });
          // And the whole import path: applying the file to empty data restores it.
          if (parsed.ok) {
            const empty: PlannerData = { settings: data.settings, contacts: [], touches: [] };
            expect(applyImport(empty, parsed.value)).toStrictEqual(data);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('planImport and applyImport (property)', () => {
  const pools = {
    contacts: ['a', 'b', 'c', 'd', 'e'],
    touches: ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8'],
  };
  it(
    'account for every contact, restore the file, and change neither input',
    () => {
      fc.assert(
        fc.property(
          plannerDataArb(pools),
          plannerDataArb(pools),
          exportedAt,
          (current, fileData, at) => {
            const parsed = parseBackup(serializeBackup(fileData, at));
            expect(parsed.ok).toBe(true);
            if (!parsed.ok) return;
            const incoming = parsed.value;
            const currentBefore = JSON.stringify(current);
            const incomingBefore = JSON.stringify(incoming);

            const preview = planImport(current, incoming);
            const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
            expect(ids([...preview.added, ...preview.replaced, ...preview.unchanged])).toEqual(
              ids(incoming.contacts),
            );
            expect(ids([...preview.replaced, ...preview.unchanged, ...preview.removed])).toEqual(
              ids(current.contacts),
            );
            expect(preview.touchCount).toEqual({
              now: current.touches.length,
              after: incoming.touches.length,
            });

            const after = applyImport(current, incoming);
            expect(after).toStrictEqual(fileData);
            expect(planImport(after, incoming).changesNothing).toBe(true);
            expect(JSON.stringify(current)).toBe(currentBefore);
            expect(JSON.stringify(incoming)).toBe(incomingBefore);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('planMerge and applyMerge (property)', () => {
  const pools = {
    contacts: ['a', 'b', 'c', 'd', 'e'],
    touches: ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8'],
  };
  it(
    'never remove anything, take only newer edits, give data that exports and imports, and are idempotent',
    () => {
      const seen = new Set<string>();
      fc.assert(
        fc.property(
          plannerDataArb(pools),
          plannerDataArb(pools),
          exportedAt,
          (current, fileData, at) => {
            const parsed = parseBackup(serializeBackup(fileData, at));
            if (!parsed.ok) throw new Error(parsed.error);
            const incoming = parsed.value;
            const before = JSON.stringify([current, incoming]);
            const preview = planMerge(current, incoming);
            const after = applyMerge(current, incoming);
            expect(JSON.stringify([current, incoming])).toBe(before);
            if (preview.problem !== null) {
              seen.add('refused');
              expect(after).toBe(current);
              expect(preview.changesNothing).toBe(false);
              return;
            }
            seen.add(preview.changesNothing ? 'no change' : 'merged');
            const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
            expect(
              ids([
                ...preview.added,
                ...preview.updated,
                ...preview.keptHere,
                ...preview.unchanged,
              ]),
            ).toEqual(ids(incoming.contacts));
            expect(
              ids([
                ...preview.updated,
                ...preview.keptHere,
                ...preview.unchanged,
                ...preview.onlyHere,
              ]),
            ).toEqual(ids(current.contacts));
            // Nothing removed; settings stay; only newer edits are taken.
            expect(ids(after.contacts)).toEqual(
              [...new Set([...ids(current.contacts), ...ids(incoming.contacts)])].sort(),
            );
            expect(after.settings).toBe(current.settings);
            const updated = new Set(ids(preview.updated));
            for (const mine of current.contacts) {
              const merged = after.contacts.find((c) => c.id === mine.id)!;
              if (updated.has(mine.id))
                expect(Date.parse(merged.updatedAt)).toBeGreaterThan(Date.parse(mine.updatedAt));
              else expect(merged).toBe(mine);
            }
            expect(preview.touchCount).toEqual({
              now: current.touches.length,
              after: after.touches.length,
            });
            // What a merge leaves can be exported and imported again.
            expect(parseBackup(serializeBackup(after, at)).ok).toBe(true);
            // Merging the same file again changes nothing.
            expect(planMerge(after, incoming).changesNothing).toBe(true);
            expect(applyMerge(after, incoming)).toStrictEqual(after);
          },
        ),
        { numRuns: 300 },
      );
      expect([...seen].sort()).toEqual(['merged', 'no change', 'refused']);
    },
    PROPERTY_TIMEOUT,
  );
});

describe('malformed backup files (property)', () => {
  it(
    'are refused with a message, without throwing, changing the current data or polluting prototypes',
    () => {
      const seen = new Set<string>();
      fc.assert(
        fc.property(malformedArb, ({ kind, text, maxBytes, current }) => {
          seen.add(kind);
          const before = JSON.stringify(current);
          const options = maxBytes === undefined ? {} : { maxBytes };
          let result: ReturnType<typeof readImport> | undefined;
          expect(() => {
            result = readImport(current, text, options);
          }).not.toThrow();
          expect(result?.ok, `${kind}: ${text.slice(0, 300)}`).toBe(false);
          if (result && !result.ok) {
            expect(result.error.trim().length).toBeGreaterThan(20);
          }
          expect(JSON.stringify(current)).toBe(before);
          expect(Object.prototype).not.toHaveProperty('polluted');
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        }),
        { numRuns: 1000 },
      );
      // Every kind of damage was actually tried.
      expect([...seen].sort()).toEqual([...MUTATIONS].sort());
    },
    PROPERTY_TIMEOUT,
  );
});
