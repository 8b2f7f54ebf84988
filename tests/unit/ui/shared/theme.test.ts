import { describe, expect, it } from 'vitest';
import { readThemeChoice, THEME_KEY, ThemePreference } from '../../../../src/ui/shared/theme.ts';
import { mapSettings } from '../../../support/store.ts';

const memorySettings = mapSettings;

/** The attributes of a root element, which is all the theme touches. */
function fakeRoot() {
  const attributes = new Map<string, string>();
  return {
    attributes,
    element: {
      setAttribute: (name: string, value: string) => void attributes.set(name, value),
      removeAttribute: (name: string) => void attributes.delete(name),
    } as unknown as HTMLElement,
  };
}

describe('theme choice', () => {
  it('follows the system when nothing is stored', () => {
    expect(readThemeChoice(memorySettings())).toBe('system');
  });

  it('follows the system when the stored value is not a theme', () => {
    expect(readThemeChoice(memorySettings({ [THEME_KEY]: 'sepia' }))).toBe('system');
  });

  it('applies a stored dark choice as data-theme on the root element', () => {
    const root = fakeRoot();
    new ThemePreference(memorySettings({ [THEME_KEY]: 'dark' }), root.element).apply();
    expect(root.attributes.get('data-theme')).toBe('dark');
  });

  it('remembers a choice and shows it at once', () => {
    const settings = memorySettings();
    const root = fakeRoot();
    const theme = new ThemePreference(settings, root.element);
    theme.choose('light');
    expect(settings.map.get(THEME_KEY)).toBe('light');
    expect(root.attributes.get('data-theme')).toBe('light');
  });

  it('removes data-theme when the reviewer goes back to the system theme', () => {
    const root = fakeRoot();
    const theme = new ThemePreference(memorySettings({ [THEME_KEY]: 'dark' }), root.element);
    theme.apply();
    theme.choose('system');
    expect(root.attributes.has('data-theme')).toBe(false);
  });

  it('tells listeners when the choice changes, and only then', () => {
    const theme = new ThemePreference(memorySettings(), fakeRoot().element);
    let changes = 0;
    theme.addEventListener('change', () => (changes += 1));
    theme.choose('system');
    theme.choose('dark');
    expect(changes).toBe(1);
  });
});
