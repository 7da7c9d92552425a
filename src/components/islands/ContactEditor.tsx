/** The form to add or edit a contact, with a message next to each field that needs fixing. */
import { cloneElement, type JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  contactToForm,
  emptyContactForm,
  readContactForm,
  type ContactFormFields,
} from '../../lib/contactForm';
import { CONTACT_STATUSES, MET_HOW } from '../../lib/plannerOptions';
import { MAX_DATE_INPUT, MIN_DATE_INPUT } from '../../lib/localDate';
import type { Contact } from '../../lib/plannerSchema';
import { MET_HOW_LABELS } from '../../lib/touchLabel';
import { addContact, restoreContact, updateContact } from '../../stores/plannerActions';
import { offerUndo } from '../../stores/undo';

interface Props {
  /** The contact to edit, as it was when the form opened; a new contact when absent. */
  contact?: Contact;
  /** True when the contact being edited was deleted (in another tab) while the form was open. */
  deleted?: boolean;
  today: string;
  /** Called after saving or cancelling. */
  onClose: (saved: Contact | null) => void;
}

const STATUS_LABELS: Record<(typeof CONTACT_STATUSES)[number], string> = {
  active: 'Active: keep following up',
  paused: 'Paused: no touches for now',
  closed: 'Closed: no more touches',
};

type Key = keyof ContactFormFields;

/** The form's names for the contact's fields, for the message about another tab's change. */
const FIELD_LABELS: Partial<Record<keyof Contact, string>> = {
  name: 'Name',
  organization: 'Organization',
  role: 'Their role',
  metHow: 'How you met',
  metOn: 'Date you met',
  email: 'Email',
  phoneOffice: 'Office phone',
  phoneMobile: 'Mobile phone',
  notes: 'Notes',
  agreed: 'Agreed next contact',
  status: 'Status',
};

