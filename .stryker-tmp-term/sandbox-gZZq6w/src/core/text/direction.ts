/** Primary language subtags written right to left (CLDR likely scripts: Arabic, Hebrew, Thaana…). */
// @ts-nocheck

const RTL = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** `dir` for text in language `lang` (BCP 47): `rtl` for right-to-left scripts, else `ltr`. */
export function textDirection(lang: string | undefined): 'ltr' | 'rtl' {
  if (!lang) return 'ltr';
  const [primary = '', ...rest] = lang.toLowerCase().split(/[-_]/);
  if (rest.includes('arab') || rest.includes('hebr')) return 'rtl';
  if (rest.includes('latn') || rest.includes('cyrl')) return 'ltr';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}
