/**
 * Everything a writer page shows for the student's inputs, in one pure step:
 * the script, its length against the budget, the tone findings, the
 * voicemail's next attempt, notes about inputs that need a look, and the
 * email link. The page only renders what this returns.
 */
import { forgotSentence } from './forgotSentence';
import { nextAttempt, type NextAttempt } from './nextAttempt';
import { MET_HOW, PARTS_OF_DAY, type MetHow, type PartOfDay } from './plannerOptions';
import { checkBudget, type BudgetCheck } from './scriptLength';
import { spokenPhone } from './spokenPhone';
import { toneCheck, type Finding } from './toneCheck';
import {
  BUDGET_KINDS,
  renderWith,
  WRITER_CHANNELS,
  type RenderedScript,
  type ScriptInput,
  type Writer,
  type WriterTemplates,
} from '../templates/render';

/** The writer form's fields, as typed. */
export interface WriterFields {
  channel: string;
  situation: string;
  contactName: string;
  organization: string;
  contactEmail: string;
  metOn: string;
  detail: string;
  forgot: string;
  studentName: string;
  studentPhone: string;
  /** Voicemail: the student's window today, HH:mm, or ''. */
  availableFrom: string;
  availableTo: string;
  /** Voicemail and check-in: the next attempt's day (YYYY-MM-DD or '') and part of day. */
  nextDate: string;
  nextPart: string;
  /** Check-in: the day of the last contact, and the student's own closing question. */
  lastContact: string;
  question: string;
  /** True when this contact was agreed ("as we agreed"). */
  agreed: boolean;
}

/** Everything the page shows. */
export interface WriterOutput {
  script: RenderedScript;
  budget: BudgetCheck;
  findings: Finding[];
  /** Voicemail: the next attempt the script names and the plan will hold. */
  next: NextAttempt | null;
  /** Plain notes about inputs: a phone that looks incomplete, a "forgot" that is two sentences. */
  notes: string[];
  /** Email: a mailto link with subject and body; null for other channels. */
  mailto: string | null;
}

/** Empty fields for a writer, met `today`, with the student's remembered name and phone. */
export function emptyWriterFields(
  writer: Writer,
  today: string,
  profile: { name: string; phone: string },
): WriterFields {
  return {
    channel: WRITER_CHANNELS[writer][0],
    situation: 'interview',
    contactName: '',
    organization: '',
    contactEmail: '',
    metOn: today,
    detail: '',
    forgot: '',
    studentName: profile.name,
    studentPhone: profile.phone,
    availableFrom: writer === 'voicemail' ? '14:00' : '',
    availableTo: writer === 'voicemail' ? '17:00' : '',
    nextDate: '',
    nextPart: 'morning',
    lastContact: '',
    question: '',
    agreed: false,
  };
}

function isPart(value: string): value is PartOfDay {
  return value in PARTS_OF_DAY;
}

function isSituation(value: string): value is MetHow {
  return (MET_HOW as readonly string[]).includes(value);
}

/** Builds the script and its checks from the form; `today` is the student's local date. */
export function writerOutput(
  writer: Writer,
  templates: WriterTemplates,
  fields: WriterFields,
  variant: number,
  today: string,
  weekendsAllowed: boolean,
): WriterOutput {
  const channels: readonly string[] = WRITER_CHANNELS[writer];
  const channel = channels.includes(fields.channel) ? fields.channel : channels[0]!;
  const situation = isSituation(fields.situation) ? fields.situation : 'interview';
  const notes: string[] = [];

  let next: NextAttempt | null = null;
  if (writer === 'voicemail' || writer === 'check-in') {
    next = nextAttempt(
      today,
      {
        date: fields.nextDate || undefined,
        partOfDay: isPart(fields.nextPart) ? fields.nextPart : undefined,
      },
      weekendsAllowed,
    );
    if (next.message && fields.nextDate) notes.push(next.message);
  }

  const timePattern = /^\d{2}:\d{2}$/;
  let availability = null;
  if (writer === 'voicemail') {
    const { availableFrom: from, availableTo: to } = fields;
    if (timePattern.test(from) && timePattern.test(to) && from < to)
      availability = { start: from, end: to };
    else if (from || to) notes.push('Your window today needs a start time before its end time.');
  }

  if (fields.studentPhone.trim() && !spokenPhone(fields.studentPhone)) {
    notes.push(
      'Your phone number looks incomplete, so the script leaves it out. Check the digits.',
    );
  }
  const forgot = fields.forgot.trim() ? forgotSentence(fields.forgot) : null;
  if (forgot?.message) notes.push(forgot.message);

  const input = {
    writer,
    channel,
    situation,
    variant,
    data: {
      contactName: fields.contactName,
      organization: fields.organization,
      studentName: fields.studentName,
      studentPhone: fields.studentPhone,
      metOn: fields.metOn,
      detail: fields.detail,
      forgot: fields.forgot,
      availability,
      nextAttempt: next ? { date: next.date, partOfDay: next.partOfDay, label: next.label } : null,
      lastContact: fields.lastContact,
      question: fields.question,
      agreed: fields.agreed,
      today,
    },
  } as ScriptInput;
  const script = renderWith(templates, input);
  const budgetKinds: Readonly<Record<string, Parameters<typeof checkBudget>[0]>> =
    BUDGET_KINDS[writer];
  const budget = checkBudget(budgetKinds[channel]!, script.text);
  const allow = [fields.contactName, fields.organization, fields.studentName].filter(Boolean);
  const findings = toneCheck(
    [fields.detail, fields.forgot, fields.question, script.text].filter(Boolean).join('\n'),
    { allow },
  ).filter(
    // A finding in the student's own words is reported once, where they typed it.
    (finding, i, all) =>
      all.findIndex((f) => f.kind === finding.kind && f.words === finding.words) === i,
  );
  const mailto =
    channel === 'email'
      ? `mailto:${encodeURIComponent(fields.contactEmail.trim()).replace('%40', '@')}?subject=${encodeURIComponent(script.subject ?? '')}&body=${encodeURIComponent(script.text)}`
      : null;
  return { script, budget, findings, next, notes, mailto };
}

/** The text a student copies or downloads: the subject line first for an email. */
export function scriptAsText(script: RenderedScript): string {
  return script.subject ? `Subject: ${script.subject}\n\n${script.text}` : script.text;
}

/** The one-line email that confirms a voicemail's next attempt in writing. */
export function confirmingEmail(
  contactName: string,
  nextLabel: string,
  studentName: string,
): string {
  const hello = contactName.trim() ? `Hello ${contactName.trim()},` : 'Hello,';
  const sign = studentName.trim() ? ` ${studentName.trim()}` : '';
  return `${hello} I just left you a voicemail and will try you again ${nextLabel}. Thank you,${sign}`;
}
