import { describe, expect, it } from 'vitest';
import {
  migrateRecordData,
  MIGRATIONS,
  runMigrations,
  type MigrationData,
  type MigrationStep,
} from '../../src/lib/migrationSteps';
import { SCHEMA_VERSION } from '../../src/lib/plannerOptions';
import { addMinutes, deepFreeze, expectError } from './helpers/migrationHelpers';

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

describe('migrateRecordData', () => {
  const record = () => ({
    version: 1,
    contact: { id: 'c1', name: 'Dana Lee' },
    touches: [{ id: 't1', contactId: 'c1' }],
  });

  it('carries one stored record through the steps into the record shape', () => {
    expect(migrateRecordData(record(), { 1: addMinutes }, 2)).toEqual({
      ok: true,
      value: {
        version: 2,
        contact: { id: 'c1', name: 'Dana Lee' },
        touches: [{ id: 't1', contactId: 'c1', minutes: 15 }],
      },
    });
  });

  it('keeps unknown top-level keys, so a strict check after it still refuses them', () => {
    const result = migrateRecordData({ ...record(), theme: 'dark' }, { 1: addMinutes }, 2);
    expect(result.ok && result.value['theme']).toBe('dark');
  });

  it('speaks of a saved contact when it refuses', () => {
    expect(expectError(migrateRecordData({ ...record(), version: 3 }, {}, 2))).toMatch(
      /^This saved contact was made by a newer version of Wise Follow-Up \(version 3\)/,
    );
  });
});
