/** The compact stored form as a round trip: encodeRecord.ts writes it, recordCodec.ts reads it. */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { migrateRecord } from '../../src/lib/migrations';
import {
  CHANNELS,
  CONTACT_STATUSES,
  contactRecordSchema,
  MET_HOW,
  OUTCOMES,
  PHONE_KINDS,
  PURPOSES,
  TOUCH_STATES,
  type Contact,
  type ContactRecord,
  type Touch,
} from '../../src/lib/plannerSchema';
import { encodeRecord } from '../../src/lib/encodeRecord';
import { COMPACT_CODES, decodeRecord } from '../../src/lib/recordCodec';
import { bytes, COMPACT_MARK, expectExact, read, touch, v1Record } from './helpers/codecHelpers';
import {
  idArb,
  nodes,
  recordArb,
  setAt,
  SOURCES,
  type Json,
  type Path,
} from './helpers/recordArbitraries';

/** A record that uses every channel, purpose, state, outcome and source, and every optional slot. */
function richRecord(): ContactRecord {
  const id = 'c-mkfqz1a2b3';
  const contact: Contact = {
    id,
    name: '渡辺 "Ken" 健二',
    organization: 'Café Ñandú — Østfold',
    role: 'Head of "Ops"',
    metHow: 'networking',
    metOn: '2026-02-27',
    notes: 'Line one\nLine two with "quotes", a backslash \\ and a tab\t.\n🎉👩🏽‍💻 done',
    email: 'kenji@example.jp',
    phoneOffice: '+81 3-1234-5678',
    phoneMobile: '',
    agreed: { date: '2026-11-20', window: { start: '14:00', end: '15:30' }, number: 'mobile' },
    status: 'paused',
    createdAt: '2026-02-27T18:05:09.123Z',
    updatedAt: '2026-11-03T08:30:00+01:00',
  };
  const touches: Touch[] = [
    touch(id, { id: `${id}-t1`, due: '2026-02-28', channel: 'card', purpose: 'thank-you' }),
    touch(id, {
      id: `${id}-t2`,
      due: '2026-03-20',
      channel: 'call',
      purpose: 'live',
      outcome: 'reached',
      note: 'She said: "call me in spring" 🌷',
    }),
    touch(id, {
      id: `${id}-t3`,
      due: '2026-04-30',
      channel: 'voicemail',
      purpose: 'value-add',
      outcome: 'left-voicemail',
      // Done two days late, and a day before due: both stored as offsets from due.
      doneOn: '2026-05-02',
    }),
    touch(id, {
      id: 'manual_7',
      due: '2026-05-29',
      channel: 'meeting',
      purpose: 'agreed',
      outcome: 'no-answer',
      doneOn: '2026-05-28',
      source: 'student',
    }),
    touch(id, { id: `${id}-t5`, due: '2026-06-30', outcome: 'replied', source: 'agreed' }),
    touch(id, {
      id: `${id}-vm-20260715-0900`,
      due: '2026-07-15',
      window: { start: '09:00', end: '12:00' },
      channel: 'call',
      purpose: 'live',
      state: 'skipped',
      outcome: null,
      note: 'Out sick\r\nback on Monday',
      source: 'voicemail',
    }),
    // Schema-valid oddities the codec must keep as they are.
    touch(id, { id: `${id}-`, due: '2026-08-01', state: 'done', outcome: null, doneOn: null }),
    touch(id, { id: `${id}-t8`, due: '2026-09-01', state: 'planned', outcome: 'sent' }),
    touch(id, {
      id: `${id}-agreed-20261120`,
      due: '2026-11-20',
      window: { start: '14:00', end: '15:30' },
      channel: 'call',
      purpose: 'agreed',
      state: 'planned',
      outcome: null,
      doneOn: null,
      note: '',
      source: 'agreed',
    }),
    // Before the contact was met: a negative day offset.
    touch(id, { id: 'early', due: '2026-01-15', state: 'planned', outcome: null, doneOn: null }),
  ];
  return { version: 1, contact, touches };
}

