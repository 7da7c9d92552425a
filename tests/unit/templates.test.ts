import { describe, expect, it } from 'vitest';
import { MET_HOW, type MetHow } from '../../src/lib/plannerSchema';
import {
  BUDGET_KINDS,
  renderScript,
  variantCount,
  WRITER_CHANNELS,
  WRITERS,
  type ScriptData,
  type ScriptInput,
  type Writer,
  type WriterChannel,
} from '../../src/templates/index';

// One detail per situation, as a student would type it.
const DETAILS: Record<MetHow, string> = {
  interview: 'your advice on reaching the Denver team',
  informational: 'your story about moving from retail into logistics',
  phone: 'hearing how the night shift team is organized',
  networking: 'your suggestion to join the regional supply chain association',
  event: 'your offer to introduce me to your colleague in purchasing',
  application: "the posting's focus on customer service",
};

const FORGOT = 'I recently finished a forklift safety certificate that the role asks for.';

/** Realistic inputs: met on Tuesday 2026-03-10, next attempt Friday 2026-03-13. */
function realistic(situation: MetHow): ScriptData {
  return {
    contactName: 'Dana Lee',
    organization: 'Northwind Logistics',
    studentName: 'Sam Rivera',
    studentPhone: '(555) 123-4567',
    metOn: '2026-03-10',
    detail: DETAILS[situation],
    forgot: FORGOT,
    availability: { start: '14:00', end: '17:00' },
    nextAttempt: { date: '2026-03-13', partOfDay: 'morning' },
    lastContact: '2026-03-17',
    question: null,
    agreed: true,
  };
}

type Case = { writer: Writer; channel: WriterChannel; variant: number; situation: MetHow };

const CASES: Case[] = WRITERS.flatMap((writer) =>
  WRITER_CHANNELS[writer].flatMap((channel: WriterChannel) =>
    Array.from({ length: variantCount(writer, channel as never) }, (_, variant) =>
      MET_HOW.map((situation) => ({ writer, channel, variant, situation })),
    ).flat(),
  ),
);

function render(c: Case, data: ScriptData) {
  return renderScript({ ...c, data } as ScriptInput);
}

describe('writers and channels', () => {
  it('every writer and channel has at least 2 variants and a budget', () => {
    expect(WRITER_CHANNELS).toEqual({
      'thank-you': ['email', 'card', 'voicemail', 'call'],
      voicemail: ['voicemail'],
      'check-in': ['email', 'voicemail', 'call'],
    });
    for (const writer of WRITERS) {
      for (const channel of WRITER_CHANNELS[writer]) {
        expect(variantCount(writer, channel as never)).toBeGreaterThanOrEqual(2);
        expect((BUDGET_KINDS[writer] as Record<string, string>)[channel]).toBeTruthy();
      }
    }
    expect(CASES.length).toBe(19 * 6);
  });

  it('wraps the variant modulo the count', () => {
    const base = {
      writer: 'thank-you',
      channel: 'email',
      situation: 'interview',
      data: realistic('interview'),
    } as const;
    const count = renderScript({ ...base, variant: 0 }).variantCount;
    expect(count).toBe(3);
    expect(renderScript({ ...base, variant: count }).text).toBe(
      renderScript({ ...base, variant: 0 }).text,
    );
    expect(renderScript({ ...base, variant: -1 }).variant).toBe(count - 1);
    expect(renderScript({ ...base, variant: 7 }).variant).toBe(1);
    expect(renderScript({ ...base, variant: Number.NaN }).variant).toBe(0);
    expect(renderScript({ ...base, variant: 1.7 }).variant).toBe(1);
  });

  it('refuses a channel the writer does not offer', () => {
    expect(() =>
      renderScript({
        writer: 'voicemail',
        channel: 'email',
        situation: 'interview',
        variant: 0,
        data: realistic('interview'),
      } as unknown as ScriptInput),
    ).toThrow(RangeError);
  });
});

describe('what the student typed', () => {
  it('is kept exactly: markup, &, quotes, non-ASCII names', () => {
    const special: ScriptData = {
      ...realistic('interview'),
      contactName: 'Zoë Ångström-Núñez',
      studentName: '李雷',
      organization: `<script>alert(1)</script> & "Sons" 'Co' “Ltd”`,
      detail: `your "plain" advice & the <b>bold</b> {{contactName}} idea`,
      forgot: `I said “yes” & meant it <script>alert(1)</script>`,
    };
    for (const c of CASES) {
      const text = render(c, special).text;
      expect(text).toContain('Zoë Ångström-Núñez');
      expect(text).toContain('李雷');
      expect(text).toContain(`I said “yes” & meant it <script>alert(1)</script>.`);
      expect(text).not.toMatch(/&(amp|lt|gt|quot|#x27|#x60|#x3D|#39);/);
      if (c.writer === 'thank-you' && c.channel !== 'call') expect(text).toContain(special.detail);
    }
  });
});