/** Add or edit a contact. */
export default function ContactEditor({ contact: opened, deleted = false, today, onClose }: Props) {
  // The contact as the form first showed it: an edit saves only what the
  // student changed from this, so another tab's changes to other fields stay.
  const [contact] = useState(opened);
  const [fields, setFields] = useState<ContactFormFields>(
    contact ? contactToForm(contact) : emptyContactForm(today),
  );
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [conflict, setConflict] = useState<string[] | null>(null);
  const [refused, setRefused] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const prefix = contact ? `edit-${contact.id}` : 'new-contact';

  // The form opens with the keyboard in its first field: before the browser
  // paints, so nothing typed into another field right away is taken from it.
  useLayoutEffect(() => {
    document.getElementById(`${prefix}-name`)?.focus();
  }, []);

  const set = (key: Key) => (event: Event) =>
    setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value });

  const submit = (event: Event) => {
    event.preventDefault();
    const result = readContactForm(fields, today);
    if (!result.ok) {
      setErrors(result.errors);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setErrors({});
    setRefused(false);
    if (contact && deleted) {
      const saved = restoreContact(contact, result.value);
      if (saved) onClose(saved);
      else setRefused(true);
    } else if (contact) {
      const outcome = updateContact(contact.id, result.value, contact, conflict !== null);
      if (outcome.ok) {
        offerUndo(
          `Saved your changes to ${result.value.name}.`,
          outcome.undo,
          `contact-${contact.id}-summary`,
          false,
        );
        onClose({ ...contact, ...result.value });
      } else if (outcome.reason === 'conflict') {
        setConflict(outcome.fields.map((key) => FIELD_LABELS[key] ?? key));
        requestAnimationFrame(() => conflictRef.current?.focus());
      } else if (outcome.reason === 'storage') setRefused(true);
    } else {
      const saved = addContact(result.value);
      if (saved) onClose(saved);
      else setRefused(true);
    }
  };

  const field = (key: Key, label: string, input: JSX.Element, hint?: string) => {
    const error = errors[key];
    const describedBy = [hint ? `${prefix}-${key}-hint` : '', error ? `${prefix}-${key}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div class="field">
        <label for={`${prefix}-${key}`}>{label}</label>
        {hint && (
          <p class="hint" id={`${prefix}-${key}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p class="field-error" id={`${prefix}-${key}-error`}>
            {error}
          </p>
        )}
        {cloneElement(input, {
          id: `${prefix}-${key}`,
          'aria-invalid': error ? 'true' : undefined,
          'aria-describedby': describedBy || undefined,
        })}
      </div>
    );
  };

  const errorList = Object.entries(errors);

  return (
    <form class="contact-editor card" onSubmit={submit} noValidate>
      <h3>{contact ? `Edit ${contact.name}` : 'Add a contact'}</h3>
      {deleted && (
        <div class="notice notice--warn" role="alert">
          <p>
            This contact was deleted in another tab or window while this form was open. Save to put
            it back with what this form holds (its recorded touches were deleted with it), or Cancel
            to leave it deleted.
          </p>
        </div>
      )}
      {conflict && (
        <div class="notice notice--warn" tabIndex={-1} ref={conflictRef} role="alert">
          <p>
            While this form was open, another tab or window changed{' '}
            {conflict.join(', ').toLowerCase()} for this contact. Nothing was saved. Save again to
            replace that with what you typed here, or Cancel to keep the other change.
          </p>
        </div>
      )}
      {refused && (
        <p class="notice notice--error" role="alert">
          Nothing was saved: see the message at the top of the page. What you typed is still here.
        </p>
      )}
      {errorList.length > 0 && (
        <div class="notice notice--error" tabIndex={-1} ref={summaryRef} role="alert">
          <p>Please fix {errorList.length === 1 ? 'this' : 'these'} before saving:</p>
          <ul>
            {errorList.map(([key, message]) => (
              <li key={key}>
                <a href={`#${prefix}-${key}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {field(
        'name',
        'Name',
        <input type="text" value={fields.name} onInput={set('name')} autoComplete="off" />,
      )}
      <div class="field-row">
        {field(
          'organization',
          'Organization',
          <input type="text" value={fields.organization} onInput={set('organization')} />,
        )}
        {field(
          'role',
          'Their role',
          <input type="text" value={fields.role} onInput={set('role')} />,
        )}
      </div>
      <div class="field-row">
        {field(
          'metHow',
          'How you met',
          <select value={fields.metHow} onChange={set('metHow')}>
            {MET_HOW.map((m) => (
              <option value={m} key={m}>
                {MET_HOW_LABELS[m]}
              </option>
            ))}
          </select>,
        )}
        {field(
          'metOn',
          'Date you met',
          <input
            type="date"
            value={fields.metOn}
            min={MIN_DATE_INPUT}
            max={today}
            onInput={set('metOn')}
          />,
        )}
      </div>
      <div class="field-row">
        {field(
          'email',
          'Email',
          <input type="email" value={fields.email} onInput={set('email')} />,
        )}
        {field(
          'phoneOffice',
          'Office phone',
          <input type="tel" value={fields.phoneOffice} onInput={set('phoneOffice')} />,
        )}
        {field(
          'phoneMobile',
          'Mobile phone',
          <input type="tel" value={fields.phoneMobile} onInput={set('phoneMobile')} />,
        )}
      </div>
      {field(
        'notes',
        'Notes',
        <textarea rows={3} value={fields.notes} onInput={set('notes')} />,
        'What you talked about, what they asked for, anything you promised.',
      )}
      <fieldset>
        <legend>Agreed next contact (if you agreed one)</legend>
        <p class="hint">
          If they told you when to call, the planner puts a call at that time and plans the rest
          around it.
        </p>
        <div class="field-row">
          {field(
            'agreedDate',
            'Day',
            <input
              type="date"
              value={fields.agreedDate}
              min={MIN_DATE_INPUT}
              max={MAX_DATE_INPUT}
              onInput={set('agreedDate')}
            />,
          )}
          {field(
            'agreedStart',
            'From',
            <input type="time" value={fields.agreedStart} onInput={set('agreedStart')} />,
          )}
          {field(
            'agreedEnd',
            'To',
            <input type="time" value={fields.agreedEnd} onInput={set('agreedEnd')} />,
          )}
          {field(
            'agreedNumber',
            'Number to use',
            <select value={fields.agreedNumber} onChange={set('agreedNumber')}>
              <option value="">Not said</option>
              <option value="office">Office</option>
              <option value="mobile">Mobile</option>
            </select>,
          )}
        </div>
      </fieldset>
      {field(
        'status',
        'Status',
        <select value={fields.status} onChange={set('status')}>
          {CONTACT_STATUSES.map((s) => (
            <option value={s} key={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>,
      )}
      <p class="form-buttons">
        <button type="submit">{contact ? 'Save changes' : 'Save contact'}</button>{' '}
        <button type="button" class="quiet" onClick={() => onClose(null)}>
          Cancel
        </button>
      </p>
    </form>
  );
}
