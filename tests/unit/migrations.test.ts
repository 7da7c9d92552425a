import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  migrateBackup,
  migrateBackupWith,
  migrateRecord,
  migrateRecordWith,
  readStoredRecord,
} from '../../src/lib/migrations';
import {
  backupSchema,
  contactRecordSchema,
  SCHEMA_VERSION,
  touchSchema,
} from '../../src/lib/plannerSchema';
import v1BackupFixture from '../fixtures/v1-backup.json';
import v1RecordFixture from '../fixtures/v1-record.json';
import compactFixture from '../fixtures/v1-compact-records.json';
import { addMinutes, deepFreeze, expectError } from './helpers/migrationHelpers';

/** Fresh copies, so no test can leak a change into another. */
const v1Backup = (): Record<string, unknown> =>
  structuredClone(v1BackupFixture) as Record<string, unknown>;
const v1Record = (): Record<string, unknown> =>
  structuredClone(v1RecordFixture) as Record<string, unknown>;

const touchV2Schema = v.strictObject({ ...touchSchema.entries, minutes: v.number() });
const recordV2Schema = v.strictObject({
  ...contactRecordSchema.entries,
  version: v.literal(2),
  touches: v.array(touchV2Schema),
});
const backupV2Schema = v.strictObject({
  ...backupSchema.entries,
  version: v.literal(2),
  touches: v.array(touchV2Schema),
});

describe('the version 1 fixtures (kept forever: they must keep migrating)', () => {
  it('are realistic: three kinds of contact, done, skipped and planned touches, non-ASCII names', () => {
    const backup = v1Backup() as {
      contacts: { metHow: string; name: string }[];
      touches: { state: string }[];
    };
    expect(new Set(backup.contacts.map((c) => c.metHow)).size).toBe(3);
    expect(new Set(backup.touches.map((t) => t.state))).toEqual(
      new Set(['done', 'skipped', 'planned']),
    );
    expect(backup.contacts.some((c) => /[\u0080-\uFFFF]/.test(c.name))).toBe(true);
    const record = v1Record() as { touches: { state: string }[] };
    expect(new Set(record.touches.map((t) => t.state))).toEqual(
      new Set(['done', 'skipped', 'planned']),
    );
  });

  it('migrates the v1 record to today’s schema, keeping every field', () => {
    const result = migrateRecord(v1Record());
    expect(result).toEqual({ ok: true, value: expect.any(Object) });
    if (!result.ok) return;
    expect(result.value.version).toBe(SCHEMA_VERSION);
    expect(v.is(contactRecordSchema, result.value)).toBe(true);
    // While SCHEMA_VERSION is 1 nothing changes; when it is bumped, update this to the migrated expectation.
    if (SCHEMA_VERSION === 1) expect(result.value).toEqual(v1Record());
    expect(result.value.contact.name).toBe('Zoë Ó Briain');
  });

  it('migrates the v1 backup to today’s schema, keeping every field', () => {
    const result = migrateBackup(v1Backup());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(v.is(backupSchema, result.value)).toBe(true);
    if (SCHEMA_VERSION === 1) expect(result.value).toEqual(v1Backup());
    expect(result.value.contacts.map((c) => c.name)).toEqual([
      'Dana Lee',
      'Zoë Ó Briain',
      '渡辺 健二',
    ]);
  });
});

describe('records stored in the retired compact layout (a frozen, read-only step)', () => {
  it.each(compactFixture.records.map((r) => [r.key, r] as const))(
    '%s reads as the plain record it was saved from',
    (_key, { stored, record }) => {
      expect(readStoredRecord(stored)).toStrictEqual({ ok: true, value: record });
    },
  );

  it('keeps refusing what the old encoder never wrote, with the field named', () => {
    const compact = JSON.parse(compactFixture.records[0]!.stored) as { t: unknown[][] };
    compact.t[0]![2] = 'xtdsp'; // no channel has the letter x
    const read = readStoredRecord(JSON.stringify(compact));
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error).toMatch(/^Touch 1 \(touches\[0\]\.channel\): must be one of/);
    expect(readStoredRecord('{"f":3,"v":2}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version of Wise Follow-Up \(version 2\)/),
    });
  });
});

describe('migrateRecordWith / migrateBackupWith, with a fake version 2', () => {
  it('carries the v1 record fixture to v2 through the step, then validates it with the v2 schema', () => {
    const input = deepFreeze(v1Record());
    const result = migrateRecordWith(input, { 1: addMinutes }, 2, recordV2Schema);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(2);
    expect(result.value.contact).toEqual(input['contact']);
    expect(result.value.touches.map((t) => t.minutes)).toEqual([15, 15, 15]);
  });

  it('carries the v1 backup fixture to v2, settings and all', () => {
    const input = deepFreeze(v1Backup());
    const result = migrateBackupWith(input, { 1: addMinutes }, 2, backupV2Schema);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.settings).toEqual(input['settings']);
    expect(result.value.exportedAt).toBe(input['exportedAt']);
    expect(result.value.touches.every((t) => t.minutes === 15)).toBe(true);
  });

  it('fails validation when the step forgets part of the change', () => {
    const result = migrateRecordWith(v1Record(), { 1: (d) => d }, 2, recordV2Schema);
    expect(expectError(result)).toBe(
      'Touch 1 (touches[0].minutes): the field "minutes" is missing.',
    );
  });
});

