/**
 * Reading the planner's contact form: the text a student typed in, checked
 * field by field, with a message for each field that needs fixing.
 */
import * as v from 'valibot';
import { readAgreedNext } from './agreedNext';
import {
  CONTACT_STATUSES,
  contactSchema,
  MET_HOW,
  type Contact,
  type ContactStatus,
  type MetHow,
} from './plannerSchema';
import { dateProblem } from './localDate';

/** The form's fields, as the text inputs hold them. */
export interface ContactFormFields {
  name: string;
  organization: string;
  role: string;
  metHow: string;
  metOn: string;
  email: string;
  phoneOffice: string;
  phoneMobile: string;
  notes: string;
  status: string;
  agreedDate: string;
  agreedStart: string;
  agreedEnd: string;
  agreedNumber: string;
}

/** A contact's details without its id and timestamps. */
export type ContactDetails = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;

/** The result of reading the form: details to save, or a message per field. */
export type ContactFormResult =
  | { ok: true; value: ContactDetails }
  | { ok: false; errors: Partial<Record<keyof ContactFormFields, string>> };

/** Empty form fields for a new contact met `today`. */
export function emptyContactForm(today: string): ContactFormFields {
  return {
    name: '',
    organization: '',
    role: '',
    metHow: 'interview',
    metOn: today,
    email: '',
    phoneOffice: '',
    phoneMobile: '',
    notes: '',
    status: 'active',
    agreedDate: '',
    agreedStart: '',
    agreedEnd: '',
    agreedNumber: '',
  };
}

/** The form fields showing an existing contact. */
export function contactToForm(contact: Contact): ContactFormFields {
  return {
    name: contact.name,
    organization: contact.organization,
    role: contact.role,
    metHow: contact.metHow,
    metOn: contact.metOn,
    email: contact.email,
    phoneOffice: contact.phoneOffice,
    phoneMobile: contact.phoneMobile,
    notes: contact.notes,
    status: contact.status,
    agreedDate: contact.agreed?.date ?? '',
    agreedStart: contact.agreed?.window?.start ?? '',
    agreedEnd: contact.agreed?.window?.end ?? '',
    agreedNumber: contact.agreed?.number ?? '',
  };
}

// One address: no spaces, commas, semicolons or angle brackets, which would
// turn an email link into a message to several people.
const EMAIL = /^[^\s@,;<>()[\]"]+@[^\s@,;<>()[\]"]+\.[^\s@,;<>()[\]"]+$/;

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Checks the form; `today` bounds the meeting date (it cannot be in the future). */
export function readContactForm(fields: ContactFormFields, today: string): ContactFormResult {
  const errors: Partial<Record<keyof ContactFormFields, string>> = {};
  const name = fields.name.trim();
  if (!name) errors.name = 'Enter the name of the person you met.';
  else if (name.length > 120) errors.name = 'Keep the name under 120 characters.';
  if (!includes(MET_HOW, fields.metHow)) errors.metHow = 'Choose how you met.';
  const metOnProblem = dateProblem(fields.metOn, 'Enter the date you met, for example 2026-11-24.');
  if (metOnProblem) errors.metOn = metOnProblem;
  else if (fields.metOn > today) errors.metOn = 'The date you met cannot be in the future.';
  const email = fields.email.trim();
  if (email && !EMAIL.test(email))
    errors.email =
      'Enter one email address, with no commas or spaces, for example dana@example.com.';
  for (const key of ['phoneOffice', 'phoneMobile'] as const) {
    const phone = fields[key].trim();
    if (phone && (phone.replace(/\D/g, '').length < 7 || /[^\d\s()+.\-–x#ext]/i.test(phone))) {
      errors[key] = 'Enter the number with its digits, for example (555) 123-4567.';
    }
  }
  if (!includes(CONTACT_STATUSES, fields.status)) errors.status = 'Choose a status.';

  const agreedResult = readAgreedNext(fields);
  const agreed = agreedResult.ok ? agreedResult.value : null;
  if (!agreedResult.ok) Object.assign(errors, agreedResult.errors);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const value: ContactDetails = {
    name,
    organization: fields.organization.trim(),
    role: fields.role.trim(),
    metHow: fields.metHow as MetHow,
    metOn: fields.metOn,
    email,
    phoneOffice: fields.phoneOffice.trim(),
    phoneMobile: fields.phoneMobile.trim(),
    notes: fields.notes.trim(),
    agreed,
    status: fields.status as ContactStatus,
  };
  // The schema has the last word (lengths of every field); its message names the field.
  const check = v.safeParse(contactSchema, {
    ...value,
    id: 'check',
    createdAt: new Date(0).toISOString(),
    updatedAt: new Date(0).toISOString(),
  });
  if (!check.success) {
    const issue = check.issues[0];
    const key = (issue.path?.[0]?.key ?? 'notes') as keyof ContactFormFields;
    return {
      ok: false,
      errors: { [key]: `This is too long or not in the right form (${issue.message}).` },
    };
  }
  return { ok: true, value };
}
