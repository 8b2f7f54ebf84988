/** BCP 47 language tags (RFC 5646) as interchange formats carry them: checking and comparing. */
// @ts-nocheck


/** RFC 5646 §2.1 `langtag` and `privateuse` productions (syntax only: "well-formed", not "valid"). */
const LANGTAG =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+)$/i;

/** RFC 5646 §2.2.8 grandfathered tags that the `langtag` production does not cover. */
const GRANDFATHERED = new Set([
  'en-gb-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-be-fr',
  'sgn-be-nl',
  'sgn-ch-de',
]);

/** True when `tag` is a well-formed BCP 47 language tag (RFC 5646 §2.2.9). */
export function isWellFormedLanguageTag(tag: string): boolean {
  return LANGTAG.test(tag) || GRANDFATHERED.has(tag.toLowerCase());
}

/**
 * The tag in the conventional case of RFC 5646 §2.1.1 (`EN-us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`);
 * tags are case-insensitive, so this changes nothing but their looks.
 */
export function formatLanguageTag(tag: string): string {
  const subtags = tag.split('-');
  let afterSingleton = false;
  return subtags
    .map((subtag, i) => {
      const lower = subtag.toLowerCase();
      if (i === 0 || afterSingleton) return lower;
      if (lower.length === 1) {
        afterSingleton = true;
        return lower;
      }
      if (lower.length === 2) return lower.toUpperCase();
      if (lower.length === 4 && /^[a-z]+$/.test(lower))
        return lower[0]!.toUpperCase() + lower.slice(1);
      return lower;
    })
    .join('-');
}

/** True when two tags name the same language (BCP 47 tags compare case-insensitively). */
export function sameLanguageTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
