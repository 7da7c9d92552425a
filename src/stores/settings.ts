/**
 * The student's settings (daily limit, weekends, their name and phone), kept
 * apart from the planner's records so that the writers can read and save the
 * student's name and phone without loading the whole planner. Also the one
 * place that turns a refused storage write into a message for the student.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../lib/settingsSchema';

/** localStorage key of the settings. */
export const SETTINGS_KEY = 'wfu:settings';

/** What the settings key holds once read: settings, or the raw text that could not be read. */
export type SettingsSlot =
  { ok: true; settings: Settings } | { ok: false; raw: string; problem: string };

/** The settings key, read. */
export const $settingsSlot = persistentAtom<SettingsSlot>(
  SETTINGS_KEY,
  { ok: true, settings: DEFAULT_SETTINGS },
  {
    encode: (slot) => (slot.ok ? JSON.stringify(slot.settings) : slot.raw),
    decode: (raw) => {
      try {
        const read = v.safeParse(settingsSchema, JSON.parse(raw));
        if (read.success) return { ok: true, settings: read.output };
        return { ok: false, raw, problem: 'The saved settings are not in a form this site reads.' };
      } catch {
        return { ok: false, raw, problem: 'The saved settings are damaged.' };
      }
    },
  },
);

/** The student's settings (defaults while the stored ones are unreadable). */
export const $settings = computed($settingsSlot, (slot) =>
  slot.ok ? slot.settings : DEFAULT_SETTINGS,
);

/** The last storage problem to tell the student about, or null. */
export const $storageProblem = atom<string | null>(null);

const QUOTA_MESSAGE =
  'Your browser has no room left to save this, so nothing was changed. Export a backup, then free space by erasing data you no longer need.';

/** True when a storage write failed because the browser is out of room. */
export function isQuotaError(error: unknown): boolean {
  // Browsers name it QuotaExceededError (old Firefox: NS_ERROR_DOM_QUOTA_REACHED).
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Runs a storage write; on failure leaves everything as it was and says why in $storageProblem. */
export function attempt(write: () => void): boolean {
  try {
    write();
    $storageProblem.set(null);
    return true;
  } catch (error) {
    $storageProblem.set(
      isQuotaError(error)
        ? QUOTA_MESSAGE
        : 'Your browser refused to save this change, so nothing was changed. It may be blocking storage for this site.',
    );
    return false;
  }
}

/** Changes the settings; false (with $storageProblem set) when the browser refused. */
export function updateSettings(changes: Partial<Settings>): boolean {
  const settings = { ...$settings.get(), ...changes };
  return attempt(() => $settingsSlot.set({ ok: true, settings }));
}
