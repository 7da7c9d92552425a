import { describe, expect, it } from 'vitest';
import { explainUnreadable } from '../../src/lib/explainUnreadable';
import { DEFAULT_SETTINGS } from '../../src/lib/settingsSchema';
import type { ContactRecord } from '../../src/lib/plannerSchema';
import v1RecordFixture from '../fixtures/v1-record.json';

const v1Record = (): ContactRecord => structuredClone(v1RecordFixture) as ContactRecord;
const STAMP = '2026-11-28T09-30-00-000Z';

describe('explainUnreadable', () => {
  it('says when the text is cut off', () => {
    const text = JSON.stringify(v1Record());
    expect(explainUnreadable(`contact:c1:${STAMP}`, text.slice(0, 40))).toBe(
      'The text is cut off or damaged, so it is not complete data.',
    );
    expect(explainUnreadable(`settings:${STAMP}`, '{"dailyLimit":')).toBe(
      'The text is cut off or damaged, so it is not complete data.',
    );
  });

  it('names the field of a contact that is wrong, and what is wrong with it', () => {
    const record = v1Record();
    record.touches[1]!.due = '2026-02-30';
    const id = record.contact.id;
    expect(explainUnreadable(`contact:${id}:${STAMP}`, JSON.stringify(record))).toBe(
      'Touch 2 (touches[1].due): must be a real date from 2000 to 2099, written YYYY-MM-DD, not "2026-02-30".',
    );
  });

  it('names the setting that is wrong', () => {
    const settings = { ...DEFAULT_SETTINGS, dailyLimit: 51 };
    expect(explainUnreadable(`settings:${STAMP}`, JSON.stringify(settings))).toBe(
      'The settings (settings.dailyLimit): must be at most 50, not 51.',
    );
    expect(explainUnreadable(`settings:${STAMP}`, '"dark mode"')).toBe(
      'The settings (settings): should be an object, not "dark mode".',
    );
  });

  it('explains a contact saved in the place of another one', () => {
    const record = v1Record();
    expect(explainUnreadable(`contact:other:id:${STAMP}`, JSON.stringify(record))).toBe(
      `It holds ${record.contact.name} but was saved in the place of another contact ("other:id"), so it was set aside rather than mixed up.`,
    );
  });

  it('says so when this version of the site can read it after all', () => {
    const record = v1Record();
    expect(
      explainUnreadable(`contact:${record.contact.id}:${STAMP}`, JSON.stringify(record)),
    ).toMatch(/^This version of the site can read it\./);
    expect(explainUnreadable(`settings:${STAMP}`, JSON.stringify(DEFAULT_SETTINGS))).toMatch(
      /^This version of the site can read it\./,
    );
  });
});
