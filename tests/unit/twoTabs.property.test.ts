/**
 * Two open tabs of the planner over one storage, as a student uses them:
 * random sequences of add, edit, done, skip, move, undo and delete, in either
 * tab. Whatever the order, every change confirmed to the student is still
 * stored unless a later confirmed change replaced it or that student's own
 * Undo reversed it; an Undo reverses only its own action's changes, and an
 * edit writes only the fields the student changed.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  setPersistentEngine,
  useTestStorageEngine,
  type PersistentEvent,
  type PersistentEvents,
  type PersistentListener,
} from '@nanostores/persistent';
import type { ContactRecord } from '../../src/lib/plannerSchema';
import { readStoredRecord } from '../../src/lib/migrations';
import { danaFields } from './helpers/plannerStores';

type Planner = typeof import('../../src/stores/planner') & typeof import('../../src/stores/plan');
type Actions = typeof import('../../src/stores/plannerActions');
type Undo = import('../../src/stores/plannerActions').Undo;

interface Tab {
  planner: Planner;
  actions: Actions;
  /** The last action's undo and the slots it changed. */
  last: { undo: Undo; slots: Map<string, string> } | null;
  /** An open edit form: the contact as it showed it. */
  form: import('../../src/lib/plannerSchema').Contact | null;
  stop: () => void;
}

const PREFIX = 'wfu:contact:';

/** One storage for both tabs; a write queues a storage event for every tab, delivered after each step. */
function sharedStorage() {
  const data: Record<string, string> = {};
  const listeners: PersistentListener[] = [];
  const queue: PersistentEvent[] = [];
  const storage = new Proxy(data, {
    set(target, key, value: string) {
      target[key as string] = value;
      queue.push({ key: key as string, newValue: value });
      return true;
    },
    deleteProperty(target, key) {
      delete target[key as string];
      // A removal's storage event has newValue null, as in browsers (the library's type says string).
      queue.push({ key: key as string, newValue: null as unknown as string });
      return true;
    },
  });
  const events: PersistentEvents = {
    addEventListener(_key, listener) {
      listeners.push(listener);
    },
    removeEventListener(_key, listener) {
      const i = listeners.indexOf(listener);
      if (i >= 0) listeners.splice(i, 1);
    },
  };
  const deliver = () => {
    while (queue.length) {
      const event = queue.shift()!;
      for (const listener of [...listeners]) listener(event);
    }
  };
  return { data, storage, events, deliver };
}

async function openTab(today: string): Promise<Tab> {
  vi.resetModules();
  const planner = {
    ...(await import('../../src/stores/planner')),
    ...(await import('../../src/stores/plan')),
  };
  const actions = await import('../../src/stores/plannerActions');
  planner.$today.set(today);
  const stops = [planner.$slots, planner.$records, planner.$plan].map((s) => s.listen(() => {}));
  return { planner, actions, last: null, form: null, stop: () => stops.forEach((s) => s()) };
}

/** What a record holds, slot by slot: `<id>|exists`, `<id>|f|<field>`, `<id>|t|<touch id>`. */
function slotsOf(id: string, record: ContactRecord | undefined): Map<string, string> {
  const slots = new Map<string, string>([[`${id}|exists`, JSON.stringify(!!record)]]);
  if (!record) return slots;
  for (const [key, value] of Object.entries(record.contact)) {
    if (key !== 'updatedAt' && key !== 'createdAt')
      slots.set(`${id}|f|${key}`, JSON.stringify(value));
  }
  for (const touch of record.touches) slots.set(`${id}|t|${touch.id}`, JSON.stringify(touch));
  return slots;
}

/** The slots that differ between two versions of one record, with their new values. */
function changed(id: string, before: ContactRecord | undefined, after: ContactRecord | undefined) {
  const [a, b] = [slotsOf(id, before), slotsOf(id, after)];
  const out = new Map<string, string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const value = b.get(key) ?? (key.includes('|t|') ? 'null' : undefined);
    if (a.get(key) !== value && value !== undefined) out.set(key, value);
  }
  return out;
}

/** Every record as a reload would read it. */
function stored(data: Record<string, string>): Map<string, ContactRecord> {
  const out = new Map<string, ContactRecord>();
  for (const [key, raw] of Object.entries(data)) {
    if (!key.startsWith(PREFIX)) continue;
    const read = readStoredRecord(raw);
    if (read.ok) out.set(read.value.contact.id, read.value);
  }
  return out;
}

const command = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), tab: fc.nat(1) }),
  fc.record({ kind: fc.constant('open' as const), tab: fc.nat(1), contact: fc.nat(3) }),
  fc.record({
    kind: fc.constant('save' as const),
    tab: fc.nat(1),
    field: fc.constantFrom('notes' as const, 'role' as const, 'organization' as const),
    value: fc.constantFrom('A', 'B', 'C'),
    overwrite: fc.boolean(),
  }),
  fc.record({
    kind: fc.constantFrom('done' as const, 'skip' as const, 'move' as const, 'delete' as const),
    tab: fc.nat(1),
    contact: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('undo' as const), tab: fc.nat(1) }),
);

