/**
 * The virtualized list the grid renders its rows in: `<lit-virtualizer>` and its layout. Not part of
 * the first load (issue 13: initial JS ≤ 80 kB): the grid asks for it when it is defined, so it loads
 * while the project is read from IndexedDB, and the rows render once it is there.
 */
import '@lit-labs/virtualizer';

export { JumpAwareFlowLayout } from './jump-aware-flow-layout.ts';
