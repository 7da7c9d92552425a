/** encodeRecord: what it writes, when it falls back to plain JSON, and how small it is. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/lib/encodeRecord';
import { migrateRecord } from '../../src/lib/migrations';
import type { Contact, ContactRecord, Touch } from '../../src/lib/plannerSchema';
import { decodeRecord } from '../../src/lib/recordCodec';
import { bytes, COMPACT_MARK, expectExact, read, touch, v1Record } from './helpers/codecHelpers';
import { recordArb } from './helpers/recordArbitraries';

describe('encodeRecord on records the schema refuses', () => {
  // The store should never hold these, but if a bug put one there the codec
  // must not "repair" it: what it writes reads back as exactly that record, for
  // migrateRecord to refuse. Where the compact form cannot hold it (a date with
  // no day number, a field with no slot) that means plain JSON, as before.
  const cases: [string, 'plain' | 'compact', (r: ContactRecord) => void][] = [
    ['a due date that does not exist', 'plain', (r) => void (r.touches[0]!.due = '2026-02-30')],
    ['a doneOn that does not exist', 'plain', (r) => void (r.touches[0]!.doneOn = '2026-13-01')],
    ['a date written differently', 'plain', (r) => void (r.touches[1]!.due = '2026-11-3')],
    // metOn is stored as text, and the day offsets from it still land on the same dates.
    ['a metOn that does not exist', 'compact', (r) => void (r.contact.metOn = '2026-02-29')],
    [
      'a field the schema does not know',
      'plain',
      (r) => void Object.assign(r.touches[0]!, { minutes: 15 }),
    ],
    [
      'a channel the schema does not know',
      'plain',
      (r) => void Object.assign(r.touches[0]!, { channel: 'fax' }),
    ],
    [
      'a channel named like an Object key',
      'plain',
      (r) => void Object.assign(r.touches[0]!, { channel: 'constructor' }),
    ],
    ['an id with the relative marker', 'plain', (r) => void (r.touches[0]!.id = '~t1')],
    [
      'a window that is not HH:mm',
      'plain',
      (r) => void (r.touches[2]!.window = { start: '9:00', end: '17:00' }),
    ],
    [
      'a window that ends before it starts',
      'compact',
      (r) => void (r.touches[2]!.window = { start: '17:00', end: '09:00' }),
    ],
    ['a missing note', 'plain', (r) => void delete (r.touches[0] as Partial<Touch>).note],
    ['two touches with one id', 'compact', (r) => void (r.touches[1]!.id = r.touches[0]!.id)],
    ['no contact at all', 'plain', (r) => void Object.assign(r, { contact: null })],
  ];

  it.each(cases)(
    '%s: writes %s text that reads back as it was, and is refused',
    (_, form, damage) => {
      const record = v1Record();
      damage(record);
      const text = encodeRecord(record);
      if (form === 'plain') expect(text).toBe(JSON.stringify(record));
      else expect(text.startsWith(COMPACT_MARK)).toBe(true);
      const asStored = JSON.parse(JSON.stringify(record)) as unknown;
      expect(decodeRecord(text)).toEqual(asStored);
      expect(read(text)).toEqual(migrateRecord(asStored));
      expect(read(text).ok).toBe(false);
    },
  );
});

describe('the compact form', () => {
  it('is smaller than plain JSON for every record', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        expect(bytes(encodeRecord(record))).toBeLessThan(bytes(JSON.stringify(record)));
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------
// Size: what the bench's 1,000 contacts need, for one contact.

/** A 21-character id, the shape of the bench's (and nanoid's) random ids, from a fixed seed. */
function nanoidLike(seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let a = seed;
  return Array.from({ length: 21 }, () => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    return alphabet[(a >>> 16) % 64];
  }).join('');
}

/** A contact like the bench's: met a year ago, 16 touches (6 with a note), touch ids from `touchId`. */
function benchLikeRecord(touchId: (contactId: string, n: number) => string): ContactRecord {
  const id = nanoidLike(1);
  const rotation = ['email', 'card', 'voicemail', 'call', 'email', 'voicemail'] as const;
  const outcomes = {
    email: 'sent',
    card: 'sent',
    voicemail: 'left-voicemail',
    call: 'reached',
  } as const;
  const notes = ['Sent the article on route planning.', 'Asked about the opening in May.'];
  const touches = Array.from({ length: 16 }, (_, n): Touch => {
    const due = new Date(Date.UTC(2025, 10, 1 + 23 * n)).toISOString().slice(0, 10);
    const channel = rotation[n % rotation.length]!;
    const skipped = n === 9;
    return touch(id, {
      id: touchId(id, n),
      due,
      channel,
      purpose:
        channel === 'call' ? 'live' : n === 0 ? 'thank-you' : n % 2 ? 'check-in' : 'value-add',
      state: skipped ? 'skipped' : 'done',
      outcome: skipped ? null : outcomes[channel],
      note: n % 3 === 0 ? notes[n % 2]! : '',
    });
  });
  const contact: Contact = {
    id,
    name: 'Priya Okafor',
    organization: 'Blue Harbor Bank',
    role: 'Operations director',
    metHow: 'networking',
    metOn: '2025-10-31',
    notes: 'Met at the spring job fair. Knows someone in the analytics team who is hiring.',
    email: 'priya.okafor@example.com',
    phoneOffice: '+1 555 010 2030',
    phoneMobile: '',
    agreed: null,
    status: 'active',
    createdAt: '2025-10-31T10:00:00.000Z',
    updatedAt: '2026-11-03T08:30:00.000Z',
  };
  return { version: 1, contact, touches };
}

describe('size', () => {
  // 1.5 MB for 1,000 contacts leaves 1,572 bytes a contact, key name (33 bytes) included.
  it('a bench-like contact with 16 touches and random touch ids takes under 1,200 bytes (measured 1,127)', () => {
    const record = benchLikeRecord((_, n) => nanoidLike(100 + n));
    const text = expectExact(record);
    expect(bytes(JSON.stringify(record))).toBe(4246);
    expect(bytes(text)).toBeLessThan(1200);
  });

  it('with the cadence’s ids (<contact id>-t<n>) it takes under 900 bytes (measured 846)', () => {
    const text = expectExact(benchLikeRecord((contactId, n) => `${contactId}-t${n + 1}`));
    expect(text).toContain('["~t16",346,"pldrp","Asked about the opening in May."]');
    expect(bytes(text)).toBeLessThan(900);
  });
});
