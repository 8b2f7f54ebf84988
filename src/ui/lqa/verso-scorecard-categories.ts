import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LqaError } from '../../core/lqa/error.ts';
import type { LqaCategory, Scorecard } from '../../core/lqa/scorecard.ts';
import { Localize } from '../../i18n/localize.ts';
import { categoryName } from '../../state/views/lqa-view.ts';
import {
  addCategory,
  errorsUnderCategory,
  removeCategory,
  renameCategory,
} from '../../state/views/scorecard-editor.ts';
import { ScorecardDraftedEvent } from '../shared/events.ts';
import { controls } from '../shared/styles.ts';
import { lqaNames } from './lqa-names.ts';

/**
 * The category tree of the scorecard editor (issue 15, deliverable 1): each category's name in a field
 * labelled "Name of <category>" (a shipped one shows its name in the UI language until renamed), a
 * button to add a subtype to a dimension, one to remove a category with its subtypes, and one to add
 * a dimension. Removing a category that logged errors are filed under is refused, with the count and
 * what to do (see `drop`).
 *
 * @fires verso-scorecard-drafted - the draft with the change
 */
@customElement('verso-scorecard-categories')
export class VersoScorecardCategories extends LitElement {
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ul ul {
        padding-inline-start: 1.5rem;
      }
      .row {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        margin: 0.15rem 0;
      }
      input[type='text'] {
        flex: 1 1 14rem;
      }
      [aria-invalid='true'] {
        border-color: var(--verso-danger);
      }
      .refusal {
        color: var(--verso-danger);
      }
    `,
  ];

  /** The draft whose categories are shown. */
  @property({ attribute: false }) scorecard!: Scorecard;
  /** The project's logged errors (a category they are filed under is not removed). */
  @property({ attribute: false }) errors: readonly Pick<LqaError, 'categoryId'>[] = [];
  /** Ids of the categories whose name is missing. */
  @property({ attribute: false }) invalid: ReadonlySet<string> = new Set();
  /** The category just added, whose name field takes the focus when it is rendered. */
  private focusNext: string | undefined;
  /** Why the last removal was refused. */
  @state() private refusal = '';

  private readonly l = new Localize(this);

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('scorecard')) this.refusal = '';
  }

  override render() {
    const t = this.l.t;
    return html`
      <ul aria-label=${t('lqa.editor.categories')}>
        ${this.scorecard.categories.map((c) => this.item(c, 0))}
      </ul>
      ${this.refusal ? html`<p class="refusal" role="alert">${this.refusal}</p>` : nothing}
      <button type="button" id="add" @click=${() => this.add(null)}>
        ${t('lqa.editor.addCategory')}
      </button>
    `;
  }

  private item(c: LqaCategory, depth: number): unknown {
    const t = this.l.t;
    const names = lqaNames(t);
    const name = categoryName(this.scorecard, c.id, names);
    const label = name.trim() === '' ? c.id : name;
    return html`<li>
      <div class="row">
        <input
          type="text"
          data-category=${c.id}
          aria-label=${t('lqa.editor.nameOf', { category: label })}
          aria-invalid=${this.invalid.has(c.id) ? 'true' : 'false'}
          .value=${name}
          @change=${(e: Event) =>
            this.draft(
              renameCategory(
                this.scorecard,
                c.id,
                (e.target as HTMLInputElement).value,
                names.categories[c.id],
              ),
            )}
        />
        ${
          depth === 0
            ? html`<button
                type="button"
                aria-label=${t('lqa.editor.addSubtypeTo', { category: label })}
                @click=${() => this.add(c.id)}
              >
                ${t('lqa.editor.addSubtype')}
              </button>`
            : nothing
        }
        <button
          type="button"
          aria-label=${t('lqa.editor.removeLabel', { category: label })}
          @click=${() => this.drop(c.id, label)}
        >
          ${t('lqa.editor.remove')}
        </button>
      </div>
      ${
        c.children
          ? html`<ul>
              ${c.children.map((child) => this.item(child, depth + 1))}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private draft(scorecard: Scorecard): void {
    this.dispatchEvent(new ScorecardDraftedEvent(scorecard));
  }

  /** Adds a dimension (or a subtype of `parentId`); its name gets the caret once it is shown. */
  private add(parentId: string | null): void {
    const t = this.l.t;
    const name = t(parentId === null ? 'lqa.editor.newCategory' : 'lqa.editor.newSubtype');
    const added = addCategory(this.scorecard, parentId, name);
    this.focusNext = added.id;
    this.draft(added.scorecard);
  }

  override updated(): void {
    if (this.focusNext === undefined) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>(
      `input[data-category="${CSS.escape(this.focusNext)}"]`,
    );
    if (!input) return; // the parent has not passed the new draft down yet
    this.focusNext = undefined;
    input.focus();
    input.select();
  }

  /**
   * Removes a category and its subtypes, unless logged errors are filed under them. Refusing (with the
   * count and what to do) is what a review tool owes the reviewer: the errors are the evidence behind
   * the score and the report, and an error whose category is gone can be neither named nor scored,
   * nor read back from a backup (lqa-json.ts refuses it). Moving the errors to another category
   * without asking would change the assessment behind the reviewer's back, and deleting them would
   * lose it; the Errors panel is where they are re-filed or deleted, one undoable step each.
   */
  private drop(id: string, label: string): void {
    const count = errorsUnderCategory(this.scorecard, id, this.errors);
    if (count > 0) {
      this.refusal = this.l.t('lqa.editor.inUse', { count, category: label });
      return;
    }
    this.draft(removeCategory(this.scorecard, id));
    this.renderRoot.querySelector<HTMLButtonElement>('#add')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-scorecard-categories': VersoScorecardCategories;
  }
}
