/**
 * A phone number as it should be said on a voicemail: slowly, digit by
 * digit, in the groups a listener writes down ("5 5 5, 1 2 3, 4 5 6 7").
 */

/** Fewest digits a callable number has; fewer means the student's number looks incomplete. */
const MIN_PHONE_DIGITS = 7;
/** Most digits an international number has (E.164); more means a typo. */
const MAX_PHONE_DIGITS = 15;

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

  // Said in the groups the student typed, so a UK "07700 900123" or "+44 20 7946 0018"
  // reads the way it is written. A number typed as one run is grouped for the
  // listener: North American ten digits 3-3-4, others in threes and fours. A
  // leading country code is said with "plus"; +1 (or a lone 1 before a North
  // American number) is dialling, not part of what the listener writes down.
  let groups = typedGroups;
  let prefix = international ? 'plus ' : '';
  const rest = digits.slice(1);
  const northAmericanTen = (d: string) => d.length === 10 && !/^[01]/.test(d);
  if (
    digits.length === 11 &&
    digits.startsWith('1') &&
    northAmericanTen(rest) &&
    (international || typedGroups[0] === '1' || typedGroups.length === 1)
  ) {
    groups = typedGroups[0] === '1' ? typedGroups.slice(1) : [rest];
    prefix = '';
  } else if (international && typedGroups.length === 1) {
    // "+442079460018": nothing says where the country code ends; group in threes and fours.
    groups = [digits];
  }
  groups = groups.flatMap((g) =>
    g.length === 10 && northAmericanTen(g)
      ? [g.slice(0, 3), g.slice(3, 6), g.slice(6)]
      : g.length > 6
        ? chunk(g)
        : [g],
  );
  const spoken = prefix + groups.map(spaced).join(', ');
  return extension ? `${spoken}, extension ${spaced(extension)}` : spoken;
}
