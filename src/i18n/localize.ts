import { ContextConsumer, createContext } from '@lit/context';
import type { i18n, TFunction } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Context carrying the app's i18next instance from the composition root to every element. */
export const i18nContext = createContext<i18n>(Symbol('verso-i18n'));

/**
 * Gives an element `t()` and re-renders it when the language changes. Elements hold one:
 * `private readonly l = new Localize(this)`, then `this.l.t('toolbar.open')`.
 */
export class Localize implements ReactiveController {
  private instance: i18n | undefined;
  private boundT: TFunction | undefined;
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    new ContextConsumer(host, {
      context: i18nContext,
      subscribe: true,
      callback: (value) => this.attach(value),
    });
  }

  /** Translate a key (typed from en.json). */
  get t(): TFunction {
    if (!this.boundT) throw new Error('Localize used before the i18n context was provided');
    return this.boundT;
  }

  /** Current UI language (BCP 47). */
  get language(): string {
    return this.instance?.resolvedLanguage ?? 'en';
  }

  hostConnected(): void {
    if (this.instance) this.listen(this.instance);
  }

  hostDisconnected(): void {
    if (this.instance) this.unlisten(this.instance);
  }

  /** For the element that provides the context itself (a provider does not answer its own host). */
  use(value: i18n): void {
    this.attach(value);
  }

  private attach(value: i18n): void {
    if (value === this.instance) return;
    if (this.instance) this.unlisten(this.instance);
    this.instance = value;
    this.boundT = value.t.bind(value);
    this.listen(value);
    this.host.requestUpdate();
  }

  // Messages beyond the first paint's arrive after it ('added'): what showed a key shows its text.
  private listen(instance: i18n): void {
    instance.on('languageChanged', this.onChange);
    instance.store.on('added', this.onChange);
  }

  private unlisten(instance: i18n): void {
    instance.off('languageChanged', this.onChange);
    instance.store.off('added', this.onChange);
  }
}
