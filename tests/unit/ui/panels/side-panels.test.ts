import { describe, expect, it } from 'vitest';
import { clampPanelWidth, sidePanelId } from '../../../../src/ui/panels/side-panels.ts';

describe('side panel limits', () => {
  it('clamps the width between 300 px and 720 px on a wide window', () => {
    expect(clampPanelWidth(100, 1920)).toBe(300);
    expect(clampPanelWidth(5000, 1920)).toBe(720);
    expect(clampPanelWidth(412, 1920)).toBe(412);
  });

  it('leaves the grid 40 % of a narrow window', () => {
    expect(clampPanelWidth(5000, 1000)).toBe(600);
  });

  it('reads an unknown stored tab as QA', () => {
    expect(sidePanelId('history')).toBe('history');
    expect(sidePanelId('<script>')).toBe('qa');
  });
});
