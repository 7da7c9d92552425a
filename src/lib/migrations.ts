/**
 * Schema-version migrations for the planner's data: a stored contact record
 * or a backup file of any earlier version is carried forward one version at a
 * time, then checked against today's valibot schema. Nothing here throws on
 * bad input; every refusal is a plain-English message naming the problem.
 */
import * as v from 'valibot';
import {
  backupSchema,
  contactRecordSchema,
  SCHEMA_VERSION,
  type Backup,
  type ContactRecord,
} from './plannerSchema';

/** The outcome of reading untrusted data: the value, or a message for the student. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What a migration step sees and returns: one shape for a stored record and a backup, so each step is written once. */
export interface MigrationData {
  /** The version this data is in; the runner sets it, steps need not. */
  version: number;
  /** The settings object of a backup; absent for a stored record. */
  settings?: unknown;
  /** Contacts, raw. */
  contacts: unknown[];
  /** Touches, raw. */
  touches: unknown[];
}

/** One step: turns data of version n into data of version n + 1 (may return a new object or throw). */
export type MigrationStep = (data: MigrationData) => MigrationData;

/** The steps, keyed by the version they start from: `MIGRATIONS[1]` turns version 1 data into version 2. */
// Empty while SCHEMA_VERSION is 1. To change the data shape: bump
// SCHEMA_VERSION, add the step here, keep the fixtures in tests/fixtures
// migrating, and add a fixture of the new version next to them.
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

/** Who the messages talk about: a backup file or one contact saved in this browser. */
export type MigrationSubject = 'This file' | 'This saved contact';

/** Runs `steps` on a copy of `data` from its version up to `target`, or says why it cannot; never throws. */
export function runMigrations(
  data: unknown,
  steps: Readonly<Record<number, MigrationStep>>,
  target: number,
  subject: MigrationSubject = 'This file',
): Result<MigrationData> {
  if (!isPlainObject(data)) {
    return fail(
      `${subject} does not hold Wise Follow-Up data (expected an object with a version).`,
    );
  }
  if (data['version'] === undefined) {
    return fail(`${subject} has no version number, so it cannot be read safely.`);
  }
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      `${subject} has an unreadable version number (${preview(version)}); expected a whole number from 1 up.`,
    );
  }
  if (version > target) {
    return fail(
      `${subject} was made by a newer version of Wise Follow-Up (version ${version}); ` +
        `this site reads up to version ${target}. Reload the site to get its newest version, then try again.`,
    );
  }

  // A copy, so that a step that edits in place cannot reach the caller's object.
  let current: MigrationData;
  try {
    current = structuredClone(data) as unknown as MigrationData;
  } catch {
    return fail(`${subject} holds something other than plain data, so it cannot be read.`);
  }
  for (let from = version; from < target; from += 1) {
    const step = Object.hasOwn(steps, from) ? steps[from] : undefined;
    if (!step) {
      return fail(
        `${subject} is version ${from}, and this site does not know how to update it to version ${from + 1}.`,
      );
    }
    if (!Array.isArray(current.contacts) || !Array.isArray(current.touches)) {
      return fail(
        `${subject} cannot be updated from version ${from}: its contacts or touches are not lists.`,
      );
    }
    try {
      current = { ...step(current), version: from + 1 };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return fail(`${subject} could not be updated from version ${from} to ${from + 1}: ${why}`);
    }
  }
  return { ok: true, value: current };
}

/** Reads one stored contact record of any known version into today's shape, or says why it cannot. */
export function migrateRecord(raw: unknown): Result<ContactRecord> {
  return migrateRecordWith(raw, MIGRATIONS, SCHEMA_VERSION, contactRecordSchema);
}

/** Reads a parsed backup object of any known version into today's shape, or says why it cannot. */
export function migrateBackup(raw: unknown): Result<Backup> {
  return migrateBackupWith(raw, MIGRATIONS, SCHEMA_VERSION, backupSchema);
}

/** The least a record schema must give back for the checks that follow validation. */
type RecordShape = {
  contact: { id: string; name: string };
  touches: { id: string; contactId: string }[];
};

/** migrateRecord with steps, target and final schema as parameters (tests prove the path with a fake v2). */
export function migrateRecordWith<T extends RecordShape>(
  raw: unknown,
  steps: Readonly<Record<number, MigrationStep>>,
  target: number,
  schema: v.GenericSchema<unknown, T>,
): Result<T> {
  const subject = 'This saved contact';
  if (!isPlainObject(raw)) {
    return fail(`${subject} is not readable: expected an object, found ${kindOf(raw)}.`);
  }
  const migrated = runMigrations(
    {
      version: raw['version'],
      contacts: Object.hasOwn(raw, 'contact') ? [raw['contact']] : [],
      touches: raw['touches'],
    },
    steps,
    target,
    subject,
  );
  if (!migrated.ok) return migrated;

  // Unknown top-level keys stay in, so the strict schema still refuses them.
  const candidate = {
    ...raw,
    version: migrated.value.version,
    contact: migrated.value.contacts[0],
    touches: migrated.value.touches,
  };
  const parsed = v.safeParse(schema, candidate, { abortEarly: true });
  if (!parsed.success) return fail(describeIssue(parsed.issues[0], candidate, 'record'));

  const record = parsed.output;
  const seen = new Set<string>();
  for (const [index, touch] of record.touches.entries()) {
    if (touch.contactId !== record.contact.id) {
      return fail(
        `Touch ${index + 1} (touches[${index}].contactId): belongs to contact "${touch.contactId}", ` +
          `but it is saved with ${record.contact.name} ("${record.contact.id}").`,
      );
    }
    if (seen.has(touch.id)) {
      return fail(`Touch ${index + 1} (touches[${index}].id): the id "${touch.id}" is used twice.`);
    }
    seen.add(touch.id);
  }
  return { ok: true, value: record };
}

