/**
 * Rendering the writers' scripts: picks a precompiled template by writer, channel and
 * variant, shapes the student's inputs into the data every template expects
 * (templates run in Handlebars strict mode, so every field is always there),
 * and returns plain text exactly as typed (no HTML escaping).
 *
 * Email templates start with a line `Subject: …` and a blank line; that line
 * becomes `subject` and the rest `text`. Other channels have no subject.
 */
import { forgotSentence } from '../lib/forgotSentence';
import { addDays } from '../lib/localDate';
import { isIsoDate, type MetHow, type PartOfDay } from '../lib/plannerOptions';
import type { TimeWindow } from '../lib/plannerSchema';
import type { BudgetKind } from '../lib/scriptLength';
import { spokenPhone } from '../lib/spokenPhone';
import { TEMPLATE_HELPERS, weekday } from '../lib/templateHelpers';
import { SITUATION_PHRASES } from './situations';

/** The three writers. */
export const WRITERS = ['thank-you', 'voicemail', 'check-in'] as const;
/** A writer: thank-you, voicemail (sets the next call) or check-in. */
export type Writer = (typeof WRITERS)[number];

/** The channels each writer offers; `call` is the opener to say when they pick up. */
export const WRITER_CHANNELS = {
  'thank-you': ['email', 'card', 'voicemail', 'call'],
  voicemail: ['voicemail'],
  'check-in': ['email', 'voicemail', 'call'],
} as const satisfies Record<Writer, readonly string[]>;

/** A channel a given writer offers. */
export type WriterChannel<W extends Writer = Writer> = (typeof WRITER_CHANNELS)[W][number];

/** Which budget a writer's script on a channel is held to (see BUDGETS in lib/scriptLength). */
export const BUDGET_KINDS: {
  readonly [W in Writer]: Readonly<Record<WriterChannel<W>, BudgetKind>>;
} = {
  'thank-you': {
    email: 'thank-you-email',
    card: 'thank-you-card',
    voicemail: 'thank-you-voicemail',
    call: 'call-opener',
  },
  voicemail: { voicemail: 'voicemail' },
  'check-in': { email: 'check-in', voicemail: 'check-in-voicemail', call: 'call-opener' },
};

/** A compiled template: data in, plain text out (the shape declared in hbs.d.ts). */
export type Template = typeof import('*.hbs').default;

/** One writer's templates, by channel: several variants each. */
export type WriterTemplates = Readonly<Record<string, readonly Template[]>>;

/** The student's inputs to a writer. Everything but the situation may be empty. */
export interface ScriptData {
  /** The contact's name as the student would greet them: "Dana Lee", "Ms. Lee". */
  contactName: string;
  /** The contact's organization. */
  organization: string;
  /** The student's name. */
  studentName: string;
  /** The student's phone, as typed; spoken scripts say it in digit groups, twice. */
  studentPhone: string;
  /** The day they met (or talked, or applied), YYYY-MM-DD. */
  metOn: string;
  /** One detail from the conversation, a noun phrase: "your advice on the Denver team". */
  detail: string;
  /** The optional "thing I forgot to mention"; becomes one sentence or is left out. */
  forgot?: string | null | undefined;
  /** The student's window today for a call back, or null. */
  availability: TimeWindow | null;
  /** When the student will try again (voicemail) or proposes to call (check-in); `label` from nextAttempt() wins. */
  nextAttempt: { date: string; partOfDay: PartOfDay; label?: string | undefined } | null;
  /** Check-in: the day of the last touch, YYYY-MM-DD. */
  lastContact?: string | null | undefined;
  /** Check-in: the student's own closing question, replacing the default one. */
  question?: string | null | undefined;
  /** True when the contact agreed to this contact: the script says "as we agreed". */
  agreed?: boolean | undefined;
  /** Today, YYYY-MM-DD, if known: lets a thank-you say "today" or "yesterday". */
  today?: string | null | undefined;
}

/** What a writer renders: one writer, one of its channels, a situation and a variant. */
export type ScriptInput = {
  [W in Writer]: {
    /** Which writer. */
    writer: W;
    /** One of that writer's channels. */
    channel: WriterChannel<W>;
    /** How the student met the contact. */
    situation: MetHow;
    /** Which variant; any integer, wrapped modulo the number of variants. */
    variant: number;
    /** The student's inputs. */
    data: ScriptData;
  };
}[Writer];

