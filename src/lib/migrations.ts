/**
 * Reading the planner's data: a stored contact record or a backup file of any
 * earlier version is carried forward one version at a time
 * (migrationSteps.ts), then checked against today's valibot schema, the one
 * description of the data. A record stored in the retired compact layout is
 * first read by its frozen step (compactLayout.ts). Nothing here throws on
 * bad input; every refusal is a plain-English message naming the problem.
 */
import * as v from 'valibot';
import { fromCompactLayout } from './compactLayout';
import {
  fail,
  isPlainObject,
  migrateRecordData,
  MIGRATIONS,
  runMigrations,
  type MigrationStep,
  type Result,
} from './migrationSteps';
import {
  backupSchema,
  contactRecordSchema,
  SCHEMA_VERSION,
  settingsSchema,
  type Backup,
  type ContactRecord,
} from './plannerSchema';

export type { Result } from './migrationSteps';

/** Reads one stored contact record of any known version into today's shape, or says why it cannot. */
export function migrateRecord(raw: unknown): Result<ContactRecord> {
  return migrateRecordWith(raw, MIGRATIONS, SCHEMA_VERSION, contactRecordSchema);
}

/** What a contact key holds when its text is not JSON at all. */
export const DAMAGED_TEXT = 'The text is cut off or damaged, so it is not complete data.';

/** Reads the text stored under one contact key (plain JSON, or the retired compact layout), or says why it cannot. */
export function readStoredRecord(text: string): Result<ContactRecord> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(DAMAGED_TEXT);
  }
  return migrateRecord(parsed);
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
  const stored = fromCompactLayout(raw);
  if (!isPlainObject(stored)) {
    return fail(`${subject} is not readable: expected an object, found ${kindOf(stored)}.`);
  }
  // Records already at today's version (nearly all) skip the copy the chain makes.
  let candidate = stored;
  if (stored['version'] !== target) {
    const migrated = migrateRecordData(stored, steps, target);
    if (!migrated.ok) return migrated;
    candidate = migrated.value;
  }
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

const storedSettingsSchema = v.strictObject({ settings: settingsSchema });

/** Why stored settings cannot be read, in plain words ("The settings (settings.dailyLimit): …"); null when they can. */
export function settingsProblem(value: unknown): string | null {
  const root = { settings: value };
  const parsed = v.safeParse(storedSettingsSchema, root, { abortEarly: true });
  return parsed.success ? null : describeIssue(parsed.issues[0], root, 'backup');
}

function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

type Issue = v.BaseIssue<unknown>;

/**
 * Turns the first valibot issue into "Contact 3, Dana Lee (contacts[2].metOn):
 * must be a real date from 2000 to 2099, written YYYY-MM-DD, not "2026-02-30"." Valibot's own
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
  // Messages written in plannerSchema.ts ("must be a real date from 2000 to 2099, written YYYY-MM-DD") read well as they are.
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
