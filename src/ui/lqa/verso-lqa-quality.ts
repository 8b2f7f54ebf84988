import { LitElement, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { Localize } from '../../i18n/localize.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { categoryPathName, scoreOfState, severityName } from '../../state/views/lqa-view.ts';
import { ShowDialogEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';
import { lqaNames } from './lqa-names.ts';

/**
 * The quality section of the metrics dialog (issue 15, deliverable 3): the MQM score of the open
 * project, pass/fail against the threshold, and the errors and penalty points by category × severity;
 * the button that opens the scorecard editor.
 *
 * @fires verso-show-dialog - the scorecard editor
 */
@customElement('verso-lqa-quality')
export class VersoLqaQuality extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      h3 {
        font-size: 1rem;
        margin: 0.5rem 0;
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        border: 1px solid var(--verso-border);
        padding: 0.15rem 0.4rem;
        text-align: end;
      }
      th[scope='row'] {
        text-align: start;
      }
    `,
  ];

  private readonly l = new Localize(this);
  private readonly s = new StoreController(this, (s) => [s.segments, s.lqa, s.project]);

  override render() {
    const t = this.l.t;
    const state = this.s.store.state;
    if (!state.project) return nothing;
    const score = scoreOfState(state);
    const { scorecard } = state.lqa;
    const names = lqaNames(t);
    const verdict = score.passed === null ? '' : t(score.passed ? 'lqa.pass' : 'lqa.fail');
    return html`<section aria-labelledby="lqa-quality">
      <h3 id="lqa-quality">${t('lqa.title')}</h3>
      <p>
        ${
          score.score === null
            ? t('lqa.noScore')
            : t('lqa.score', { score: score.score.toFixed(2), verdict })
        }
        <button
          type="button"
          @click=${() => this.dispatchEvent(new ShowDialogEvent('scorecard', {}))}
        >
          ${t('lqa.editor.open')}
        </button>
      </p>
      ${
        score.rows.length === 0
          ? nothing
          : html`<table>
              <caption>
                ${t('lqa.penalties')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t('lqa.categoryLabel')}</th>
                  ${scorecard.severities.map(
                    (s) => html`<th scope="col">${severityName(scorecard, s.id, names)}</th>`,
                  )}
                  <th scope="col">${t('lqa.penalty')}</th>
                </tr>
              </thead>
              <tbody>
                ${score.rows.map(
                  (row) =>
                    html`<tr>
                      <th scope="row">${categoryPathName(scorecard, row.categoryId, names)}</th>
                      ${scorecard.severities.map((s) => html`<td>${row.counts[s.id] ?? 0}</td>`)}
                      <td>${row.penalty}</td>
                    </tr>`,
                )}
                <tr>
                  <th scope="row">${t('lqa.total')}</th>
                  ${scorecard.severities.map((s) => html`<td>${score.bySeverity[s.id] ?? 0}</td>`)}
                  <td>${score.penaltyTotal}</td>
                </tr>
              </tbody>
            </table>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-lqa-quality': VersoLqaQuality;
  }
}
