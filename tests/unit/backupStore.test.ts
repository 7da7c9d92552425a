import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cleanTestStorage,
  getTestStorage,
  setPersistentEngine,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { parseBackup, serializeBackup } from '../../src/lib/backup';
import { DEFAULT_SETTINGS, type Backup } from '../../src/lib/plannerSchema';
import {
  $backupReminderDue,
  $storageStatus,
  applyBackup,
  eraseAll,
  exportBackup,
  previewImport,
  sizeLabel,
} from '../../src/stores/backup';
import {
  $contacts,
  $records,
  $recovered,
  $settings,
  $settingsSlot,
  $slots,
  $storageProblem,
  $today,
  $touches,
  updateSettings,
} from '../../src/stores/planner';
import { $plan } from '../../src/stores/plan';
import { addContact, markTouchDone, type ContactFields } from '../../src/stores/plannerActions';
import { $undoOffer, offerUndo } from '../../src/stores/undo';
import v1BackupFixture from '../fixtures/v1-backup.json';

/** Tuesday 24 November 2026, 15:00 local time, in whatever TZ the tests run. */
const NOW = new Date(2026, 10, 24, 15, 0);

const dana: ContactFields = {
  name: 'Dana Lee',
  organization: 'Acme',
  role: 'Hiring manager',
  metHow: 'interview',
  metOn: '2026-11-24',
  notes: 'Wants two references; "quotes", commas, emoji 🎨',
  email: 'dana@acme.example',
  phoneOffice: '',
  phoneMobile: '',
  agreed: null,
  status: 'active',
};

const stores = [
  $slots,
  $settingsSlot,
  $recovered,
  $records,
  $contacts,
  $touches,
  $plan,
  $settings,
  $storageStatus,
  $backupReminderDue,
];

let stop: () => void = () => {};

function watch() {
  const stops = stores.map((s) => s.listen(() => {}));
  stop = () => stops.forEach((fn) => fn());
}

/** What this "browser" has stored under wfu: keys, as text, in key order. */
function stored(): string {
  const storage = getTestStorage();
  return JSON.stringify(
    Object.keys(storage)
      .filter((k) => k.startsWith('wfu:'))
      .sort()
      .map((k) => [k, storage[k]]),
  );
}

/** The same, with each value parsed: equal data whatever the key order inside a value. */
function storedData(): Record<string, unknown> {
  const storage = getTestStorage();
  return Object.fromEntries(
    Object.keys(storage)
      .filter((k) => k.startsWith('wfu:'))
      .map((k) => [k, JSON.parse(storage[k]!) as unknown]),
  );
}

/** Characters of all keys and values stored, as a browser's quota counts them. */
function storageSize(): number {
  return Object.entries(getTestStorage()).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
}

/** Forgets everything, as if the next lines ran in a new, empty browser. */
function newBrowser() {
  stop();
  cleanStores(...stores);
  cleanTestStorage();
  watch();
}

function fixture(): Backup {
  return structuredClone(v1BackupFixture) as unknown as Backup;
}

function fixtureText(edit: (b: Backup) => void = () => {}): string {
  const backup = fixture();
  edit(backup);
  return JSON.stringify(backup);
}

/** Two contacts with a done touch, a voicemail attempt and non-default settings, built through the actions. */
function somePlanner() {
  $today.set('2026-11-24');
  const a = addContact(dana)!;
  const b = addContact({ ...dana, name: 'Sam Ortiz', metHow: 'networking', notes: '' })!;
  markTouchDone($plan.get().byContact[a.id]!.touches[0]!, 'sent', '2026-11-24', '2026-11-24');
  updateSettings({ studentName: 'Robin Park', dailyLimit: 3 });
  return { a, b };
}

/**
 * A storage engine that refuses writes: every write after the first `allowed`
 * ones, or (`once`) only the next one, as when a quota is hit and room then
 * comes back. Deletes always work. Returns the count of writes tried.
 */
function useStorageFullAfter(allowed: number, { once = false } = {}) {
  let writes = 0;
  const storage = getTestStorage();
  const full = new Proxy(storage, {
    set(target, key, value) {
      writes += 1;
      if (once ? writes === allowed + 1 : writes > allowed)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return Reflect.set(target, key, value);
    },
  });
  setPersistentEngine(full, { addEventListener() {}, removeEventListener() {} });
  return () => writes;
}

