/**
 * Spelling and QA marks in the correction editor of the focused row (issue 13 item 4): the row's
 * findings (checked in the QA worker, given by the grid) moved along with typing, drawn after a pause
 * in typing (never on the keystroke), described in words to assistive technology, and a menu on a mark
 * — right-click, Shift+F10 or the ContextMenu key — to take the suggestion, add the word to the
 * project word list or ignore the finding.
 */
import type { TFunction } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { html, nothing } from 'lit';
import type { Finding } from '../../core/qa/types.ts';
import { shiftFindings, spanAt } from '../../core/review/text-marks.ts';
import { messageKey } from '../../i18n/keys.ts';
import type { MenuChosenEvent, MenuItem } from '../shared/verso-menu.ts';
import '../shared/verso-menu.ts';
import type { EditorMark, VersoTextMarks } from './verso-text-marks.ts';
import './verso-text-marks.ts';

/** Pause after the last keystroke before the marks are drawn again. */
const SETTLE_MS = 300;

/** What the reviewer chose on a mark. */
export type MarkAction = 'fix' | 'add-word' | 'ignore';

/** A choice in a mark's menu, for the container that calls the store. */
export class EditorMarkChosenEvent extends Event {
  static readonly eventName = 'verso-editor-mark-chosen';
  constructor(
    readonly finding: Finding,
    readonly action: MarkAction,
  ) {
    super(EditorMarkChosenEvent.eventName, { bubbles: true, composed: true });
  }
}

type Translate = TFunction;

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly shadowRoot: ShadowRoot | null;
}

/** Checks whose findings are about the segment as a whole, not a place in its text. */
const WHOLE_SEGMENT_RULES = new Set(['boilerplate', 'length-ratio', 'untouched', 'duplicate']);

const isSpelling = (f: Finding): boolean => f.rule === 'spelling' || f.rule === 'name';

export class EditorMarks implements ReactiveController {
  /** The findings as given, and the text they were moved onto last. */
  #given: readonly Finding[] = [];
  #text = '';
  /** The findings, at their place in `#text`; only those over some text. */
  #marks: readonly Finding[] = [];
  #typing = false;
  #settle: ReturnType<typeof setTimeout> | undefined;
  /** The open menu: the finding and where to show it. */
  #menu: { finding: Finding; left: number; top: number } | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.#settle !== undefined) clearTimeout(this.#settle);
  }

  /** Called before each render with the segment's findings and current text. */
  sync(findings: readonly Finding[], text: string): void {
    if (findings !== this.#given) {
      this.#given = findings;
      // A finding about the whole segment (boilerplate, length) marks no place in it: the panel lists it.
      this.#marks = findings.filter(
        (f) =>
          !WHOLE_SEGMENT_RULES.has(f.rule) &&
          f.end > f.start &&
          f.end - f.start < text.length &&
          text.slice(f.start, f.end) === f.text,
      );
    } else if (text !== this.#text) {
      this.#marks = shiftFindings(this.#text, text, this.#marks);
      this.#typing = true;
      clearTimeout(this.#settle);
      this.#settle = setTimeout(() => {
        this.#typing = false;
        this.host.requestUpdate();
      }, SETTLE_MS);
    }
    this.#text = text;
  }

  /** The marks to draw (none while typing: they are drawn again once typing pauses). */
  get drawn(): readonly EditorMark[] {
    return this.#typing
      ? []
      : this.#marks.map((f) => ({
          start: f.start,
          end: f.end,
          kind: isSpelling(f) ? 'spelling' : 'qa',
        }));
  }

  /** The marks said in words, for the editor's accessible description. */
  describe(t: Translate): string {
    return this.#marks
      .map((f) =>
        t(isSpelling(f) ? 'editorMarks.spellingMark' : 'editorMarks.qaMark', {
          text: f.text,
          message: t(messageKey(f.message.key, 'qa.panel.unknown'), f.message.params),
        }),
      )
      .join(' ');
  }

  /** Shift+F10 or the ContextMenu key on a mark at the caret opens its menu. */
  onKeydown(e: KeyboardEvent, editor: HTMLTextAreaElement, overlay: VersoTextMarks | null): void {
    if (!(e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey))) return;
    if (this.open(spanAt(this.#marks, editor.selectionStart ?? 0), editor, overlay))
      e.preventDefault();
  }

  /** A right-click on a mark opens its menu instead of the browser's. */
  onContextMenu(e: MouseEvent, editor: HTMLTextAreaElement, overlay: VersoTextMarks | null): void {
    const byPoint = overlay ? overlay.markAtPoint(e.clientX, e.clientY) : -1;
    const index =
      byPoint >= 0
        ? byPoint
        : e.button === 0
          ? spanAt(this.#marks, editor.selectionStart ?? 0)
          : -1;
    if (this.open(index, editor, overlay)) e.preventDefault();
  }

  private open(
    index: number,
    editor: HTMLTextAreaElement,
    overlay?: VersoTextMarks | null,
  ): boolean {
    const finding = this.#marks[index];
    if (!finding) return false;
    const drawn = this.#typing ? undefined : overlay?.markRect(index);
    const box = drawn ?? editor.getBoundingClientRect();
    this.#menu = { finding, left: box.left, top: drawn ? box.bottom + 2 : box.top + 24 };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot?.querySelector('verso-menu')?.focusFirst(),
    );
    return true;
  }

  /** The open mark's menu, or nothing. */
  renderMenu(t: Translate, editor: () => HTMLTextAreaElement | null) {
    const menu = this.#menu;
    if (!menu) return nothing;
    const f = menu.finding;
    const items: MenuItem[] = [
      ...(f.suggestion !== undefined
        ? [
            {
              id: 'fix',
              label: f.suggestion
                ? t('editorMarks.replace', { suggestion: f.suggestion })
                : t('editorMarks.remove', { text: f.text }),
            },
          ]
        : []),
      ...(isSpelling(f)
        ? [{ id: 'add-word', label: t('editorMarks.addWord', { word: f.text }) }]
        : []),
      { id: 'ignore', label: t('editorMarks.ignore') },
    ];
    const close = () => {
      this.#menu = undefined;
      this.host.requestUpdate();
      editor()?.focus();
    };
    return html`<verso-menu
      style="position: fixed; left: ${menu.left}px; top: ${menu.top}px"
      .label=${t(messageKey(f.message.key, 'qa.panel.unknown'), f.message.params)}
      .items=${items}
      @verso-menu-chosen=${(e: MenuChosenEvent) => {
        e.stopPropagation();
        close();
        this.host.dispatchEvent(new EditorMarkChosenEvent(f, e.id as MarkAction));
      }}
      @verso-menu-closed=${close}
    ></verso-menu>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    [EditorMarkChosenEvent.eventName]: EditorMarkChosenEvent;
  }
}
