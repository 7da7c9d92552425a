/**
 * The backup file: writing it, reading it back safely, and planning an import.
 *
 * An import is one of two things, and the student chooses after seeing both:
 * - Replace all (a restore): afterwards this browser holds exactly the file's
 *   settings, contacts and touches; contacts here but not in the file are
 *   removed. planImport / applyImport.
 * - Merge (a phone and a laptop brought together): contacts only in the file
 *   are added; a contact in both is taken from the file only when the file's
 *   edit is newer (a later `updatedAt`), with its touches; everything else
 *   here, settings included, is left alone. Nothing is removed, and merging
 *   the same file twice changes nothing the second time. planMerge / applyMerge.
 * Each plan says what will happen, names included, before anything changes.
 */
import {
  contactSchema,
  SCHEMA_VERSION,
  settingsSchema,
  storedFields,
  type Backup,
  type Contact,
  type Settings,
  type Touch,
} from './plannerSchema';
import { isIsoDate } from './localDate';
import { migrateBackup, type Result } from './migrations';
import { storedTouch } from './storedTouch';

/** Everything the planner keeps: the data a backup carries and an import replaces. */
export interface PlannerData {
  /** The student's settings. */
  settings: Settings;
  /** Every contact. */
  contacts: Contact[];
  /** Every stored touch. */
  touches: Touch[];
}

