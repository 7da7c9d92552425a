/** Words a student reads per minute, for the reading-time estimate. */
const READING_WORDS_PER_MINUTE = 200;

/** Words in a lesson's MDX body, leaving out imports, JSX tags and Markdown marks. */
export function lessonWordCount(body: string): number {
  const prose = body
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|-]+/g, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Estimated minutes to read a lesson body, at least 1. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(lessonWordCount(body) / READING_WORDS_PER_MINUTE));
}
