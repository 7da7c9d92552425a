/**
 * The frozen read step for records saved in the retired compact layout: it
 * turns each stored text back into the plain record it was saved from, and
 * leaves everything else for the migration chain and the schema to judge.
 */
import { describe, expect, it } from 'vitest';
import compactFixture from '../fixtures/v1-compact-records.json';
import { fromCompactLayout } from '../../src/lib/compactLayout';

describe('fromCompactLayout', () => {
  it.each(compactFixture.records.map((r) => [r.key, r] as const))(
    '%s expands to the plain record it was saved from, before any schema check',
    (_key, { stored, record }) => {
      expect(fromCompactLayout(JSON.parse(stored))).toStrictEqual(record);
    },
  );

  it('gives a plain record back untouched, so records saved as plain JSON read as they are', () => {
    const { record } = compactFixture.records[0]!;
    expect(fromCompactLayout(record)).toBe(record);
  });

  it('leaves values that are not a compact record alone, for the chain to refuse', () => {
    for (const value of [null, 'text', 42, [], { c: [] }, { version: 1, f: 2 }])
      expect(fromCompactLayout(value)).toBe(value);
  });

  it('reports a layout it does not know with its version, so the student hears "made by a newer version"', () => {
    expect(fromCompactLayout({ f: 3, v: 2, c: [] })).toStrictEqual({
      version: 2,
      unexpected: { f: 3 },
    });
  });

  it('keeps a damaged touch list visible as damaged, never as an empty plan', () => {
    const compact = JSON.parse(compactFixture.records[0]!.stored) as Record<string, unknown>;
    compact['t'] = 'not a list';
    const expanded = fromCompactLayout(compact) as { touches: unknown };
    expect(Array.isArray(expanded.touches)).toBe(false);
  });
});
