import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { scoreOfState, type LqaScore } from '../../state/views/lqa-view.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import type { AppState } from '../../state/app-state.ts';

/**
 * The live quality score in the toolbar (issue 15, deliverable 3): core's MQM score of the open
 * project and pass/fail against the scorecard's threshold, with an accessible sentence. Recomputed
 * only when the segments or the assessment change.
 */
@customElement('verso-lqa-score')
export class VersoLqaScore extends LitElement {
  static override styles = css`
    :host {
      font-size: 0.9rem;
      white-space: nowrap;
    }
    .fail {
      color: var(--verso-danger);
      font-weight: 600;
    }
    .pass {
      color: var(--verso-ok);
    }
  `;

  private readonly l = new Localize(this);
  private readonly s = new StoreController(this, (s) => [s.segments, s.lqa, s.project]);
  private cache: { segments: unknown; lqa: unknown; score: LqaScore } | undefined;

  override render() {
    const t = this.l.t;
    const state = this.s.store.state;
    if (!state.project) return html``;
    const score = this.score(state);
    if (score.score === null) return html`<span role="status">${t('lqa.noScore')}</span>`;
    const verdict = t(score.passed ? 'lqa.pass' : 'lqa.fail');
    const shown = score.score.toFixed(2);
    return html`<span
      role="status"
      class=${score.passed ? 'pass' : 'fail'}
      aria-label=${t('lqa.scoreLabel', {
        score: shown,
        verdict,
        threshold: score.passThreshold,
        count: score.errorCount,
      })}
      >${t('lqa.score', { score: shown, verdict })}</span
    >`;
  }

  private score(state: AppState): LqaScore {
    const { segments, lqa } = state;
    if (this.cache?.segments === segments && this.cache.lqa === lqa) return this.cache.score;
    const score = scoreOfState(state);
    this.cache = { segments, lqa, score };
    return score;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-lqa-score': VersoLqaScore;
  }
}
