import type { Linter } from 'eslint';

/** The layer rules (see eslint.boundaries.js) for the project whose root is `root`. */
export function boundariesFor(root: string): Linter.Config[];
/** The layer rules of this repository. */
export const boundaries: Linter.Config[];
