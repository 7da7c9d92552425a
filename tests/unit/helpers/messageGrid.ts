/**
 * The input grid the message rules are checked over: every writer, channel,
 * variant and situation, with the shapes of input a student really types
 * (noun, clause, capitalised and -ing details; with and without a forgotten
 * thing, organization and role, name and number; meetings today, yesterday,
 * this week and weeks back; US and UK numbers or none; a next attempt or
 * none). Details, the forgotten thing, organization and role, and age are
 * fully crossed with every template; identity and next day rotate through them.
 */
import { MET_HOW, type MetHow } from '../../../src/lib/plannerOptions';
import {
  renderScript,
  variantCount,
  WRITER_CHANNELS,
  WRITERS,
  type RenderedScript,
  type ScriptData,
  type ScriptInput,
  type Writer,
} from '../../../src/templates/index';

/** Today in the grid: Tuesday 24 November 2026. */
export const TODAY = '2026-11-24';

/** Details as students type them. */
export const DETAILS = {
  none: '',
  noun: 'your advice on the data team',
  clause: 'we talked about the move to Denver',
  capital: 'Your story about moving from retail into logistics',
  gerund: 'hearing about the Denver expansion',
} as const;

/** The "thing I forgot to mention", as typed. */
export const FORGOT = 'I have a portfolio site';

/** Days between the meeting and today. */
export const AGES = [0, 1, 3, 10] as const;

/** Who the student is: name and a US number, name and a UK number, or neither. */
export const IDENTITIES = {
  us: {
    studentName: 'Sam Rivera',
    studentPhone: '(555) 010-4477',
    spoken: '5 5 5, 0 1 0, 4 4 7 7',
  },
  uk: { studentName: 'Sam Rivera', studentPhone: '07700 900123', spoken: '0 7 7 0 0, 9 0 0 1 2 3' },
  none: { studentName: '', studentPhone: '', spoken: '[your phone number]' },
} as const;

const IDENTITY_KEYS = Object.keys(IDENTITIES) as (keyof typeof IDENTITIES)[];

/** One cell of the grid. */
export interface GridCase {
  writer: Writer;
  channel: string;
  variant: number;
  situation: MetHow;
  detail: keyof typeof DETAILS;
  forgot: boolean;
  orgRole: boolean;
  age: (typeof AGES)[number];
  identity: keyof typeof IDENTITIES;
  next: boolean;
  data: ScriptData;
  script: RenderedScript;
}

/** "2026-11-24" minus `days`. */
export function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The data for one cell. */
export function gridData(
  c: Omit<GridCase, 'data' | 'script' | 'writer' | 'channel' | 'variant' | 'situation'>,
): ScriptData {
  const who = IDENTITIES[c.identity];
  return {
    contactName: 'Dana Lee',
    organization: c.orgRole ? 'Acme Health' : '',
    role: c.orgRole ? 'Data Analyst' : '',
    studentName: who.studentName,
    studentPhone: who.studentPhone,
    metOn: daysBefore(TODAY, c.age),
    detail: DETAILS[c.detail],
    forgot: c.forgot ? FORGOT : '',
    availability: { start: '14:00', end: '17:00' },
    nextAttempt: c.next
      ? { date: '2026-11-27', partOfDay: 'morning', label: 'Friday morning' }
      : null,
    lastContact: '',
    question: '',
    agreed: true,
    today: TODAY,
  };
}

/** Every cell of the grid, rendered. */
export function renderGrid(): GridCase[] {
  const out: GridCase[] = [];
  for (const writer of WRITERS) {
    for (const channel of WRITER_CHANNELS[writer] as readonly string[]) {
      const variants = variantCount(writer, channel as never);
      for (let variant = 0; variant < variants; variant++) {
        for (const situation of MET_HOW) {
          for (const detail of Object.keys(DETAILS) as (keyof typeof DETAILS)[]) {
            for (const forgot of [false, true]) {
              for (const orgRole of [false, true]) {
                for (const age of AGES) {
                  // Identity and next day turn with the other inputs, so every
                  // writer, channel, variant and situation meets each of them.
                  const d = Object.keys(DETAILS).indexOf(detail);
                  const a = AGES.indexOf(age);
                  const identity = IDENTITY_KEYS[(d + a + Number(forgot)) % 3]!;
                  const next = (a + Number(orgRole) + variant) % 2 === 0;
                  const data = gridData({ detail, forgot, orgRole, age, identity, next });
                  const script = renderScript({
                    writer,
                    channel,
                    situation,
                    variant,
                    data,
                  } as ScriptInput);
                  out.push({
                    writer,
                    channel,
                    variant,
                    situation,
                    detail,
                    forgot,
                    orgRole,
                    age,
                    identity,
                    next,
                    data,
                    script,
                  });
                }
              }
            }
          }
        }
      }
    }
  }
  return out;
}

/** A short label for a failing cell. */
export function label(c: GridCase): string {
  return `${c.writer}/${c.channel}/${c.variant + 1}/${c.situation} detail=${c.detail} forgot=${c.forgot} orgRole=${c.orgRole} age=${c.age} id=${c.identity} next=${c.next}`;
}
