import { describe, expect, it } from 'vitest';
import type { ContactRecord, Touch } from '../../src/lib/plannerSchema';
import { editChanges, revertChange } from '../../src/lib/recordChange';
import { makeContact } from '../fixtures/contact';

const dana = makeContact({ id: 'c-dana', name: 'Dana Lee', metOn: '2026-11-24' });
const thankYou: Touch = {
  id: 't1',
  contactId: 'c-dana',
  due: '2026-11-24',
  window: null,
  channel: 'email',
  purpose: 'thank-you',
  state: 'done',
  outcome: 'sent',
  doneOn: '2026-11-24',
  note: '',
  source: 'plan',
};
const record = (fields: Partial<typeof dana> = {}, touches: Touch[] = []): ContactRecord => ({
  version: 1,
  contact: { ...dana, ...fields },
  touches,
});

describe('editChanges', () => {
  it('keeps only the fields the student changed from what the form showed', () => {
    const { changes, conflicts } = editChanges(
      { name: 'Dana Lee', notes: 'Two references', role: '' },
      dana,
      { ...dana, role: 'Director' },
    );
    expect(changes).toEqual({ notes: 'Two references' });
    expect(conflicts).toEqual([]);
  });

  it('names a field someone else changed to something else meanwhile', () => {
    const current = { ...dana, notes: 'From the other tab' };
    expect(editChanges({ notes: 'From this tab' }, dana, current).conflicts).toEqual(['notes']);
    // The same value typed in both places is no conflict.
    expect(editChanges({ notes: 'From the other tab' }, dana, current).conflicts).toEqual([]);
  });
});

describe('revertChange', () => {
  it('takes back a touch marked done, keeping notes written since', () => {
    const before = record();
    const after = record({}, [thankYou]);
    const current = record({ notes: 'Written in another tab' }, [thankYou]);
    expect(revertChange(before, after, current)).toEqual({
      record: record({ notes: 'Written in another tab' }),
      kept: false,
    });
  });

  it('keeps a touch changed again since, and says so', () => {
    const changedSince = { ...thankYou, outcome: 'replied' as const };
    const result = revertChange(record(), record({}, [thankYou]), record({}, [changedSince]));
    expect(result).toEqual({ record: null, kept: true });
  });

  it('puts back an edited field and a touch, but not a field edited again since', () => {
    const before = record({ notes: 'a', role: 'x' }, [
      { ...thankYou, state: 'planned', outcome: null, doneOn: null },
    ]);
    const after = record({ notes: 'b', role: 'y' }, [thankYou]);
    const current = record({ notes: 'c', role: 'y' }, [thankYou]);
    const { record: reverted, kept } = revertChange(before, after, current);
    expect(kept).toBe(true);
    expect(reverted?.contact).toMatchObject({ notes: 'c', role: 'x' });
    expect(reverted?.touches).toEqual(before.touches);
  });

  it('brings back a touch the change removed, if nothing added it again', () => {
    const result = revertChange(record({}, [thankYou]), record(), record());
    expect(result.record?.touches).toEqual([thankYou]);
  });
});
