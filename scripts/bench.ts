/**
 * Planner benchmark: 1,000 contacts with a year of varied history, planned
 * again and again. Prints the time per plan() call, the time to read every
 * stored key as the planner store does, and what the data takes in storage
 * (one key per contact, plain JSON as the planner writes it): for a busy
 * student's 150 contacts, and whether all 1,000 fit in a browser's quota.
 * Run with `npm run bench`.
 */
import { plan } from '../src/lib/cadence';
import { addDays } from '../src/lib/localDate';
import { readStoredRecord } from '../src/lib/migrations';
import {
  DEFAULT_SETTINGS,
  MET_HOW,
  PARTS_OF_DAY,
  SCHEMA_VERSION,
  type Channel,
  type Contact,
  type ContactRecord,
  type Outcome,
  type Touch,
} from '../src/lib/plannerSchema';

// Declared here so the script type-checks whether or not @types/node is installed.
declare const process: { threadCpuUsage?: () => { user: number; system: number } };

const CONTACTS = 1000;
const TODAY = '2026-11-03';
const WARM_UP_RUNS = 5;
const RUNS = 20;
const TARGET_MS = 50;
/** A busy student's networking list, and what it may take in storage. */
const BUSY_CONTACTS = 150;
const TARGET_BYTES = 1024 * 1024;
/** What Chromium lets one site keep in localStorage: 10 MiB of UTF-16, so 5 Mi characters of keys and values. */
const QUOTA_CHARS = 5 * 1024 * 1024;

/** Mulberry32: a small seeded generator, so every run benches the same data. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(20261103);
const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number): boolean => random() < p;

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** A 21-character id, the shape nanoid gives. */
const newId = (): string => Array.from({ length: 21 }, () => pick([...ID_ALPHABET])).join('');

const FIRST = ['Dana', 'Lee', 'Priya', 'Marcus', 'Sofia', 'Tom', 'Aisha', 'Kenji', 'Olga', 'Ruth'];
const LAST = ['Lee', 'Okafor', 'Nguyen', 'Garcia', 'Smith', 'Kowalski', 'Haddad', 'Brown'];
const ORGS = [
  'Acme Logistics',
  'Northwind',
  'City Hospital',
  'Blue Harbor Bank',
  'Greenfield Schools',
];
const ROLES = ['Hiring manager', 'Recruiter', 'Team lead', 'Operations director', 'HR partner'];
const NOTES = [
  'Talked about the warehouse systems project; she asked for my portfolio link.',
  'Met at the spring job fair. Knows someone in the analytics team who is hiring.',
  'Second interview went well; decision expected in two weeks. Prefers email before noon.',
  'Informational interview about moving from retail into logistics planning.',
  '',
];
const TOUCH_NOTES = ['Sent the article on route planning.', 'Asked about the opening in May.', ''];
const ROTATION: readonly Channel[] = ['email', 'card', 'voicemail', 'call', 'email', 'voicemail'];

/** What happened when the student did a touch in a channel. */
function outcomeFor(channel: Channel): Outcome {
  switch (channel) {
    case 'call':
    case 'meeting':
      return pick(['reached', 'no-answer', 'left-voicemail', 'left-voicemail']);
    case 'voicemail':
      return 'left-voicemail';
    case 'email':
      return chance(0.15) ? 'replied' : 'sent';
    case 'card':
      return chance(0.05) ? 'replied' : 'sent';
  }
}

