/**
 * The faults a hostile test found in the planner (two-digit years, reserved
 * ids, misplaced and oversized stored text, refused writes), each pinned
 * where its rule lives: a student's data is never lost, hidden or locked.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import { readAgreedNext } from '../../src/lib/agreedNext';
import { parseBackup } from '../../src/lib/backup';
import { readContactForm, emptyContactForm } from '../../src/lib/contactForm';
import { contactRecordSchema, type ContactRecord } from '../../src/lib/plannerSchema';
import { dateProblem, isIsoDate } from '../../src/lib/localDate';
import { readStoredRecord } from '../../src/lib/migrations';
import {
  $contacts,
  $records,
  $recovered,
  $settings,
  $settingsSlot,
  $slots,
  $storageProblem,
  $today,
  $unreadable,
  discardUnreadable,
  keepUnreadableAside,
  setAsideReservedKeys,
} from '../../src/stores/planner';
import { $plan } from '../../src/stores/plan';
import {
  addContact,
  markTouchDone,
  moveTouch,
  updateContact,
} from '../../src/stores/plannerActions';
import { saveProfile } from '../../src/stores/profile';
import { makeContact } from '../fixtures/contact';
import { danaFields, listenTo, refuseWrites } from './helpers/plannerStores';
import v1Backup from '../fixtures/v1-backup.json';

const dana = danaFields();

const stores = [
  $slots,
  $settingsSlot,
  $recovered,
  $records,
  $contacts,
  $plan,
  $settings,
  $unreadable,
];
const watch = () => listenTo(stores);

beforeAll(() => useTestStorageEngine());

afterEach(() => {
  cleanStores(...stores);
  cleanTestStorage();
  useTestStorageEngine();
  $storageProblem.set(null);
});

describe('a date the planner cannot work with is refused where it enters', () => {
  it.each([
    ['0026-11-29', 'Type the year with all four digits'],
    ['0001-01-01', 'Type the year with all four digits'],
    ['1999-12-31', 'Choose a date between 2000 and 2099'],
    ['2100-01-01', 'Choose a date between 2000 and 2099'],
    ['2026-02-30', 'Enter the date'],
    ['', 'Enter the date'],
  ])('%s: "%s…"', (value, message) => {
    expect(isIsoDate(value)).toBe(false);
    expect(dateProblem(value, 'Enter the date you met.')).toMatch(message);
  });

  it('accepts the first and last days of the accepted years', () => {
    for (const value of ['2000-01-01', '2099-12-31', '2028-02-29']) {
      expect(dateProblem(value, 'x')).toBeNull();
    }
  });

  it('the contact form says what is wrong with a two-digit year, on that field', () => {
    const result = readContactForm(
      { ...emptyContactForm('2026-11-30'), name: 'Dana', metOn: '0026-11-29' },
      '2026-11-30',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.metOn).toMatch(/all four digits/);
  });

  it('the agreed day says the same', () => {
    const result = readAgreedNext({
      agreedDate: '0026-12-02',
      agreedStart: '',
      agreedEnd: '',
      agreedNumber: '',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.agreedDate).toMatch(/all four digits/);
  });

  it('an imported backup with a meeting in the year 1 is refused, and says where', () => {
    const file = structuredClone(v1Backup);
    file.contacts[0]!.metOn = '0001-01-01';
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/metOn|date/i);
  });

  it('a stored record with such a date is set aside, and the plan still builds for the rest', () => {
    const a = addContact(dana)!;
    const record = JSON.parse(JSON.stringify($records.get()[a.id]));
    record.contact.id = 'c-old';
    record.contact.metOn = '0026-11-29';
    expect(v.safeParse(contactRecordSchema, record).success).toBe(false);
    expect(readStoredRecord(JSON.stringify(record)).ok).toBe(false);
    setTestStorageKey('wfu:contact:c-old', JSON.stringify(record));
    const stop = watch();
    $today.set('2026-11-30');
    keepUnreadableAside();
    expect(() => $plan.get()).not.toThrow();
    expect($contacts.get().map((c) => c.name)).toEqual(['Dana Lee']);
    expect(Object.values($recovered.get())).toEqual([JSON.stringify(record)]);
    stop();
  });

  it('the actions themselves refuse a done day in the future and a move into the past', () => {
    const stop = watch();
    $today.set('2026-11-24');
    const a = addContact(dana)!;
    const first = $plan.get().byContact[a.id]!.touches[0]!;
    expect(() => markTouchDone(first, 'sent', '2026-11-25', '2026-11-24')).toThrow(
      /today or earlier/,
    );
    expect(() => moveTouch(first, '2026-11-23', '2026-11-24')).toThrow(/today or a later day/);
    expect($records.get()[a.id]!.touches).toEqual([]);
    stop();
  });
});

describe('Undo in one tab after work in another', () => {
  /** Another tab's write: the stored text changes and this tab hears of it. */
  function otherTab(id: string, change: (record: ContactRecord) => void) {
    const record = structuredClone($records.get()[id]!);
    change(record);
    setTestStorageKey(`wfu:contact:${id}`, JSON.stringify(record));
  }

  it('Undo of Done puts the thank-you back in the plan and keeps the notes saved in the other tab', () => {
    const stop = watch();
    $today.set('2026-11-24');
    const a = addContact(dana)!;
    const first = $plan.get().byContact[a.id]!.touches[0]!;
    const undo = markTouchDone(first, 'sent', '2026-11-24', '2026-11-24')!;
    otherTab(a.id, (r) => (r.contact.notes = 'Asked for two references.'));
    expect(undo()).toBe('undone');
    expect($records.get()[a.id]!.contact.notes).toBe('Asked for two references.');
    expect($records.get()[a.id]!.touches).toEqual([]);
    expect($plan.get().byContact[a.id]!.touches[0]!.id).toBe(first.id);
    stop();
  });

  it('Undo leaves a touch the other tab changed again, and says nothing was undone', () => {
    const stop = watch();
    $today.set('2026-11-24');
    const a = addContact(dana)!;
    const first = $plan.get().byContact[a.id]!.touches[0]!;
    const undo = markTouchDone(first, 'sent', '2026-11-24', '2026-11-24')!;
    otherTab(a.id, (r) => (r.touches[0]!.outcome = 'replied'));
    expect(undo()).toBe('changed-since');
    expect($records.get()[a.id]!.touches[0]!.outcome).toBe('replied');
    stop();
  });

  it('an edit from a form opened before another tab’s edit of the same field is refused, naming it', () => {
    const stop = watch();
    const a = addContact(dana)!;
    otherTab(a.id, (r) => (r.contact.notes = 'From the other tab.'));
    expect(updateContact(a.id, { notes: 'From this tab.' }, a)).toEqual({
      ok: false,
      reason: 'conflict',
      fields: ['notes'],
    });
    expect($records.get()[a.id]!.contact.notes).toBe('From the other tab.');
    // The student chose to replace it.
    expect(updateContact(a.id, { notes: 'From this tab.' }, a, true).ok).toBe(true);
    expect($records.get()[a.id]!.contact.notes).toBe('From this tab.');
    stop();
  });
});

