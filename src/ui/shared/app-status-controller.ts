import type { ReactiveControllerHost } from 'lit';
import { appStatusContext, type AppStatus } from '../../state/controllers/app-status.ts';
import { ContextValueController } from './context-value-controller.ts';

/** Gives an element the AppStatus (from context) and re-renders it when the status changes. */
export class AppStatusController extends ContextValueController<AppStatus> {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host, appStatusContext);
  }
}
