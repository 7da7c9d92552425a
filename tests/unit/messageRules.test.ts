/**
 * The coach's rules for a sendable message, checked over the whole input
 * grid (tests/unit/helpers/messageGrid.ts): one test per thing a career coach
 * would send back. The wording itself is reviewed in the corpus
 * (messageCorpus.test.ts, tests/corpus/).
 */
import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../src/lib/scriptLength';
import { toneCheck } from '../../src/lib/toneCheck';
import { BUDGET_KINDS } from '../../src/templates/index';
import { IDENTITIES, label, renderGrid, type GridCase } from './helpers/messageGrid';

const GRID = renderGrid();
const spoken = (c: GridCase) => c.channel === 'voicemail' || c.channel === 'call';
const full = (c: GridCase) => `${c.script.subject ?? ''}\n${c.script.text}`;

/** Runs a rule over the grid; fails with the first few cells that break it, shown in full. */
function rule(check: (c: GridCase) => string | null | false | undefined) {
  const broken: string[] = [];
  for (const c of GRID) {
    const problem = check(c);
    if (problem) broken.push(`${label(c)}: ${problem}\n${full(c)}`);
  }
  expect(broken.slice(0, 3).join('\n\n'), `${broken.length} of ${GRID.length} cells`).toBe('');
}

