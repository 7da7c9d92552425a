import { describe, expect, it } from 'vitest';
import { contactToForm, emptyContactForm, readContactForm } from '../../src/lib/contactForm';

const TODAY = '2026-11-24';
const filled = {
  ...emptyContactForm(TODAY),
  name: '  Dana Lee ',
  organization: 'Acme',
  metOn: '2026-11-23',
};

describe('readContactForm', () => {
  it('reads a complete form, trimming what was typed', () => {
    const result = readContactForm(
      { ...filled, email: ' dana@acme.example ', phoneOffice: '(555) 123-4567 ext. 20' },
      TODAY,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      name: 'Dana Lee',
      organization: 'Acme',
      metHow: 'interview',
      metOn: '2026-11-23',
      email: 'dana@acme.example',
      phoneOffice: '(555) 123-4567 ext. 20',
      agreed: null,
      status: 'active',
    });
  });

  it('keeps names with accents, apostrophes and other scripts exactly', () => {
    for (const name of ['Zoë Ångström-Núñez', "Seán O'Brien", '渡辺 健二', '<b>Tag</b> & Co']) {
      const result = readContactForm({ ...filled, name }, TODAY);
      expect(result.ok && result.value.name).toBe(name);
    }
  });

  it.each([
    ['a missing name', { name: '   ' }, 'name', 'Enter the name'],
    ['a meeting in the future', { metOn: '2026-11-25' }, 'metOn', 'cannot be in the future'],
    ['a date that is not real', { metOn: '2026-02-30' }, 'metOn', 'Enter the date you met'],
    ['an unknown way of meeting', { metHow: 'party' }, 'metHow', 'Choose how you met'],
    ['an incomplete email', { email: 'dana@acme' }, 'email', 'Enter one email address'],
    ['two addresses', { email: 'a,b@c.com' }, 'email', 'no commas'],
    ['a phone with too few digits', { phoneMobile: '555-12' }, 'phoneMobile', 'Enter the number'],
    ['a phone with letters', { phoneOffice: 'call reception' }, 'phoneOffice', 'Enter the number'],
    [
      'an agreed time without a day',
      { agreedStart: '14:00', agreedEnd: '17:00' },
      'agreedDate',
      'Enter the day',
    ],
    [
      'an agreed window that ends first',
      { agreedDate: '2026-12-01', agreedStart: '17:00', agreedEnd: '14:00' },
      'agreedStart',
      'end time must be after',
    ],
    [
      'half an agreed window',
      { agreedDate: '2026-12-01', agreedStart: '14:00' },
      'agreedStart',
      'both a start and an end',
    ],
    ['a very long name', { name: 'x'.repeat(121) }, 'name', 'under 120'],
    ['very long notes', { notes: 'n'.repeat(2001) }, 'notes', 'too long'],
  ])('refuses %s with a message on that field', (_label, change, field, words) => {
    const result = readContactForm({ ...filled, ...change }, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[field as keyof typeof result.errors]).toContain(words);
  });

  it('reads an agreed next contact with a window and a number', () => {
    const result = readContactForm(
      {
        ...filled,
        agreedDate: '2026-12-04',
        agreedStart: '09:00',
        agreedEnd: '11:30',
        agreedNumber: 'mobile',
      },
      TODAY,
    );
    expect(result.ok && result.value.agreed).toEqual({
      date: '2026-12-04',
      window: { start: '09:00', end: '11:30' },
      number: 'mobile',
    });
  });

  it('round-trips a saved contact through the form', () => {
    const result = readContactForm(
      {
        ...filled,
        agreedDate: '2026-12-04',
        agreedStart: '09:00',
        agreedEnd: '11:30',
        agreedNumber: 'office',
        notes: 'Asked for my portfolio.',
      },
      TODAY,
    );
    if (!result.ok) throw new Error('expected a valid form');
    const contact = {
      ...result.value,
      id: 'c1',
      createdAt: '2026-11-24T10:00:00.000Z',
      updatedAt: '2026-11-24T10:00:00.000Z',
    };
    const again = readContactForm(contactToForm(contact), TODAY);
    expect(again).toEqual({ ok: true, value: result.value });
  });
});
