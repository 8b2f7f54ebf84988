import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { countWordsSoon, scoreOfState, type LqaScore } from '../../state/views/lqa-view.ts';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import type { AppState } from '../../state/app-state.ts';

/**
 * The live quality score in the toolbar (issue 15, deliverable 3): core's MQM score of the open
 * project and pass/fail against the scorecard's threshold, with an accessible sentence. A count
 * walks every segment (tens of milliseconds in a 20,000-segment document), so it is taken at once only
 * when the assessment (errors, scorecard) changes; typing, which only moves the word count, is
 * recounted at most every {@link RECOUNT_DELAY_MS}, and a project just opened is counted in slices
 * that leave room for its first rows.
 */
/** How long a text change waits before the word count is taken again. */
export const RECOUNT_DELAY_MS = 400;

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
  private cache:
    { segments: unknown; lqa: unknown; projectId: string; score: LqaScore } | undefined;
  /** A count waits (see {@link schedule}). */
  private pending = false;
  /** The wait is over: count at the next render. */
  private due = false;

  override render() {
    const t = this.l.t;
    const state = this.s.store.state;
    if (!state.project) return html``;
    const score = this.score(state, state.project.id);
    if (!score) return html``;
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

  /**
   * The score to show: counted at once when the assessment changed; after {@link RECOUNT_DELAY_MS}
   * when only texts changed (the last score meanwhile); for a project just opened, once its words
   * are counted in slices after its first rows (nothing meanwhile).
   */
  private score(state: AppState, projectId: string): LqaScore | undefined {
    const { segments, lqa } = state;
    const cache = this.cache;
    if (cache?.segments === segments && cache.lqa === lqa) return cache.score;
    const sameProject = cache?.projectId === projectId;
    if (!this.due && !(sameProject && cache.lqa !== lqa)) {
      this.schedule(sameProject ? RECOUNT_DELAY_MS : 0);
      return sameProject ? cache.score : undefined;
    }
    this.due = false;
    const score = scoreOfState(state);
    this.cache = { segments, lqa, projectId, score };
    return score;
  }

  /** Renders again after `ms` (0: once the open project's words are counted), once however often asked. */
  private schedule(ms: number): void {
    if (this.pending) return;
    this.pending = true;
    const fire = () => {
      this.pending = false;
      this.due = true;
      this.requestUpdate();
    };
    if (ms > 0) setTimeout(fire, ms);
    // After the next frame: a project just opened paints its first rows before its 1M words are
    // counted (the count took ≈ 60 ms of a reopen's critical path).
    else
      requestAnimationFrame(() =>
        setTimeout(() => void countWordsSoon(() => this.s.store.state).then(fire)),
      );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-lqa-score': VersoLqaScore;
  }
}
