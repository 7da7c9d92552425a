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
import {
  closingLine,
  detailKeptSentence,
  detailSentence,
  fitDetail,
  forgotWithLeadIn,
  meetingWhen,
  roleWords,
} from '../lib/messageParts';
import { type MetHow, type PartOfDay } from '../lib/plannerOptions';
import { diffDays, isIsoDate } from '../lib/localDate';
import type { TimeWindow } from '../lib/plannerSchema';
import type { BudgetKind } from '../lib/scriptLength';
import { spokenPhone } from '../lib/spokenPhone';
import { TEMPLATE_HELPERS, weekday } from '../lib/templateHelpers';
import { situationPhrases } from './situations';

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
  /** The role or position, as typed ("Data Analyst"); optional. */
  role?: string | null | undefined;
  /** The student's name. */
  studentName: string;
  /** The student's phone, as typed; spoken scripts say it in digit groups, twice. */
  studentPhone: string;
  /** The day they met (or talked, or applied), YYYY-MM-DD. */
  metOn: string;
  /** One detail: a phrase ("your advice on the data team") or a clause ("we talked about the move to Denver"). */
  detail: string;
  /** The optional "thing I forgot to mention"; becomes one sentence or is left out. */
  forgot?: string | null | undefined;
  /** The student's window today for a call back, or null. */
  availability: TimeWindow | null;
  /** When the student will try again (voicemail) or proposes to call (check-in); `label` from nextAttempt() wins. */
  nextAttempt: { date: string; partOfDay: PartOfDay; label?: string | undefined } | null;
  /** Check-in: the day of the last touch, YYYY-MM-DD. */
  lastContact?: string | null | undefined;
  /** Check-in: the student's own closing line; a question replaces the default one, a statement comes before it. */
  question?: string | null | undefined;
  /** True when the contact agreed to this contact: the script says "as we agreed". */
  agreed?: boolean | undefined;
  /** Today, YYYY-MM-DD, if known: lets a script say "today", "yesterday" or "on Tuesday" (else the date). */
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

/** Shown where the student's name belongs until they add it. */
export const NAME_PLACEHOLDER = '[your name]';
/** Shown where the student's phone number belongs until they add it. */
export const PHONE_PLACEHOLDER = '[your phone number]';

// Cards are read days after they are written; everything else the day it is sent.
const READ_LATER: ReadonlySet<string> = new Set(['card']);

// A check-in's closing question (after the student's statement, if they typed one).
function ask(
  closing: { text: string; isQuestion: boolean },
  nextLabel: string,
  weSpeak: string,
  aTalk: string,
  forWhat: string,
): string {
  if (closing.isQuestion) return closing.text;
  const when = nextLabel
    ? `Would it suit you if ${weSpeak} ${nextLabel}?`
    : `When would be a good time ${aTalk}?`;
  return [closing.text, `${when} Which number is best ${forWhat}, office or mobile?`]
    .filter(Boolean)
    .join('\n');
}

/** The data every template gets: all fields present, all text one clean line. */
function templateView(channel: string, situation: MetHow, data: ScriptData) {
  const metOn = isoOrEmpty(data.metOn);
  const today = isoOrEmpty(data.today);
  const lastContact = isoOrEmpty(data.lastContact);
  const phoneTyped = oneLine(data.studentPhone);
  const spoken = spokenPhone(phoneTyped);
  const studentName = oneLine(data.studentName);
  const contactName = oneLine(data.contactName);
  const organization = oneLine(data.organization);
  const role = roleWords(data.role ?? '');
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
  const when = meetingWhen(metOn, today, READ_LATER.has(channel) ? 'later' : 'same-day');
  const phrases = situationPhrases(situation, {
    organization,
    roleNoun: role.noun,
    roleName: role.name,
    when,
  });
  // The check-in names the meeting briefly, with its date ("since my interview on March 10");
  // its subject line and closing name the role and organization.
  const sameDay = meetingWhen(metOn, today, 'same-day');
  const occasionWhen = sameDay ? `${phrases.brief} ${sameDay}` : phrases.brief;
  const lastWhen =
    lastContact !== '' && lastContact !== metOn ? meetingWhen(lastContact, today, 'same-day') : '';
  const latest = lastWhen ? lastContact : metOn;
  const detail = fitDetail(data.detail);
  const forgot = forgotSentence(data.forgot ?? '').sentence;
  const closing = closingLine(data.question ?? '');
  return {
    ...phrases,
    greeting: contactName ? `Dear ${contactName},` : 'Hello,',
    contactName,
    organization,
    studentName,
    // Spoken scripts and signatures show a visible placeholder, never a gap.
    caller: studentName || NAME_PLACEHOLDER,
    studentPhone: phoneTyped,
    // Spoken scripts say the number in the groups typed, or the placeholder.
    phoneSaid: spoken ?? PHONE_PLACEHOLDER,
    occasionWhen,
    since: lastWhen ? `we were last in touch ${lastWhen}` : occasionWhen,
    // "It has been a little while" only a week or more after the last contact.
    longAgo: latest !== '' && today !== '' && diffDays(today, latest) >= 7,
    detailSentence: detailSentence(detail, situation === 'application'),
    detailKept: detailKeptSentence(detail),
    forgot: forgot ? forgotWithLeadIn(forgot) : '',
    availability,
    nextLabel,
    agreed: data.agreed === true,
    // A check-in's closing lines: the student's own line, or ours asking when and which number.
    emailAsk: ask(closing, nextLabel, 'I called you', 'for a short call', 'for you'),
    callAsk: ask(closing, nextLabel, 'we spoke', 'for us to speak next', 'for that'),
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
    template(templateView(input.channel, input.situation, input.data), {
      helpers: TEMPLATE_HELPERS,
    }),
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
