/**
 * The colour theme (issue 13 item 5): the system's (`prefers-color-scheme`) unless the reviewer chose
 * Light or Dark in Settings. The choice is kept through the Settings port (localStorage in the app) and
 * applied as `<html data-theme>`, which tokens.css turns into `color-scheme`, so every token's
 * `light-dark()` value follows. The composition root applies it before the first frame (see main.ts
 * and scripts/render-blocking-plugin.ts), so a dark choice never flashes white.
 */
import { createContext } from '@lit/context';
import type { Settings } from '../../state/app-state.ts';

/** What Settings offers, in the order it offers them. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;

/** `system` follows `prefers-color-scheme`; `light` and `dark` override it. */
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Where the choice is remembered (the Settings port's key). */
export const THEME_KEY = 'verso.theme';

/** The stored choice; `system` when none (or an unknown value) is stored. */
export function readThemeChoice(settings: Pick<Settings, 'get'>): ThemeChoice {
  const stored = settings.get(THEME_KEY);
  return THEME_CHOICES.find((c) => c === stored) ?? 'system';
}

/** Shows `choice` on the page: `data-theme` on the root element, absent for the system's theme. */
export function applyThemeChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

/**
 * The reviewer's theme choice: read at start, changed from Settings, applied at once and remembered.
 *
 * @fires change - after the choice changed
 */
export class ThemePreference extends EventTarget {
  #choice: ThemeChoice;

  constructor(
    private readonly settings: Settings,
    private readonly root: HTMLElement,
  ) {
    super();
    this.#choice = readThemeChoice(settings);
  }

  /** The current choice. */
  get choice(): ThemeChoice {
    return this.#choice;
  }

  /** Applies the current choice to the page (the composition root calls it before anything renders). */
  apply(): void {
    applyThemeChoice(this.root, this.#choice);
  }

  /** Makes `choice` the theme, now and on every later visit. */
  choose(choice: ThemeChoice): void {
    if (choice === this.#choice) return;
    this.#choice = choice;
    this.settings.set(THEME_KEY, choice);
    this.apply();
    this.dispatchEvent(new Event('change'));
  }
}

/** The theme preference, provided by the composition root on `<verso-app>`. */
export const themeContext = createContext<ThemePreference>(Symbol('verso-theme'));
