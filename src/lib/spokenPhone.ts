/**
 * A phone number as it should be said on a voicemail: slowly, digit by
 * digit, in the groups a listener writes down ("5 5 5, 1 2 3, 4 5 6 7").
 */

/** Fewest digits a callable number has; fewer means the student's number looks incomplete. */
export const MIN_PHONE_DIGITS = 7;
/** Most digits an international number has (E.164); more means a typo. */
export const MAX_PHONE_DIGITS = 15;

// The extension is read off the end: "ext. 204", "extension 204", "x204", "#204".
const EXTENSION = /\s*,?\s*(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;
// Only digits and the usual separators may remain; letters (vanity numbers) are not spoken right.
const NUMBER_CHARS = /^\+?[\d\s().\-/]+$/;

function spaced(group: string): string {
  return group.split('').join(' ');
}

// Long runs are split into groups of 2 to 4 a listener can hold, threes first.
function chunk(digits: string): string[] {
  const n = digits.length;
  if (n <= 4) return [digits];
  if (n === 5) return [digits.slice(0, 2), digits.slice(2)];
  if (n === 8) return [digits.slice(0, 4), digits.slice(4)];
  if (n <= 7) return [digits.slice(0, 3), digits.slice(3)];
  return [digits.slice(0, 3), ...chunk(digits.slice(3))];
}

/**
 * Digit groups for speaking, e.g. "(555) 123-4567" → "5 5 5, 1 2 3, 4 5 6 7",
 * or null when the input has fewer than 7 digits (or is not a phone number).
 */
export function spokenPhone(raw: string): string | null {
  let text = raw.trim();
  let extension: string | null = null;
  const ext = EXTENSION.exec(text);
  if (ext && ext.index > 0) {
    extension = ext[1] ?? null;
    text = text.slice(0, ext.index).trim();
  }
  if (!NUMBER_CHARS.test(text)) return null;
  const international = text.startsWith('+');
  const typedGroups = text
    .replace(/^\+/, '')
    .split(/[\s().\-/]+/)
    .filter((g) => g.length > 0);
  const digits = typedGroups.join('');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return null;

  // North American numbers are said 3-3-4, and a leading +1 (or a separate 1) is
  // dialling, not part of what the listener writes down. An 11-digit number typed
  // as "138 1234 5678" is not North American, so its own groups are kept.
  const northAmerican =
    (digits.length === 11 &&
      digits.startsWith('1') &&
      (international || typedGroups[0] === '1' || typedGroups.length === 1)) ||
    (digits.length === 10 && !international);
  let groups: string[];
  let prefix = '';
  if (northAmerican) {
    const ten = digits.slice(-10);
    groups = [ten.slice(0, 3), ten.slice(3, 6), ten.slice(6)];
  } else if (digits.length === 7 && !international) {
    groups = [digits.slice(0, 3), digits.slice(3)];
  } else {
    // Other countries group numbers their own way, so keep the groups the student typed.
    groups = typedGroups.flatMap(chunk);
    if (international) prefix = 'plus ';
  }
  const spoken = prefix + groups.map(spaced).join(', ');
  return extension ? `${spoken}, extension ${spaced(extension)}` : spoken;
}

/** The voicemail sentences that say the number twice, or null when the number looks incomplete. */
export function phoneTwice(raw: string): string | null {
  const spoken = spokenPhone(raw);
  return spoken ? `My number is ${spoken}. Again, that's ${spoken}.` : null;
}
