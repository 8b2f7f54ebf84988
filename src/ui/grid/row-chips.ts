import { css } from 'lit';

/**
 * A row's line of chips (who is on the segment, why it is in the review queue): a list across the
 * whole row, under its cells, in an element that lays out as part of the row's grid.
 */
export const rowChips = css`
  :host {
    display: contents;
  }
  ul {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    font-size: 0.75rem;
    border-radius: 1rem;
    padding: 0.05rem 0.45rem;
    background: var(--verso-surface);
    border: 1px solid var(--verso-border);
  }
`;
