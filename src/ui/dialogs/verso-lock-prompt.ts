import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { StoreController } from '../../state/controllers/store-controller.ts';
import { controls } from '../shared/styles.ts';
import { DialogElement } from './dialog-element.ts';

/** What the lock prompt is opened with. */
export interface LockPromptParams {
  readonly segmentId: string;
  /** The reviewer holding the soft lock. */
  readonly name: string;
  /** 1-based row number. */
  readonly n: number;
}

/**
 * A soft lock (issue 14, as in CAT tools): another reviewer is typing in this segment. "Take over"
 * lets this reviewer type (the other then sees their lock instead); "Wait" leaves the segment as it is.
 */
@customElement('verso-lock-prompt')
export class VersoLockPrompt extends DialogElement<LockPromptParams> {
  static override styles = [controls];

  private readonly s = new StoreController(this, () => []);
  @state() private params: LockPromptParams = { segmentId: '', name: '', n: 0 };

  override async open(params: LockPromptParams): Promise<void> {
    this.params = params;
    await super.open(params);
  }

  override render() {
    const t = this.l.t;
    const { name, n } = this.params;
    return html`
      <dialog aria-labelledby="title" aria-describedby="body">
        <h2 id="title">${t('share.lockTitle', { n })}</h2>
        <p id="body">${t('share.lockBody', { name })}</p>
        <div class="dialog-actions">
          <button type="button" @click=${this.takeOver}>${t('share.takeOver')}</button>
          <button type="button" class="primary" @click=${this.close}>${t('share.wait')}</button>
        </div>
      </dialog>
    `;
  }

  private readonly takeOver = (): void => {
    this.s.store.sync.takeOver(this.params.segmentId);
    this.close();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-lock-prompt': VersoLockPrompt;
  }
}
