/** What the compact-form tests share: the v1 fixture, the compact mark, and the store's way of reading. */
import { expect } from 'vitest';
import { encodeRecord } from '../../../src/lib/encodeRecord';
import { migrateRecord } from '../../../src/lib/migrations';
import type { ContactRecord, Touch } from '../../../src/lib/plannerSchema';
import { COMPACT_LAYOUT, decodeRecord } from '../../../src/lib/recordCodec';
import v1RecordFixture from '../../fixtures/v1-record.json';

/** A fresh copy of the kept version 1 record fixture. */
export const v1Record = (): ContactRecord => structuredClone(v1RecordFixture) as ContactRecord;
/** How every compact record of layout 2, version 1 starts. */
export const COMPACT_MARK = `{"f":${COMPACT_LAYOUT},"v":1,`;
/** Bytes of text in UTF-8. */
export const bytes = (text: string): number => new TextEncoder().encode(text).length;

/** What the store will do with a stored value: decode, then validate and migrate. */
export const read = (text: string) => migrateRecord(decodeRecord(text));

/** Asserts the round trip the store relies on: compact text, same record back, accepted by migrateRecord. */
export function expectExact(record: ContactRecord): string {
  const text = encodeRecord(record);
  expect(text.startsWith(COMPACT_MARK)).toBe(true);
  expect(decodeRecord(text)).toEqual(record);
  expect(read(text)).toEqual({ ok: true, value: record });
  return text;
}

/** A done email check-in of `contactId`, with any field changed. */
export function touch(
  contactId: string,
  fields: Partial<Touch> & Pick<Touch, 'id' | 'due'>,
): Touch {
  return {
    contactId,
    window: null,
    channel: 'email',
    purpose: 'check-in',
    state: 'done',
    outcome: 'sent',
    doneOn: fields.due,
    note: '',
    source: 'plan',
    ...fields,
  };
}
