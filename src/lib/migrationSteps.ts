/**
 * The migration chain of the planner's data, without any schema: a stored
 * contact record or a backup file of an earlier version is carried forward
 * one version at a time; migrations.ts then checks the result against the
 * schemas. Nothing here throws on bad input.
 */

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
// Empty while SCHEMA_VERSION is 1. To change the data shape: change the
// schema (plannerSchema.ts), bump SCHEMA_VERSION (plannerOptions.ts) and add
// the step here (docs/architecture.md, "Changing the shape of stored data").
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

/**
 * One stored contact record (`{version, contact, touches}`) carried forward
 * to `target`, not yet checked. Unknown top-level keys stay in, so a strict
 * check afterwards still refuses them.
 */
export function migrateRecordData(
  raw: Record<string, unknown>,
  steps: Readonly<Record<number, MigrationStep>>,
  target: number,
): Result<Record<string, unknown>> {
  const migrated = runMigrations(
    {
      version: raw['version'],
      contacts: Object.hasOwn(raw, 'contact') ? [raw['contact']] : [],
      touches: raw['touches'],
    },
    steps,
    target,
    'This saved contact',
  );
  if (!migrated.ok) return migrated;
  const { version, contacts, touches } = migrated.value;
  return { ok: true, value: { ...raw, version, contact: contacts[0], touches } };
}

/** A refusal with its message. */
export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** True for an object that is not a list or null: the only shape planner data comes in. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
