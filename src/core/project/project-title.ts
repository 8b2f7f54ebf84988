/**
 * The name a new project gets (issue 13 item 6): the document's title — its first heading, or its first
 * paragraph that reads like a title rather than letterhead — or else the file name without hash-like
 * stems, so that `000_bf2c9c8ccc29718b.txt` opens as "General plan for the construction of Liaoning…".
 */
import { splitParagraphs } from '../text/paragraphs.ts';

/** Longest name kept, in characters; a longer title is cut at a word boundary and ends with "…". */
export const TITLE_MAX_LENGTH = 80;

/** How many leading paragraphs may hold the title (letterhead rarely runs longer). */
const LOOK_AHEAD = 12;

/** How much of a long text is split to find them. */
const TEXT_HEAD = 8_000;

/** Markdown ATX heading (`# Title`, `## Title #`). */
const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;

/**
 * Letterhead and boilerplate that precede a title in web and office exports: a "Label: value" line
 * (Address:, Tel:, 地址：), copyright notes, registration numbers, links, e-mail addresses.
 */
const BOILERPLATE =
  /^[\p{L} ]{1,20}[:：]|all rights reserved|copyright|©|备案|版权所有|https?:\/\/|www\.|\S+@\S+\.\S+/iu;

/** A file-name part that is a hash, an id or a number rather than a word. */
const HASH_LIKE = /^(?:[0-9a-f]{8,}|\d+|[0-9a-f]{8}-[0-9a-f-]{27,})$/i;

/**
 * The name for a project made from `text` (the document's text, or its paragraphs) read from
 * `fileName`. Never empty: with neither a title nor a meaningful file name it returns the file name's
 * stem as is.
 */
export function projectTitle(text: string | readonly string[], fileName: string): string {
  const paragraphs = (
    typeof text === 'string' ? splitParagraphs(text.slice(0, TEXT_HEAD)) : text
  ).slice(0, LOOK_AHEAD);
  const lines = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  const heading = lines.map((line) => HEADING.exec(line)?.[1]).find((h) => h !== undefined);
  const title = heading ?? lines.find(looksLikeTitle);
  return title ? shorten(title) : fileTitle(fileName);
}

/**
 * A line that is mostly letters, has at least two words (or four Han/kana characters: "One." or
 * "Draft" says less than the file name) and is not letterhead.
 */
function looksLikeTitle(line: string): boolean {
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const words = line.split(' ').filter((w) => /\p{L}/u.test(w)).length;
  const ideographs = line.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)?.length ?? 0;
  return letters >= line.length / 3 && (words >= 2 || ideographs >= 4) && !BOILERPLATE.test(line);
}

/** `title` cut to {@link TITLE_MAX_LENGTH} characters at a word boundary, with a closing ellipsis. */
function shorten(title: string): string {
  const clean = title.replace(/[.。:：;；,，]+$/u, '');
  const chars = [...clean];
  if (chars.length <= TITLE_MAX_LENGTH) return clean;
  const head = chars.slice(0, TITLE_MAX_LENGTH - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > TITLE_MAX_LENGTH / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** The file name without folder, extension and hash-like parts (`000_bf2c9c8c.txt` → `000_bf2c9c8c`). */
function fileTitle(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const stem = base.replace(/\.[^.]+$/, '') || base;
  const words = stem.split(/[\s_.-]+/).filter((part) => part !== '' && !HASH_LIKE.test(part));
  return words.length > 0 ? words.join(' ') : stem;
}
