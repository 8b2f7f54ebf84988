import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Scorecard } from '../../core/lqa/scorecard.ts';
import type { Notice } from '../../state/notices.ts';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { categoryName, scorecardName, severityName } from '../../state/views/lqa-view.ts';
import {
  readScorecardFile,
  sameScorecardContent,
  SCORECARD_PRESETS,
  scorecardDownload,
  scorecardPreset,
  scorecardProblems,
  setSeverityWeight,
  settleScorecard,
  type ScorecardProblem,
} from '../../state/views/scorecard-editor.ts';
import { lqaNames } from '../lqa/lqa-names.ts';
import '../lqa/verso-scorecard-categories.ts';
import { saveDownload } from '../shared/download.ts';
import type { ScorecardDraftedEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';
import { DialogElement } from './dialog-element.ts';

/**
 * The scorecard editor (issue 15, deliverable 1: an editable scorecard per project): start from a
 * shipped preset, rename, add and remove categories and subtypes, set the severities' penalty weights,
 * the reference word count and the pass threshold; import and export the card as JSON. It edits a
 * draft: Save applies it as one undoable step (`store.lqa.setScorecard`), Cancel or Escape drops it.
 * Problems are listed by the field they are about, and Save refuses while there are any.
 */
@customElement('verso-scorecard-editor')
export class VersoScorecardEditor extends DialogElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(44rem, 94vw);
      }
      h3 {
        font-size: 1rem;
        margin: 1rem 0 0.4rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1rem;
        align-items: center;
      }
      input[type='number'] {
        width: 6rem;
        font: inherit;
        border: 1px solid var(--verso-border);
        border-radius: var(--verso-radius);
        padding: 0.3rem 0.5rem;
        background: var(--verso-bg);
        color: inherit;
      }
      [aria-invalid='true'] {
        border-color: var(--verso-danger);
        outline: 1px solid var(--verso-danger);
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        padding: 0.15rem 0.5rem 0.15rem 0;
        text-align: start;
      }
      .problems,
      .message.error {
        color: var(--verso-danger);
      }
      .problems ul {
        margin: 0.2rem 0;
      }
    `,
  ];

  private readonly s = new StoreController(this, (st) => [st.lqa]);
  /** The card being edited; the project's changes only on Save. */
  @state() private draft: Scorecard | undefined;
  /** The scorecard name field (a changed preset is saved under it). */
  @state() private cardName = '';
  /** The last import's or removal's outcome. */
  @state() private message: { kind: 'error' | 'info'; text: string } | undefined;

  override async open(params: Record<string, never>): Promise<void> {
    const current = this.s.store.state.lqa.scorecard;
    this.take(current);
    this.message = undefined;
    await super.open(params);
  }

  /** Starts editing `card` (the project's, a preset, an imported file). */
  private take(card: Scorecard): void {
    this.draft = card;
    this.cardName = scorecardName(card, lqaNames(this.l.t));
  }

  override render() {
    const t = this.l.t;
    const draft = this.draft ?? this.s.store.state.lqa.scorecard;
    const problems = scorecardProblems(draft, this.s.store.state.lqa.errors);
    const preset = scorecardPreset(draft.id);
    const presetValue = preset && sameScorecardContent(draft, preset) ? preset.id : '';
    const names = lqaNames(t);
    return html`
      <dialog aria-labelledby="title" @close=${() => (this.draft = undefined)}>
        <h2 id="title">${t('lqa.editor.title')}</h2>
        <div class="row">
          <label>
            ${t('lqa.editor.preset')}
            <select @change=${this.choosePreset}>
              ${
                presetValue === ''
                  ? html`<option value="" selected>${t('lqa.editor.custom')}</option>`
                  : nothing
              }
              ${SCORECARD_PRESETS.map(
                (p) =>
                  html`<option value=${p.id} ?selected=${p.id === presetValue}>
                    ${scorecardName(p, names)}
                  </option>`,
              )}
            </select>
          </label>
          <label>
            ${t('lqa.editor.name')}
            <input
              type="text"
              .value=${this.cardName}
              @change=${(e: Event) => (this.cardName = (e.target as HTMLInputElement).value)}
            />
          </label>
        </div>
        <h3>${t('lqa.editor.scoring')}</h3>
        <div class="row">
          ${this.numberField('referenceWords', draft.referenceWords, problems, 1, 1)}
          ${this.numberField('passThreshold', draft.passThreshold, problems, 0, 'any', 100)}
        </div>
        <h3 id="severities">${t('lqa.editor.severities')}</h3>
        <table aria-labelledby="severities">
          <thead>
            <tr>
              <th scope="col">${t('lqa.severityLabel')}</th>
              <th scope="col">${t('lqa.editor.weight')}</th>
            </tr>
          </thead>
          <tbody>
            ${draft.severities.map((s) => {
              const name = severityName(draft, s.id, names);
              const bad = problems.some(
                (p) => p.kind === 'severityWeight' && p.severityId === s.id,
              );
              return html`<tr>
                <th scope="row">${name}</th>
                <td>
                  <input
                    type="number"
                    min="0"
                    step="any"
                    aria-label=${t('lqa.editor.weightOf', { severity: name })}
                    aria-invalid=${bad ? 'true' : 'false'}
                    .value=${numberText(s.weight)}
                    @change=${(e: Event) =>
                      this.edit(
                        setSeverityWeight(
                          draft,
                          s.id,
                          (e.target as HTMLInputElement).valueAsNumber,
                        ),
                      )}
                  />
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
        <h3>${t('lqa.editor.categories')}</h3>
        <verso-scorecard-categories
          .scorecard=${draft}
          .errors=${this.s.store.state.lqa.errors}
          .invalid=${new Set(
            problems.flatMap((p) => (p.kind === 'categoryName' ? [p.categoryId] : [])),
          )}
          @verso-scorecard-drafted=${(e: ScorecardDraftedEvent) => this.edit(e.scorecard)}
        ></verso-scorecard-categories>
        <h3>${t('lqa.editor.file')}</h3>
        <div class="row">
          <label>
            ${t('lqa.editor.import')}
            <input type="file" accept=".json,application/json" @change=${this.importFile} />
          </label>
          <button type="button" @click=${() => this.exportFile(draft, problems)}>
            ${t('lqa.editor.export')}
          </button>
        </div>
        ${
          this.message
            ? html`<p
                class="message ${this.message.kind}"
                role=${this.message.kind === 'error' ? 'alert' : 'status'}
              >
                ${this.message.text}
              </p>`
            : nothing
        }
        ${this.problemList(draft, problems)}
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.cancel')}</button>
          <button type="button" class="primary" @click=${() => this.save(draft, problems)}>
            ${t('common.save')}
          </button>
        </div>
      </dialog>
    `;
  }

  /** The reference word count or the pass threshold. */
  private numberField(
    field: 'referenceWords' | 'passThreshold',
    value: number,
    problems: readonly ScorecardProblem[],
    min: number,
    step: number | 'any',
    max?: number,
  ) {
    const draft = this.draft;
    return html`<label>
      ${this.l.t(`lqa.editor.${field}`)}
      <input
        type="number"
        min=${min}
        max=${max ?? nothing}
        step=${step}
        aria-invalid=${problems.some((p) => p.kind === field) ? 'true' : 'false'}
        .value=${numberText(value)}
        @change=${(e: Event) =>
          draft && this.edit({ ...draft, [field]: (e.target as HTMLInputElement).valueAsNumber })}
      />
    </label>`;
  }

  /** Every problem of the draft, as a sentence naming its field. */
  private problemList(draft: Scorecard, problems: readonly ScorecardProblem[]) {
    if (problems.length === 0) return nothing;
    const t = this.l.t;
    const names = lqaNames(t);
    // Names of categories the draft lacks come from the project's scorecard, which has them.
    const saved = this.s.store.state.lqa.scorecard;
    const text = (p: ScorecardProblem): string => {
      switch (p.kind) {
        case 'severityWeight':
          return t('lqa.editor.problem.severityWeight', {
            severity: severityName(draft, p.severityId, names),
          });
        case 'categoryName':
          return t('lqa.editor.problem.categoryName', { id: p.categoryId });
        case 'categoryInUse':
          return t('lqa.editor.problem.categoryInUse', {
            count: p.count,
            category: categoryName(saved, p.categoryId, names),
          });
        case 'severityInUse':
          return t('lqa.editor.problem.severityInUse', {
            count: p.count,
            severity: severityName(saved, p.severityId, names),
          });
        default:
          return t(`lqa.editor.problem.${p.kind}`);
      }
    };
    return html`<div class="problems" id="problems" role="alert" tabindex="-1">
      ${t('lqa.editor.problems')}
      <ul>
        ${problems.map((p) => html`<li>${text(p)}</li>`)}
      </ul>
    </div>`;
  }

  private edit(card: Scorecard): void {
    this.draft = card;
    this.message = undefined;
  }

  private choosePreset(e: Event): void {
    const preset = scorecardPreset((e.target as HTMLSelectElement).value);
    if (preset) this.take(preset);
    this.message = undefined;
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = readScorecardFile(await file.text(), file.name);
    if ('notice' in read) {
      this.message = { kind: 'error', text: this.noticeText(read.notice) };
      return;
    }
    this.take(read.scorecard);
    this.message = {
      kind: 'info',
      text: this.l.t('lqa.editor.imported', { file: file.name }),
    };
  }

  private noticeText(notice: Notice): string {
    return this.l.t(notice.key, notice.params);
  }

  private exportFile(draft: Scorecard, problems: readonly ScorecardProblem[]): void {
    if (this.refuse(problems)) return;
    const project = this.s.store.state.project;
    saveDownload(scorecardDownload(this.settled(draft), project?.name ?? ''));
  }

  private save(draft: Scorecard, problems: readonly ScorecardProblem[]): void {
    if (this.refuse(problems)) return;
    this.s.store.lqa.setScorecard(this.settled(draft));
    this.close();
  }

  /** True (and the problems in focus) when the draft has problems. */
  private refuse(problems: readonly ScorecardProblem[]): boolean {
    if (problems.length === 0) return false;
    this.renderRoot.querySelector<HTMLElement>('#problems')?.focus();
    return true;
  }

  /** The draft as it is saved: a changed preset becomes the reviewer's own card, named. */
  private settled(draft: Scorecard): Scorecard {
    const preset = scorecardPreset(draft.id);
    let name = this.cardName.trim();
    if (preset && !sameScorecardContent(draft, preset)) {
      const presetName = scorecardName(preset, lqaNames(this.l.t));
      if (name === '' || name === presetName) {
        name = this.l.t('lqa.editor.editedName', { name: presetName });
      }
    }
    return settleScorecard(draft, name);
  }
}

/** A number as an input's value ('' for the NaN an emptied field gives). */
function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-scorecard-editor': VersoScorecardEditor;
  }
}
