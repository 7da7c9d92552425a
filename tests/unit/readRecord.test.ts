import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/lib/encodeRecord';
import { migrateRecord } from '../../src/lib/migrations';
import type { ContactRecord } from '../../src/lib/plannerSchema';
import { readRecord } from '../../src/lib/readRecord';
import { decodeRecord } from '../../src/lib/recordCodec';
import v1RecordFixture from '../fixtures/v1-record.json';
import { nodes, recordArb, setAt, type Json, type Path } from './helpers/recordArbitraries';

const v1Record = (): ContactRecord => structuredClone(v1RecordFixture) as ContactRecord;

function valueAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, root);
}

function isObject(value: Json): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What the schema-based reader says: the record, or null when it refuses. */
function schemaVerdict(value: unknown): ContactRecord | null {
  const result = migrateRecord(value);
  return result.ok ? result.value : null;
}

// Thousands of random records: allow for a busy machine, as backup.property.test.ts does.
const PROPERTY_TIMEOUT = 60_000;

describe('readRecord', () => {
  it('reads the kept version 1 fixture into exactly what migrateRecord gives', () => {
    const record = readRecord(v1Record());
    expect(record).not.toBeNull();
    expect(record).toEqual(schemaVerdict(v1Record()));
    expect(record!.contact.name).toBe(v1Record().contact.name);
    expect(record!.touches).toHaveLength(v1Record().touches.length);
  });

  it('reads a record from its stored compact text', () => {
    const record = v1Record();
    expect(readRecord(decodeRecord(encodeRecord(record)))).toEqual(record);
  });

  it('trims the name, as the schema does', () => {
    const record = v1Record();
    record.contact.name = '  Dana Lee  ';
    expect(readRecord(record)?.contact.name).toBe('Dana Lee');
  });

  it.each<[string, (r: ContactRecord & Record<string, unknown>) => void]>([
    ['a blank name', (r) => void (r.contact.name = '   ')],
    ['a name over 120 characters', (r) => void (r.contact.name = 'x'.repeat(121))],
    ['a date that does not exist', (r) => void (r.contact.metOn = '2026-02-30')],
    [
      'an unknown way of meeting',
      (r) => void ((r.contact as Record<string, unknown>)['metHow'] = 'party'),
    ],
    ['notes over 2,000 characters', (r) => void (r.contact.notes = 'x'.repeat(2001))],
    ['a bad timestamp', (r) => void (r.contact.updatedAt = 'last Tuesday')],
    ['an extra field on the record', (r) => void (r['theme'] = 'dark')],
    [
      'an extra field on a touch',
      (r) => void ((r.touches[0] as Record<string, unknown>)['colour'] = 'red'),
    ],
    ['a missing field', (r) => void delete (r.contact as Partial<typeof r.contact>).email],
    [
      'a window that ends before it starts',
      (r) => void (r.touches[0]!.window = { start: '17:00', end: '09:00' }),
    ],
    [
      'a window time that is not HH:mm',
      (r) => void (r.touches[0]!.window = { start: '9:00', end: '17:00' }),
    ],
    [
      'an unknown outcome',
      (r) => void ((r.touches[0] as Record<string, unknown>)['outcome'] = 'maybe'),
    ],
    ['an id with a space', (r) => void (r.touches[0]!.id = 'touch one')],
    ['a touch of another contact', (r) => void (r.touches[0]!.contactId = 'someone-else')],
    ['a touch id used twice', (r) => void r.touches.push({ ...r.touches[0]! })],
    ['a newer version', (r) => void ((r as Record<string, unknown>)['version'] = 2)],
    ['no version', (r) => void delete (r as Partial<ContactRecord>).version],
    ['touches that are not a list', (r) => void ((r as Record<string, unknown>)['touches'] = {})],
  ])('refuses %s, as migrateRecord does', (_label, damage) => {
    const record = v1Record() as ContactRecord & Record<string, unknown>;
    damage(record);
    expect(readRecord(record)).toBeNull();
    expect(migrateRecord(record).ok).toBe(false);
  });

  it('refuses a "__proto__" key and leaves Object.prototype alone', () => {
    const text = JSON.stringify(v1Record()).replace(
      '"window":null',
      '"window":null,"__proto__":{"polluted":1}',
    );
    expect(readRecord(JSON.parse(text))).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses what is not a record at all', () => {
    for (const value of [null, undefined, 'text', 42, [], [v1Record()], {}]) {
      expect(readRecord(value)).toBeNull();
    }
  });
});

describe('readRecord agrees with migrateRecord (property)', () => {
  it(
    'on random valid records',
    () => {
      fc.assert(
        fc.property(recordArb, (record) => {
          const ours = readRecord(record);
          expect(ours).not.toBeNull();
          expect(ours).toEqual(schemaVerdict(record));
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on random valid records with one part replaced or removed',
    () => {
      fc.assert(
        fc.property(recordArb, fc.nat(), fc.option(fc.jsonValue()), (record, pick, value) => {
          const root = JSON.parse(JSON.stringify(record)) as Json;
          const paths = nodes(root);
          // null here stands for "remove the part" (fc.option), a JSON null still comes from jsonValue.
          setAt(root, paths[pick % paths.length]!, value === null ? undefined : (value as Json));
          expect(readRecord(root)).toEqual(schemaVerdict(root));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on random valid records with a key added to any object, "__proto__" included',
    () => {
      const key = fc.oneof(
        fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'name'),
        fc.string(),
      );
      fc.assert(
        fc.property(recordArb, fc.nat(), key, fc.jsonValue(), (record, pick, name, value) => {
          const root = JSON.parse(JSON.stringify(record)) as Json;
          const objects = [[], ...nodes(root)].filter((path) => isObject(valueAt(root, path)));
          const path = objects[pick % objects.length]!;
          // Added in the text and parsed, as stored text arrives: "__proto__" becomes an own key.
          const rest = JSON.stringify(valueAt(root, path)).slice(1, -1);
          const added = `${JSON.stringify(name)}:${JSON.stringify(value)}`;
          const object = JSON.parse(`{${added}${rest ? `,${rest}` : ''}}`) as Json;
          const damaged = path.length === 0 ? object : root;
          if (path.length > 0) setAt(root, path, object);
          expect(readRecord(damaged)).toEqual(schemaVerdict(damaged));
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on stored compact text with any part replaced',
    () => {
      fc.assert(
        fc.property(recordArb, fc.nat(), fc.jsonValue(), (record, pick, value) => {
          const compact = JSON.parse(encodeRecord(record)) as Json;
          const paths = nodes(compact);
          setAt(compact, paths[pick % paths.length]!, value as Json);
          const decoded = decodeRecord(JSON.stringify(compact));
          expect(readRecord(decoded)).toEqual(schemaVerdict(decoded));
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on any JSON value, without throwing',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(readRecord(value)).toEqual(schemaVerdict(value));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
