/**
 * The clean edition as one self-contained HTML file (issue 5, deliverable 1): the final text of the
 * included paragraphs, headings kept (heading.ts), `lang` and `dir` of the target language, the project
 * name as title, inline CSS for screen and print, no script and nothing loaded from anywhere (a
 * Content-Security-Policy says so). All text is escaped (html-text.ts).
 */
// @ts-nocheck

import { textDirection } from '../../text/direction.ts';
import { editionParagraphs } from './paragraphs.ts';
import { languagesOf, type ExportInput } from '../export-input.ts';
import { headingLevel } from '../heading.ts';
import { escapeHtml, htmlHead, htmlLines } from '../html-text.ts';

const STYLE = `:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 1.0625rem/1.65 Georgia, "Noto Serif", "Songti SC", "SimSun", serif; }
main { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1, h2, h3 { font-family: system-ui, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.3; margin: 2rem 0 0.75rem; }
h1 { font-size: 1.75rem; } h2 { font-size: 1.35rem; } h3 { font-size: 1.15rem; }
p { margin: 0 0 1rem; }
h1, h2, h3, p { unicode-bidi: isolate; overflow-wrap: anywhere; }
.ctl { font: 0.75em ui-monospace, monospace; color: #8a1c1c; unicode-bidi: isolate; }
@media print {
  @page { margin: 2cm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  p { orphans: 3; widows: 3; }
}`;

/** The clean edition as an HTML document. */
export function toHtmlEdition(input: ExportInput): string {
  const lang = languagesOf(input.meta).target;
  const body: string[] = [];
  editionParagraphs(input.segments)
    .filter((p) => p.text !== '')
    .forEach((p, i) => {
      const level = headingLevel(p.text, i === 0);
      const tag = level === undefined ? 'p' : `h${level}`;
      body.push(`<${tag} dir="auto">${htmlLines(p.text)}</${tag}>`);
    });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}" dir="${textDirection(lang)}">`,
    '<head>',
    htmlHead(input.meta.name, STYLE),
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
