/** Names for the files Verso offers to download. */
// @ts-nocheck


/** Longest project-name part of a download name, in characters (paths stay well under OS limits). */
const MAX_STEM_LENGTH = 100;

/**
 * Windows refuses these names whatever the extension (`CON.edition.txt` cannot be created):
 * https://learn.microsoft.com/windows/win32/fileio/naming-a-file
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name that is safe on Windows, macOS and Linux: `projectName.kind.ext`, e.g.
 * `('Liaoning plan', 'edition', 'txt')` → `Liaoning plan.edition.txt`. Characters illegal somewhere
 * (`\ / : * ? " < > |` and controls) are dropped, whitespace collapsed, leading and trailing dots and
 * spaces trimmed, the name cut to 100 characters; an empty result becomes `verso`. An empty `kind`
 * is left out.
 */
export function downloadName(projectName: string, kind: string, ext: string): string {
  let stem = clean(projectName);
  if (stem.length > MAX_STEM_LENGTH) stem = trimEnds(cutAt(stem, MAX_STEM_LENGTH));
  if (stem === '') stem = 'verso';
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}_`;
  return [stem, clean(kind), clean(ext)].filter((part) => part !== '').join('.');
}

function clean(part: string): string {
  return trimEnds(part.replace(/[\\/:*?"<>|\p{Cc}]/gu, '').replace(/\s+/gu, ' '));
}

function trimEnds(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/gu, '');
}

/** First `max` code points: never splits a surrogate pair. */
function cutAt(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}
