import { describe, expect, it } from 'vitest';
import { MET_HOW, type MetHow } from '../../src/lib/plannerSchema';
import { checkBudget } from '../../src/lib/scriptLength';
import { toneCheck } from '../../src/lib/toneCheck';
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
const PHONE_SPOKEN = '5 5 5, 1 2 3, 4 5 6 7';

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

const label = (c: Case) => `${c.writer}/${c.channel}/${c.variant + 1}/${c.situation}`;

function render(c: Case, data: ScriptData) {
  return renderScript({ ...c, data } as ScriptInput);
}

const SPOKEN = (c: Case) => c.channel === 'voicemail' || c.channel === 'call';

// Everything a script must never show, whatever was left empty.
function expectTidy(text: string) {
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  expect(text).not.toMatch(/ {2}/);
  expect(text).not.toMatch(/ [.,;:?!]/);
  expect(text).not.toMatch(/[,;:]\.|\.\.|,,|\.,/);
  expect(text).not.toMatch(/^[ \t]|[ \t]$/m);
  expect(text).not.toMatch(/\n{3}/);
  expect(text).not.toMatch(/^[.,;:?!]/m);
  // A word left hanging where an empty input was dropped: "Dear ,", "on .", "at .".
  expect(text).not.toMatch(/\b(Dear|at|from|on|after|since|with|of)[,.;?]/);
  expect(text).toBe(text.trim());
  // Every sentence and line starts with a capital, a digit or an opening bracket.
  for (const m of text.matchAll(/(?:^|[.?!] )(\S)/gm)) expect(m[1]).toMatch(/[\p{Lu}\p{N}(“"']/u);
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

describe.each(CASES)('$writer/$channel variant $variant, $situation', (c) => {
  const data = realistic(c.situation);
  const script = render(c, data);
  const budget = checkBudget(
    (BUDGET_KINDS[c.writer] as Record<string, Parameters<typeof checkBudget>[0]>)[c.channel]!,
    script.text,
  );

  it('renders in strict mode with realistic inputs, tidy', () => {
    expect(script.text.length).toBeGreaterThan(40);
    expectTidy(script.text);
    expect(script.text).toContain('Dana Lee');
    expect(script.text).toContain('Sam Rivera');
  });

  it('stays within its budget', () => {
    expect(
      budget.over,
      `${label(c)}: ${budget.words} words, ${budget.seconds} s\n${script.text}`,
    ).toBe(false);
    expect(budget.hardOver).toBe(false);
  });

  it('passes the tone check', () => {
    expect(toneCheck(script.text)).toEqual([]);
    if (script.subject) expect(toneCheck(script.subject)).toEqual([]);
  });

  it('has a subject for email only', () => {
    if (c.channel === 'email') {
      expect(script.subject).toBeTruthy();
      expectTidy(script.subject!);
      expect(script.text).not.toContain('Subject:');
    } else {
      expect(script.subject).toBeNull();
    }
  });

  it('says the forgotten thing once, as one sentence', () => {
    expect(script.text.split(FORGOT).length - 1).toBe(1);
  });

  if (SPOKEN(c) && c.channel === 'voicemail') {
    it('says the phone number slowly, twice', () => {
      expect(script.text.split(PHONE_SPOKEN).length - 1).toBe(2);
    });
  }

  if (c.writer === 'voicemail') {
    it('says touching base as agreed, the window today and the next attempt', () => {
      expect(script.text).toMatch(/touch(ing)? base/);
      expect(script.text).toMatch(/as we agreed/i);
      expect(script.text).toContain('this afternoon from 2 to 5');
      expect(script.text).toContain('Friday morning');
      expect(script.text).toMatch(
        /(don't connect|miss each other|don't speak) today|miss each other/,
      );
    });

    it('leaves "as we agreed" out when nothing was agreed', () => {
      expect(render(c, { ...data, agreed: false }).text).not.toContain('agreed');
    });
  }

  if (c.writer === 'check-in') {
    it('ends with a question seeking agreement on the next contact', () => {
      if (c.channel === 'email') {
        const paragraphs = script.text.split('\n\n');
        expect(paragraphs.at(-1)).toMatch(/^(Best regards|Kind regards|With thanks),/);
        expect(paragraphs.at(-2)).toMatch(/\?$/);
        expect(paragraphs.at(-2)).toContain('Friday morning');
      } else {
        expect(script.text).toMatch(/\?$/);
        expect(script.text).toContain('Friday morning');
      }
    });

    it("uses the student's own question, as a question", () => {
      const own = render(c, {
        ...data,
        question: '  could we talk again after the job fair.',
      }).text;
      expect(own).toContain('Could we talk again after the job fair?');
      expect(own).not.toContain('Friday morning');
      if (c.channel !== 'email') expect(own).toMatch(/\?$/);
    });

    it('asks openly when no next contact is set', () => {
      const open = render(c, { ...data, nextAttempt: null }).text;
      expectTidy(open);
      if (c.channel !== 'email') expect(open).toMatch(/\?$/);
    });
  }

  describe('with optional inputs missing', () => {
    const optional: (keyof ScriptData)[] = [
      'organization',
      'studentPhone',
      'metOn',
      'detail',
      'forgot',
      'availability',
      'nextAttempt',
      'lastContact',
      'question',
      'agreed',
    ];
    it.each(optional)('without %s it still reads naturally', (key) => {
      const missing = {
        ...data,
        [key]: key === 'availability' || key === 'nextAttempt' ? null : '',
      };
      expectTidy(render(c, missing as ScriptData).text);
      const absent = { ...data };
      delete absent[key as 'forgot'];
      if (key !== 'availability' && key !== 'nextAttempt') expectTidy(render(c, absent).text);
    });

    it('with every optional input empty, and even the names empty', () => {
      const bare: ScriptData = {
        contactName: '',
        organization: '',
        studentName: '',
        studentPhone: '',
        metOn: '',
        detail: '',
        availability: null,
        nextAttempt: null,
      };
      const text = render(c, bare).text;
      expectTidy(text);
      expect(text.length).toBeGreaterThan(20);
      const named = render(c, { ...bare, contactName: 'Dana Lee', studentName: 'Sam Rivera' }).text;
      expectTidy(named);
      expect(named).toContain('Dana Lee');
      expect(named).toContain('Sam Rivera');
    });

    it('leaves out a forgotten thing of several sentences', () => {
      const text = render(c, { ...data, forgot: 'I speak Spanish. I also drive a forklift.' }).text;
      expect(text).not.toContain('Spanish');
      expectTidy(text);
    });

    it('leaves out a phone number that looks incomplete', () => {
      const text = render(c, { ...data, studentPhone: '555-12' }).text;
      expectTidy(text);
      expect(text).not.toContain('5 5 5');
    });
  });

  it('keeps what the student typed exactly: markup, &, quotes, non-ASCII names', () => {
    const special: ScriptData = {
      ...data,
      contactName: 'Zoë Ångström-Núñez',
      studentName: '李雷',
      organization: `<script>alert(1)</script> & "Sons" 'Co' “Ltd”`,
      detail: `your "plain" advice & the <b>bold</b> {{contactName}} idea`,
      forgot: `I said “yes” & meant it <script>alert(1)</script>`,
    };
    const text = render(c, special).text;
    const plain = script.text;
    expect(text).toContain('Zoë Ångström-Núñez');
    expect(text).toContain('李雷');
    if (plain.includes(data.organization)) expect(text).toContain(special.organization);
    if (plain.includes(data.detail)) expect(text).toContain(special.detail);
    expect(text).toContain(`I said “yes” & meant it <script>alert(1)</script>.`);
    expect(text).not.toMatch(/&(amp|lt|gt|quot|#x27|#x60|#x3D|#39);/);
  });
});

describe('details that depend on the inputs', () => {
  const base = {
    writer: 'thank-you',
    channel: 'email',
    situation: 'interview',
    variant: 0,
  } as const;

  it('a thank-you says today or yesterday when it knows today', () => {
    const data = realistic('interview');
    expect(renderScript({ ...base, data: { ...data, today: '2026-03-10' } }).text).toContain(
      'Thank you for interviewing me today.',
    );
    expect(renderScript({ ...base, data: { ...data, today: '2026-03-11' } }).text).toContain(
      'Thank you for interviewing me yesterday.',
    );
    expect(renderScript({ ...base, data: { ...data, today: '2026-03-12' } }).text).toContain(
      'Thank you for interviewing me on Tuesday.',
    );
  });

  it("the voicemail uses nextAttempt()'s label when given", () => {
    const text = renderScript({
      writer: 'voicemail',
      channel: 'voicemail',
      situation: 'phone',
      variant: 0,
      data: {
        ...realistic('phone'),
        nextAttempt: {
          date: '2026-03-23',
          partOfDay: 'afternoon',
          label: 'Monday afternoon, March 23',
        },
      },
    }).text;
    expect(text).toContain("If we don't connect today, I'll try you Monday afternoon, March 23.");
  });

  it('the voicemail says the extension, twice', () => {
    const text = renderScript({
      writer: 'voicemail',
      channel: 'voicemail',
      situation: 'phone',
      variant: 0,
      data: { ...realistic('phone'), studentPhone: '+1 (555) 123-4567 ext. 204' },
    }).text;
    expect(text.split('5 5 5, 1 2 3, 4 5 6 7, extension 2 0 4').length - 1).toBe(2);
    expect(toneCheck(text)).toEqual([]);
  });

  it('the voicemail without a window or number still sets the next attempt', () => {
    const text = renderScript({
      writer: 'voicemail',
      channel: 'voicemail',
      situation: 'networking',
      variant: 0,
      data: {
        ...realistic('networking'),
        availability: null,
        studentPhone: '',
        nextAttempt: null,
        forgot: '',
      },
    }).text;
    expect(text).toBe(
      [
        'Hello Dana Lee, this is Sam Rivera.',
        "I'm touching base about our conversation, as we agreed.",
        "If we don't connect today, I'll try you again later this week.",
        'Thank you.',
      ].join('\n'),
    );
  });

  it('renders the thank-you email in full', () => {
    const script = renderScript({ ...base, data: realistic('interview') });
    expect(script.subject).toBe('Thank you for your time');
    expect(script.text).toBe(
      [
        'Dear Dana Lee,',
        '',
        `Thank you for interviewing me on Tuesday. I especially appreciated ${DETAILS.interview}. ${FORGOT}`,
        '',
        'I remain very interested in the role and would welcome the chance to contribute. Thank you again for your time and help.',
        '',
        'Best regards,',
        'Sam Rivera',
        '(555) 123-4567',
      ].join('\n'),
    );
  });

  it('the check-in update subject promises an update only when there is one', () => {
    const input = {
      writer: 'check-in',
      channel: 'email',
      situation: 'interview',
      variant: 2,
    } as const;
    expect(renderScript({ ...input, data: realistic('interview') }).subject).toBe(
      'A quick update since my interview',
    );
    expect(
      renderScript({ ...input, data: { ...realistic('interview'), forgot: '' } }).subject,
    ).toBe('Staying in touch after my interview');
  });

  it('a detail typed with a full stop gets only one', () => {
    const text = renderScript({
      ...base,
      data: { ...realistic('interview'), detail: 'your advice.' },
    }).text;
    expect(text).toContain('I especially appreciated your advice.');
    expect(text).not.toContain('advice..');
  });
});
