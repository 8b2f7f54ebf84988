/** Context keys through which elements reach the state layer (provided by <verso-app>). */
import { createContext } from '@lit/context';
import type { Store } from './store.ts';

/** The store, for containers (dialogs, panels, the grid) that read state and call actions. */
export const storeContext = createContext<Store>(Symbol('verso-store'));