describe('migrateRecord', () => {
  it('names the first invalid field with its path, in plain words', () => {
    const record = v1Record() as { touches: Record<string, unknown>[] };
    record.touches[1]!['channel'] = 'fax';
    expect(expectError(migrateRecord(record))).toBe(
      'Touch 2 (touches[1].channel): must be one of card, email, voicemail, call, meeting, not "fax".',
    );
  });

  it('names a bad contact field', () => {
    const record = v1Record() as { contact: Record<string, unknown> };
    record.contact['metOn'] = '2026-02-30';
    expect(expectError(migrateRecord(record))).toBe(
      'The contact (contact.metOn): must be a real date from 2000 to 2099, written YYYY-MM-DD, not "2026-02-30".',
    );
  });

  it('refuses unknown fields, prototype keys included', () => {
    const extra = { ...v1Record(), colour: 'blue' };
    expect(expectError(migrateRecord(extra))).toBe(
      'The saved contact (colour): has a field Wise Follow-Up does not know ("colour").',
    );
    const proto = JSON.parse(
      JSON.stringify(v1Record()).replace('{', '{"__proto__":{"polluted":1},'),
    ) as unknown;
    expect(expectError(migrateRecord(proto))).toMatch(/"__proto__"/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses touches saved under the wrong contact, and duplicate touch ids', () => {
    const wrong = v1Record() as { touches: Record<string, unknown>[] };
    wrong.touches[2]!['contactId'] = 'c-dana-lee';
    expect(expectError(migrateRecord(wrong))).toMatch(
      /^Touch 3 \(touches\[2\]\.contactId\): belongs to contact "c-dana-lee"/,
    );
    const twice = v1Record() as { touches: Record<string, unknown>[] };
    twice.touches[1]!['id'] = twice.touches[0]!['id'];
    expect(expectError(migrateRecord(twice))).toBe(
      'Touch 2 (touches[1].id): the id "t-zoe-1" is used twice.',
    );
  });

  it('refuses a record of a newer version as a saved contact, not a file', () => {
    expect(expectError(migrateRecord({ ...v1Record(), version: 2 }))).toMatch(
      /^This saved contact was made by a newer version of Wise Follow-Up \(version 2\); this site reads up to version 1\./,
    );
  });

  it.each([null, 'text', 7, []])('refuses %j', (raw) => {
    expect(expectError(migrateRecord(raw))).toMatch(/^This saved contact is not readable/);
  });
});

describe('migrateBackup', () => {
  it('refuses a file without the format marker before looking at its version', () => {
    const foreign = v1Backup();
    delete foreign['format'];
    expect(expectError(migrateBackup({ ...foreign, version: 99 }))).toMatch(
      /^This file is not a Wise Follow-Up backup/,
    );
    expect(expectError(migrateBackup({ ...v1Backup(), format: 'other-app' }))).toMatch(
      /not a Wise Follow-Up backup/,
    );
  });

  it('names a bad contact by number and name', () => {
    const backup = v1Backup() as { contacts: Record<string, unknown>[] };
    backup.contacts[2]!['metHow'] = 'party';
    expect(expectError(migrateBackup(backup))).toBe(
      'Contact 3, 渡辺 健二 (contacts[2].metHow): must be one of interview, informational, phone, networking, event, application, not "party".',
    );
  });

  it('explains wrong types and limits in plain words', () => {
    const settings = v1Backup() as { settings: Record<string, unknown> };
    settings.settings['dailyLimit'] = 0;
    expect(expectError(migrateBackup(settings))).toBe(
      'The settings (settings.dailyLimit): must be at least 1, not 0.',
    );
    const typed = v1Backup() as { contacts: Record<string, unknown>[] };
    typed.contacts[0]!['name'] = 42;
    expect(expectError(migrateBackup(typed))).toBe(
      'Contact 1 (contacts[0].name): should be text, not 42.',
    );
    const long = v1Backup() as { contacts: Record<string, unknown>[] };
    long.contacts[1]!['notes'] = 'x'.repeat(2001);
    expect(expectError(migrateBackup(long))).toBe(
      'Contact 2, Zoë Ó Briain (contacts[1].notes): is too long: at most 2000 characters.',
    );
  });
});