/** A storage engine with a real quota: at most `limit` characters of keys and values in all. */
function useQuota(limit: number) {
  const storage = getTestStorage();
  const size = () =>
    Object.entries(storage).reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  const full = new Proxy(storage, {
    set(target, key, value: string) {
      const old = typeof key === 'string' && key in target ? key.length + target[key]!.length : 0;
      if (size() - old + String(key).length + value.length > limit)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return Reflect.set(target, key, value);
    },
  });
  setPersistentEngine(full, { addEventListener() {}, removeEventListener() {} });
}

beforeAll(() => {
  useTestStorageEngine();
});

beforeEach(() => {
  watch();
});

afterEach(() => {
  stop();
  useTestStorageEngine();
  cleanStores(...stores);
  cleanTestStorage();
  $storageProblem.set(null);
  $undoOffer.set(null);
});

describe('exportBackup', () => {
  it('names the file with the date and records the export in the file and here', () => {
    somePlanner();
    const { fileName, text } = exportBackup(NOW);
    expect(fileName).toBe('wise-follow-up-backup-2026-11-24.json');
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.exportedAt).toBe(NOW.toISOString());
    expect(parsed.value.settings).toMatchObject({
      dailyLimit: 3,
      weekendsAllowed: false,
      studentName: 'Robin Park',
      lastBackupAt: NOW.toISOString(),
    });
    expect(parsed.value.contacts.map((c) => c.name)).toEqual(['Dana Lee', 'Sam Ortiz']);
    expect(parsed.value.touches).toHaveLength(1);
    expect($settings.get().lastBackupAt).toBe(NOW.toISOString());
  });

  it('still gives the file when the browser cannot record the export', () => {
    somePlanner();
    useStorageFullAfter(0);
    const { text } = exportBackup(NOW);
    expect(parseBackup(text).ok).toBe(true);
    expect($storageProblem.get()).toMatch(/^Your backup file is ready, but this browser would not/);
  });

  it('an empty planner exports settings and no contacts', () => {
    const parsed = parseBackup(exportBackup(NOW).text);
    expect(parsed.ok && parsed.value.contacts).toEqual([]);
  });
});

describe('export then import', () => {
  it('gives back exactly the same data in an empty browser', () => {
    somePlanner();
    const { text } = exportBackup(NOW);
    const before = storedData();
    const records = $records.get();
    const settings = $settings.get();

    newBrowser();
    expect($contacts.get()).toEqual([]);
    const read = previewImport(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.replace.added.map((c) => c.name)).toEqual(['Dana Lee', 'Sam Ortiz']);
    expect(applyBackup(read.value.backup)).toBe(true);

    expect($records.get()).toEqual(records);
    expect($settings.get()).toEqual(settings);
    expect(storedData()).toEqual(before);
    // The same data makes the same file, whichever browser exports it.
    expect(exportBackup(NOW).text).toBe(text);
  });

  it('importing the file just exported changes nothing and writes nothing', () => {
    somePlanner();
    const { text } = exportBackup(NOW);
    const before = stored();
    const read = previewImport(text);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.replace.changesNothing).toBe(true);
    const writes = useStorageFullAfter(Infinity);
    expect(applyBackup(read.value.backup)).toBe(true);
    expect(writes()).toBe(0);
    expect(stored()).toBe(before);
  });

  it('keeps the fixture backup exact through import and export', () => {
    const exportedAt = new Date(fixture().exportedAt);
    const read = previewImport(serializeBackup(fixture(), exportedAt));
    if (!read.ok) throw new Error(read.error);
    expect(applyBackup(read.value.backup)).toBe(true);
    // The export records itself in lastBackupAt; everything else is the file as it was.
    const expected = fixture();
    expected.settings.lastBackupAt = fixture().exportedAt;
    expect(exportBackup(exportedAt).text).toBe(serializeBackup(expected, exportedAt));
  });
});

