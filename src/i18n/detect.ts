/**
 * Which UI language to start in: `?lng=` wins, then the remembered choice, then the browser's languages
 * in order; English when none is one Verso ships. Replaces i18next-browser-languagedetector (6 kB of the
 * initial bundle for these three lookups; issue 6's 80 kB budget).
 */

/** Where the language may come from, in order of precedence. */
export interface LanguageHints {
  /** The page's query string (`location.search`). */
  readonly search: string;
  /** The remembered choice, if any. */
  readonly stored: string | null;
  /** The browser's preferred languages (`navigator.languages`), most preferred first. */
  readonly browser: readonly string[];
}

/**
 * The first hint that names one of `supported`: exactly (case-insensitive), or by its language alone
 * (`zh-TW`, `zh-Hans` → `zh-CN`; `en-GB` → `en`), as i18next matches a detected code to supported ones.
 */
export function detectLanguage<L extends string>(
  hints: LanguageHints,
  supported: readonly L[],
  fallback: L,
): L {
  const query = new URLSearchParams(hints.search).get('lng');
  const candidates = [query, hints.stored, ...hints.browser];
  for (const candidate of candidates) {
    const match = candidate ? supportedMatch(candidate, supported) : undefined;
    if (match) return match;
  }
  return fallback;
}

function supportedMatch<L extends string>(code: string, supported: readonly L[]): L | undefined {
  const lower = code.trim().toLowerCase().replace('_', '-');
  const exact = supported.find((s) => s.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  if (!language) return undefined;
  return supported.find((s) => s.toLowerCase().split('-')[0] === language);
}