/** One contact and its year of touches, stored as the app stores them. */
function makeRecord(): ContactRecord {
  const id = newId();
  const metOn = addDays(TODAY, -between(365, 395));
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const touches: Touch[] = [];
  let day = addDays(metOn, between(0, 1));
  let last: Channel | null = null;
  let purpose: Touch['purpose'] = 'thank-you';
  while (day <= TODAY) {
    const channel: Channel = pick(ROTATION.filter((c) => c !== last));
    const skippedIt = chance(0.06);
    touches.push({
      id: newId(),
      contactId: id,
      due: day,
      window: null,
      channel,
      purpose: channel === 'call' ? 'live' : purpose,
      state: skippedIt ? 'skipped' : 'done',
      outcome: skippedIt ? null : outcomeFor(channel),
      doneOn: day,
      note: chance(0.3) ? pick(TOUCH_NOTES) : '',
      source: 'plan',
    });
    last = skippedIt ? last : channel;
    purpose = pick(['check-in', 'value-add']);
    day = addDays(day, between(7, 42));
  }
  if (chance(0.08)) {
    touches.push({
      id: newId(),
      contactId: id,
      due: addDays(TODAY, between(1, 4)),
      window: pick([PARTS_OF_DAY.morning, PARTS_OF_DAY.afternoon]),
      channel: 'call',
      purpose: 'live',
      state: 'planned',
      outcome: null,
      doneOn: null,
      note: '',
      source: 'voicemail',
    });
  }
  const contact: Contact = {
    id,
    name,
    organization: pick(ORGS),
    role: pick(ROLES),
    metHow: pick(MET_HOW),
    metOn,
    notes: pick(NOTES),
    email: `${name.toLowerCase().replace(' ', '.')}@example.com`,
    phoneOffice: chance(0.7) ? '+1 555 010 2030' : '',
    phoneMobile: chance(0.5) ? '+1 555 010 4050' : '',
    agreed: chance(0.1)
      ? {
          date: addDays(TODAY, between(2, 20)),
          window: { start: '14:00', end: '15:00' },
          number: 'mobile',
        }
      : null,
    status: chance(0.8) ? 'active' : pick(['paused', 'closed'] as const),
    createdAt: `${metOn}T10:00:00.000Z`,
    updatedAt: `${TODAY}T08:30:00.000Z`,
  };
  return { version: SCHEMA_VERSION, contact, touches };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const records = Array.from({ length: CONTACTS }, makeRecord);
const contacts = records.map((r) => r.contact);
const touches = records.flatMap((r) => r.touches);

const encoder = new TextEncoder();
const bytes = (text: string): number => encoder.encode(text).length;
// What the planner writes: each record's plain JSON under wfu:contact:<id> (recordSlot in plannerActions.ts).
const stored = records.map((record) => ({
  key: `wfu:contact:${record.contact.id}`,
  text: JSON.stringify(record),
}));
const sizeOf = (list: typeof stored) => ({
  bytes: list.reduce((sum, { key, text }) => sum + bytes(key) + bytes(text), 0),
  chars: list.reduce((sum, { key, text }) => sum + key.length + text.length, 0),
});
const all = sizeOf(stored);
const busy = sizeOf(stored.slice(0, BUSY_CONTACTS));
const busyTouches = records.slice(0, BUSY_CONTACTS).reduce((n, r) => n + r.touches.length, 0);
// The sizes only count if every record reads back as itself, as the store reads it.
const exact = stored.filter(({ text }, i) => {
  const read = readStoredRecord(text);
  return read.ok && JSON.stringify(read.value) === JSON.stringify(records[i]);
}).length;

/** Milliseconds of CPU this thread has used: unlike the wall clock, not inflated by other processes. */
const cpuMs = (): number | null => {
  const usage = process.threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : null;
};

let planned = 0;
for (let i = 0; i < WARM_UP_RUNS; i += 1) {
  planned = plan(contacts, touches, DEFAULT_SETTINGS, TODAY).touches.length;
}
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  const cpuStart = cpuMs();
  const start = performance.now();
  plan(contacts, touches, DEFAULT_SETTINGS, TODAY);
  times.push(performance.now() - start);
  const cpuEnd = cpuMs();
  if (cpuStart !== null && cpuEnd !== null) cpuTimes.push(cpuEnd - cpuStart);
}
const mean = times.reduce((sum, t) => sum + t, 0) / times.length;

// What opening the planner costs before plan(): reading every stored key as the store does.
const readTimes: number[] = [];
const readCpuTimes: number[] = [];
for (let i = 0; i < WARM_UP_RUNS + RUNS; i += 1) {
  const cpuStart = cpuMs();
  const start = performance.now();
  for (const { text } of stored) readStoredRecord(text);
  if (i < WARM_UP_RUNS) continue;
  readTimes.push(performance.now() - start);
  const cpuEnd = cpuMs();
  if (cpuStart !== null && cpuEnd !== null) readCpuTimes.push(cpuEnd - cpuStart);
}
const med = median(times);
const verdict = (ok: boolean): string => (ok ? 'within target' : 'OVER TARGET');
const active = contacts.filter((c) => c.status === 'active').length;

console.log(
  `cadence bench: ${CONTACTS} contacts (${active} active), ${touches.length} stored touches, today ${TODAY}`,
);
console.log(
  `plan(): ${planned} planned touches; ${WARM_UP_RUNS} warm-up runs, then ${RUNS} timed runs`,
);
console.log(
  `plan() time: median ${med.toFixed(2)} ms, mean ${mean.toFixed(2)} ms (target < ${TARGET_MS} ms: ${verdict(med < TARGET_MS && mean < TARGET_MS)})`,
);
if (cpuTimes.length > 0) {
  console.log(`plan() main-thread CPU: median ${median(cpuTimes).toFixed(2)} ms`);
}
console.log(
  `reading ${stored.length} stored keys (readStoredRecord: JSON.parse and the valibot schema, as the planner store does on load): median ${median(readTimes).toFixed(2)} ms${readCpuTimes.length ? `, main-thread CPU median ${median(readCpuTimes).toFixed(2)} ms` : ''}`,
);
const megabytes = (n: number): string => (n / 1024 / 1024).toFixed(2);
console.log(
  `${BUSY_CONTACTS} contacts with a year of history (${busyTouches} touches), stored as plain JSON: ${busy.bytes} bytes (${megabytes(busy.bytes)} MB) (target < 1 MB: ${verdict(busy.bytes < TARGET_BYTES)})`,
);
console.log(
  `${CONTACTS} contacts (${touches.length} touches): ${all.bytes} bytes (${megabytes(all.bytes)} MB), ${all.chars} characters of keys and values; Chromium's quota is ${QUOTA_CHARS} characters: ${all.chars < QUOTA_CHARS ? `they fit, ${Math.round((100 * all.chars) / QUOTA_CHARS)}% of it` : 'they DO NOT FIT: the planner refuses the write that does not fit, says storage is full, and keeps what is saved'}`,
);
console.log(
  `round trip: ${exact} of ${records.length} records read back unchanged${exact === records.length ? '' : ' (LOSSY: the sizes above do not count)'}`,
);
