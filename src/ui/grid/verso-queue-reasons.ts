import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RiskReasons } from '../../core/review/risk.ts';
import { isMessageKey } from '../../i18n/keys.ts';
import { Localize } from '../../i18n/localize.ts';
import { rowChips } from './row-chips.ts';

/**
 * Why a segment stands where it does in the review queue (issue 11 item 8): one chip per check with
 * findings ("Numbers: 1 error"), "Untouched MT", "Doubtful link (42%)", or "Nothing flagged". The
 * list is named "Why segment N is in the queue" for assistive technology; severity shows as words
 * and a marker, never colour alone.
 */
@customElement('verso-queue-reasons')
export class VersoQueueReasons extends LitElement {
  static override styles = [
    rowChips,
    css`
      li.error {
        border-color: var(--verso-danger);
      }
      li.error::before {
        content: '⨯ ';
        color: var(--verso-danger);
      }
      li.warning,
      li.link {
        border-color: var(--verso-warn);
        background: var(--verso-warn-bg);
        color: var(--verso-warn-fg);
      }
      li.warning::before,
      li.link::before {
        content: '! ';
      }
    `,
  ];

  private readonly l = new Localize(this);

  /** The reasons of the row's segment (GridView.queueReasons). */
  @property({ attribute: false }) reasons!: RiskReasons;
  /** 1-based row number, for the list's name. */
  @property({ type: Number }) number = 0;

  override render() {
    const t = this.l.t;
    const { findings, untouched, doubtfulLink } = this.reasons;
    // Text without surrounding white space: each chip is exactly its words.
    const chip = (text: string, kind = '') => html`<li class=${kind}>${text}</li>`;
    const chips = [
      ...[...findings]
        .sort(worstFirst)
        .map((f) =>
          chip(
            t(`queue.finding.${f.severity}`, { check: this.checkName(f.rule), count: f.count }),
            f.severity,
          ),
        ),
      ...(untouched ? [chip(t('queue.untouched'))] : []),
      ...(doubtfulLink === undefined
        ? []
        : [chip(t('queue.doubtfulLink', { score: Math.round(doubtfulLink * 100) }), 'link')]),
    ];
    return html`<ul aria-label=${t('queue.reasonsLabel', { n: this.number })}>
      ${chips.length > 0 ? chips : chip(t('queue.nothing'))}
    </ul>`;
  }

  /** A check's name as the QA panel shows it (its id when the name is unknown). */
  private checkName(rule: string): string {
    const key = `qa.rule.${rule}`;
    return isMessageKey(key) ? this.l.t(key) : rule;
  }
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors before warnings before notes; more findings first within a severity. */
function worstFirst(
  a: RiskReasons['findings'][number],
  b: RiskReasons['findings'][number],
): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count;
}

declare global {
  interface HTMLElementTagNameMap {
    'verso-queue-reasons': VersoQueueReasons;
  }
}
