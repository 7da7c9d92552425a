/**
 * Reading an agreed next contact that a student typed (day, optional time
 * window, optional number), for the contact form and the check-in writer.
 * Free of valibot so the writers stay light.
 */
import { PHONE_KINDS, type PhoneKind } from './plannerOptions';
import { dateProblem } from './localDate';
import type { AgreedNext } from './plannerSchema';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The agreed-next-contact fields of a form. */
export interface AgreedFields {
  agreedDate: string;
  agreedStart: string;
  agreedEnd: string;
  agreedNumber: string;
}

/**
 * Reads an agreed next contact (day, optional time window, optional number):
 * null when all are empty, or a message per field that needs fixing. With
 * `notBefore`, the day must be that day or later.
 */
export function readAgreedNext(
  fields: AgreedFields,
  notBefore?: string,
):
  | { ok: true; value: AgreedNext | null }
  | { ok: false; errors: Partial<Record<keyof AgreedFields, string>> } {
  const errors: Partial<Record<keyof AgreedFields, string>> = {};
  const hasTime = fields.agreedStart || fields.agreedEnd;
  if (!fields.agreedDate && !hasTime && !fields.agreedNumber) return { ok: true, value: null };
  const dayProblem = dateProblem(
    fields.agreedDate,
    'Enter the day you agreed on, or clear the agreed time and number.',
  );
  if (dayProblem) {
    errors.agreedDate = dayProblem;
  } else if (notBefore && fields.agreedDate < notBefore) {
    errors.agreedDate = 'Enter the day they suggested: today or later.';
  }
  let window: AgreedNext['window'] = null;
  if (hasTime) {
    if (!TIME.test(fields.agreedStart) || !TIME.test(fields.agreedEnd)) {
      errors.agreedStart = 'Enter both a start and an end time, or leave both empty.';
    } else if (fields.agreedStart >= fields.agreedEnd) {
      errors.agreedStart = 'The end time must be after the start time.';
    } else {
      window = { start: fields.agreedStart, end: fields.agreedEnd };
    }
  }
  let number: PhoneKind | null = null;
  if (fields.agreedNumber) {
    if ((PHONE_KINDS as readonly string[]).includes(fields.agreedNumber)) {
      number = fields.agreedNumber as PhoneKind;
    } else errors.agreedNumber = 'Choose office or mobile.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { date: fields.agreedDate, window, number } };
}
