import { describe, expect, it } from 'vitest';
import {
  applyImport,
  applyMerge,
  backupFileName,
  DEFAULT_MAX_BACKUP_BYTES,
  parseBackup,
  planImport,
  planMerge,
  readImport,
  serializeBackup,
  type PlannerData,
} from '../../src/lib/backup';
import {
  contactSchema,
  settingsSchema,
  touchSchema,
  type Backup,
} from '../../src/lib/plannerSchema';
import v1BackupFixture from '../fixtures/v1-backup.json';

const EXPORTED_AT = new Date('2026-11-28T09:30:00.000Z');

/** The v1 fixture as planner data (what the stores hold). */
function fixtureData(): PlannerData {
  const { settings, contacts, touches } = structuredClone(v1BackupFixture) as unknown as Backup;
  return { settings, contacts, touches };
}

function fixtureBackup(): Backup {
  return structuredClone(v1BackupFixture) as unknown as Backup;
}

/** Parsed JSON, edited freely by the tests below to damage one field at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON shape, on purpose
type LooseJson = Record<string, any>;

/** The fixture as file text, edited as a plain object first. */
function fileWith(edit: (file: LooseJson) => void): string {
  const file = JSON.parse(serializeBackup(fixtureData(), EXPORTED_AT)) as LooseJson;
  edit(file);
  return JSON.stringify(file);
}

