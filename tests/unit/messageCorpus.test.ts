/**
 * The reviewed corpus: rendered scripts kept as text files in tests/corpus/,
 * so that any change of wording shows in review as a diff. Every writer,
 * channel and variant is rendered for four students (each file's first lines
 * say which), covering every situation, phrase and clause details, the
 * forgotten thing, organization and role, meetings today, yesterday, this
 * week and weeks back, US and UK numbers, and no name or number at all.
 * Update after reading the new wording: `npx vitest run -u tests/unit/messageCorpus.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyWriterFields,
  scriptAsText,
  writerOutput,
  type WriterFields,
} from '../../src/lib/writerScript';
import { TEMPLATES, variantCount, WRITER_CHANNELS, WRITERS } from '../../src/templates/index';
import { daysBefore, TODAY } from './helpers/messageGrid';

/** Four students' inputs, each a different shape of what people type. */
const STUDENTS: Record<string, Partial<WriterFields>> = {
  'a-interview-noun-role-us-today': {
    situation: 'interview',
    contactName: 'Dr. Chen',
    organization: 'Acme Health',
    role: 'Data Analyst',
    metOn: TODAY,
    detail: 'Your advice on the data team',
    studentName: 'Jordan Avery',
    studentPhone: '(555) 010-4477',
    nextDate: '2026-11-27',
    agreed: true,
  },
  'b-application-clause-forgot-uk-10days': {
    situation: 'application',
    contactName: 'Ms. Patel',
    organization: 'Northwind Logistics',
    role: 'warehouse supervisor position',
    metOn: daysBefore(TODAY, 10),
    detail: 'the role includes training new staff',
    forgot: 'I recently finished a forklift safety certificate',
    studentName: 'Sam Rivera',
    studentPhone: '+44 20 7946 0018',
    lastContact: daysBefore(TODAY, 10),
  },
  'c-networking-clause-forgot-noname-3days': {
    situation: 'networking',
    contactName: 'Dana Lee',
    organization: 'City Library',
    metOn: daysBefore(TODAY, 3),
    detail: 'we talked about the move to Denver',
    forgot: 'i have a portfolio site',
    studentName: '',
    studentPhone: '',
    nextDate: '2026-11-30',
    nextPart: 'afternoon',
  },
  'd-phone-gerund-yesterday-uk-mobile': {
    situation: 'phone',
    contactName: 'Alex Kim',
    organization: '',
    metOn: daysBefore(TODAY, 1),
    detail: 'hearing about the night shift team',
    studentName: 'Priya Nair',
    studentPhone: '07700 900123',
    question: 'could we talk again after the job fair',
  },
};

/** Other situations, one script each, so every situation's wording is in the corpus. */
const SITUATIONS: [string, Partial<WriterFields>][] = [
  ['informational', { detail: 'your story about moving from retail into logistics' }],
  ['event', { detail: 'your offer to introduce me to your colleague in purchasing' }],
];

function fields(
  writer: (typeof WRITERS)[number],
  channel: string,
  change: Partial<WriterFields>,
): WriterFields {
  return {
    ...emptyWriterFields(writer, TODAY, { name: '', phone: '' }),
    ...change,
    channel,
  };
}

function corpusText(writer: (typeof WRITERS)[number], f: WriterFields, variant: number): string {
  const out = writerOutput(writer, TEMPLATES[writer], f, variant, TODAY, false);
  const inputs = Object.entries(f)
    .filter(([k, v]) => v !== '' && v !== false && !['channel'].includes(k))
    .map(([k, v]) => `# ${k}: ${String(v)}`);
  const length =
    out.budget.unit === 'seconds'
      ? `${out.budget.seconds} s of ${out.budget.limit}`
      : `${out.budget.words} words of ${out.budget.limit}`;
  const notes = out.notes.map((n) => `# note: ${n}`);
  return [
    `# ${writer} / ${f.channel} / version ${variant + 1}, written on Tuesday ${TODAY}`,
    ...inputs,
    `# length: ${length}`,
    ...notes,
    '',
    scriptAsText(out.script),
    '',
  ].join('\n');
}

describe('the reviewed corpus (tests/corpus/)', () => {
  for (const writer of WRITERS) {
    for (const channel of WRITER_CHANNELS[writer] as readonly string[]) {
      for (let variant = 0; variant < variantCount(writer, channel as never); variant++) {
        for (const [name, change] of Object.entries(STUDENTS)) {
          it(`${writer}/${channel}-${variant + 1}/${name}`, async () => {
            await expect(
              corpusText(writer, fields(writer, channel, change), variant),
            ).toMatchFileSnapshot(`../corpus/${writer}/${channel}-${variant + 1}-${name}.txt`);
          });
        }
      }
    }
    for (const [situation, change] of SITUATIONS) {
      it(`${writer}/${situation}`, async () => {
        const channel = WRITER_CHANNELS[writer][0];
        const f = fields(writer, channel, {
          ...STUDENTS['a-interview-noun-role-us-today'],
          ...change,
          situation,
          metOn: daysBefore(TODAY, 2),
        });
        await expect(corpusText(writer, f, 0)).toMatchFileSnapshot(
          `../corpus/${writer}/${channel}-1-${situation}.txt`,
        );
      });
    }
  }
});