describe('ids and keys that a plain object already has', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '"%s" is not an id the planner accepts',
    (id) => {
      const record = {
        version: 1,
        contact: makeContact({ id, name: 'X', metOn: '2026-11-24' }),
        touches: [],
      };
      expect(v.safeParse(contactRecordSchema, record).success).toBe(false);
      expect(readStoredRecord(JSON.stringify(record)).ok).toBe(false);
    },
  );

  it('a backup with a contact whose id is __proto__ is refused as a whole', () => {
    const file = structuredClone(v1Backup) as {
      contacts: { id: string }[];
      touches: { contactId: string }[];
    };
    const old = file.contacts[0]!.id;
    file.contacts[0]!.id = '__proto__';
    for (const t of file.touches) if (t.contactId === old) t.contactId = '__proto__';
    // Written by hand: JSON.stringify of an object literal cannot carry an own "__proto__" key safely.
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok).toBe(false);
  });

  it('a stored wfu:contact:__proto__ key is moved to a recovery key before the planner reads storage', () => {
    const items = new Map<string, string>([
      ['wfu:contact:__proto__', '{"version":1}'],
      ['wfu:contact:c1', 'kept'],
    ]);
    const storage = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, value: string) => void items.set(k, value),
      removeItem: (k: string) => void items.delete(k),
      clear: () => items.clear(),
    } satisfies Storage;
    setAsideReservedKeys(storage);
    expect(items.has('wfu:contact:__proto__')).toBe(false);
    expect(items.get('wfu:contact:c1')).toBe('kept');
    const aside = [...items.entries()].filter(([k]) => k.startsWith('wfu:recovery:contact:'));
    expect(aside.map(([, value]) => value)).toEqual(['{"version":1}']);
    // Run again (every page load): nothing more appears.
    setAsideReservedKeys(storage);
    expect(items.size).toBe(2);
  });

  it('looking up a contact called "toString" finds nothing, and editing it changes nothing', () => {
    const stop = watch();
    addContact(dana);
    expect($records.get()['toString']).toBeUndefined();
    const base = makeContact({ id: 'toString', name: 'X', metOn: '2026-11-24' });
    expect(updateContact('toString', { notes: 'x' }, base)).toEqual({
      ok: false,
      reason: 'deleted',
    });
    expect(Object.keys(getTestStorage()).filter((k) => k.startsWith('wfu:contact:'))).toHaveLength(
      1,
    );
    stop();
  });
});

