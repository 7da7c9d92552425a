import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanTestStorage,
  getTestStorage,
  setPersistentEngine,
  setTestStorageKey,
  useTestStorageEngine,
} from '@nanostores/persistent';
import { cleanStores } from 'nanostores';
import {
  $contacts,
  $records,
  $recovered,
  $settings,
  $settingsSlot,
  $slots,
  $storageProblem,
  $today,
  keepUnreadableAside,
  updateSettings,
} from '../../src/stores/planner';
import { $plan } from '../../src/stores/plan';
import {
  addContact,
  addVoicemailAttempt,
  deleteContact,
  markTouchDone,
  updateContact,
} from '../../src/stores/plannerActions';
import { danaFields, listenTo } from './helpers/plannerStores';
import type { ContactRecord } from '../../src/lib/plannerSchema';
import { readStoredRecord } from '../../src/lib/migrations';
import compactFixture from '../fixtures/v1-compact-records.json';

const dana = danaFields({ email: 'dana@acme.example' });

const stores = [$slots, $settingsSlot, $recovered, $records, $contacts, $plan, $settings];

beforeAll(() => {
  useTestStorageEngine();
});

afterEach(() => {
  cleanStores(...stores);
  cleanTestStorage();
  $storageProblem.set(null);
});

const watch = () => listenTo(stores);