describe('two tabs over one storage (property)', () => {
  afterAll(() => useTestStorageEngine());

  it('never loses a confirmed change, and Undo and edits touch only their own fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        const shared = sharedStorage();
        setPersistentEngine(shared.storage, shared.events);
        const tabs = [await openTab('2026-11-24'), await openTab('2026-11-24')];
        /** The value each slot must have: set by the latest confirmed change. */
        const expected = new Map<string, string>();
        const confirm = (slots: Map<string, string>) => {
          for (const [key, value] of slots) {
            expected.set(key, value);
            if (key.endsWith('|exists') && value === 'false') {
              const id = key.slice(0, -'|exists'.length);
              for (const k of [...expected.keys()])
                if (k.startsWith(`${id}|`) && k !== key) expected.delete(k);
            }
          }
        };
        let added = 0;
        try {
          for (const step of commands) {
            const tab = tabs[step.tab]!;
            const records = tab.planner.$records.get();
            const ids = Object.keys(records).sort();
            const id = 'contact' in step ? ids[step.contact % Math.max(ids.length, 1)] : undefined;
            const before = id ? records[id] : undefined;
            const run = (undo: Undo | null, targetId: string) => {
              if (!undo) return;
              const after = tab.planner.$records.get()[targetId];
              const slots = changed(targetId, before, after);
              tab.last = { undo, slots };
              confirm(slots);
            };
            if (step.kind === 'add') {
              added += 1;
              const contact = tab.actions.addContact(
                danaFields({ name: `Person ${added}`, metOn: '2026-11-20' }),
              );
              if (contact) {
                confirm(slotsOf(contact.id, tab.planner.$records.get()[contact.id]));
                tab.last = null;
              }
            } else if (step.kind === 'open') {
              tab.form = before ? before.contact : null;
            } else if (step.kind === 'save') {
              const base = tab.form;
              if (base) {
                const was = stored(shared.data).get(base.id);
                const result = tab.actions.updateContact(
                  base.id,
                  { [step.field]: step.value },
                  base,
                  step.overwrite,
                );
                const now = tab.planner.$records.get()[base.id];
                const slots = changed(base.id, was, now);
                // An edit writes only the field the student changed.
                for (const key of slots.keys()) expect(key).toBe(`${base.id}|f|${step.field}`);
                if (result.ok) {
                  expect(now?.contact[step.field]).toBe(step.value);
                  tab.last = { undo: result.undo, slots };
                  confirm(slots);
                  tab.form = null;
                } else {
                  expect(slots.size).toBe(0);
                  if (result.reason === 'conflict') expect(step.overwrite).toBe(false);
                }
              }
            } else if (step.kind === 'undo') {
              const last = tab.last;
              if (last) {
                tab.last = null;
                const view = stored(shared.data);
                const result = last.undo();
                const after = stored(shared.data);
                // Undo changes only slots its action changed, and only those still as it left them.
                for (const [cid] of new Map([...view, ...after])) {
                  const whole = last.slots.has(`${cid}|exists`); // an added or deleted contact
                  for (const key of changed(cid, view.get(cid), after.get(cid)).keys()) {
                    if (whole) continue;
                    expect(
                      last.slots.has(key),
                      `Undo changed ${key}, which its action did not`,
                    ).toBe(true);
                    expect(
                      slotsOf(cid, view.get(cid)).get(key) ?? 'null',
                      `Undo wrote over a later change of ${key}`,
                    ).toBe(last.slots.get(key));
                  }
                  if (result !== 'not-saved') confirm(changed(cid, view.get(cid), after.get(cid)));
                }
              }
            } else if (id && before) {
              const touch = tab.planner.$plan.get().byContact[id]?.touches[0];
              if (step.kind === 'delete') run(tab.actions.deleteContact(id), id);
              else if (touch && step.kind === 'done')
                run(tab.actions.markTouchDone(touch, 'sent', '2026-11-24', '2026-11-24'), id);
              else if (touch && step.kind === 'skip')
                run(tab.actions.skipTouch(touch, '2026-11-24'), id);
              else if (touch && step.kind === 'move')
                run(tab.actions.moveTouch(touch, '2026-12-01', '2026-11-24'), id);
            }
            shared.deliver();
            // Every confirmed change is stored, unless replaced or undone since; both tabs agree.
            const now = stored(shared.data);
            for (const [key, value] of expected) {
              const cid = key.slice(0, key.indexOf('|'));
              expect(slotsOf(cid, now.get(cid)).get(key) ?? 'null', key).toBe(value);
            }
            for (const other of tabs) {
              expect(Object.keys(other.planner.$records.get()).sort()).toEqual(
                [...now.keys()].sort(),
              );
            }
          }
        } finally {
          for (const tab of tabs) tab.stop();
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