describe('encodeRecord and decodeRecord on real records', () => {
  it('writes the version 1 fixture in the documented compact form and reads it back', () => {
    const text = expectExact(v1Record());
    expect(text).toBe(
      '{"f":2,"v":1,"c":["c-zoe-obriain","Zoë Ó Briain","Café Ñandú","Owner","f","2026-10-20","a",' +
        '"2026-10-20T20:30:00.000Z","2026-11-03T16:20:00.000Z","zoe@cafe-nandu.example","",' +
        '"+1 555 010 7788","Loved the latte art 🎨 and suggested I talk to her sister at the bakery co-op."],' +
        '"t":[["t-zoe-1",1,"ctdsp"],["t-zoe-2",14,"ecs-s","She is travelling until the 10th."],' +
        '["t-zoe-3",23,"vcp-v","","13:00-17:00"]]}',
    );
    expect(bytes(text)).toBeLessThan(bytes(JSON.stringify(v1Record())) / 2);
  });

  it('keeps every channel, purpose, state, outcome and source, non-ASCII text and odd dates', () => {
    const record = richRecord();
    // The fixture itself must be what the app could store.
    expect(v.safeParse(contactRecordSchema, record).success).toBe(true);
    const used = (key: keyof Touch) => new Set(record.touches.map((t) => t[key]));
    expect(used('channel')).toEqual(new Set(CHANNELS));
    expect(used('purpose')).toEqual(new Set(PURPOSES));
    expect(used('state')).toEqual(new Set(TOUCH_STATES));
    expect(used('outcome')).toEqual(new Set([...OUTCOMES, null]));
    expect(used('source')).toEqual(new Set(SOURCES));

    const text = expectExact(record);
    const t = (JSON.parse(text) as { t: unknown[][] }).t;
    // Cadence ids are stored relative to the contact id; others as they are.
    expect(t[0]![0]).toBe('~t1');
    expect(t[3]![0]).toBe('manual_7');
    expect(t[6]![0]).toBe('~');
    expect(t[9]).toEqual(['early', -43, 'ecp-p']);
    // doneOn two days after due, one day before, and null on a done touch.
    expect(t[2]![5]).toBe(2);
    expect(t[3]![5]).toBe(-1);
    expect(t[6]![5]).toBeNull();
    // A planned touch with a doneOn (schema-valid, if odd) keeps it.
    expect(t[7]).toEqual(['~t8', 186, 'ecpsp', '', null, 0]);
    expect((JSON.parse(text) as { c: unknown[] }).c[13]).toEqual([
      '2026-11-20',
      '14:00-15:30',
      'm',
    ]);
  });

  it('keeps the contact’s optional fields when only a later one is set', () => {
    const record = v1Record();
    record.contact.email = '';
    record.contact.phoneMobile = '';
    record.contact.notes = '';
    record.contact.agreed = { date: '2026-12-01', window: null, number: null };
    const text = expectExact(record);
    expect((JSON.parse(text) as { c: unknown[] }).c.slice(9)).toEqual([
      '',
      '',
      '',
      '',
      ['2026-12-01'],
    ]);
    record.contact.agreed = { date: '2026-12-01', window: null, number: 'office' };
    expectExact(record);
    record.contact.agreed = null;
    record.touches = [];
    expect(JSON.parse(expectExact(record))).toMatchObject({ t: [] });
  });

  it('keeps dates at the ends of the accepted years and across leap days', () => {
    const record = v1Record();
    record.contact.metOn = '2000-01-01';
    const dates = ['2000-01-01', '2000-02-29', '2024-02-29', '2028-02-29', '2099-12-31'];
    record.touches = dates.map((due, i) =>
      touch(record.contact.id, { id: `d${i}`, due, doneOn: dates[dates.length - 1 - i]! }),
    );
    expect(v.safeParse(contactRecordSchema, record).success).toBe(true);
    expectExact(record);
  });

  it('uses a distinct one-letter code for each value of each field', () => {
    for (const [field, table] of Object.entries(COMPACT_CODES)) {
      const codes = Object.values(table);
      expect(new Set(codes).size, field).toBe(codes.length);
      for (const code of codes) expect(code, field).toMatch(/^[-a-z]$/);
    }
    // Every schema value has a code (the types insist too).
    expect(Object.keys(COMPACT_CODES.channel)).toEqual([...CHANNELS]);
    expect(Object.keys(COMPACT_CODES.purpose)).toEqual([...PURPOSES]);
    expect(Object.keys(COMPACT_CODES.state)).toEqual([...TOUCH_STATES]);
    expect(Object.keys(COMPACT_CODES.outcome)).toEqual([...OUTCOMES, 'none']);
    expect(Object.keys(COMPACT_CODES.source)).toEqual([...SOURCES]);
    expect(Object.keys(COMPACT_CODES.metHow)).toEqual([...MET_HOW]);
    expect(Object.keys(COMPACT_CODES.status)).toEqual([...CONTACT_STATUSES]);
    expect(Object.keys(COMPACT_CODES.number)).toEqual([...PHONE_KINDS]);
  });
});

