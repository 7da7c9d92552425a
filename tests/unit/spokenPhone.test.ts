import { describe, expect, it } from 'vitest';
import { spokenPhone } from '../../src/lib/spokenPhone';

describe('spokenPhone', () => {
  it.each([
    ['(555) 123-4567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['555-123-4567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['555.123.4567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['5551234567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['  (555)123-4567  ', '5 5 5, 1 2 3, 4 5 6 7'],
    // A +1 or a separate leading 1 is dialling, not what the listener writes down.
    ['+1 555 123 4567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['+1 (555) 123-4567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['+15551234567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['1-555-123-4567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['15551234567', '5 5 5, 1 2 3, 4 5 6 7'],
    ['555-1234', '5 5 5, 1 2 3 4'],
    ['5551234', '5 5 5, 1 2 3 4'],
  ])('%j → %j', (raw, spoken) => {
    expect(spokenPhone(raw)).toBe(spoken);
  });

  it.each([
    ['555 123 4567 ext. 204', '5 5 5, 1 2 3, 4 5 6 7, extension 2 0 4'],
    ['(555) 123-4567, ext 204', '5 5 5, 1 2 3, 4 5 6 7, extension 2 0 4'],
    ['555-123-4567 extension 9', '5 5 5, 1 2 3, 4 5 6 7, extension 9'],
    ['555-123-4567 x12', '5 5 5, 1 2 3, 4 5 6 7, extension 1 2'],
    ['555-123-4567 #3301', '5 5 5, 1 2 3, 4 5 6 7, extension 3 3 0 1'],
    ['+1 555 123 4567 Ext. 204', '5 5 5, 1 2 3, 4 5 6 7, extension 2 0 4'],
  ])('extension: %j → %j', (raw, spoken) => {
    expect(spokenPhone(raw)).toBe(spoken);
  });

  it.each([
    ['+44 20 7946 0958', 'plus 4 4, 2 0, 7 9 4 6, 0 9 5 8'],
    ['+33 1 23 45 67 89', 'plus 3 3, 1, 2 3, 4 5, 6 7, 8 9'],
    ['+4915123456789', 'plus 4 9 1, 5 1 2, 3 4 5, 6 7 8 9'],
    // An 11-digit mobile grouped 3-4-4 is not North American: its groups are kept.
    ['138 1234 5678', '1 3 8, 1 2 3 4, 5 6 7 8'],
    ['12345678', '1 2 3 4, 5 6 7 8'],
  ])('other countries keep their groups: %j → %j', (raw, spoken) => {
    expect(spokenPhone(raw)).toBe(spoken);
  });

  it.each([
    [''],
    ['   '],
    ['123456'],
    ['555-12'],
    ['(555) 12'],
    ['ext. 204'],
    ['call me'],
    ['1-800-FLOWERS'],
    ['1234567890123456'],
  ])('%j looks incomplete or is not a number → null', (raw) => {
    expect(spokenPhone(raw)).toBeNull();
  });

  it('counts digits before the extension only', () => {
    expect(spokenPhone('555-12 ext. 204')).toBeNull();
  });
});
