/**
 * The grid's virtualizer layout (src/ui/grid/jump-aware-flow-layout.ts) in a real browser: a grid that
 * opens makes the rows in view (and a 100 px margin) first, so a large project paints sooner, and the
 * 1,000 px margin of rows beyond the view comes back in the first idle moment, so the wheel and the
 * keyboard then find their rows made.
 */
import { html, render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { JumpAwareFlowLayout } from '../../../../src/ui/grid/virtualizer.ts';

const ROW = 20;
const VIEW = 300;

afterEach(() => {
  document.body.replaceChildren();
});

/** A scrolling virtualizer of `count` rows of ROW px in a VIEW px box; returns the rendered rows. */
function mount(count: number): () => number {
  const host = document.createElement('div');
  document.body.append(host);
  const items = Array.from({ length: count }, (_, i) => i);
  render(
    html`<lit-virtualizer
      scroller
      style="height: ${VIEW}px"
      .layout=${{ type: JumpAwareFlowLayout }}
      .items=${items}
      .renderItem=${(i: number) => html`<p class="row" style="height: ${ROW}px; margin: 0">${i}</p>`}
    ></lit-virtualizer>`,
    host,
  );
  return () => host.querySelectorAll('p.row').length;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('JumpAwareFlowLayout', () => {
  it('first makes the rows in view, then the margin beyond them once the page is idle', async () => {
    const rows = mount(2000);
    // Settled: the rows measured and the range laid out again (three frames, well before the margin's
    // 150 ms quiet time).
    const start = performance.now();
    for (let i = 0; i < 3; i += 1) await frame();
    const settled = rows();
    expect(performance.now() - start).toBeLessThan(150);
    // The view and its 100 px margin: 20 rows (and one each side); with the full margin it was 65.
    expect(settled).toBeGreaterThanOrEqual(VIEW / ROW);
    expect(settled).toBeLessThanOrEqual((VIEW + 100) / ROW + 2);
    await expect.poll(rows, { timeout: 5000 }).toBeGreaterThanOrEqual((VIEW + 1000) / ROW);
  });
});
