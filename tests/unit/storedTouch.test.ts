import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, touchSchema } from '../../src/lib/plannerSchema';
import { plan } from '../../src/lib/cadence';
import { storedTouch } from '../../src/lib/storedTouch';
import { planContacts } from '../fixtures/plan-fixture';

const planned = plan(planContacts, [], DEFAULT_SETTINGS, '2026-10-20').touches;

describe('storedTouch', () => {
  it('keeps exactly the stored fields of a planned touch, in the schema’s order', () => {
    expect(planned.length).toBeGreaterThan(0);
    for (const touch of planned) {
      const stored = storedTouch(touch);
      expect(Object.keys(stored)).toEqual(Object.keys(touchSchema.entries));
      expect(v.safeParse(touchSchema, stored).success).toBe(true);
      expect(stored).toMatchObject({ id: touch.id, due: touch.due, channel: touch.channel });
    }
  });

  it('copies the window, so changing the stored touch leaves the plan alone', () => {
    const withWindow = { ...planned[0]!, window: { start: '09:00', end: '12:00' } };
    const stored = storedTouch(withWindow);
    expect(stored.window).toEqual(withWindow.window);
    expect(stored.window).not.toBe(withWindow.window);
  });
});
