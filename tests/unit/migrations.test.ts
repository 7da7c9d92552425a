import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  migrateBackup,
  migrateBackupWith,
  migrateRecord,
  migrateRecordWith,
  MIGRATIONS,
  runMigrations,
  type MigrationData,
  type MigrationStep,
} from '../../src/lib/migrations';
import {
  backupSchema,
  contactRecordSchema,
  SCHEMA_VERSION,
  touchSchema,
} from '../../src/lib/plannerSchema';
import v1BackupFixture from '../fixtures/v1-backup.json';
import v1RecordFixture from '../fixtures/v1-record.json';

/** Fresh copies, so no test can leak a change into another. */
const v1Backup = (): Record<string, unknown> =>
  structuredClone(v1BackupFixture) as Record<string, unknown>;
const v1Record = (): Record<string, unknown> =>
  structuredClone(v1RecordFixture) as Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A made-up version 2: every touch gains `minutes`, the time the student expects it to take. */
const addMinutes: MigrationStep = (data) => ({
  ...data,
  touches: data.touches.map((t) => ({ ...(t as object), minutes: 15 })),
});
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

function expectError(result: { ok: boolean; error?: string }): string {
  expect(result.ok).toBe(false);
  expect(typeof result.error).toBe('string');
  return result.error!;
}

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

describe('MIGRATIONS', () => {
  it('has one step for each version below SCHEMA_VERSION, and none beyond', () => {
    const from = Object.keys(MIGRATIONS)
      .map(Number)
      .sort((a, b) => a - b);
    expect(from).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });
});

describe('runMigrations', () => {
  const v1 = (): MigrationData => ({
    version: 1,
    settings: {},
    contacts: [],
    touches: [{ id: 't1' }],
  });

  it('runs a registered v1→v2 step and sets the version', () => {
    const result = runMigrations(v1(), { 1: addMinutes }, 2);
    expect(result).toEqual({
      ok: true,
      value: { version: 2, settings: {}, contacts: [], touches: [{ id: 't1', minutes: 15 }] },
    });
  });

  it('runs the steps in order, from the data’s own version', () => {
    const log =
      (label: string): MigrationStep =>
      (data) => ({
        ...data,
        settings: { log: [...((data.settings as { log?: string[] }).log ?? []), label] },
      });
    const steps = { 1: log('1→2'), 2: log('2→3'), 3: log('3→4') };
    const all = runMigrations({ ...v1(), settings: {} }, steps, 4);
    expect(all.ok && all.value.settings).toEqual({ log: ['1→2', '2→3', '3→4'] });
    expect(all.ok && all.value.version).toBe(4);
    const fromTwo = runMigrations({ ...v1(), version: 2, settings: {} }, steps, 4);
    expect(fromTwo.ok && fromTwo.value.settings).toEqual({ log: ['2→3', '3→4'] });
    const none = runMigrations({ ...v1(), version: 4, settings: {} }, steps, 4);
    expect(none.ok && none.value.settings).toEqual({});
  });

  it('leaves data already at the target as it is (a copy)', () => {
    const data = v1();
    const result = runMigrations(data, {}, 1);
    expect(result).toEqual({ ok: true, value: data });
    expect(result.ok && result.value).not.toBe(data);
  });

  it('refuses a version newer than the target, naming both', () => {
    const error = expectError(runMigrations({ ...v1(), version: 3 }, { 1: addMinutes }, 1));
    expect(error).toMatch(
      /^This file was made by a newer version of Wise Follow-Up \(version 3\); this site reads up to version 1\. \S/,
    );
    expect(
      expectError(runMigrations({ ...v1(), version: 2 }, {}, 1, 'This saved contact')),
    ).toMatch(/^This saved contact was made by a newer version of Wise Follow-Up \(version 2\)/);
  });

  it.each([
    ['missing', undefined, /has no version number/],
    ['a string', '1', /unreadable version number \("1"\)/],
    ['a fraction', 1.5, /unreadable version number \(1\.5\)/],
    ['zero', 0, /unreadable version number \(0\)/],
    ['negative', -1, /unreadable version number \(-1\)/],
    ['NaN', Number.NaN, /unreadable version number/],
    ['null', null, /unreadable version number \(null\)/],
    ['an object', { major: 1 }, /unreadable version number/],
  ])('refuses a version that is %s', (_label, version, message) => {
    const data: Record<string, unknown> = { settings: {}, contacts: [], touches: [] };
    if (version !== undefined) data['version'] = version;
    expect(expectError(runMigrations(data, { 1: addMinutes }, 2))).toMatch(message);
  });

  it.each([null, 'v1', 42, [1, 2]])('refuses %j, which is not planner data', (data) => {
    expect(expectError(runMigrations(data, {}, 1))).toMatch(/does not hold Wise Follow-Up data/);
  });

  it('refuses when a step is missing from the chain', () => {
    const error = expectError(runMigrations(v1(), { 1: addMinutes }, 3));
    expect(error).toMatch(/version 2.*version 3/);
  });

  it('reports a step that throws instead of throwing', () => {
    const broken: MigrationStep = () => {
      throw new Error('touch t1 has no due date');
    };
    expect(expectError(runMigrations(v1(), { 1: broken }, 2))).toBe(
      'This file could not be updated from version 1 to 2: touch t1 has no due date',
    );
  });

  it('never changes its input, even when a step edits its argument in place', () => {
    const inPlace: MigrationStep = (data) => {
      data.touches.push({ id: 'added' });
      (data.touches[0] as { id: string }).id = 'renamed';
      return data;
    };
    const data = v1();
    const before = JSON.stringify(data);
    const result = runMigrations(data, { 1: inPlace }, 2);
    expect(result.ok && result.value.touches).toEqual([{ id: 'renamed' }, { id: 'added' }]);
    expect(JSON.stringify(data)).toBe(before);
    // And with frozen input, a step that edits in place still works on its own copy.
    expect(runMigrations(deepFreeze(v1()), { 1: inPlace }, 2).ok).toBe(true);
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
      'The contact (contact.metOn): must be a real date written YYYY-MM-DD, not "2026-02-30".',
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
