/**
 * Text for the HTML exports (edition, change report). Everything written into HTML goes through
 * {@link escapeHtml}: markup characters become entities, so text such as `<script>` or
 * `<img onerror=…>` is shown, never run; and characters that could change what the reader sees without
 * being seen are made visible and inert — bidirectional embeddings, overrides and isolates (the
 * "Trojan Source" reordering, CVE-2021-42574) and control characters become labelled marks such as
 * `[U+202E]` — while each block isolates its own direction (`dir="auto"` and `unicode-bidi: isolate`
 * in the style sheet). The left-to-right and right-to-left marks (U+200E, U+200F, U+061C) are
 * ordinary punctuation of bidirectional text and stay.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Bidi embeddings, overrides and isolates; C0 and C1 controls but tab and line feed; U+FFFE/FFFF. */
const INVISIBLE =
  /[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for HTML element content or a quoted attribute value (see the module comment). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!).replace(INVISIBLE, (c) => {
    if (c === '\r') return '';
    const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `<span class="ctl" title="${code}">[${code}]</span>`;
  });
}

/** A paragraph's text as HTML: escaped, its line breaks as `<br>`. */
export function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>\n');
}

/** The shared part of a self-contained page's `<head>`: no script may run, no resource may load. */
export function htmlHead(title: string, style: string): string {
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="generator" content="Verso">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${style}\n</style>`,
  ].join('\n');
}
