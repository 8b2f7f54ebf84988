import { describe, expect, it } from 'vitest';
import { markEntryRenderBlocking } from '../../../scripts/render-blocking-plugin.ts';

describe('render-blocking entry script', () => {
  it('marks the built entry module script blocking="render"', () => {
    const html = '<script type="module" crossorigin src="/assets/index-1.js"></script>';
    expect(markEntryRenderBlocking(html)).toBe(
      '<script type="module" blocking="render" crossorigin src="/assets/index-1.js"></script>',
    );
  });

  it('leaves a script that already says how it blocks as it is', () => {
    const html = '<script type="module" blocking="render" src="/a.js"></script>';
    expect(markEntryRenderBlocking(html)).toBe(html);
  });
});
