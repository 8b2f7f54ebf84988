import { css } from 'lit';

/** Controls shared by Verso's elements: buttons, fields, dialogs, visible focus, screen-reader text. */
export const controls = css`
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    border: 1px solid var(--verso-border);
    background: var(--verso-surface);
    border-radius: var(--verso-radius);
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--verso-accent);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button.primary {
    background: var(--verso-accent);
    border-color: var(--verso-accent);
    color: var(--verso-accent-fg);
  }
  button.danger {
    color: var(--verso-danger);
  }
  select,
  input[type='text'],
  input[type='search'],
  textarea {
    border: 1px solid var(--verso-border);
    border-radius: var(--verso-radius);
    padding: 0.3rem 0.5rem;
    background: var(--verso-bg);
  }
  :focus-visible {
    outline: 2px solid var(--verso-focus);
    outline-offset: 2px;
  }
  dialog {
    border: 1px solid var(--verso-border);
    border-radius: calc(var(--verso-radius) * 2);
    padding: 1rem 1.25rem;
    max-width: min(56rem, 94vw);
    max-height: 88vh;
    box-shadow: 0 12px 40px var(--verso-shadow);
    color: var(--verso-fg);
    background: var(--verso-bg);
  }
  dialog::backdrop {
    background: var(--verso-backdrop);
  }
  dialog h2 {
    margin: 0 0 0.75rem;
    font-size: 1.15rem;
  }
  /* Issue 13: a dialog taller than the window scrolls inside; its actions stay in view at the bottom. */
  .dialog-actions {
    display: flex;
    gap: var(--verso-gap);
    justify-content: flex-end;
    margin-top: 1rem;
    position: sticky;
    bottom: -1rem;
    padding: 0.5rem 0 1rem;
    margin-bottom: -1rem;
    background: var(--verso-bg);
    /* A footer line, so content scrolling under the actions reads as scrolled, not cut. */
    border-top: 1px solid var(--verso-border);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