/** Largest backup file parseBackup reads by default: 5 MB, far above any real planner. */
export const DEFAULT_MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** Keys that could reach an object's prototype if some later code copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The backup file's text: pretty-printed JSON with a fixed key order, so two exports of the same data diff cleanly. */
export function serializeBackup(data: PlannerData, exportedAt: Date): string {
  const backup: Backup = {
    format: 'wise-follow-up',
    version: SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    settings: canonicalSettings(data.settings),
    contacts: data.contacts.map(canonicalContact),
    touches: data.touches.map(storedTouch),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** The download name for a backup made on `today` (YYYY-MM-DD): wise-follow-up-backup-2026-11-28.json. */
export function backupFileName(today: string): string {
  if (!isIsoDate(today))
    throw new RangeError(`backupFileName needs a date written YYYY-MM-DD, got "${today}"`);
  return `wise-follow-up-backup-${today}.json`;
}

/** Reads a backup file's text into a valid Backup, or refuses with a message naming the problem; never throws. */
export function parseBackup(text: string, options: { maxBytes?: number } = {}): Result<Backup> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  if (typeof text !== 'string') {
    return fail('This file is not a Wise Follow-Up backup: it is not text.');
  }
  if (utf8Exceeds(text, maxBytes)) {
    return fail(
      `This file is too large to be a Wise Follow-Up backup: it is over ${formatSize(maxBytes)}.`,
    );
  }

  let raw: unknown;
  let forbidden: string | null = null;
  try {
    // The reviver sees every key at every depth, innermost first, so the last
    // one kept is the outermost. JSON.parse itself only creates own data
    // properties (even for "__proto__"), so parsing cannot pollute a
    // prototype; refusing these keys keeps any later copy safe too.
    raw = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch (error) {
    // Text that is not JSON is a SyntaxError; anything else is the browser
    // running out of room for data nested thousands of levels deep.
    return fail(
      error instanceof SyntaxError
        ? 'This file is not a Wise Follow-Up backup: it is not valid JSON.'
        : 'This file is not a Wise Follow-Up backup: its data is nested far deeper than a backup ever is.',
    );
  }
  if (forbidden !== null) {
    return fail(
      `This file cannot be imported: it contains a field named "${forbidden}", which Wise Follow-Up never writes.`,
    );
  }

  const migrated = migrateBackup(raw);
  if (!migrated.ok) {
    return migrated.error.startsWith('This file')
      ? migrated
      : fail(`This backup cannot be imported. ${migrated.error}`);
  }
  const problem = integrityProblem(migrated.value);
  return problem ? fail(`This backup cannot be imported. ${problem}`) : migrated;
}

/** One contact as the import preview names it. */
export interface ContactSummary {
  /** The contact's id. */
  id: string;
  /** The contact's name (the file's name for added and replaced contacts). */
  name: string;
}

/** What an import (a restore) will do, worked out before anything changes. */
export interface ImportPreview {
  /** In the file, not here: added. */
  added: ContactSummary[];
  /** Here and in the file with the same id, but the contact or its touches differ: replaced by the file's version. */
  replaced: ContactSummary[];
  /** Here and in the file, identical: kept as they are. */
  unchanged: ContactSummary[];
  /** Here, not in the file: removed by the import. */
  removed: ContactSummary[];
  /** Settings whose value the file changes (names of Settings fields). */
  settingsChanged: (keyof Settings)[];
  /** Touches here now, and touches after the import. */
  touchCount: { now: number; after: number };
  /** True when the import would leave everything exactly as it is. */
  changesNothing: boolean;
  /** One sentence per change, for the confirmation dialog. */
  summary: string[];
}

/** Says what importing `incoming` over `current` will add, replace, keep and remove, before anything changes. */
export function planImport(current: PlannerData, incoming: Backup): ImportPreview {
  const currentById = new Map(current.contacts.map((c) => [c.id, c]));
  const incomingIds = new Set(incoming.contacts.map((c) => c.id));
  const currentTouches = touchesByContact(current.touches);
  const incomingTouches = touchesByContact(incoming.touches);

  const added: ContactSummary[] = [];
  const replaced: ContactSummary[] = [];
  const unchanged: ContactSummary[] = [];
  for (const contact of incoming.contacts) {
    const summary = { id: contact.id, name: contact.name };
    const mine = currentById.get(contact.id);
    if (!mine) added.push(summary);
    else if (
      sameContactRecord(mine, currentTouches.get(mine.id), contact, incomingTouches.get(contact.id))
    )
      unchanged.push(summary);
    else replaced.push(summary);
  }
  const removed = current.contacts
    .filter((c) => !incomingIds.has(c.id))
    .map((c) => ({ id: c.id, name: c.name }));

  const mySettings = canonicalSettings(current.settings);
  const theirSettings = canonicalSettings(incoming.settings);
  const settingsChanged = (Object.keys(theirSettings) as (keyof Settings)[]).filter(
    (key) => mySettings[key] !== theirSettings[key],
  );

  // Touches whose contact is missing here would be dropped by a restore too, so
  // counting them keeps "changes nothing" honest.
  const orphanTouchesHere = current.touches.some((t) => !currentById.has(t.contactId));
  const changesNothing =
    added.length + replaced.length + removed.length + settingsChanged.length === 0 &&
    !orphanTouchesHere &&
    current.contacts.length === incoming.contacts.length;

  const summary: string[] = [];
  if (added.length) summary.push(`Adds ${count(added.length, 'contact')} (${names(added)}).`);
  if (replaced.length)
    summary.push(
      `Replaces ${count(replaced.length, 'contact')} with the file's version (${names(replaced)}).`,
    );
  if (removed.length)
    summary.push(
      `Removes ${count(removed.length, 'contact')} that ${removed.length === 1 ? 'is' : 'are'} not in the file (${names(removed)}).`,
    );
  if (unchanged.length) summary.push(`Keeps ${count(unchanged.length, 'contact')} unchanged.`);
  if (settingsChanged.length)
    summary.push(
      `Changes settings: ${settingsChanged.map((key) => SETTING_LABELS[key]).join(', ')}.`,
    );
  summary.push(
    `Touches: ${current.touches.length} now, ${incoming.touches.length} after the import.`,
  );
  if (changesNothing)
    summary.unshift('This file holds exactly what you have now; importing it changes nothing.');

  return {
    added,
    replaced,
    unchanged,
    removed,
    settingsChanged,
    touchCount: { now: current.touches.length, after: incoming.touches.length },
    changesNothing,
    summary,
  };
}

/** What merging a backup into this browser will do, worked out before anything changes. */
export interface MergePreview {
  /** In the file, not here: added with their touches. */
  added: ContactSummary[];
  /** In both, the file's edit newer: replaced by the file's version, touches included. */
  updated: ContactSummary[];
  /** In both and different, but the file's edit is not newer: this browser's version stays. */
  keptHere: ContactSummary[];
  /** In both and identical: nothing to do. */
  unchanged: ContactSummary[];
  /** Here, not in the file: left as they are (a merge never removes). */
  onlyHere: ContactSummary[];
  /** Touches here now, and touches after the merge. */
  touchCount: { now: number; after: number };
  /** True when merging would leave everything exactly as it is. */
  changesNothing: boolean;
  /** Why this file cannot be merged (use Replace all instead), or null when it can. */
  problem: string | null;
  /** One sentence per change, for the confirmation. */
  summary: string[];
}

/** Whether the file's version of a contact was edited after this browser's (ISO timestamps, any offset). */
function fileIsNewer(mine: Contact, theirs: Contact): boolean {
  return Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt);
}

/** Ids of the file's contacts that a merge takes (added or updated), and the rest classified. */
function classifyMerge(current: PlannerData, incoming: Backup) {
  const currentById = new Map(current.contacts.map((c) => [c.id, c]));
  const incomingIds = new Set(incoming.contacts.map((c) => c.id));
  const currentTouches = touchesByContact(current.touches);
  const incomingTouches = touchesByContact(incoming.touches);
  const added: ContactSummary[] = [];
  const updated: ContactSummary[] = [];
  const keptHere: ContactSummary[] = [];
  const unchanged: ContactSummary[] = [];
  for (const contact of incoming.contacts) {
    const mine = currentById.get(contact.id);
    if (!mine) added.push({ id: contact.id, name: contact.name });
    else if (
      sameContactRecord(mine, currentTouches.get(mine.id), contact, incomingTouches.get(contact.id))
    )
      unchanged.push({ id: mine.id, name: mine.name });
    else if (fileIsNewer(mine, contact)) updated.push({ id: contact.id, name: contact.name });
    else keptHere.push({ id: mine.id, name: mine.name });
  }
  const onlyHere = current.contacts
    .filter((c) => !incomingIds.has(c.id))
    .map((c) => ({ id: c.id, name: c.name }));
  const taken = new Set([...added, ...updated].map((c) => c.id));
  return { added, updated, keptHere, unchanged, onlyHere, taken };
}

/** A touch id the merge would give to two contacts (only a hand-made file can do that), as a message. */
function mergeProblem(current: PlannerData, incoming: Backup, taken: ReadonlySet<string>) {
  const staying = new Map<string, string>();
  for (const touch of current.touches) {
    if (!taken.has(touch.contactId)) staying.set(touch.id, touch.contactId);
  }
  const nameOf = (id: string) =>
    incoming.contacts.find((c) => c.id === id)?.name ??
    current.contacts.find((c) => c.id === id)?.name ??
    id;
  for (const touch of incoming.touches) {
    const owner = staying.get(touch.id);
    if (taken.has(touch.contactId) && owner !== undefined && owner !== touch.contactId) {
      return `The file's touch "${touch.id}" for ${nameOf(touch.contactId)} has the same id as a touch for ${nameOf(owner)} here, so the two cannot be merged. Replace all still works.`;
    }
  }
  return null;
}

/** Says what merging `incoming` into `current` will add, update and leave alone, before anything changes. */
export function planMerge(current: PlannerData, incoming: Backup): MergePreview {
  const { added, updated, keptHere, unchanged, onlyHere, taken } = classifyMerge(current, incoming);
  const problem = mergeProblem(current, incoming, taken);
  const after = problem ? current : mergedData(current, incoming, taken);
  const changesNothing = added.length + updated.length === 0;

  const summary: string[] = [];
  if (problem) summary.push(problem);
  else if (changesNothing)
    summary.push('Everything in this file is already here; merging it changes nothing.');
  if (added.length) summary.push(`Adds ${count(added.length, 'contact')} (${names(added)}).`);
  if (updated.length)
    summary.push(
      `Updates ${count(updated.length, 'contact')} with the file's newer version (${names(updated)}).`,
    );
  if (keptHere.length)
    summary.push(
      `Keeps this browser's version of ${count(keptHere.length, 'contact')}, edited here more recently (${names(keptHere)}).`,
    );
  const leftAlone = unchanged.length + onlyHere.length;
  if (leftAlone)
    summary.push(
      `Leaves ${count(leftAlone, 'contact')} as ${leftAlone === 1 ? 'it is' : 'they are'}.`,
    );
  if (!problem) {
    summary.push('Keeps your settings.');
    summary.push(`Touches: ${current.touches.length} now, ${after.touches.length} after merging.`);
  }

  return {
    added,
    updated,
    keptHere,
    unchanged,
    onlyHere,
    touchCount: { now: current.touches.length, after: after.touches.length },
    changesNothing: problem === null && changesNothing,
    problem,
    summary,
  };
}

/**
 * The planner data after merging `incoming`: this browser's data, plus the
 * file's contacts that are new here, with the file's version of each contact
 * whose edit there is newer. Settings stay. Contacts and touches left alone
 * keep their current objects (so a store can skip rewriting their keys).
 * Merging the result with the same file again gives the same result. When
 * planMerge reports a problem, gives `current` back unchanged.
 */
export function applyMerge(current: PlannerData, incoming: Backup): PlannerData {
  const { taken } = classifyMerge(current, incoming);
  if (mergeProblem(current, incoming, taken)) return current;
  return mergedData(current, incoming, taken);
}

function mergedData(
  current: PlannerData,
  incoming: Backup,
  taken: ReadonlySet<string>,
): PlannerData {
  const fromFile = new Map(
    incoming.contacts.filter((c) => taken.has(c.id)).map((c) => [c.id, canonicalContact(c)]),
  );
  const here = new Set(current.contacts.map((c) => c.id));
  return {
    settings: current.settings,
    contacts: [
      ...current.contacts.map((c) => fromFile.get(c.id) ?? c),
      ...[...fromFile.values()].filter((c) => !here.has(c.id)),
    ],
    touches: [
      ...current.touches.filter((t) => !taken.has(t.contactId)),
      ...incoming.touches.filter((t) => taken.has(t.contactId)).map(storedTouch),
    ],
  };
}

/** The planner data after importing `incoming`: exactly the file's settings, contacts and touches (a restore). */
// Unchanged contacts and their touches keep the current objects, so a store
// can compare by reference and skip rewriting their storage keys.
export function applyImport(current: PlannerData, incoming: Backup): PlannerData {
  const currentById = new Map(current.contacts.map((c) => [c.id, c]));
  const currentTouches = touchesByContact(current.touches);
  const incomingTouches = touchesByContact(incoming.touches);
  const keep = new Set<string>();
  for (const contact of incoming.contacts) {
    const mine = currentById.get(contact.id);
    if (
      mine &&
      sameContactRecord(mine, currentTouches.get(mine.id), contact, incomingTouches.get(contact.id))
    ) {
      keep.add(contact.id);
    }
  }
  return {
    settings: canonicalSettings(incoming.settings),
    contacts: incoming.contacts.map((c) =>
      keep.has(c.id) ? (currentById.get(c.id) ?? c) : canonicalContact(c),
    ),
    touches: incoming.touches.map((t) => {
      const mine = keep.has(t.contactId)
        ? currentTouches.get(t.contactId)?.find((x) => x.id === t.id)
        : undefined;
      return mine ?? storedTouch(t);
    }),
  };
}

/** A read backup with both ways of importing it planned. */
export interface ImportChoice {
  /** The file, valid and carried forward to today's version. */
  backup: Backup;
  /** What Replace all will do. */
  replace: ImportPreview;
  /** What Merge will do. */
  merge: MergePreview;
}

/** Reads a backup file and plans both ways of importing it, for the data page; `current` is only read. */
export function readImport(
  current: PlannerData,
  text: string,
  options: { maxBytes?: number } = {},
): Result<ImportChoice> {
  const parsed = parseBackup(text, options);
  if (!parsed.ok) return parsed;
  const backup = parsed.value;
  return {
    ok: true,
    value: { backup, replace: planImport(current, backup), merge: planMerge(current, backup) },
  };
}

const SETTING_LABELS: Record<keyof Settings, string> = {
  dailyLimit: 'daily limit',
  weekendsAllowed: 'weekends',
  studentName: 'your name',
  studentPhone: 'your phone',
  lastBackupAt: 'last backup date',
};

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** Duplicate ids and touches without a contact: valid records that do not fit together. */
function integrityProblem(backup: Backup): string | null {
  const contactIds = new Map<string, number>();
  for (const [index, contact] of backup.contacts.entries()) {
    const first = contactIds.get(contact.id);
    if (first !== undefined) {
      return `Contact ${index + 1}, ${contact.name} (contacts[${index}].id): the id "${contact.id}" is already used by contact ${first + 1}.`;
    }
    contactIds.set(contact.id, index);
  }
  const touchIds = new Map<string, number>();
  for (const [index, touch] of backup.touches.entries()) {
    const first = touchIds.get(touch.id);
    if (first !== undefined) {
      return `Touch ${index + 1} (touches[${index}].id): the id "${touch.id}" is already used by touch ${first + 1}.`;
    }
    touchIds.set(touch.id, index);
    if (!contactIds.has(touch.contactId)) {
      return `Touch ${index + 1} (touches[${index}].contactId): it belongs to contact "${touch.contactId}", which is not in the file.`;
    }
  }
  return null;
}

function touchesByContact(touches: readonly Touch[]): Map<string, Touch[]> {
  const map = new Map<string, Touch[]>();
  for (const touch of touches) {
    const list = map.get(touch.contactId);
    if (list) list.push(touch);
    else map.set(touch.contactId, [touch]);
  }
  return map;
}

function sameContactRecord(
  a: Contact,
  aTouches: readonly Touch[] | undefined,
  b: Contact,
  bTouches: readonly Touch[] | undefined,
): boolean {
  // Touch order inside one contact carries no meaning, so compare them sorted by id.
  const key = (contact: Contact, touches: readonly Touch[] | undefined) =>
    JSON.stringify([
      canonicalContact(contact),
      [...(touches ?? [])]
        .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
        .map(storedTouch),
    ]);
  return key(a, aTouches) === key(b, bTouches);
}

// The canonical* functions (and storedTouch) fix the key order of the file and drop any extra
// runtime fields (a PlannedTouch's reason, say) that are not part of the data.
function canonicalSettings(s: Settings): Settings {
  return storedFields(settingsSchema, s);
}

function canonicalContact(c: Contact): Contact {
  return storedFields(contactSchema, c);
}

/** Whether `text` takes more than `limit` bytes as UTF-8, without encoding a string that is clearly too big. */
function utf8Exceeds(text: string, limit: number): boolean {
  // Each UTF-16 code unit is 1 to 3 bytes of UTF-8 (a surrogate pair is 4 for 2 units).
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function names(list: readonly ContactSummary[]): string {
  const shown = list.slice(0, 5).map((c) => c.name);
  return list.length > 5 ? `${shown.join(', ')} and ${list.length - 5} more` : shown.join(', ');
}