describe('planner store', () => {
  it('keeps each contact under its own key', () => {
    const stop = watch();
    $today.set('2026-11-24');
    const a = addContact(dana)!;
    const b = addContact({ ...dana, name: 'Sam Ortiz' })!;
    const keys = Object.keys(getTestStorage()).filter((k) => k.startsWith('wfu:contact:'));
    expect(keys.sort()).toEqual([`wfu:contact:${a.id}`, `wfu:contact:${b.id}`].sort());
    // Stored as the plain JSON of the record, exactly.
    expect(JSON.parse(getTestStorage()[`wfu:contact:${a.id}`]!)).toEqual({
      version: 1,
      contact: a,
      touches: [],
    });
    stop();
  });

  it('reads a record kept in the retired compact layout, and saves it as plain JSON when it changes', () => {
    const { key, stored, record } = compactFixture.records[3]!;
    const contact = record.contact as ContactRecord['contact'];
    setTestStorageKey(key, stored);
    const stop = watch();
    expect($records.get()[contact.id]).toEqual(record);
    expect(getTestStorage()[key]).toBe(stored); // reading alone rewrites nothing
    const edit = updateContact(contact.id, { role: 'Director' }, contact);
    expect(edit.ok).toBe(true);
    expect(JSON.parse(getTestStorage()[key]!)).toEqual({
      ...record,
      contact: { ...contact, role: 'Director', updatedAt: expect.any(String) },
    });
    stop();
  });

  it('plans a thank-you for a new contact and moves on once it is done', () => {
    const stop = watch();
    $today.set('2026-11-24');
    const a = addContact(dana)!;
    const first = $plan.get().byContact[a.id]!.touches[0]!;
    expect(first).toMatchObject({ purpose: 'thank-you', due: '2026-11-24' });
    const undo = markTouchDone(first, 'sent', '2026-11-24', '2026-11-24')!;
    const next = $plan.get().byContact[a.id]!.touches[0]!;
    expect(next.purpose).not.toBe('thank-you');
    expect(next.channel).not.toBe(first.channel);
    undo();
    expect($plan.get().byContact[a.id]!.touches[0]!.id).toBe(first.id);
    stop();
  });

  it('sees another tab change a contact', () => {
    const stop = watch();
    const a = addContact(dana)!;
    const record = JSON.parse(getTestStorage()[`wfu:contact:${a.id}`]!) as ContactRecord;
    record.contact.organization = 'Changed in another tab';
    setTestStorageKey(`wfu:contact:${a.id}`, JSON.stringify(record));
    expect($contacts.get()[0]!.organization).toBe('Changed in another tab');
    stop();
  });

  it('moves an unreadable key aside, keeps its text and leaves the rest working', () => {
    setTestStorageKey('wfu:contact:zzz', '{"version":1,"contact":');
    setTestStorageKey('wfu:settings', 'not json');
    const stop = watch();
    keepUnreadableAside();
    expect(Object.keys(getTestStorage()).filter((k) => k.startsWith('wfu:contact:'))).toEqual([]);
    expect(Object.values($recovered.get()).sort()).toEqual(
      ['not json', '{"version":1,"contact":'].sort(),
    );
    expect($settings.get().dailyLimit).toBe(5);
    addContact(dana);
    expect($contacts.get()).toHaveLength(1);
    stop();
  });

  it('Undo of an edit puts back the field it changed, and nothing else', () => {
    const a = addContact(dana)!;
    const stop = watch();
    const edit = updateContact(a.id, { notes: 'Asked for two references.' }, a);
    if (!edit.ok) throw new Error('the edit was not saved');
    expect($records.get()[a.id]!.contact.notes).toBe('Asked for two references.');
    // Another tab changes the role meanwhile.
    const record = JSON.parse(getTestStorage()[`wfu:contact:${a.id}`]!) as ContactRecord;
    record.contact.role = 'Director';
    setTestStorageKey(`wfu:contact:${a.id}`, JSON.stringify(record));
    expect(edit.undo()).toBe('undone');
    expect($records.get()[a.id]!.contact).toMatchObject({ notes: '', role: 'Director' });
    stop();
  });

  it('moves a record saved under another contact’s key to its own key when that is free', () => {
    const a = addContact(dana)!;
    const text = getTestStorage()[`wfu:contact:${a.id}`]!;
    setTestStorageKey(`wfu:contact:${a.id}`, undefined);
    setTestStorageKey('wfu:contact:ZZZ', text);
    const stop = watch();
    keepUnreadableAside();
    expect(getTestStorage()['wfu:contact:ZZZ']).toBeUndefined();
    expect(getTestStorage()[`wfu:contact:${a.id}`]).toBe(text);
    expect($contacts.get().map((c) => c.name)).toEqual(['Dana Lee']);
    expect($recovered.get()).toEqual({});
    stop();
  });

  it('keeps a record saved under another contact’s key aside byte for byte', () => {
    const a = addContact(dana)!;
    const text = getTestStorage()[`wfu:contact:${a.id}`]!;
    setTestStorageKey('wfu:contact:someone-else', text);
    const stop = watch();
    keepUnreadableAside();
    expect(getTestStorage()['wfu:contact:someone-else']).toBeUndefined();
    expect(Object.values($recovered.get())).toEqual([text]);
    expect($contacts.get().map((c) => c.id)).toEqual([a.id]);
    stop();
  });

  it('moves aside a record from a newer version instead of dropping it', () => {
    const raw = JSON.stringify({ version: 99, contact: {}, touches: [] });
    setTestStorageKey('wfu:contact:future', raw);
    const stop = watch();
    keepUnreadableAside();
    expect(Object.values($recovered.get())).toEqual([raw]);
    stop();
  });

  it('changes nothing and says so when the browser is out of room', () => {
    const stop = watch();
    const a = addContact(dana)!;
    const before = JSON.stringify(getTestStorage());
    const storage = getTestStorage();
    const full = new Proxy(storage, {
      set() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    });
    setPersistentEngine(full, { addEventListener() {}, removeEventListener() {} });
    try {
      expect(updateContact(a.id, { notes: 'x'.repeat(100) }, a)).toEqual({
        ok: false,
        reason: 'storage',
      });
      expect(addContact({ ...dana, name: 'Sam Ortiz' })).toBeNull();
      expect($storageProblem.get()).toMatch(/no room left/);
      expect($contacts.get().map((c) => c.name)).toEqual(['Dana Lee']);
      expect($contacts.get()[0]!.notes).toBe('');
      expect(JSON.stringify(getTestStorage())).toBe(before);
    } finally {
      useTestStorageEngine();
    }
    stop();
  });

  it('adds a voicemail next attempt once, however often it is saved', () => {
    const stop = watch();
    $today.set('2026-11-24');
    const a = addContact(dana)!;
    const window = { start: '09:00', end: '12:00' };
    expect(addVoicemailAttempt(a.id, '2026-11-27', window).added).toBe(true);
    expect(addVoicemailAttempt(a.id, '2026-11-27', window).added).toBe(false);
    const calls = $records.get()[a.id]!.touches.filter((t) => t.source === 'voicemail');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ due: '2026-11-27', channel: 'call', window });
    expect(
      $plan.get().byContact[a.id]!.touches.some((t) => t.due === '2026-11-27' && t.fixed),
    ).toBe(true);
    stop();
  });

  it('a contact with a 64-character id gets a voicemail call, and its record still reads', () => {
    const id = `c-${'x'.repeat(62)}`;
    const contact = {
      ...compactFixture.records[3]!.record.contact,
      id,
    } as ContactRecord['contact'];
    setTestStorageKey(`wfu:contact:${id}`, JSON.stringify({ version: 1, contact, touches: [] }));
    const stop = watch();
    $today.set('2026-11-24');
    const window = { start: '09:00', end: '12:00' };
    expect(addVoicemailAttempt(id, '2026-11-27', window).added).toBe(true);
    const call = $records.get()[id]!.touches.find((t) => t.source === 'voicemail')!;
    expect(call.id.length).toBeLessThanOrEqual(64);
    expect(call).toMatchObject({ contactId: id, due: '2026-11-27', window });
    // As the next page load reads it: the record is whole, and nothing went to recovery.
    expect(readStoredRecord(getTestStorage()[`wfu:contact:${id}`]!).ok).toBe(true);
    keepUnreadableAside();
    expect($recovered.get()).toEqual({});
    expect($contacts.get().map((c) => c.id)).toEqual([id]);
    stop();
  });

  it('deletes a contact with an undo that brings back its touches', () => {
    const stop = watch();
    $today.set('2026-11-24');
    const a = addContact(dana)!;
    markTouchDone($plan.get().byContact[a.id]!.touches[0]!, 'sent', '2026-11-24', '2026-11-24');
    const undo = deleteContact(a.id)!;
    expect($contacts.get()).toEqual([]);
    undo();
    expect($records.get()[a.id]!.touches).toHaveLength(1);
    stop();
  });

  it('stores settings', () => {
    const stop = watch();
    expect(updateSettings({ dailyLimit: 3, weekendsAllowed: true })).toBe(true);
    expect(JSON.parse(getTestStorage()['wfu:settings']!)).toMatchObject({
      dailyLimit: 3,
      weekendsAllowed: true,
    });
    stop();
  });
});
