/**
 * Text for the XML exports (XLIFF, TMX). XML 1.0 (§2.2 Char) cannot carry most C0 control characters,
 * U+FFFE, U+FFFF or unpaired surrogates, not even as character references. The rule of Verso's XML
 * exports: such characters are left out (tab, line feed and carriage return stay). XLIFF 2 could
 * write them as `<cp hex>` codes, but those come back as placeholders, not as the characters, so
 * dropping them is the one rule that reads back the same everywhere. A carriage return is written
 * `&#13;`, because a literal one would be read back as a line feed (XML 1.0 §2.11).
 */
// @ts-nocheck


/** Characters XML 1.0 cannot contain. */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot contain (see the module comment). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Any character {@link xmlText} changes (surrogates included: most are valid pairs). */
const SPECIAL = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Element content: XML-safe, `& < >` escaped, carriage returns as `&#13;`. */
export function xmlText(text: string): string {
  // Most text has nothing to change: one test instead of three replacements (20,000-segment exports).
  if (!SPECIAL.test(text)) return text;
  return escapeText(xmlSafe(text)).replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value: XML-safe and escaped (tabs and line breaks as references). */
export function xmlAttr(value: string): string {
  return SPECIAL.test(value) || value.includes('"') || value.includes('\t') || value.includes('\n')
    ? escapeAttribute(xmlSafe(value))
    : value;
}

/** `name="value"` pairs for the defined values, each with a leading space. */
export function attributes(values: Readonly<Record<string, string | undefined>>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) out += ` ${name}="${xmlAttr(value)}"`;
  }
  return out;
}

/** Text escaped for element content: `&`, `<` and `>` (the last so `]]>` cannot appear). */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/**
 * Text escaped for a double-quoted attribute value. Tabs and line breaks become character references,
 * or attribute-value normalisation (XML 1.0 §3.3.3) would turn them into spaces on reading.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const WORD_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
const WORD_SPECIAL = /[&"'<>]/;
const WORD_SPECIALS = /[&"'<>]/g;

/**
 * WordprocessingML text or attribute value, escaped as the docx package escapes both (quotes too). The text must be
 * XML-safe already (export/docx/common.ts `lineRuns` makes it so).
 */
export function escapeWord(text: string): string {
  return WORD_SPECIAL.test(text) ? text.replace(WORD_SPECIALS, (c) => WORD_ESCAPES[c]!) : text;
}
