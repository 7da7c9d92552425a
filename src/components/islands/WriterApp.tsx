/**
 * A writer: the form, the live script, its length against the budget, the
 * tone findings, Copy / Download / email link / Another version, and the
 * planner actions (voicemail: add the next attempt; check-in: save what they
 * agreed). Shared by the three writer islands.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { formatLocalDate } from '../../lib/localDate';
import { MET_HOW } from '../../lib/plannerOptions';
import { MET_HOW_LABELS } from '../../lib/touchLabel';
import {
  confirmingEmail,
  emptyWriterFields,
  scriptAsText,
  writerOutput,
  type WriterFields,
} from '../../lib/writerScript';
import { WRITER_CHANNELS, type Writer, type WriterTemplates } from '../../templates/render';
import { $settings } from '../../stores/settings';
import { $profile, saveProfile } from '../../stores/profile';
import {
  addNextAttemptToPlan,
  loadWriterContacts,
  saveAgreedNext,
  type WriterContact,
} from '../../stores/writer';
import { href } from '../../paths';

const CHANNEL_NAMES: Record<string, string> = {
  email: 'Email',
  card: 'Mailed card',
  voicemail: 'Voicemail',
  call: 'When they pick up',
};

/** Props: which writer, and its templates (each writer page passes only its own). */
export interface WriterAppProps {
  writer: Writer;
  templates: WriterTemplates;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The writer island. */
export default function WriterApp({ writer, templates }: WriterAppProps) {
  const profile = useStore($profile);
  const settings = useStore($settings);
  const today = formatLocalDate(new Date());
  const [fields, setFields] = useState<WriterFields>(() =>
    emptyWriterFields(writer, today, profile),
  );
  const [variant, setVariant] = useState(0);
  const [copied, setCopied] = useState('');
  const [contacts, setContacts] = useState<WriterContact[] | null>(null);
  const [contactId, setContactId] = useState('');
  const [planNote, setPlanNote] = useState('');
  const [confirmLine, setConfirmLine] = useState('');
  const [agreedDate, setAgreedDate] = useState('');
  const [agreedFrom, setAgreedFrom] = useState('');
  const [agreedTo, setAgreedTo] = useState('');
  const [agreedNumber, setAgreedNumber] = useState('');
  const [prefillNote, setPrefillNote] = useState('');

  const output = useMemo(
    () => writerOutput(writer, templates, fields, variant, today, settings.weekendsAllowed),
    [writer, templates, fields, variant, today, settings.weekendsAllowed],
  );

  // ?contact=ID (from the planner) or ?example=1 (from a lesson) fills the form.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const id = params.get('contact');
    if (params.get('example') === '1') {
      setFields((f) => ({
        ...f,
        contactName: 'Dana Lee',
        organization: 'Northwind Health',
        situation: 'phone',
        detail: 'your advice on the data team',
        studentName: f.studentName || 'Sam Rivera',
        studentPhone: f.studentPhone || '(555) 010-4477',
        availableFrom: '14:00',
        availableTo: '17:00',
        nextPart: 'morning',
        agreed: true,
      }));
      setPrefillNote('An example is filled in. Change any field to make it yours.');
    }
    if (!id) return;
    void loadWriterContacts().then((list) => {
      setContacts(list);
      const found = list.find((c) => c.contact.id === id);
      if (!found) {
        setPrefillNote(
          'That contact is not in the planner on this browser, so nothing was filled in.',
        );
        return;
      }
      const c = found.contact;
      setContactId(c.id);
      setFields((f) => ({
        ...f,
        contactName: c.name,
        organization: c.organization,
        contactEmail: c.email,
        situation: c.metHow,
        metOn: c.metOn,
        lastContact: found.lastContact ?? '',
        agreed: c.agreed !== null,
      }));
      setPrefillNote(`Filled in from your planner: ${c.name}.`);
    });
  }, []);

  const set =
    (key: keyof WriterFields) =>
    (event: JSX.TargetedEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      const value =
        event.currentTarget instanceof HTMLInputElement && event.currentTarget.type === 'checkbox'
          ? event.currentTarget.checked
          : event.currentTarget.value;
      setFields((f) => ({ ...f, [key]: value }));
      setCopied('');
    };

  const rememberProfile = () => {
    saveProfile(fields.studentName, fields.studentPhone);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(scriptAsText(output.script));
      setCopied('Copied. Paste it where you write to them.');
    } catch {
      setCopied('Your browser did not allow copying. Select the text and copy it by hand.');
    }
  };

  const ensureContacts = async () => {
    if (contacts) return contacts;
    const list = await loadWriterContacts();
    setContacts(list);
    const match = list.find((c) => c.contact.name.trim() === fields.contactName.trim());
    if (match && !contactId) setContactId(match.contact.id);
    return list;
  };

  const addToPlan = async () => {
    const list = await ensureContacts();
    const chosen = list.find((c) => c.contact.id === contactId);
    if (!chosen || !output.next) {
      setPlanNote('Choose which contact this voicemail is for, then add the call.');
      return;
    }
    const result = await addNextAttemptToPlan(
      chosen.contact.id,
      output.next.date,
      output.next.window,
    );
    if (result.problem) setPlanNote(result.problem);
    else {
      setPlanNote(
        result.added
          ? `Added to your plan: call ${chosen.contact.name} ${output.next.label}.`
          : `This call is already in your plan: ${chosen.contact.name}, ${output.next.label}.`,
      );
      setConfirmLine(confirmingEmail(chosen.contact.name, output.next.label, fields.studentName));
    }
  };

  const saveAgreed = async (event: Event) => {
    event.preventDefault();
    const list = await ensureContacts();
    const chosen = list.find((c) => c.contact.id === contactId);
    if (!chosen) {
      setPlanNote('Choose which contact agreed to this, then save it.');
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(agreedDate) || agreedDate < today) {
      setPlanNote('Enter the day they suggested: today or later.');
      return;
    }
    const hasTime = agreedFrom || agreedTo;
    if (hasTime && !(agreedFrom && agreedTo && agreedFrom < agreedTo)) {
      setPlanNote('Enter both times, the start before the end, or leave both empty.');
      return;
    }
    const problem = await saveAgreedNext(chosen.contact.id, {
      date: agreedDate,
      window: hasTime ? { start: agreedFrom, end: agreedTo } : null,
      number: agreedNumber === 'office' || agreedNumber === 'mobile' ? agreedNumber : null,
    });
    setPlanNote(
      problem ??
        `Saved: your next contact with ${chosen.contact.name} is the day they suggested. Your plan now holds a call then.`,
    );
  };

  const { script, budget, findings, next, notes, mailto } = output;
  const spoken = budget.unit === 'seconds';
  const lengthText = spoken
    ? `${budget.words} words, about ${budget.seconds} seconds to say (aim for ${budget.limit} seconds or less)`
    : `${budget.words} words (aim for ${budget.limit} or fewer)`;
  const channels: readonly string[] = WRITER_CHANNELS[writer];

  const contactPicker = (
    <div class="field">
      <label for="writer-contact">Contact in your planner</label>
      <select
        id="writer-contact"
        value={contactId}
        onFocus={() => void ensureContacts()}
        onChange={(e) => setContactId(e.currentTarget.value)}
      >
        <option value="">Choose a contact</option>
        {(contacts ?? []).map((c) => (
          <option value={c.contact.id} key={c.contact.id}>
            {c.contact.name}
          </option>
        ))}
      </select>
      {contacts && contacts.length === 0 && (
        <p class="hint">
          Your planner has no contacts yet. <a href={href('/planner/')}>Add them in the planner</a>{' '}
          first.
        </p>
      )}
    </div>
  );

  return (
    <div class="writer">
      {prefillNote && <p class="notice">{prefillNote}</p>}
      <form class="writer__form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>How will you reach them?</legend>
          {channels.map((c) => (
            <label class="choice" key={c}>
              <input
                type="radio"
                name="channel"
                value={c}
                checked={fields.channel === c}
                onChange={set('channel')}
              />{' '}
              {CHANNEL_NAMES[c]}
            </label>
          ))}
        </fieldset>
        <div class="field-row">
          <div class="field">
            <label for="w-contact-name">Their name</label>
            <input
              id="w-contact-name"
              type="text"
              value={fields.contactName}
              onInput={set('contactName')}
            />
          </div>
          <div class="field">
            <label for="w-organization">Organization</label>
            <input
              id="w-organization"
              type="text"
              value={fields.organization}
              onInput={set('organization')}
            />
          </div>
        </div>
        <div class="field-row">
          <div class="field">
            <label for="w-situation">How you met</label>
            <select id="w-situation" value={fields.situation} onChange={set('situation')}>
              {MET_HOW.map((m) => (
                <option value={m} key={m}>
                  {MET_HOW_LABELS[m]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="w-met-on">Date you met</label>
            <input
              id="w-met-on"
              type="date"
              value={fields.metOn}
              max={today}
              onInput={set('metOn')}
            />
          </div>
          {fields.channel === 'email' && (
            <div class="field">
              <label for="w-email">Their email (for the email link)</label>
              <input
                id="w-email"
                type="email"
                value={fields.contactEmail}
                onInput={set('contactEmail')}
              />
            </div>
          )}
        </div>
        <div class="field">
          <label for="w-detail">One detail from your conversation</label>
          <p class="hint" id="w-detail-hint">
            A few words, for example “your advice on the data team”.
          </p>
          <input
            id="w-detail"
            type="text"
            aria-describedby="w-detail-hint"
            value={fields.detail}
            onInput={set('detail')}
          />
        </div>
        <div class="field">
          <label for="w-forgot">Something you forgot to mention (optional)</label>
          <p class="hint" id="w-forgot-hint">
            One short sentence of new, useful information. Leave it empty if there is nothing.
          </p>
          <input
            id="w-forgot"
            type="text"
            aria-describedby="w-forgot-hint"
            value={fields.forgot}
            onInput={set('forgot')}
          />
        </div>
        {writer === 'check-in' && (
          <div class="field-row">
            <div class="field">
              <label for="w-last">Your last contact with them</label>
              <input
                id="w-last"
                type="date"
                value={fields.lastContact}
                max={today}
                onInput={set('lastContact')}
              />
            </div>
            <div class="field">
              <label for="w-question">Your closing question (optional)</label>
              <p class="hint" id="w-question-hint">
                A question that asks when to talk next. Leave it empty to use ours.
              </p>
              <input
                id="w-question"
                type="text"
                aria-describedby="w-question-hint"
                value={fields.question}
                onInput={set('question')}
              />
            </div>
          </div>
        )}
        {writer === 'voicemail' && (
          <fieldset>
            <legend>When you can take their call today</legend>
            <div class="field-row">
              <div class="field">
                <label for="w-from">From</label>
                <input
                  id="w-from"
                  type="time"
                  value={fields.availableFrom}
                  onInput={set('availableFrom')}
                />
              </div>
              <div class="field">
                <label for="w-to">To</label>
                <input
                  id="w-to"
                  type="time"
                  value={fields.availableTo}
                  onInput={set('availableTo')}
                />
              </div>
            </div>
          </fieldset>
        )}
        {(writer === 'voicemail' || writer === 'check-in') && (
          <fieldset>
            <legend>
              {writer === 'voicemail' ? 'When you will try again' : 'When you suggest talking next'}
            </legend>
            <div class="field-row">
              <div class="field">
                <label for="w-next-date">Day</label>
                <p class="hint" id="w-next-hint">
                  Leave it empty for the next weekday.
                </p>
                <input
                  id="w-next-date"
                  type="date"
                  min={today}
                  aria-describedby="w-next-hint"
                  value={fields.nextDate}
                  onInput={set('nextDate')}
                />
              </div>
              <div class="field">
                <label for="w-next-part">Part of the day</label>
                <select id="w-next-part" value={fields.nextPart} onChange={set('nextPart')}>
                  <option value="morning">Morning (9 to 12)</option>
                  <option value="afternoon">Afternoon (1 to 5)</option>
                </select>
              </div>
            </div>
          </fieldset>
        )}
        <label class="choice">
          <input type="checkbox" checked={fields.agreed} onChange={set('agreed')} /> They agreed to
          this contact
        </label>
        <div class="field-row">
          <div class="field">
            <label for="w-my-name">Your name</label>
            <input
              id="w-my-name"
              type="text"
              autoComplete="name"
              value={fields.studentName}
              onInput={set('studentName')}
              onBlur={rememberProfile}
            />
          </div>
          <div class="field">
            <label for="w-my-phone">Your phone</label>
            <input
              id="w-my-phone"
              type="tel"
              autoComplete="tel"
              value={fields.studentPhone}
              onInput={set('studentPhone')}
              onBlur={rememberProfile}
            />
          </div>
        </div>
        <p class="hint">Your name and phone are remembered on this browser for next time.</p>
      </form>

      <section class="writer__output card" aria-labelledby="script-heading">
        <h2 id="script-heading">Your script</h2>
        {script.subject && (
          <p>
            <strong>Subject:</strong> <span data-testid="subject">{script.subject}</span>
          </p>
        )}
        <div class="script" data-testid="script" tabIndex={0} aria-label="The script text">
          {script.text}
        </div>
        <p class={budget.over ? 'length length--over' : 'length'} data-testid="length">
          {lengthText}.{' '}
          {budget.hardOver
            ? 'Far too long: people stop listening after about a minute. Cut it down.'
            : budget.over
              ? 'A little long: shorten it so they hear it all.'
              : 'Brief enough.'}
        </p>
        {notes.map((n) => (
          <p class="notice notice--warn" key={n}>
            {n}
          </p>
        ))}
        <div class="writer__buttons">
          <button type="button" onClick={() => void copy()}>
            Copy
          </button>
          <button
            type="button"
            class="quiet"
            onClick={() =>
              download(
                `${writer}-${fields.contactName.trim().replace(/[^\p{L}\p{N}]+/gu, '-') || 'script'}.txt`,
                scriptAsText(script),
              )
            }
          >
            Download as .txt
          </button>
          {mailto && (
            <a class="button button--quiet" href={mailto}>
              Open in your email app
            </a>
          )}
          {script.variantCount > 1 && (
            <button type="button" class="quiet" onClick={() => setVariant(script.variant + 1)}>
              Another version ({script.variant + 1} of {script.variantCount})
            </button>
          )}
        </div>
        <p role="status" class="muted">
          {copied}
        </p>
        <h3>Tone check</h3>
        {findings.length === 0 ? (
          <p data-testid="tone-ok">Professional and upbeat: nothing to fix.</p>
        ) : (
          <ul class="findings" data-testid="findings">
            {findings.map((f) => (
              <li key={`${f.kind}-${f.words}`}>
                <strong>“{f.words}”</strong>: {f.reason}
              </li>
            ))}
          </ul>
        )}
      </section>

      {writer === 'voicemail' && next && (
        <section class="card" aria-labelledby="plan-heading">
          <h2 id="plan-heading">Put the next call in your plan</h2>
          <p>
            Your voicemail says you will try again <strong>{next.label}</strong>. Add that call to
            your planner so the message and the plan agree.
          </p>
          {contactPicker}
          <p>
            <button type="button" onClick={() => void addToPlan()}>
              Add this call to my plan
            </button>
          </p>
          <p role="status">{planNote}</p>
          {confirmLine && (
            <div>
              <p>Want it in writing too? A one-line email to send now:</p>
              <p class="script">{confirmLine}</p>
            </div>
          )}
        </section>
      )}

      {writer === 'check-in' && (
        <section class="card" aria-labelledby="agreed-heading">
          <h2 id="agreed-heading">When they answer: save what you agreed</h2>
          <p>
            When they tell you when to follow up, save it. The planner then plans a call at that
            time and arranges the rest around it.
          </p>
          <form onSubmit={(e) => void saveAgreed(e)}>
            {contactPicker}
            <div class="field-row">
              <div class="field">
                <label for="agreed-date">Day they suggested</label>
                <input
                  id="agreed-date"
                  type="date"
                  min={today}
                  value={agreedDate}
                  onInput={(e) => setAgreedDate(e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label for="agreed-from">From (optional)</label>
                <input
                  id="agreed-from"
                  type="time"
                  value={agreedFrom}
                  onInput={(e) => setAgreedFrom(e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label for="agreed-to">To (optional)</label>
                <input
                  id="agreed-to"
                  type="time"
                  value={agreedTo}
                  onInput={(e) => setAgreedTo(e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label for="agreed-number">Number to use</label>
                <select
                  id="agreed-number"
                  value={agreedNumber}
                  onChange={(e) => setAgreedNumber(e.currentTarget.value)}
                >
                  <option value="">Not said</option>
                  <option value="office">Office</option>
                  <option value="mobile">Mobile</option>
                </select>
              </div>
            </div>
            <p>
              <button type="submit">Save as our agreed next contact</button>
            </p>
            <p role="status">{planNote}</p>
          </form>
        </section>
      )}
    </div>
  );
}