// Each rule reads the whole grid; on a loaded machine that takes a few seconds.
describe(`the message rules, over ${GRID.length} rendered scripts`, { timeout: 30_000 }, () => {
  it('covers every writer, channel, variant and situation', () => {
    expect(GRID.length).toBe(19 * 6 * 5 * 2 * 2 * 4);
    for (const key of ['identity', 'next'] as const) {
      for (const writer of ['thank-you', 'voicemail', 'check-in'])
        expect(new Set(GRID.filter((c) => c.writer === writer).map((c) => c[key])).size).toBe(
          key === 'identity' ? 3 : 2,
        );
    }
  });

  it('joins a detail grammatically, phrase or clause, with the case the sentence needs', () => {
    rule((c) => {
      const t = c.script.text;
      if (
        /\b(?:appreciated|drawn to|thought about|mention) (?:we|you|they|he|she|it|there|I)\b(?! (?:and|or)\b)/.test(
          t,
        )
      )
        return 'a clause joined without "that"';
      if (/in mind that (?!we|the|you|I)|kept \S+ing\b.* in mind/.test(t)) return 'kept … in mind';
      if (/(?:appreciated|drawn to|about|that|mention) (?:Your|We|Hearing|The)\b/.test(t))
        return 'a capital mid-sentence';
      if (c.detail !== 'none' && !/Denver|data team|retail/.test(t))
        return c.writer === 'voicemail' ||
          (c.channel === 'voicemail' && c.writer === 'check-in') ||
          (c.writer === 'check-in' && c.channel === 'call' && c.variant === 1)
          ? null
          : 'the detail is missing';
      return null;
    });
  });

  it('introduces the forgotten thing as such, once, never bare', () => {
    rule((c) => {
      const t = c.script.text;
      const said = t.split('have a portfolio site').length - 1;
      if (!c.forgot) return said ? 'a forgotten thing from nowhere' : null;
      if (said !== 1) return `said ${said} times`;
      if (!t.includes('I also wanted to mention that I have a portfolio site.'))
        return 'no lead-in';
      return null;
    });
  });

  it('never puts a question mark on a statement', () => {
    rule((c) => {
      for (const m of full(c).matchAll(/(?:^|[.!?;]\s+|\n)([^.!?;\n]*)\?/g)) {
        if (!/^\s*(?:And )?(?:Would|When|Which|What|Do|Is|is|Could|How|Can)\b/.test(m[1]!))
          return `"${m[1]}?" is not a question`;
      }
      return null;
    });
  });

  it('uses date words that are true when the message is read', () => {
    rule((c) => {
      const t = c.script.text.replace(/(?:connect|speak) today/g, '');
      const meetingToday = /\btoday\b/.test(t);
      const yesterday = /\byesterday\b/.test(t);
      if (c.channel === 'card' && (meetingToday || yesterday)) return 'a card says today/yesterday';
      if (c.age !== 0 && meetingToday) return 'today for a meeting days ago';
      if (c.age !== 1 && yesterday) return 'yesterday for another day';
      if (
        c.age >= 7 &&
        /\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(t)
      )
        return 'a weekday name for a meeting a week or more back';
      if (
        c.channel === 'card' &&
        c.situation !== 'application' &&
        !t.includes(`on November ${24 - c.age}`)
      )
        return 'a card without the date';
      if (/a little while/.test(t) && c.age < 7) return '"a little while" within a week';
      return null;
    });
  });

  it('names the organization and the role where a coach would', () => {
    rule((c) => {
      if (!c.orgRole) return /Acme|Analyst/.test(full(c)) ? 'names what was not typed' : null;
      const t = c.script.text;
      const named = /Data Analyst (?:role|position)/.test(t);
      if (
        ['interview', 'application'].includes(c.situation) &&
        c.writer !== 'check-in' &&
        c.channel !== 'call' &&
        !named
      )
        return 'no role';
      if (c.writer !== 'check-in' && c.channel !== 'call' && !t.includes('Acme Health'))
        return 'no organization';
      if (c.writer === 'voicemail' && !named) return 'the voicemail does not say which role';
      if (
        c.writer === 'thank-you' &&
        c.channel === 'email' &&
        ['interview', 'application', 'phone'].includes(c.situation) &&
        !c.script.subject?.includes('Data Analyst')
      )
        return 'the subject does not name the role';
      return null;
    });
  });

  it('words an application as an application: no "again", no conversation, no advice', () => {
    rule((c) => {
      if (c.situation !== 'application') return null;
      // The student's own detail is theirs; the site's wording is what is judged here.
      const t = c.script.text.replace(/your advice on the data team|we talked about/g, '');
      const m =
        /\bagain\b(?! (?:Friday|later))|our conversation|your advice|we met|our call|our meeting/i.exec(
          t.replace(/(?:call|try) you again|call again|try you again|Again, this is|Again,/g, ''),
        );
      return m ? `"${m[0]}"` : null;
    });
  });

  it('says who is calling first and last, and the number twice, slowly, apart from the window', () => {
    rule((c) => {
      if (c.channel !== 'voicemail') return null;
      const lines = c.script.text.split('\n');
      const who = IDENTITIES[c.identity].studentName || '[your name]';
      if (!lines[0]!.includes(who)) return 'no name at the start';
      if (!lines.slice(-2).join(' ').includes(who)) return 'no name at the end';
      const number = IDENTITIES[c.identity].spoken;
      if (c.script.text.split(number).length - 1 !== 2) return 'the number is not said twice';
      if (lines.some((l) => l.includes('from 2 to 5') && /\d \d/.test(l)))
        return 'the window runs into the digits';
      if (c.writer === 'voicemail' && !c.script.text.includes('this afternoon from 2 to 5.'))
        return 'no window';
      return null;
    });
  });

  it('ends a voicemail with the next step as a statement and a goodbye', () => {
    rule((c) => {
      if (c.channel !== 'voicemail') return null;
      const t = c.script.text;
      if (t.includes('?')) return 'a question to an answering machine';
      if (!/(?:goodbye|good day)\.$/i.test(t)) return 'no goodbye';
      if (
        c.writer === 'voicemail' &&
        c.next &&
        !t.includes("I'll call you Friday morning.") &&
        !t.includes("I'll call again Friday morning.")
      )
        return 'no concrete next attempt';
      if (c.writer === 'check-in' && !c.next && /Friday|tomorrow/.test(t))
        return 'an invented next day';
      return null;
    });
  });

  it('ends a written or live check-in with a question about the next contact, open when no day is set', () => {
    rule((c) => {
      if (c.writer !== 'check-in' || c.channel === 'voicemail') return null;
      const t = c.script.text;
      if (!/office or mobile\?/.test(t)) return 'no question about the number';
      if (c.next !== t.includes('Friday morning')) return 'the next day is not the one set';
      if (/tomorrow/.test(t)) return 'a silent "tomorrow"';
      return null;
    });
  });

  it('shows a visible placeholder, never a gap, when the student has not given their name', () => {
    rule((c) => {
      if (c.identity !== 'none')
        return c.script.text.includes('[your') ? 'a placeholder with a name given' : null;
      if (!c.script.text.includes('[your name]')) return 'no placeholder for the name';
      if (/this is\.|it's\./.test(c.script.text)) return 'a gap';
      return null;
    });
  });

  it('is tidy: no stray spaces, doubled marks, empty sentences or lower-case sentence starts', () => {
    rule((c) => {
      const t = full(c).trim();
      const m =
        /undefined|null|NaN|\[object| {2}| [.,;:?!]|[,;:]\.|\.\.|,,|\.,|^[ \t]|[ \t]$|\n{3}|\b(?:Dear|at|from|on|after|since|with|of|about) ?[,.;?]/m.exec(
          t,
        );
      if (m) return `"${m[0]}"`;
      for (const s of t.matchAll(/(?:^|[.?!] )(\S)/gm))
        if (!/[\p{Lu}\p{N}([“"']/u.test(s[1]!)) return `a sentence starts with "${s[1]}"`;
      return null;
    });
  });

  it('keeps within its budget without the forgotten thing', () => {
    rule((c) => {
      if (c.forgot || c.identity === 'none') return null;
      const kinds = BUDGET_KINDS[c.writer] as Record<string, Parameters<typeof checkBudget>[0]>;
      const b = checkBudget(kinds[c.channel]!, c.script.text);
      return b.over ? `${b.words} words, ${b.seconds ?? '-'} s (limit ${b.limit})` : null;
    });
  });

  it("never finds a tone problem in the site's own sentences", () => {
    const seen = new Set<string>();
    rule((c) => {
      // Many cells render the same text; each distinct script is checked once.
      if (seen.has(full(c))) return null;
      seen.add(full(c));
      const found = [...toneCheck(c.script.text), ...toneCheck(c.script.subject ?? '')];
      return found.length ? found.map((f) => `${f.kind}: ${f.words}`).join('; ') : null;
    });
  });

  it('keeps spoken scripts one thought per line', () => {
    rule((c) => {
      if (!spoken(c)) return null;
      return c.script.text.includes('\n\n') ? 'a paragraph break in a spoken script' : null;
    });
  });
});
