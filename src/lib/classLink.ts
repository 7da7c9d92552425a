/**
 * The instructor's class link: the home page address with `?start=YYYY-MM-DD`.
 *
 * It imports nothing: sharing courseWeek.ts with every page's small script
 * would make the bundler split that module into a chunk of its own and add a
 * request to every lesson page. The date comes from a date input, and the
 * student's browser checks it when the link is opened (startDateNotice.ts).
 */

/** The class link for a start date, from the home page's absolute address; null when no date is chosen. */
export function classLink(homeAddress: string, startDate: string): string | null {
  const date = startDate.trim();
  if (!date) return null;
  const url = new URL(homeAddress);
  url.search = '';
  url.hash = '';
  url.searchParams.set('start', date);
  return url.href;
}
