// @ts-nocheck
import { css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ProjectMeta } from '../core/model/model.ts';
import { DialogElement } from './dialog-element.ts';
import { ProjectActionEvent } from './events.ts';
import { controls } from './styles/shared.ts';

/**
 * The reviewer's projects: open one, rename it, delete it (after confirming).
 *
 * @fires verso-project-action
 */
@customElement('verso-project-list')
export class VersoProjectList extends DialogElement {
  static override styles = [
    controls,
    css`
      dialog {
        width: min(40rem, 94vw);
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        padding: 0.4rem 0;
        border-bottom: 1px solid var(--verso-border);
      }
      .name {
        flex: 1;
        text-align: left;
        border: none;
        background: none;
        padding: 0.3rem;
      }
      .name[aria-current='true'] {
        font-weight: 600;
      }
      .info {
        color: var(--verso-muted);
        font-size: 0.85rem;
      }
      form {
        display: flex;
        flex: 1;
        gap: 0.5rem;
      }
      form input {
        flex: 1;
      }
      .confirm {
        flex: 1;
        color: var(--verso-danger);
      }
    `,
  ];

  @property({ attribute: false }) projects: readonly ProjectMeta[] = [];
  @property() currentId = '';

  @state() private renaming = '';
  @state() private deleting = '';

  override async show(): Promise<void> {
    this.renaming = '';
    this.deleting = '';
    await super.show();
  }

  override render() {
    const t = this.l.t;
    return html`
      <dialog aria-labelledby="title">
        <h2 id="title">${t('projects.title')}</h2>
        <ul aria-label=${t('projects.title')}>
          ${this.projects.map((p) => this.renderProject(p))}
        </ul>
        <div class="dialog-actions">
          <button type="button" @click=${this.close}>${t('common.close')}</button>
        </div>
      </dialog>
    `;
  }

  private renderProject(p: ProjectMeta) {
    const t = this.l.t;
    if (this.renaming === p.id) {
      return html`<li>
        <form @submit=${(e: SubmitEvent) => this.submitRename(e, p.id)}>
          <input
            type="text"
            name="name"
            aria-label=${t('projects.newName')}
            .value=${p.name}
            required
          />
          <button type="submit" class="primary">${t('common.save')}</button>
          <button type="button" @click=${() => (this.renaming = '')}>${t('common.cancel')}</button>
        </form>
      </li>`;
    }
    if (this.deleting === p.id) {
      return html`<li>
        <span class="confirm" role="alert">${t('projects.confirmDelete', { name: p.name })}</span>
        <button
          type="button"
          class="danger"
          @click=${() => {
            this.deleting = '';
            this.dispatchEvent(new ProjectActionEvent('delete', p.id));
          }}
        >
          ${t('projects.deleteConfirm')}
        </button>
        <button type="button" @click=${() => (this.deleting = '')}>${t('common.cancel')}</button>
      </li>`;
    }
    return html`<li>
      <button
        type="button"
        class="name"
        aria-current=${p.id === this.currentId ? 'true' : 'false'}
        @click=${() => {
          this.close();
          this.dispatchEvent(new ProjectActionEvent('open', p.id));
        }}
      >
        ${p.name}
        <span class="info">${t('projects.info', { count: p.segmentCount })}</span>
      </button>
      <button
        type="button"
        aria-label=${t('projects.renameLabel', { name: p.name })}
        @click=${() => this.startRename(p.id)}
      >
        ${t('projects.rename')}
      </button>
      <button
        type="button"
        class="danger"
        aria-label=${t('projects.deleteLabel', { name: p.name })}
        @click=${() => (this.deleting = p.id)}
      >
        ${t('projects.delete')}
      </button>
    </li>`;
  }

  private async startRename(id: string): Promise<void> {
    this.renaming = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('form input')?.select();
  }

  private submitRename(e: SubmitEvent, id: string): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const value = data.get('name');
    const name = typeof value === 'string' ? value.trim() : '';
    this.renaming = '';
    if (name) this.dispatchEvent(new ProjectActionEvent('rename', id, name));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-project-list': VersoProjectList;
  }
}
