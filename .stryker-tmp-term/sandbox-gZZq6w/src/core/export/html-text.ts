/**
 * Text for the HTML exports (edition, change report). Everything written into HTML goes through
 * {@link escapeHtml}: markup characters become entities, so text such as `<script>` or
 * `<img onerror=…>` is shown, never run; and characters that could change what the reader sees without
 * being seen are made visible and inert: bidirectional embeddings, overrides and isolates (the
 * "Trojan Source" reordering, CVE-2021-42574) become labelled marks such as `[U+202E]`, while each
 * block isolates its own direction (`dir="auto"` and `unicode-bidi: isolate` in the style sheet).
 * Control characters (but tab and line feed), U+FFFE/U+FFFF and unpaired surrogates, which HTML does
 * not allow, are left out. The left-to-right and right-to-left marks (U+200E, U+200F, U+061C) are
 * ordinary punctuation of bidirectional text and stay.
 */
// @ts-nocheck


const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Bidi embeddings, overrides and isolates. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0 and C1 controls but tab and line feed; U+FFFE/FFFF; unpaired surrogates. */
const NOT_HTML =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Characters the first and last replacements below act on (every surrogate, paired or not). Text
 * without one — nearly all text — needs only its markup characters escaped, and text without those
 * either is returned as it is.
 */
const UNUSUAL =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/;
const MARKUP = /[&<>"']/;
const MARKUP_ALL = /[&<>"']/g;

/** Text for HTML element content or a quoted attribute value (see the module comment). */
export function escapeHtml(text: string): string {
  if (!UNUSUAL.test(text)) {
    return MARKUP.test(text) ? text.replace(MARKUP_ALL, (c) => ESCAPES[c]!) : text;
  }
  return text
    .replace(NOT_HTML, '')
    .replace(MARKUP_ALL, (c) => ESCAPES[c]!)
    .replace(BIDI_CONTROL, (c) => {
      const code = `U+${c.charCodeAt(0).toString(16).toUpperCase()}`;
      return `<span class="ctl" title="${code}">[${code}]</span>`;
    });
}

/** Everything {@link htmlLines} changes: {@link UNUSUAL} and {@link MARKUP} characters, line feeds. */
const NOT_PLAIN =
  /[\n\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069&<>"']/;

/** A paragraph's text as HTML: escaped, its line breaks as `<br>`. */
export function htmlLines(text: string): string {
  if (!NOT_PLAIN.test(text)) return text;
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