describe('previewImport', () => {
  it('says what will be added, replaced, removed and kept, and changes nothing', () => {
    const { a } = somePlanner();
    const mine = exportBackup(NOW).text;
    const file = JSON.parse(mine) as Backup;
    file.contacts = file.contacts.filter((c) => c.id !== a.id);
    file.contacts[0]!.organization = 'Globex';
    file.touches = [];
    file.contacts.push(fixture().contacts[0]!);
    file.settings.dailyLimit = 7;
    const before = stored();
    const read = previewImport(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error);
    expect(read.value.replace.summary).toEqual([
      'Adds 1 contact (Dana Lee).',
      "Replaces 1 contact with the file's version (Sam Ortiz).",
      'Removes 1 contact that is not in the file (Dana Lee).',
      'Changes settings: daily limit.',
      'Touches: 1 now, 0 after the import.',
    ]);
    expect(stored()).toBe(before);
  });

  it.each([
    ['invalid JSON', '{"format": "wise-follow-up", ', /not valid JSON/],
    ['a foreign file', '{"name": "my-app", "version": "1.0.0"}', /not a Wise Follow-Up backup/],
    ['a newer version', fixtureText((b) => ((b as { version: number }).version = 2)), /newer/],
    [
      'a record with a wrong type',
      fixtureText((b) => ((b.contacts[1] as { name: unknown }).name = 42)),
      /Contact 2 \(contacts\[1\]\.name\): should be text, not 42/,
    ],
  ])('refuses %s with a message and changes nothing', (_, text, message) => {
    somePlanner();
    const before = stored();
    const read = previewImport(text);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error).toMatch(message);
    expect(stored()).toBe(before);
  });
});

describe('applyBackup', () => {
  it('replaces the planner with the file: adds, replaces, removes and takes its settings', () => {
    const { a, b } = somePlanner();
    const file = fixture();
    file.contacts.push({ ...$records.get()[b.id]!.contact, organization: 'Globex' });
    expect(applyBackup(file)).toBe(true);
    expect($contacts.get().map((c) => c.name)).toEqual([
      'Dana Lee',
      'Sam Ortiz',
      'Zoë Ó Briain',
      '渡辺 健二',
    ]);
    expect($records.get()[a.id]).toBeUndefined();
    expect(getTestStorage()[`wfu:contact:${a.id}`]).toBeUndefined();
    expect($records.get()[b.id]!.contact.organization).toBe('Globex');
    expect($records.get()[b.id]!.touches).toEqual([]);
    expect($touches.get()).toHaveLength(fixture().touches.length);
    expect($settings.get()).toEqual(fixture().settings);
  });

  it('withdraws an Undo offered before the import', () => {
    somePlanner();
    offerUndo('Deleted someone.', () => 'undone');
    applyBackup(fixture());
    expect($undoOffer.get()).toBeNull();
  });

  it('sets unreadable data aside instead of writing over it', () => {
    setTestStorageKey('wfu:contact:c-dana-lee', '{"version":1,"contact":');
    expect(applyBackup(fixture())).toBe(true);
    expect(Object.values($recovered.get())).toEqual(['{"version":1,"contact":']);
    expect($records.get()['c-dana-lee']!.contact.name).toBe('Dana Lee');
  });

  it('is all or nothing when a write fails after any number of writes', () => {
    somePlanner();
    const before = stored();
    const records = $records.get();
    const settings = $settings.get();
    // Writes the import needs: 3 new contacts and the settings (the 2 removals are deletes).
    const needed = fixture().contacts.length + 1;
    for (let allowed = 0; allowed < needed; allowed += 1) {
      useStorageFullAfter(allowed, { once: true });
      expect(applyBackup(fixture()), `failing after ${allowed} writes`).toBe(false);
      useTestStorageEngine();
      expect(stored(), `storage after ${allowed} writes`).toBe(before);
      expect($records.get()).toEqual(records);
      expect($settings.get()).toEqual(settings);
      expect($storageProblem.get()).toMatch(/no room left for this backup, so nothing was changed/);
    }
    const writes = useStorageFullAfter(needed);
    expect(applyBackup(fixture())).toBe(true);
    expect(writes()).toBe(needed);
    expect($storageProblem.get()).toBeNull();
  });

  it('puts everything back within a real quota that the backup does not fit', () => {
    somePlanner();
    const saved = Object.entries(getTestStorage());
    const size = storageSize;
    const used = size();
    // How much the imported planner takes, then back to the planner as it was.
    applyBackup(fixture());
    const after = size();
    newBrowser();
    stop();
    cleanStores(...stores);
    for (const [key, value] of saved) getTestStorage()[key] = value;
    watch();
    // Read back on mount, the records are rewritten in the schema's key order.
    const before = stored();
    expect(storedData()).toEqual(Object.fromEntries(saved.map(([k, v]) => [k, JSON.parse(v)])));
    expect(after).toBeGreaterThan(used + 100);

    const gap = after - used;
    for (const limit of [used, used + Math.floor(gap / 3), used + Math.floor(gap / 2), after - 1]) {
      useQuota(limit);
      expect(applyBackup(fixture()), `quota of ${limit} characters`).toBe(false);
      useTestStorageEngine();
      expect(stored()).toBe(before);
      expect($storageProblem.get()).toMatch(/no room left for this backup, so nothing was changed/);
    }
    useQuota(after);
    expect(applyBackup(fixture())).toBe(true);
  });

  it('leaves no settings key behind when a browser that never saved settings is full', () => {
    $today.set('2026-11-24');
    addContact(dana);
    // Mounting the stores in a test can write default settings; a new browser has none.
    delete getTestStorage()['wfu:settings'];
    const before = stored();
    useQuota(storageSize());
    expect(applyBackup(fixture())).toBe(false);
    useTestStorageEngine();
    expect(stored()).toBe(before);
    expect($storageProblem.get()).toMatch(/no room left for this backup, so nothing was changed/);
  });

  it('says so plainly when even putting things back fails', () => {
    somePlanner();
    // One write succeeds, then every write (including putting back) is refused.
    useStorageFullAfter(1);
    const file = fixture();
    expect(applyBackup(file)).toBe(false);
    expect($storageProblem.get()).toMatch(/could not put everything back/);
  });
});