function refused(text: string, options?: { maxBytes?: number }): string {
  const result = parseBackup(text, options);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('serializeBackup', () => {
  it('writes the backup format of docs/product.md, pretty-printed, keys in a fixed order', () => {
    const text = serializeBackup(fixtureData(), EXPORTED_AT);
    expect(
      text.startsWith(
        '{\n  "format": "wise-follow-up",\n  "version": 1,\n  "exportedAt": "2026-11-28T09:30:00.000Z",\n  "settings": {\n    "dailyLimit": 4,',
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const file = JSON.parse(text) as LooseJson;
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'settings',
      'contacts',
      'touches',
    ]);
    expect(Object.keys(file['settings'])).toEqual(Object.keys(settingsSchema.entries));
    expect(Object.keys(file['contacts'][0])).toEqual(Object.keys(contactSchema.entries));
    expect(Object.keys(file['touches'][0])).toEqual(Object.keys(touchSchema.entries));
  });

  it('gives the same text for the same data whatever order its keys were built in', () => {
    const data = fixtureData();
    const shuffled: PlannerData = {
      touches: data.touches.map((t) => Object.fromEntries(Object.entries(t).reverse()) as typeof t),
      contacts: data.contacts.map(
        (c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c,
      ),
      settings: Object.fromEntries(Object.entries(data.settings).reverse()) as typeof data.settings,
    };
    expect(serializeBackup(shuffled, EXPORTED_AT)).toBe(serializeBackup(data, EXPORTED_AT));
  });

  it('leaves out runtime fields that are not data (a planned touch’s reason)', () => {
    const data = fixtureData();
    const withExtras = {
      ...data,
      touches: data.touches.map((t) => ({ ...t, reason: 'why', windowStart: t.due, fixed: true })),
    };
    expect(serializeBackup(withExtras, EXPORTED_AT)).toBe(serializeBackup(data, EXPORTED_AT));
  });

  it('round-trips the fixture exactly', () => {
    const data = fixtureData();
    const parsed = parseBackup(serializeBackup(data, EXPORTED_AT));
    expect(parsed).toStrictEqual({
      ok: true,
      value: {
        format: 'wise-follow-up',
        version: 1,
        exportedAt: EXPORTED_AT.toISOString(),
        ...data,
      },
    });
  });
});

describe('backupFileName', () => {
  it('names the file after the day', () => {
    expect(backupFileName('2026-11-28')).toBe('wise-follow-up-backup-2026-11-28.json');
    expect(() => backupFileName('2026-13-01')).toThrow(RangeError);
  });
});

describe('parseBackup', () => {
  it('reads the v1 fixture file as stored on disk', () => {
    const result = parseBackup(JSON.stringify(v1BackupFixture, null, 2));
    expect(result).toStrictEqual({ ok: true, value: fixtureBackup() });
  });

  it.each(['', '{', 'wise-follow-up', '{"format": "wise-follow-up",}', '\uFEFF{}', 'null null'])(
    'refuses %j: not JSON',
    (text) => {
      expect(refused(text)).toBe('This file is not a Wise Follow-Up backup: it is not valid JSON.');
    },
  );

  it.each([
    ['a list', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['another app’s file', '{"app":"other","events":[]}'],
    ['a file with another format', fileWith((f) => (f['format'] = 'wise-follow-up-v2'))],
    ['a file without a format', fileWith((f) => delete f['format'])],
  ])('refuses %s as foreign', (_label, text) => {
    expect(refused(text)).toMatch(
      /^This file is not a Wise Follow-Up backup: it does not say "format": "wise-follow-up"/,
    );
  });

  it('refuses a file from a newer version, naming both versions', () => {
    expect(refused(fileWith((f) => (f['version'] = 3)))).toMatch(
      /^This file was made by a newer version of Wise Follow-Up \(version 3\); this site reads up to version 1\./,
    );
  });

  it('refuses a file without a version', () => {
    expect(refused(fileWith((f) => delete f['version']))).toBe(
      'This file has no version number, so it cannot be read safely.',
    );
  });

  it('names the first invalid record with its number, name and path', () => {
    expect(refused(fileWith((f) => (f['touches'][2]['channel'] = 'fax')))).toBe(
      'This backup cannot be imported. Touch 3 (touches[2].channel): must be one of card, email, voicemail, call, meeting, not "fax".',
    );
    expect(refused(fileWith((f) => (f['contacts'][1]['email'] = 7)))).toBe(
      'This backup cannot be imported. Contact 2, Zoë Ó Briain (contacts[1].email): should be text, not 7.',
    );
    expect(refused(fileWith((f) => delete f['contacts'][0]['status']))).toBe(
      'This backup cannot be imported. Contact 1, Dana Lee (contacts[0].status): the field "status" is missing.',
    );
    expect(refused(fileWith((f) => (f['settings']['theme'] = 'dark')))).toBe(
      'This backup cannot be imported. The settings (settings.theme): has a field Wise Follow-Up does not know ("theme").',
    );
  });

  it('refuses duplicate contact ids and touch ids', () => {
    expect(refused(fileWith((f) => (f['contacts'][2]['id'] = f['contacts'][0]['id'])))).toBe(
      'This backup cannot be imported. Contact 3, 渡辺 健二 (contacts[2].id): the id "c-dana-lee" is already used by contact 1.',
    );
    expect(refused(fileWith((f) => (f['touches'][4]['id'] = 't-dana-1')))).toBe(
      'This backup cannot be imported. Touch 5 (touches[4].id): the id "t-dana-1" is already used by touch 1.',
    );
  });

  it('refuses a touch whose contact is not in the file', () => {
    expect(refused(fileWith((f) => (f['contacts'] = f['contacts'].slice(0, 2))))).toBe(
      'This backup cannot be imported. Touch 6 (touches[5].contactId): it belongs to contact "c-watanabe-kenji", which is not in the file.',
    );
  });

  it('refuses a file over the size limit, counted in UTF-8 bytes', () => {
    const text = serializeBackup(fixtureData(), EXPORTED_AT);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(text.length); // the fixture has multi-byte names
    expect(parseBackup(text, { maxBytes: bytes }).ok).toBe(true);
    expect(refused(text, { maxBytes: bytes - 1 })).toMatch(
      /^This file is too large to be a Wise Follow-Up backup/,
    );
    // Fewer characters than the limit, more bytes than it.
    expect(refused(`"${'€'.repeat(400)}"`, { maxBytes: 1000 })).toMatch(/too large/);
  });

  it('refuses a file over 5 MB by default', () => {
    expect(DEFAULT_MAX_BACKUP_BYTES).toBe(5 * 1024 * 1024);
    const huge = fileWith(
      (f) => (f['contacts'][0]['notes'] = 'x'.repeat(DEFAULT_MAX_BACKUP_BYTES)),
    );
    expect(refused(huge)).toBe(
      'This file is too large to be a Wise Follow-Up backup: it is over 5.0 MB.',
    );
  });

  describe('prototype keys', () => {
    const inject = (where: 'top' | 'settings' | 'contact' | 'agreed' | 'touch', key: string) => {
      const marker = '__inject_here__';
      const text = fileWith((f) => {
        const payload = { polluted: 'yes', prototype: { polluted: 'yes' } };
        const target =
          where === 'top'
            ? f
            : where === 'settings'
              ? f['settings']
              : where === 'contact'
                ? f['contacts'][1]
                : where === 'agreed'
                  ? f['contacts'][0]['agreed']
                  : f['touches'][3];
        target[marker] = payload;
      });
      // Written into the text: in a JS object literal "__proto__" would set the prototype instead.
      return text.replace(`"${marker}"`, JSON.stringify(key));
    };

    it.each(['top', 'settings', 'contact', 'agreed', 'touch'] as const)(
      'refuses __proto__, constructor and prototype keys (%s) and pollutes nothing',
      (where) => {
        for (const key of ['__proto__', 'constructor', 'prototype']) {
          const text = inject(where, key);
          expect(text).toContain(`"${key}":{"polluted":"yes"`);
          expect(refused(text)).toBe(
            `This file cannot be imported: it contains a field named "${key}", which Wise Follow-Up never writes.`,
          );
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        }
      },
    );
  });
});

describe('planImport and applyImport (import restores the file)', () => {
  /** This browser now: Dana renamed, Zoë identical, Kenji missing, plus a contact the file lacks. */
  function currentData(): PlannerData {
    const data = fixtureData();
    const [dana, zoe, kenji] = data.contacts as [
      PlannerData['contacts'][number],
      PlannerData['contacts'][number],
      PlannerData['contacts'][number],
    ];
    const extra = { ...kenji, id: 'c-only-here', name: 'Bo Chen' };
    return {
      settings: { ...data.settings, dailyLimit: 6 },
      contacts: [{ ...dana, name: 'Dana Lee-Park' }, zoe, extra],
      touches: data.touches
        .filter((t) => t.contactId !== kenji.id)
        .concat([{ ...data.touches[5]!, id: 't-bo-1', contactId: 'c-only-here' }])
        .reverse(),
    };
  }

  it('lists what is added, replaced, kept and removed, with names', () => {
    const preview = planImport(currentData(), fixtureBackup());
    expect(preview.added).toEqual([{ id: 'c-watanabe-kenji', name: '渡辺 健二' }]);
    expect(preview.replaced).toEqual([{ id: 'c-dana-lee', name: 'Dana Lee' }]);
    expect(preview.unchanged).toEqual([{ id: 'c-zoe-obriain', name: 'Zoë Ó Briain' }]);
    expect(preview.removed).toEqual([{ id: 'c-only-here', name: 'Bo Chen' }]);
    expect(preview.settingsChanged).toEqual(['dailyLimit']);
    expect(preview.touchCount).toEqual({ now: 6, after: 7 });
    expect(preview.changesNothing).toBe(false);
    expect(preview.summary).toEqual([
      'Adds 1 contact (渡辺 健二).',
      "Replaces 1 contact with the file's version (Dana Lee).",
      'Removes 1 contact that is not in the file (Bo Chen).',
      'Keeps 1 contact unchanged.',
      'Changes settings: daily limit.',
      'Touches: 6 now, 7 after the import.',
    ]);
  });

  it('counts a contact whose touches differ as replaced', () => {
    const current = fixtureData();
    current.touches[4] = { ...current.touches[4]!, note: 'moved to Thursday' };
    const preview = planImport(current, fixtureBackup());
    expect(preview.replaced.map((c) => c.id)).toEqual(['c-zoe-obriain']);
    expect(preview.unchanged.map((c) => c.id)).toEqual(['c-dana-lee', 'c-watanabe-kenji']);
  });

  it('says when the file holds exactly what is here, whatever the order of touches', () => {
    const current = fixtureData();
    current.touches.reverse();
    const preview = planImport(current, fixtureBackup());
    expect(preview.changesNothing).toBe(true);
    expect(preview.summary[0]).toBe(
      'This file holds exactly what you have now; importing it changes nothing.',
    );
  });

  it('shortens long name lists', () => {
    const incoming = fixtureBackup();
    const many = Array.from({ length: 8 }, (_, i) => ({
      ...incoming.contacts[0]!,
      id: `c-${i}`,
      name: `Person ${i + 1}`,
    }));
    const preview = planImport(
      { ...fixtureData(), contacts: [], touches: [] },
      { ...incoming, contacts: many, touches: [] },
    );
    expect(preview.summary[0]).toBe(
      'Adds 8 contacts (Person 1, Person 2, Person 3, Person 4, Person 5 and 3 more).',
    );
  });

  it('applyImport gives exactly the file’s data, reusing unchanged contacts, changing neither input', () => {
    const current = currentData();
    const incoming = fixtureBackup();
    const currentBefore = JSON.stringify(current);
    const incomingBefore = JSON.stringify(incoming);
    const after = applyImport(current, incoming);
    expect(after).toStrictEqual({
      settings: incoming.settings,
      contacts: incoming.contacts,
      touches: incoming.touches,
    });
    expect(JSON.stringify(current)).toBe(currentBefore);
    expect(JSON.stringify(incoming)).toBe(incomingBefore);
    const zoe = after.contacts.find((c) => c.id === 'c-zoe-obriain');
    expect(zoe).toBe(current.contacts[1]); // unchanged: same object, so its storage key need not be rewritten
    expect(after.contacts[0]).not.toBe(current.contacts[0]);
    expect(after.contacts[0]).not.toBe(incoming.contacts[0]); // no aliasing of the parsed file either
  });

  it('export then import gives back exactly the same data', () => {
    const data = fixtureData();
    const parsed = parseBackup(serializeBackup(data, EXPORTED_AT));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(applyImport({ ...data, contacts: [], touches: [] }, parsed.value)).toStrictEqual(data);
    expect(planImport(data, parsed.value).changesNothing).toBe(true);
  });
});

describe('planMerge and applyMerge (a phone and a laptop brought together)', () => {
  type ContactOf = PlannerData['contacts'][number];
  const later = (c: ContactOf, at: string, edit: Partial<ContactOf>): ContactOf => ({
    ...c,
    ...edit,
    updatedAt: at,
  });

  /**
   * This browser: Dana edited here after the file's export, Zoë edited here
   * before the file's newer edit, Kenji missing, Bo only here.
   */
  function laptop(): PlannerData {
    const data = fixtureData();
    const [dana, zoe, kenji] = data.contacts as [ContactOf, ContactOf, ContactOf];
    return {
      settings: { ...data.settings, dailyLimit: 6, studentName: 'Sam on the laptop' },
      contacts: [
        later(dana, '2026-11-25T10:00:00.000Z', { role: 'Director' }),
        later(zoe, '2026-11-04T08:00:00.000Z', { notes: 'laptop note' }),
        { ...kenji, id: 'c-bo-chen', name: 'Bo Chen' },
      ],
      touches: data.touches
        .filter((t) => t.contactId !== kenji.id && t.contactId !== zoe.id)
        .concat([{ ...data.touches[5]!, id: 't-bo-1', contactId: 'c-bo-chen' }]),
    };
  }

  /** The phone's file: Zoë edited there later than on the laptop, with a touch marked done. */
  function phoneFile(): Backup {
    const file = fixtureBackup();
    file.contacts[1] = later(file.contacts[1]!, '2026-11-24T12:00:00.000+01:00', {
      organization: 'Café Ñandú & Co',
    });
    file.touches[4] = {
      ...file.touches[4]!,
      state: 'done',
      outcome: 'replied',
      doneOn: '2026-11-24',
    };
    return file;
  }

  it('adds what is new, takes the newer edit of each contact in both, and leaves the rest', () => {
    const preview = planMerge(laptop(), phoneFile());
    expect(preview.added).toEqual([{ id: 'c-watanabe-kenji', name: '渡辺 健二' }]);
    expect(preview.updated).toEqual([{ id: 'c-zoe-obriain', name: 'Zoë Ó Briain' }]);
    expect(preview.keptHere).toEqual([{ id: 'c-dana-lee', name: 'Dana Lee' }]);
    expect(preview.onlyHere).toEqual([{ id: 'c-bo-chen', name: 'Bo Chen' }]);
    expect(preview.unchanged).toEqual([]);
    expect(preview.problem).toBeNull();
    expect(preview.changesNothing).toBe(false);
    expect(preview.touchCount).toEqual({ now: 3, after: 8 });
    expect(preview.summary).toEqual([
      'Adds 1 contact (渡辺 健二).',
      "Updates 1 contact with the file's newer version (Zoë Ó Briain).",
      "Keeps this browser's version of 1 contact, edited here more recently (Dana Lee).",
      'Leaves 1 contact as it is.',
      'Keeps your settings.',
      'Touches: 3 now, 8 after merging.',
    ]);

    const current = laptop();
    const after = applyMerge(current, phoneFile());
    const byId = new Map(after.contacts.map((c) => [c.id, c]));
    expect(after.settings).toBe(current.settings);
    expect([...byId.keys()].sort()).toEqual([
      'c-bo-chen',
      'c-dana-lee',
      'c-watanabe-kenji',
      'c-zoe-obriain',
    ]);
    expect(byId.get('c-dana-lee')).toBe(current.contacts[0]); // newer here: the same object
    expect(byId.get('c-bo-chen')).toBe(current.contacts[2]);
    expect(byId.get('c-zoe-obriain')).toStrictEqual(phoneFile().contacts[1]);
    const touchIds = (id: string) =>
      after.touches.filter((t) => t.contactId === id).map((t) => `${t.id}:${t.state}`);
    expect(touchIds('c-zoe-obriain')).toEqual([
      't-zoe-1:done',
      't-zoe-2:skipped',
      't-zoe-3:done', // marked done on the phone
    ]);
    // Dana's touches stay this browser's own objects; Kenji's come from the file.
    expect(after.touches.filter((t) => t.contactId === 'c-dana-lee')).toEqual(
      current.touches.filter((t) => t.contactId === 'c-dana-lee'),
    );
    expect(after.touches.find((t) => t.contactId === 'c-dana-lee')).toBe(current.touches[0]);
    expect(touchIds('c-watanabe-kenji').map((t) => t.split(':')[0])).toEqual([
      't-kenji-1',
      't-kenji-2',
    ]);
  });

  it('merging the same file again changes nothing', () => {
    const once = applyMerge(laptop(), phoneFile());
    const again = planMerge(once, phoneFile());
    expect(again.changesNothing).toBe(true);
    expect(again.summary[0]).toBe(
      'Everything in this file is already here; merging it changes nothing.',
    );
    expect(again.touchCount).toEqual({ now: 8, after: 8 });
    const twice = applyMerge(once, phoneFile());
    expect(twice).toStrictEqual(once);
    // Every contact and touch is the same object: a store writes no key the second time.
    twice.contacts.forEach((c, i) => expect(c).toBe(once.contacts[i]));
    twice.touches.forEach((t, i) => expect(t).toBe(once.touches[i]));
  });

  it('keeps this browser’s version when both were edited at the same moment', () => {
    const current = fixtureData();
    current.touches[0] = { ...current.touches[0]!, note: 'a note made here' };
    const preview = planMerge(current, fixtureBackup());
    expect(preview.keptHere.map((c) => c.id)).toEqual(['c-dana-lee']);
    expect(preview.unchanged.map((c) => c.id)).toEqual(['c-zoe-obriain', 'c-watanabe-kenji']);
    expect(preview.changesNothing).toBe(true);
    expect(applyMerge(current, fixtureBackup()).touches[0]!.note).toBe('a note made here');
  });

  it('changes neither input', () => {
    const current = laptop();
    const incoming = phoneFile();
    const before = JSON.stringify([current, incoming]);
    planMerge(current, incoming);
    applyMerge(current, incoming);
    expect(JSON.stringify([current, incoming])).toBe(before);
  });

  it('refuses, and changes nothing, when a file’s touch would share its id with another contact’s touch here', () => {
    const current = laptop();
    const file = phoneFile();
    file.touches[5] = { ...file.touches[5]!, id: 't-bo-1' }; // Kenji's touch, named like Bo's here
    const preview = planMerge(current, file);
    expect(preview.problem).toBe(
      'The file\'s touch "t-bo-1" for 渡辺 健二 has the same id as a touch for Bo Chen here, so the two cannot be merged. Replace all still works.',
    );
    expect(preview.changesNothing).toBe(false);
    expect(preview.summary[0]).toBe(preview.problem);
    expect(applyMerge(current, file)).toBe(current);
  });
});

describe('readImport', () => {
  it('parses and previews a good file', () => {
    const result = readImport(fixtureData(), serializeBackup(fixtureData(), EXPORTED_AT));
    expect(result.ok && result.value.replace.changesNothing).toBe(true);
  });

  it('refuses a bad file and leaves the current data alone', () => {
    const current = fixtureData();
    const before = JSON.stringify(current);
    const result = readImport(current, '{"format":"wise-follow-up","version":1');
    expect(result).toEqual({
      ok: false,
      error: 'This file is not a Wise Follow-Up backup: it is not valid JSON.',
    });
    expect(JSON.stringify(current)).toBe(before);
  });
});
