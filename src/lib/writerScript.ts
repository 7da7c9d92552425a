/**
 * Everything a writer page shows for the student's inputs, in one pure step:
 * the script, its length against the budget, the tone findings, the
 * voicemail's next attempt, notes about inputs that need a look, and the
 * email link. The page only renders what this returns.
 */
import { forgotSentence } from './forgotSentence';
import { nextAttempt, type NextAttempt } from './nextAttempt';
import { fitDetail } from './messageParts';
import {
  MAX_EMAIL,
  MAX_NAME,
  MAX_PHONE,
  MET_HOW,
  PARTS_OF_DAY,
  type MetHow,
  type PartOfDay,
} from './plannerOptions';
import { checkBudget, type BudgetCheck } from './scriptLength';
import { spokenPhone } from './spokenPhone';
import { toneCheck, type Finding } from './toneCheck';
import {
  BUDGET_KINDS,
  NAME_PLACEHOLDER,
  PHONE_PLACEHOLDER,
  renderWith,
  WRITER_CHANNELS,
  type RenderedScript,
  type ScriptData,
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
  /** The role or position, optional: "Data Analyst". */
  role: string;
  contactEmail: string;
  metOn: string;
  detail: string;
  forgot: string;
  studentName: string;
  studentPhone: string;
  /** Voicemail and check-in: the student's window today, HH:mm, or ''. */
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
  /** Why the detail could not fit the sentence (shown next to its field), or null. */
  detailNote: string | null;
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
    role: '',
    contactEmail: '',
    metOn: today,
    detail: '',
    forgot: '',
    studentName: profile.name,
    studentPhone: profile.phone,
    availableFrom: writer === 'thank-you' ? '' : '14:00',
    availableTo: writer === 'thank-you' ? '' : '17:00',
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

/** Most characters each writer field takes: the form's maxlength for each field. */
export const FIELD_LIMITS: Readonly<Record<keyof Omit<WriterFields, 'agreed'>, number>> = {
  channel: 20,
  situation: 20,
  contactName: MAX_NAME,
  organization: MAX_NAME,
  role: MAX_NAME,
  contactEmail: MAX_EMAIL,
  metOn: 10,
  detail: 200,
  forgot: 300,
  studentName: MAX_NAME,
  studentPhone: MAX_PHONE,
  availableFrom: 5,
  availableTo: 5,
  nextDate: 10,
  nextPart: 20,
  lastContact: 10,
  question: 200,
};

// Whatever reaches the lib is cut to the longest limit; the form's maxlength cuts each field to its own.
function clamp(fields: WriterFields): WriterFields {
  const out = { ...fields };
  for (const [key, value] of Object.entries(fields))
    if (typeof value === 'string')
      (out as unknown as Record<string, string>)[key] = value.slice(0, 300);
  return out;
}

/** Builds the script and its checks from the form; `today` is the student's local date. */
export function writerOutput(
  writer: Writer,
  templates: WriterTemplates,
  typed: WriterFields,
  variant: number,
  today: string,
  weekendsAllowed: boolean,
): WriterOutput {
  const fields = clamp(typed);
  const channels: readonly string[] = WRITER_CHANNELS[writer];
  const channel = channels.includes(fields.channel) ? fields.channel : channels[0]!;
  const situation = isSituation(fields.situation) ? fields.situation : 'interview';
  const spoken = channel === 'voicemail' || channel === 'call';
  const notes: string[] = [];

  let next: NextAttempt | null = null;
  // The voicemail writer always names a next attempt (the next weekday when the
  // day is blank); a check-in with no day asks openly instead.
  if (writer === 'voicemail' || (writer === 'check-in' && fields.nextDate)) {
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
  if (writer !== 'thank-you') {
    const { availableFrom: from, availableTo: to } = fields;
    if (timePattern.test(from) && timePattern.test(to) && from < to)
      availability = { start: from, end: to };
    else if (from || to) notes.push('Your window today needs a start time before its end time.');
  }

  const phoneSaid = fields.studentPhone.trim() ? spokenPhone(fields.studentPhone) : null;
  if (fields.studentPhone.trim() && !phoneSaid) {
    notes.push(
      `Your phone number looks incomplete, so the script shows ${PHONE_PLACEHOLDER} where it goes. Check the digits.`,
    );
  }
  if (!fields.studentName.trim()) {
    notes.push(`Add your name: the script shows ${NAME_PLACEHOLDER} until you do.`);
  }
  if (spoken && channel === 'voicemail' && !fields.studentPhone.trim()) {
    notes.push(
      `Add your phone number: a voicemail says it twice, and shows ${PHONE_PLACEHOLDER} until you do.`,
    );
  }
  const detailNote = fitDetail(fields.detail).problem;
  const forgot = fields.forgot.trim() ? forgotSentence(fields.forgot) : null;
  if (forgot?.message) notes.push(forgot.message);

  const data: ScriptData = {
    contactName: fields.contactName,
    organization: fields.organization,
    role: fields.role,
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
  };
  const input = { writer, channel, situation, variant, data } as ScriptInput;
  const script = renderWith(templates, input);
  const budgetKinds: Readonly<Record<string, Parameters<typeof checkBudget>[0]>> =
    BUDGET_KINDS[writer];
  const budget = checkBudget(budgetKinds[channel]!, script.text);
  if (spoken && budget.over && forgot?.sentence) {
    const without = renderWith(templates, {
      ...input,
      data: { ...data, forgot: '' },
    } as ScriptInput);
    if (!checkBudget(budgetKinds[channel]!, without.text).over) {
      notes.push(
        `What you forgot to mention takes this past ${budget.limit} seconds: shorten it, or write it instead.`,
      );
    }
  }
  const findings = scriptFindings(fields, script.text);
  const mailto =
    channel === 'email'
      ? `mailto:${encodeURIComponent(fields.contactEmail.trim()).replace('%40', '@')}?subject=${encodeURIComponent(script.subject ?? '')}&body=${encodeURIComponent(script.text)}`
      : null;
  return { script, budget, findings, next, notes, detailNote, mailto };
}

/**
 * The tone findings for a script: each problem once, in the student's own
 * words (never in the site's sentences or the copy of those words in the
 * script), plus any sentence of the script that ran long.
 */
function scriptFindings(fields: WriterFields, text: string): Finding[] {
  const allow = [fields.contactName, fields.organization, fields.role, fields.studentName].filter(
    Boolean,
  );
  const typed = [fields.detail, fields.forgot, fields.question].filter((t) => t.trim() !== '');
  const own = toneCheck(typed.join('\n'), { allow }).filter((f) => f.kind !== 'long-sentence');
  const long = toneCheck(text, { allow }).filter((f) => f.kind === 'long-sentence');
  return [...own, ...long];
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
