/**
 * The virtualized grid renders its rows with lit's `repeat`, which removes a row's DOM with
 * `removePart`. lit-html 3.3.1–3.3.3 leave each removed row's end marker (an empty comment) behind
 * (lit/lit#5298): scrolling a 20,000-segment document left thousands of comments in the grid, and
 * every later scroll frame walked them, so scrolling grew slower the longer one worked. Verso patches
 * lit-html on install (scripts/patches, applied by patch-package) until a fixed release ships; this
 * test fails if the patch is lost.
 */
// @ts-nocheck

import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { describe, expect, it } from 'vitest';

describe('lit repeat, as the grid uses it', () => {
  it('leaves no markers behind when keyed items are replaced (as rows are while scrolling)', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const screen = (first: number) => Array.from({ length: 10 }, (_, i) => first + i);
    const draw = (items: number[]) =>
      render(
        html`${repeat(
          items,
          (n) => `segment-${n}`,
          (n) => html`<p>${n}</p>`,
        )}`,
        container,
      );
    draw(screen(0));
    const settled = container.childNodes.length;
    for (let first = 10; first < 5000; first += 10) draw(screen(first));
    expect(container.querySelectorAll('p')).toHaveLength(10);
    expect(container.childNodes.length).toBe(settled);
    container.remove();
  });
});