describe('applyBackup with Merge', () => {
  /** This browser's plan, and a file from another browser: Sam edited there later, Dana kept older there, the fixture's three new. */
  function otherBrowsersFile(a: { id: string }, b: { id: string }): Backup {
    const mine = JSON.parse(exportBackup(NOW).text) as Backup;
    const file = fixture();
    const sam = mine.contacts.find((c) => c.id === b.id)!;
    const dana = mine.contacts.find((c) => c.id === a.id)!;
    file.contacts.push(
      {
        ...sam,
        organization: 'Globex',
        updatedAt: new Date(Date.parse(sam.updatedAt) + 60_000).toISOString(),
      },
      { ...dana, role: 'Older role', updatedAt: '2026-01-01T00:00:00.000Z' },
    );
    file.settings.dailyLimit = 9;
    return file;
  }

  it('adds the new contacts, takes the newer edit, keeps the rest and the settings', () => {
    const { a, b } = somePlanner();
    const file = otherBrowsersFile(a, b);
    const settings = $settings.get();
    const danaBefore = getTestStorage()[`wfu:contact:${a.id}`];
    const read = previewImport(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error);
    expect(read.value.merge.summary).toEqual([
      'Adds 3 contacts (Dana Lee, Zoë Ó Briain, 渡辺 健二).',
      "Updates 1 contact with the file's newer version (Sam Ortiz).",
      "Keeps this browser's version of 1 contact, edited here more recently (Dana Lee).",
      'Keeps your settings.',
      'Touches: 1 now, 8 after merging.',
    ]);

    expect(applyBackup(read.value.backup, 'merge')).toBe(true);
    expect($contacts.get()).toHaveLength(5);
    expect($records.get()[b.id]!.contact.organization).toBe('Globex');
    expect($records.get()[a.id]!.contact.role).toBe('Hiring manager');
    expect(getTestStorage()[`wfu:contact:${a.id}`]).toBe(danaBefore); // not rewritten
    expect($touches.get()).toHaveLength(8);
    expect($settings.get()).toEqual(settings);
  });

  it('merging the same file twice writes nothing the second time', () => {
    const { a, b } = somePlanner();
    const file = otherBrowsersFile(a, b);
    expect(applyBackup(file, 'merge')).toBe(true);
    const after = stored();
    const read = previewImport(JSON.stringify(file));
    if (!read.ok) throw new Error(read.error);
    expect(read.value.merge.changesNothing).toBe(true);
    const writes = useStorageFullAfter(Infinity);
    expect(applyBackup(file, 'merge')).toBe(true);
    expect(writes()).toBe(0);
    expect(stored()).toBe(after);
  });

  it('is all or nothing when the browser refuses a write part-way', () => {
    const { a, b } = somePlanner();
    const file = otherBrowsersFile(a, b);
    const before = stored();
    // Writes the merge needs: 3 added contacts and Sam's update; no settings, no removals.
    for (let allowed = 0; allowed < 4; allowed += 1) {
      useStorageFullAfter(allowed, { once: true });
      expect(applyBackup(file, 'merge'), `failing after ${allowed} writes`).toBe(false);
      useTestStorageEngine();
      expect(stored(), `storage after ${allowed} writes`).toBe(before);
      expect($storageProblem.get()).toMatch(/nothing was changed/);
    }
    const writes = useStorageFullAfter(4);
    expect(applyBackup(file, 'merge')).toBe(true);
    expect(writes()).toBe(4);
  });
});