describe('a record saved under another contact’s key', () => {
  it('goes to its own key when the page opens, and nothing is set aside', () => {
    const a = addContact(dana)!;
    const storage = getTestStorage();
    const text = storage[`wfu:contact:${a.id}`]!;
    delete storage[`wfu:contact:${a.id}`];
    storage['wfu:contact:ZZZ'] = text;
    // Reading the records (as a page does) starts the watcher that moves it.
    const stop = watch();
    expect(getTestStorage()[`wfu:contact:${a.id}`]).toBe(text);
    expect(getTestStorage()['wfu:contact:ZZZ']).toBeUndefined();
    expect($unreadable.get()).toEqual([]);
    expect($contacts.get().map((c) => c.name)).toEqual(['Dana Lee']);
    stop();
  });
});

describe('unreadable text too big to copy aside', () => {
  it('stays where it is, is listed for download, and no "no room to save" is said for it', () => {
    const big = 'x'.repeat(3_000_000);
    setTestStorageKey('wfu:contact:c-big', big);
    refuseWrites((key) => key.startsWith('wfu:recovery:'));
    const stop = watch();
    keepUnreadableAside();
    expect(getTestStorage()['wfu:contact:c-big']).toBe(big);
    expect($storageProblem.get()).toBeNull();
    const listed = $unreadable.get();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ storageKey: 'wfu:contact:c-big', inPlace: true });
    expect(listed[0]!.raw).toBe(big);
    // The student may remove it once downloaded.
    discardUnreadable(listed[0]!);
    expect(getTestStorage()['wfu:contact:c-big']).toBeUndefined();
    expect($unreadable.get()).toEqual([]);
    stop();
  });
});

describe('every refused write says so and changes nothing', () => {
  it('a move the browser refuses returns no undo and leaves the touch where it was', () => {
    const stop = watch();
    $today.set('2026-11-24');
    const a = addContact(dana)!;
    const first = $plan.get().byContact[a.id]!.touches[0]!;
    const before = JSON.stringify(getTestStorage());
    refuseWrites(() => true);
    expect(moveTouch(first, '2026-11-26', '2026-11-24')).toBeNull();
    expect($storageProblem.get()).toMatch(/no room left/);
    expect(JSON.stringify(getTestStorage())).toBe(before);
    expect($plan.get().byContact[a.id]!.touches[0]!.due).toBe(first.due);
    stop();
  });

  it('saving the student’s name and phone reports a refusal', () => {
    const stop = watch();
    refuseWrites(() => true);
    expect(saveProfile('Sam Rivera', '555 010 4477')).toBe(false);
    stop();
  });
});

describe('a backup file nested far too deep', () => {
  it('is refused for what is wrong with it, not as invalid JSON', () => {
    const depth = 200_000;
    const result = parseBackup('['.repeat(depth) + ']'.repeat(depth));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/nested far deeper/);
  });
});