/** A rendered script, ready to copy. */
export interface RenderedScript {
  /** The email subject, or null for other channels. */
  subject: string | null;
  /** The script, plain text. */
  text: string;
  /** The variant actually used, 0 ≤ variant < variantCount. */
  variant: number;
  /** How many variants this writer and channel have. */
  variantCount: number;
}

/** A writer's templates on a channel. */
function templatesFor(
  templates: WriterTemplates,
  writer: Writer,
  channel: string,
): readonly Template[] {
  const list = templates[channel];
  if (!list) throw new RangeError(`The ${writer} writer has no ${channel} channel`);
  return list;
}

// One line of input: no line breaks, no runs of spaces, nothing at either end.
function oneLine(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function isoOrEmpty(value: string | null | undefined): string {
  const v = oneLine(value);
  return isIsoDate(v) ? v : '';
}

function question(value: string | null | undefined): string {
  let q = oneLine(value).replace(/[.!,;:]+$/u, '');
  if (q === '') return '';
  q = q.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return q.endsWith('?') ? q : `${q}?`;
}

function dayBefore(iso: string): string {
  return addDays(iso, -1);
}

/** The data every template gets: all fields present, all text one clean line. */
function templateView(situation: MetHow, data: ScriptData) {
  const metOn = isoOrEmpty(data.metOn);
  const today = isoOrEmpty(data.today);
  const lastContact = isoOrEmpty(data.lastContact);
  const phoneTyped = oneLine(data.studentPhone);
  const next = data.nextAttempt;
  const nextDate = next ? isoOrEmpty(next.date) : '';
  const nextLabel =
    next && oneLine(next.label) !== ''
      ? oneLine(next.label)
      : nextDate !== '' && next
        ? `${weekday(nextDate)} ${next.partOfDay}`
        : '';
  const availability =
    data.availability && data.availability.start < data.availability.end
      ? { start: data.availability.start, end: data.availability.end }
      : null;
  return {
    ...SITUATION_PHRASES[situation],
    contactName: oneLine(data.contactName),
    organization: oneLine(data.organization),
    studentName: oneLine(data.studentName),
    studentPhone: phoneTyped,
    // Spoken scripts say only a number that can be said digit by digit.
    phone: spokenPhone(phoneTyped) ? phoneTyped : '',
    metOn,
    metToday: metOn !== '' && metOn === today,
    metYesterday: metOn !== '' && today !== '' && metOn === dayBefore(today),
    // The same day as the meeting adds nothing, so the meeting is named instead.
    lastContact: lastContact === metOn ? '' : lastContact,
    // The template adds its own full stop.
    detail: oneLine(data.detail).replace(/[.!?;:,]+$/u, ''),
    forgot: forgotSentence(data.forgot ?? '').sentence ?? '',
    availability,
    nextLabel,
    agreed: data.agreed === true,
    question: question(data.question),
  };
}

// Conditional pieces can leave doubled or stray spaces and empty lines; the
// text a student copies has none.
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Renders one writer's script from the student's inputs with that writer's
 * templates (a page imports only its own writer's, from <writer>/templates.ts).
 */
export function renderWith(templates: WriterTemplates, input: ScriptInput): RenderedScript {
  const list = templatesFor(templates, input.writer, input.channel);
  const count = list.length;
  const n = Number.isFinite(input.variant) ? Math.trunc(input.variant) : 0;
  const variant = ((n % count) + count) % count;
  const template = list[variant]!;
  const raw = tidy(
    template(templateView(input.situation, input.data), { helpers: TEMPLATE_HELPERS }),
  );
  const subjectLine = input.channel === 'email' ? /^Subject:(.*)\n/.exec(raw) : null;
  if (subjectLine) {
    return {
      subject: (subjectLine[1] ?? '').trim(),
      text: raw.slice(subjectLine[0].length).trim(),
      variant,
      variantCount: count,
    };
  }
  return { subject: null, text: raw, variant, variantCount: count };
}