describe('eraseAll', () => {
  it('removes every contact, the settings and the kept-aside copies, and nothing else', () => {
    somePlanner();
    setTestStorageKey('wfu:contact:broken', 'not json');
    $recovered.setKey('contact:old:1', 'old text');
    getTestStorage()['wfu:course:done'] = '[1,2]';
    eraseAll();
    expect($contacts.get()).toEqual([]);
    expect($settings.get()).toEqual(DEFAULT_SETTINGS);
    expect($recovered.get()).toEqual({});
    const keys = Object.keys(getTestStorage()).filter((k) => k.startsWith('wfu:'));
    expect(keys.sort()).toEqual(['wfu:course:done', 'wfu:settings']);
    expect(JSON.parse(getTestStorage()['wfu:settings']!)).toEqual(DEFAULT_SETTINGS);
    expect($storageStatus.get()).toMatchObject({ contacts: 0, touches: 0, bytes: 0 });
  });
});

describe('$storageStatus', () => {
  it('counts contacts and touches and measures what is stored', () => {
    somePlanner();
    $recovered.setKey('settings:1', 'kept');
    const status = $storageStatus.get();
    expect(status).toMatchObject({ contacts: 2, touches: 1, keptAside: 1, lastBackupAt: null });
    const storage = getTestStorage();
    const chars = Object.keys(storage)
      .filter((k) => k.startsWith('wfu:'))
      .reduce((sum, k) => sum + k.length + storage[k]!.length, 0);
    expect(status.bytes).toBe(chars * 2);
  });

  it('gives the last backup as a local date and days since', () => {
    $today.set('2026-12-01');
    updateSettings({ lastBackupAt: new Date(2026, 10, 24, 23, 30).toISOString() });
    expect($storageStatus.get()).toMatchObject({ lastBackupOn: '2026-11-24', daysSinceBackup: 7 });
  });
});

describe('$backupReminderDue', () => {
  const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9).toISOString();
  it.each([
    ['not due without contacts', false, null, '2026-12-24', false],
    ['due with contacts and no backup ever', true, null, '2026-11-24', true],
    ['not due on the day of a backup', true, at(2026, 11, 24), '2026-11-24', false],
    ['not due 7 days after a backup', true, at(2026, 11, 17), '2026-11-24', false],
    ['due 8 days after a backup', true, at(2026, 11, 16), '2026-11-24', true],
    ['due 8 days after a backup across the new year', true, at(2026, 12, 26), '2027-01-03', true],
  ])('%s', (_, hasContacts, lastBackupAt, today, due) => {
    if (hasContacts) addContact(dana);
    updateSettings({ lastBackupAt });
    $today.set(today);
    expect($backupReminderDue.get()).toBe(due);
  });

  it('is cleared by an export', () => {
    $today.set('2026-11-24');
    addContact(dana);
    expect($backupReminderDue.get()).toBe(true);
    exportBackup(new Date(2026, 10, 24, 10));
    expect($backupReminderDue.get()).toBe(false);
  });
});

describe('sizeLabel', () => {
  it.each([
    [0, 'nothing'],
    [900, 'less than 1 KB'],
    [12_300, 'about 12 KB'],
    [3 * 1024 * 1024, 'about 3.0 MB'],
  ])('%i bytes: %s', (bytes, label) => {
    expect(sizeLabel(bytes)).toBe(label);
  });
});
