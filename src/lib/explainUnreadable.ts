/**
 * Why a piece of kept-aside data could not be read, in words a student (or
 * their instructor) can act on: "Touch 3 (touches[2].due): must be a real
 * date written YYYY-MM-DD, not "2026-02-30"." It uses the schemas' full
 * messages and so loads valibot; the planner pages import it only when
 * something has been kept aside.
 */
import { DAMAGED_TEXT, readStoredRecord, settingsProblem } from './migrations';

const READABLE_NOW =
  'This version of the site can read it. Keep the download: your instructor can help you put it back.';

/**
 * The reason for one kept-aside item, from its recovery key
 * (`contact:<key id>:<time>` or `settings:<time>`) and its text.
 */
export function explainUnreadable(key: string, raw: string): string {
  if (key.startsWith('settings:')) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return DAMAGED_TEXT;
    }
    return settingsProblem(value) ?? READABLE_NOW;
  }
  const result = readStoredRecord(raw);
  if (!result.ok) return result.error;
  const keyId = key.slice('contact:'.length, key.lastIndexOf(':'));
  const { contact } = result.value;
  return contact.id === keyId
    ? READABLE_NOW
    : `It holds ${contact.name} but was saved in the place of another contact ("${keyId}"), so it was set aside rather than mixed up.`;
}