/** migrateBackup with steps, target and final schema as parameters (tests prove the path with a fake v2). */
export function migrateBackupWith<T>(
  raw: unknown,
  steps: Readonly<Record<number, MigrationStep>>,
  target: number,
  schema: v.GenericSchema<unknown, T>,
): Result<T> {
  // The format marker comes before the version, so a foreign file is named as foreign.
  if (!isPlainObject(raw) || raw['format'] !== 'wise-follow-up') {
    return fail(
      'This file is not a Wise Follow-Up backup: it does not say "format": "wise-follow-up". ' +
        'Choose a file that Wise Follow-Up exported.',
    );
  }
  const migrated = runMigrations(
    {
      version: raw['version'],
      settings: raw['settings'],
      contacts: raw['contacts'] as unknown[],
      touches: raw['touches'] as unknown[],
    },
    steps,
    target,
    'This file',
  );
  if (!migrated.ok) return migrated;

  const candidate = {
    ...raw,
    version: migrated.value.version,
    settings: migrated.value.settings,
    contacts: migrated.value.contacts,
    touches: migrated.value.touches,
  };
  const parsed = v.safeParse(schema, candidate, { abortEarly: true });
  if (!parsed.success) return fail(describeIssue(parsed.issues[0], candidate, 'backup'));
  return { ok: true, value: parsed.output };
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function preview(value: unknown): string {
  if (value === undefined) return 'none';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

type Issue = v.BaseIssue<unknown>;

/**
 * Turns the first valibot issue into "Contact 3, Dana Lee (contacts[2].metOn):
 * must be a real date written YYYY-MM-DD, not "2026-02-30"." Valibot's own
 * messages ("Invalid type: Expected …") are written for developers.
 */
function describeIssue(
  issue: Issue,
  root: Record<string, unknown>,
  kind: 'record' | 'backup',
): string {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
  return `${subjectOf(keys, root, kind)} (${path || 'top level'}): ${problemOf(issue)}.`;
}

function subjectOf(keys: (string | number)[], root: Record<string, unknown>, kind: string): string {
  const [first, index] = keys;
  if (first === 'contacts' && typeof index === 'number') {
    const contacts = root['contacts'];
    const item = Array.isArray(contacts) ? (contacts[index] as unknown) : undefined;
    const name = isPlainObject(item) && typeof item['name'] === 'string' ? item['name'].trim() : '';
    return name ? `Contact ${index + 1}, ${clip(name)}` : `Contact ${index + 1}`;
  }
  if (first === 'touches' && typeof index === 'number') return `Touch ${index + 1}`;
  if (first === 'contact') return 'The contact';
  if (first === 'settings') return 'The settings';
  return kind === 'backup' ? 'The file' : 'The saved contact';
}

function problemOf(issue: Issue): string {
  const found = clip(issue.received);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `has a field Wise Follow-Up does not know (${found})`;
  }
  if (
    issue.type === 'strict_object' &&
    issue.received === 'undefined' &&
    issue.expected?.startsWith('"')
  ) {
    return `the field ${issue.expected} is missing`;
  }
  if (issue.type === 'picklist') {
    const options = (issue.expected ?? '').replace(/[()"]/g, '').split(' | ').join(', ');
    return `must be one of ${options}, not ${found}`;
  }
  const requirement = (issue as Issue & { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'max_length':
      return `is too long: at most ${String(requirement)} characters`;
    case 'min_value':
      return `must be at least ${String(requirement)}, not ${found}`;
    case 'max_value':
      return `must be at most ${String(requirement)}, not ${found}`;
    case 'integer':
      return `must be a whole number, not ${found}`;
  }
  // Messages written in plannerSchema.ts ("must be a real date written YYYY-MM-DD") read well as they are.
  if (!issue.message.startsWith('Invalid ')) {
    return issue.kind === 'validation' && issue.type !== 'min_length'
      ? `${issue.message}, not ${found}`
      : issue.message;
  }
  if (issue.kind === 'schema')
    return `should be ${plainType(issue.expected)}, not ${plainType(issue.received)}`;
  return issue.message;
}

function plainType(text: string | null): string {
  if (!text) return 'something else';
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    Object: 'an object',
    Array: 'a list',
    null: 'nothing (null)',
    undefined: 'nothing',
  };
  const parts = text.replace(/^\(|\)$/g, '').split(' | ');
  return parts.map((part) => words[part] ?? clip(part)).join(' or ');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
