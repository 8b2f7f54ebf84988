import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../support/contrast.ts';

const root = new URL('../../../../', import.meta.url).pathname;
const css = readFileSync(join(root, 'src/ui/shared/tokens.css'), 'utf8');

/** Each colour token's light and dark value, as tokens.css declares them in `light-dark()`. */
const tokens = new Map(
  [...css.matchAll(/--verso-([a-z-]+):\s*light-dark\(\s*([^,]+?)\s*,\s*([^)]+?\)?)\s*\);/g)].map(
    (m) => [m[1] ?? '', { light: m[2] ?? '', dark: m[3] ?? '' }],
  ),
);

const THEMES = ['light', 'dark'] as const;

/** Text (first) on the background it is drawn on (second): WCAG 1.4.3 asks 4.5:1. */
const TEXT_PAIRS = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['fg', 'code-bg'],
  ['fg', 'row-focus-bg'],
  ['fg', 'info-bg'],
  ['fg', 'highlight-bg'],
  ['fg', 'danger-bg'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'row-focus-bg'],
  ['accent-fg', 'accent'],
  ['danger', 'bg'],
  ['danger', 'surface'],
  ['danger', 'danger-bg'],
  ['danger', 'row-focus-bg'],
  ['ok', 'bg'],
  ['ok', 'surface'],
  ['warn-fg', 'warn-bg'],
  ['warn-fg', 'surface'],
  ['ins-fg', 'ins-bg'],
  ['del-fg', 'del-bg'],
  ['chart-axis', 'bg'],
] as const;

/** Focus rings, status and severity markers, chart bars: WCAG 1.4.11 asks 3:1. */
const GRAPHIC_PAIRS = [
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['focus', 'row-focus-bg'],
  ['warn', 'bg'],
  ['warn', 'surface'],
  ['danger', 'surface'],
  ['ok', 'surface'],
  ['chart-bar', 'bg'],
  ['chart-bar', 'surface'],
] as const;

function ratio(theme: (typeof THEMES)[number], fg: string, bg: string): number {
  const a = tokens.get(fg)?.[theme];
  const b = tokens.get(bg)?.[theme];
  if (!a || !b) throw new Error(`No ${theme} value for --verso-${fg} or --verso-${bg}`);
  return contrastRatio(a, b);
}

describe('design tokens', () => {
  it('give every colour token a light and a dark value', () => {
    const declared = [...css.matchAll(/--verso-([a-z-]+):\s*(#|rgb|light-dark)/g)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThan(20);
    expect(declared.filter((name) => !tokens.has(name ?? ''))).toEqual([]);
  });

  for (const theme of THEMES) {
    it(`keep text at 4.5:1 against its background in the ${theme} theme`, () => {
      const weak = TEXT_PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: ratio(theme, fg, bg) })).filter(
        (p) => p.ratio < 4.5,
      );
      expect(weak).toEqual([]);
    });

    it(`keep focus rings, markers and chart bars at 3:1 in the ${theme} theme`, () => {
      const weak = GRAPHIC_PAIRS.map(([fg, bg]) => ({
        fg,
        bg,
        ratio: ratio(theme, fg, bg),
      })).filter((p) => p.ratio < 3);
      expect(weak).toEqual([]);
    });
  }

  it('are the only place a colour is written: no element hard-codes one', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    const hardCoded = files(join(root, 'src/ui')).filter((path) =>
      /#[0-9a-f]{3,8}\b\s*;|\brgba?\(|\bhsla?\(/i.test(readFileSync(path, 'utf8')),
    );
    expect(hardCoded).toEqual([]);
  });
});