describe('plain version 1 JSON (what the store wrote before the codec)', () => {
  it('decodes to the same record, so older stored data keeps working', () => {
    for (const record of [v1Record(), richRecord()]) {
      const plain = JSON.stringify(record);
      expect(decodeRecord(plain)).toEqual(record);
      expect(read(plain)).toEqual({ ok: true, value: record });
      // Pretty-printed, as a student might paste it back from a recovery key.
      expect(read(JSON.stringify(record, null, 2))).toEqual({ ok: true, value: record });
    }
  });

  it('passes plain records with problems to migrateRecord untouched, so its messages stay the same', () => {
    const record = v1Record() as unknown as Record<string, unknown>;
    record['f'] = 2; // An unknown field on a plain record: "version" says it is plain.
    const plain = JSON.stringify(record);
    expect(decodeRecord(plain)).toEqual(record);
    expect(read(plain)).toEqual(migrateRecord(record));
    expect(read(plain).ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Property tests: random valid records.

describe('properties over random valid records', () => {
  it('decode(encode(r)) deep-equals r, in the compact form, and passes migrateRecord', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        // The arbitrary must only make records the schema accepts.
        expect(v.safeParse(contactRecordSchema, record).success).toBe(true);
        expectExact(record);
      }),
      { numRuns: 400 },
    );
  });

  it('plain JSON of any valid record decodes to the same record', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(decodeRecord(JSON.stringify(record))).toEqual(record);
      }),
      { numRuns: 200 },
    );
  });

  it('a touch saved under another contact is kept exactly, and still refused by migrateRecord', () => {
    fc.assert(
      fc.property(recordArb, idArb, (record, otherId) => {
        fc.pre(record.touches.length > 0 && otherId !== record.contact.id);
        record.touches[0]!.contactId = otherId;
        const text = encodeRecord(record);
        expect(text.startsWith(COMPACT_MARK)).toBe(true);
        expect(decodeRecord(text)).toEqual(record);
        const result = read(text);
        expect(result).toEqual(migrateRecord(record));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------
// Damaged and hostile input: never a throw, never a record migrateRecord accepts.

function compactOf(record: ContactRecord): { [key: string]: Json } {
  return JSON.parse(encodeRecord(record)) as { [key: string]: Json };
}

/** Decodes without throwing, checks nothing leaked onto Object.prototype, and returns migrateRecord's verdict. */
function readHostile(text: string): ReturnType<typeof migrateRecord> {
  let decoded: unknown;
  expect(() => (decoded = decodeRecord(text))).not.toThrow();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  return migrateRecord(decoded);
}

function expectRefused(text: string): string {
  const result = readHostile(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('decodeRecord on damaged or hostile text', () => {
  const rich = JSON.stringify(compactOf(richRecord()));

  it('returns undefined for text that is not JSON, so the store can say it is damaged', () => {
    for (const raw of ['', '{', 'not json', '{"f":2,', "{'f':2}", '\u0000']) {
      expect(decodeRecord(raw)).toBeUndefined();
    }
  });

  it('returns other JSON as parsed, for migrateRecord to name what it found', () => {
    expect(decodeRecord('null')).toBeNull();
    expect(decodeRecord('[1,2]')).toEqual([1, 2]);
    expect(expectRefused('"text"')).toBe(
      'This saved contact is not readable: expected an object, found text.',
    );
  });

  it('never throws on any truncation of a compact record, and never reads one', () => {
    for (let end = 0; end < rich.length; end += 1) expectRefused(rich.slice(0, end));
  });

  it('refuses the plain value in a coded slot instead of reading it', () => {
    const record = v1Record();
    const base = compactOf(record);
    const plainTouch = record.touches[2]!;
    const cases: [Path, Json, string][] = [
      [['t', 0, 1], '2026-10-21', 'Touch 1 (touches[0].due): must be a real date'],
      [['t', 2, 4], { start: '13:00', end: '17:00' }, 'Touch 3 (touches[2].window)'],
      [['t', 2, 2], 'voicemail', 'Touch 3 (touches[2].channel)'],
      [['t', 2], plainTouch as unknown as Json, 'Touch 3 (touches[2])'],
      [['c'], record.contact as unknown as Json, 'The contact (contact)'],
      [['c', 4], 'informational', 'The contact (contact.metHow)'],
      [['c', 6], 'active', 'The contact (contact.status)'],
    ];
    for (const [path, value, message] of cases) {
      const damaged = structuredClone(base);
      setAt(damaged, path, value);
      expect(expectRefused(JSON.stringify(damaged))).toContain(message);
    }
  });

  it('refuses unknown codes, including ones that name Object.prototype keys', () => {
    for (const code of ['xcdsp', 'ecdsx', 'ec?sp', 'ecds', 'ecdspp', '', '__proto__', 'const']) {
      const damaged = compactOf(v1Record());
      setAt(damaged, ['t', 0, 2], code);
      expectRefused(JSON.stringify(damaged));
    }
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const damaged = compactOf(v1Record());
      setAt(damaged, ['c', 4], code);
      expect(expectRefused(JSON.stringify(damaged))).toContain('contact.metHow');
    }
  });

  it('refuses day numbers that are not whole or leave the four-digit years', () => {
    for (const day of [1.5, -1e9, 1e9, Number.MAX_SAFE_INTEGER + 2, 1e308]) {
      const damaged = compactOf(v1Record());
      setAt(damaged, ['t', 0, 1], day);
      expect(expectRefused(JSON.stringify(damaged))).toContain('touches[0].due');
    }
    const late = compactOf(v1Record());
    setAt(late, ['t', 0], ['x', 1, 'ctdsp', '', null, 1e9]);
    expect(expectRefused(JSON.stringify(late))).toContain('touches[0].doneOn');
  });

  it('names a compact record from a newer site as such', () => {
    const newer = compactOf(v1Record());
    newer['v'] = 2;
    expect(expectRefused(JSON.stringify(newer))).toContain('made by a newer version');
    const newerLayout = compactOf(v1Record());
    newerLayout['f'] = 3;
    newerLayout['v'] = 2;
    expect(expectRefused(JSON.stringify(newerLayout))).toContain('made by a newer version');
    const unknownLayout = compactOf(v1Record());
    unknownLayout['f'] = 3;
    expectRefused(JSON.stringify(unknownLayout));
  });

  it('keeps __proto__ keys as plain keys: nothing is polluted and the record is refused', () => {
    const proto = '{"__proto__":{"polluted":true}}';
    const fixture = rich.slice(1); // Without its opening brace, to splice keys in front.
    const texts = [
      `{"__proto__":{"polluted":true},${fixture}`,
      rich.replace('"t":[', `"t":[${proto},`),
      rich.replace('"c":[', `"c":[${proto},`),
      rich.replace('["~t1",', `[${proto},`),
      rich.replace('"14:00-15:30","m"]', `${proto},"m"]`),
      rich.replace('"m"]', `"m",${proto}]`),
      JSON.stringify(v1Record()).replace('{', `{"__proto__":{"polluted":true},`),
      JSON.stringify(v1Record()).replace('"window":null', `"window":${proto}`),
    ];
    for (const text of texts) {
      expect(text).not.toBe(rich);
      expectRefused(text);
    }
    // The decoded object holds the key as its own, for the strict schema to name.
    const decoded = decodeRecord(texts[0]!) as { unexpected: object };
    expect(Object.hasOwn(decoded.unexpected, '__proto__')).toBe(true);
  });

  it('survives 10,000-item garbage lists anywhere, quickly, and refuses them', () => {
    const ownProto = JSON.parse('{"__proto__":{"polluted":true}}') as Json;
    const garbage: Json[] = Array.from(
      { length: 10_000 },
      (_, i) => [i, `~${i}`, null, true, [i], ownProto, 'ecdsp', -i * 1e300][i % 8]!,
    );
    const base = compactOf(richRecord());
    const places: Path[] = [['t'], ['c'], ['t', 0], ['t', 0, 0], ['t', 0, 2], ['c', 13], ['v']];
    const texts: string[] = [];
    for (const path of places) {
      const damaged = structuredClone(base);
      setAt(damaged, path, garbage);
      texts.push(JSON.stringify(damaged));
      // Appended to the list that is there rather than replacing it: items past the layout are refused too.
      const there = pathValue(base, path);
      if (Array.isArray(there)) {
        const longer = structuredClone(base);
        setAt(longer, path, [...there, ...garbage]);
        texts.push(JSON.stringify(longer));
      }
    }
    expect(texts).toHaveLength(places.length + 4);
    // Decoding is linear and cheap (about 10 ms each here); migrateRecord's checks take longer.
    const start = performance.now();
    const decoded = texts.map((text) => decodeRecord(text));
    expect(performance.now() - start).toBeLessThan(500);
    expect(decoded.every((value) => typeof value === 'object')).toBe(true);
    for (const text of texts) expectRefused(text);
  });

  it('property: any slot replaced by true, an object, or null where null means nothing, is refused', () => {
    // No slot of the compact form is ever a boolean or an object; null only where it stands for "none".
    fc.assert(
      fc.property(
        recordArb,
        fc.nat(),
        fc.constantFrom<Json>(true, false, {}, { start: '09:00', end: '10:00' }, null),
        (record, pick, value) => {
          const compact = compactOf(record);
          const paths = nodes(compact).filter((p) => value !== null || !nullAllowed(p));
          const path = paths[pick % paths.length]!;
          setAt(compact, path, value);
          expectRefused(JSON.stringify(compact));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a compact record missing any of its keys, or with a required slot missing', () => {
    for (const key of ['f', 'v', 'c', 't']) {
      const damaged = compactOf(richRecord());
      delete damaged[key];
      expectRefused(JSON.stringify(damaged));
    }
    const short = compactOf(richRecord());
    setAt(short, ['t', 0], ['~t1', 1]);
    expect(expectRefused(JSON.stringify(short))).toContain('Touch 1 (touches[0].channel)');
    setAt(short, ['t', 0], []);
    expectRefused(JSON.stringify(short));
    const shortContact = compactOf(richRecord());
    setAt(shortContact, ['c'], (shortContact['c'] as Json[]).slice(0, 8));
    expect(expectRefused(JSON.stringify(shortContact))).toContain('contact.updatedAt');
  });

  it('property: random JSON in place of any slot never throws or pollutes', () => {
    fc.assert(
      fc.property(recordArb, fc.nat(), fc.jsonValue(), (record, pick, value) => {
        const compact = compactOf(record);
        const paths = nodes(compact);
        setAt(compact, paths[pick % paths.length]!, value as Json);
        const result = readHostile(JSON.stringify(compact));
        // Read as something only if it is still a well-formed record that survives another round trip.
        if (result.ok) expect(decodeRecord(encodeRecord(result.value))).toEqual(result.value);
      }),
      { numRuns: 500 },
    );
  });
});

function pathValue(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, root);
}

/** True for a slot where null is a value: a window, a doneOn, the agreed next contact, its window or number. */
function nullAllowed(path: Path): boolean {
  const [top, index, slot] = path;
  if (top === 'c') return index === 13;
  return top === 't' && path.length === 3 && (slot === 4 || slot === 5);
}
