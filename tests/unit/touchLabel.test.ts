import { describe, expect, it } from 'vitest';
import {
  contactLabel,
  outcomesFor,
  touchAction,
  windowLabel,
  writerFor,
} from '../../src/lib/touchLabel';

describe('touchLabel', () => {
  it.each([
    [{ channel: 'email', purpose: 'thank-you' }, 'Email Dana Lee a brief thank-you'],
    [{ channel: 'card', purpose: 'thank-you' }, 'Mail Dana Lee a thank-you card'],
    [{ channel: 'voicemail', purpose: 'check-in' }, 'Leave Dana Lee a voicemail: a short check-in'],
    [{ channel: 'call', purpose: 'agreed' }, 'Call Dana Lee at the time you agreed'],
    [{ channel: 'meeting', purpose: 'live' }, 'Meet Dana Lee for a short live conversation'],
  ] as const)('says what to do for %j', (touch, sentence) => {
    expect(touchAction(touch, 'Dana Lee')).toBe(sentence);
  });

  it('has a fallback when the name is empty', () => {
    expect(touchAction({ channel: 'email', purpose: 'check-in' }, '  ')).toBe(
      'Email your contact a short check-in',
    );
  });

  it('points each touch to the writer that helps', () => {
    expect(writerFor({ channel: 'email', purpose: 'thank-you' })).toBe('/write/thank-you/');
    expect(writerFor({ channel: 'card', purpose: 'check-in' })).toBe('/write/check-in/');
    expect(writerFor({ channel: 'call', purpose: 'live' })).toBe('/write/voicemail/');
    expect(writerFor({ channel: 'meeting', purpose: 'live' })).toBeNull();
  });

  it('offers outcomes that fit the channel', () => {
    expect(outcomesFor('email')).toEqual(['sent', 'replied']);
    expect(outcomesFor('call')).toContain('left-voicemail');
    expect(outcomesFor('card')).not.toContain('left-voicemail');
  });

  it('writes windows and contacts as a student reads them', () => {
    expect(windowLabel({ start: '09:00', end: '12:00' })).toBe('9:00–12:00');
    expect(windowLabel(null)).toBe('');
    expect(contactLabel({ name: 'Dana Lee', organization: 'Northwind' })).toBe(
      'Dana Lee (Northwind)',
    );
    expect(contactLabel({ name: 'Dana Lee', organization: '' })).toBe('Dana Lee');
  });
});
