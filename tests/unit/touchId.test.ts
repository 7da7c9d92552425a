/** Touch ids: every one a stored record can hold (1-64 letters, digits, - or _), unique per contact and day. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, MAX_ID } from '../../src/lib/plannerOptions';
import { touchIdFor, voicemailTouchId } from '../../src/lib/touchId';

describe('touchIdFor', () => {
  it('is the contact id and the suffix when that fits', () => {
    expect(touchIdFor('c-dana-lee', 'thank-you')).toBe('c-dana-lee-thank-you');
  });

  it('keeps a 64-character contact id within 64 characters, ending in the suffix', () => {
    const id = touchIdFor(`c-${'x'.repeat(62)}`, 'vm-20261127-0900');
    expect(id).toHaveLength(MAX_ID);
    expect(id).toMatch(ID_PATTERN);
    expect(id.endsWith('-vm-20261127-0900')).toBe(true);
  });

  it('gives two long contact ids that share their start different touch ids', () => {
    const a = touchIdFor(`${'a'.repeat(60)}-one`, 'vm-20261127-0900');
    const b = touchIdFor(`${'a'.repeat(60)}-two`, 'vm-20261127-0900');
    expect(a).not.toBe(b);
  });

  it('property: any stored contact id and suffix give a valid id, the same every time', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
        fc.stringMatching(/^[a-z0-9-]{1,20}$/),
        (contactId, suffix) => {
          const id = touchIdFor(contactId, suffix);
          expect(id).toMatch(ID_PATTERN);
          expect(touchIdFor(contactId, suffix)).toBe(id);
        },
      ),
    );
  });
});

describe('voicemailTouchId', () => {
  it('names the day and the start of the window, so two attempts on one day stay apart', () => {
    expect(voicemailTouchId('c-dana', '2026-11-27', '09:00')).toBe('c-dana-vm-20261127-0900');
    expect(voicemailTouchId('c-dana', '2026-11-27', '13:00')).toBe('c-dana-vm-20261127-1300');
  });
});
