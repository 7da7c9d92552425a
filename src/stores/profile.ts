/**
 * The student's own name and phone, typed once and reused by every writer
 * (and printed on the calendar). They live in the settings.
 */
import { computed } from 'nanostores';
import { $settings, updateSettings } from './settings';

/** The student's name and phone as they typed them. */
export const $profile = computed($settings, (s) => ({
  name: s.studentName,
  phone: s.studentPhone,
}));

/** Remembers the student's name and phone; false when the browser refused to save. */
export function saveProfile(name: string, phone: string): boolean {
  const current = $profile.get();
  if (current.name === name.trim() && current.phone === phone.trim()) return true;
  return updateSettings({
    studentName: name.trim().slice(0, 120),
    studentPhone: phone.trim().slice(0, 40),
  });
}
