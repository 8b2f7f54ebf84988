// @ts-nocheck
import { EMPTY_QA, type ProjectMeta, type ProjectQa, type Segment } from '../core/model/model.ts';
import type { DocumentStats, Finding, QaContext } from '../core/qa/index.ts';
import type { TermRule } from '../core/terms/model.ts';
import { BELT_AND_ROAD_PACK, BELT_AND_ROAD_PACK_ID } from '../core/terms/packs/belt-and-road.ts';
import { downloadName } from '../core/export/file-name.ts';
import { applyHits, groupHitsBySegment } from '../core/review/find-replace.ts';
import type { LearnedFix, LearnedHit } from '../core/review/learned-fixes.ts';
import type { Cancellable } from './importer.ts';
import type { Download, Settings } from './store.ts';

/** Term packs Verso ships, by id. */
export const TERM_PACKS: Readonly<Record<string, readonly TermRule[]>> = {
  [BELT_AND_ROAD_PACK_ID]: BELT_AND_ROAD_PACK,
};

/** Where the shared termbase (all projects) is kept. */
const SHARED_TERMS_KEY = 'verso.sharedTerms';

/** Runs the whole-document checks (in a worker in the app, with the spelling dictionary). */
export interface QaRunner {
  run(segments: readonly Segment[], ctx: QaContext): Cancellable<Finding[]>;
}

/** What the QA panel shows. */
export interface QaView {
  /** Current findings of the whole document, ignored ones included (the view filters them). */
  readonly findings: readonly Finding[];
  readonly running: boolean;
  /** When the last whole-document run finished. */
  readonly ranAt: number | null;
  /** A fix learned from the reviewer's last correction, with where else it applies. */
  readonly learned: LearnedOffer | null;
}

/** What the learned-fix prompt shows: the change and its hits in other segments. */
export interface LearnedOffer {
  readonly fix: LearnedFix;
  readonly hits: readonly LearnedHit[];
  readonly segmentId: string;
}

export const INITIAL_QA: QaView = { findings: [], running: false, ranAt: null, learned: null };

/** What the QA flow needs from the store. */
export interface QaHost {
  project(): ProjectMeta | null;
  segments(): readonly Segment[];
  view(): QaView;
  patchView(view: QaView): void;
  /** Persists the project's QA settings. */
  saveQa(qa: ProjectQa): Promise<void>;
  /** Applies new texts as ONE undoable step, one revision per segment. */
  applyTexts(
    changes: readonly { segmentId: string; text: string }[],
    origin: 'fix' | 'learned',
  ): Promise<void>;
  report(error: unknown): void;
  /** Tells the reviewer something went well (i18n key and params). */
  inform(key: string, params: Record<string, string | number>): void;
}

/**
 * QA for the open project: the context (term rules from the project, the shared termbase and enabled
 * packs; the project word list), whole-document runs in the runner, live re-checks of the segment being
 * edited, one-click and "fix all" fixes, and ignoring findings (persisted, with who and when).
 */
export class QaFlow {
  private stats: DocumentStats | undefined;
  /** Learned fixes the reviewer dismissed (not offered again). */
  private readonly dismissed = new Set<string>();
  /** The QA engine, once loaded (see qa-engine.ts). */
  private engine: typeof import('./qa-engine.ts') | undefined;
  private running: Cancellable<Finding[]> | undefined;

  constructor(
    private readonly host: QaHost,
    private readonly runner: QaRunner,
    private readonly settings: Settings,
    private readonly now: () => number,
  ) {}

  /** The project's QA settings (empty when it has none yet). */
  get settingsOfProject(): ProjectQa {
    return this.host.project()?.qa ?? EMPTY_QA;
  }

  /** The shared termbase, used by every project. */
  get sharedTerms(): TermRule[] {
    try {
      const parsed: unknown = JSON.parse(this.settings.get(SHARED_TERMS_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as TermRule[]) : [];
    } catch {
      return [];
    }
  }

  setSharedTerms(rules: readonly TermRule[]): void {
    this.settings.set(SHARED_TERMS_KEY, JSON.stringify(rules));
  }

  /** The context every check runs with. */
  context(): QaContext {
    const project = this.host.project();
    const qa = this.settingsOfProject;
    return {
      terms: [
        ...qa.termRules,
        ...this.sharedTerms,
        ...qa.packs.flatMap((id) => TERM_PACKS[id] ?? []),
      ],
      projectWords: qa.words,
      targetLang: project?.targetLang ?? 'en',
      ...(project?.sourceLang ? { sourceLang: project.sourceLang } : {}),
    };
  }

  /** Term rules in force as from → to pairs (literal variants), for the edit classification. */
  termPairs(): { from: string; to: string }[] {
    return this.context().terms.flatMap((rule) =>
      rule.forbidden.filter((f) => !f.regex).map((f) => ({ from: f.pattern, to: rule.preferred })),
    );
  }

  /** Findings the reviewer has not ignored. */
  visible(findings: readonly Finding[] = this.host.view().findings): Finding[] {
    const ignored = new Set(this.settingsOfProject.ignored.map((i) => i.findingId));
    return findings.filter((f) => !ignored.has(f.id));
  }

  /** Checks the whole document (spelling included) off the main thread. */
  async runAll(): Promise<void> {
    const segments = this.host.segments();
    this.running?.cancel();
    this.host.patchView({ ...this.host.view(), running: true });
    const ctx = this.context();
    const job = this.runner.run(segments, ctx);
    this.running = job;
    try {
      const [findings, engine] = await Promise.all([job.promise, this.load()]);
      if (this.running !== job) return;
      this.stats = engine.documentStats(segments, ctx);
      this.host.patchView({ ...this.host.view(), findings, running: false, ranAt: this.now() });
    } catch (error) {
      if (this.running === job) this.host.patchView({ ...this.host.view(), running: false });
      this.host.report(error);
    } finally {
      if (this.running === job) this.running = undefined;
    }
  }

  /**
   * Re-checks one segment after an edit (on the main thread: a few milliseconds). Spelling findings
   * come from the worker run; those whose words are still there are kept.
   */
  liveCheck(segment: Segment): void {
    const view = this.host.view();
    const engine = this.engine;
    if (view.ranAt === null || !engine) return;
    const fresh = engine
      .checkSegment(segment, this.context(), this.stats)
      .filter((f) => f.rule !== 'spelling');
    const stillMisspelled = view.findings.filter(
      (f) =>
        f.segmentId === segment.id &&
        f.rule === 'spelling' &&
        segment.text.slice(f.start, f.end) === f.text,
    );
    const mine = [...fresh, ...stillMisspelled].sort((a, b) => a.start - b.start);
    // Keep document order: this segment's findings go where its old ones were.
    const at = view.findings.findIndex((f) => f.segmentId === segment.id);
    const others = view.findings.filter((f) => f.segmentId !== segment.id);
    const index = at < 0 ? insertionPoint(others, segment.id, this.host.segments()) : at;
    this.host.patchView({
      ...view,
      findings: [...others.slice(0, index), ...mine, ...others.slice(index)],
    });
  }

  /** Applies one finding's suggestion (a revision, undoable). */
  async fix(finding: Finding): Promise<void> {
    await this.fixMany([finding]);
  }

  /** Applies every suggestion of one check as one undoable step. */
  async fixRule(rule: string): Promise<void> {
    await this.fixMany(this.visible().filter((f) => f.rule === rule && f.suggestion !== undefined));
  }

  /** Ignores a finding for good (persisted with who and when). */
  async ignore(finding: Finding, by: string): Promise<void> {
    const qa = this.settingsOfProject;
    if (qa.ignored.some((i) => i.findingId === finding.id)) return;
    await this.host.saveQa({
      ...qa,
      ignored: [...qa.ignored, { findingId: finding.id, by, at: this.now() }],
    });
  }

  /** Switches a shipped term pack on or off for this project. */
  async setPack(id: string, enabled: boolean): Promise<void> {
    const qa = this.settingsOfProject;
    const packs = enabled ? [...new Set([...qa.packs, id])] : qa.packs.filter((p) => p !== id);
    await this.host.saveQa({ ...qa, packs });
    await this.refresh();
  }

  /** Replaces the project's own term rules. */
  async setTermRules(termRules: readonly TermRule[]): Promise<void> {
    await this.host.saveQa({ ...this.settingsOfProject, termRules });
  }

  /** Adds a term rule to the project's termbase or to the shared one. */
  async addRule(scope: 'project' | 'shared', rule: TermRule): Promise<void> {
    if (scope === 'shared') this.setSharedTerms([...this.sharedTerms, rule]);
    else await this.setTermRules([...this.settingsOfProject.termRules, rule]);
    await this.refresh();
  }

  /** Removes a term rule from the project's termbase or from the shared one. */
  async deleteRule(scope: 'project' | 'shared', id: string): Promise<void> {
    if (scope === 'shared') this.setSharedTerms(this.sharedTerms.filter((r) => r.id !== id));
    else await this.setTermRules(this.settingsOfProject.termRules.filter((r) => r.id !== id));
    await this.refresh();
  }

  /** Adds a word to the project word list (never a misspelling again). */
  async addWord(word: string): Promise<void> {
    const qa = this.settingsOfProject;
    if (qa.words.includes(word)) return;
    await this.host.saveQa({ ...qa, words: [...qa.words, word] });
    await this.refresh();
  }

  async removeWord(word: string): Promise<void> {
    const qa = this.settingsOfProject;
    await this.host.saveQa({ ...qa, words: qa.words.filter((w) => w !== word) });
    await this.refresh();
  }

  /** Adds the rules of a TBX or TSV termbase to the project. */
  async importRules(bytes: Uint8Array, fileName: string): Promise<void> {
    try {
      const project = this.host.project();
      const { readTermbase } = await this.load();
      const rules = readTermbase(bytes, fileName, {
        targetLang: project?.targetLang ?? 'en',
        ...(project?.sourceLang ? { sourceLang: project.sourceLang } : {}),
      });
      const known = new Set(this.settingsOfProject.termRules.map((r) => r.id));
      await this.setTermRules([
        ...this.settingsOfProject.termRules,
        ...rules.filter((r) => !known.has(r.id)),
      ]);
      this.host.inform('terms.imported', { count: rules.length, file: fileName });
      await this.refresh();
    } catch (error) {
      this.host.report(error);
    }
  }

  /** The project's own rules as a TBX-Basic or TSV file. */
  async exportRules(format: 'tbx' | 'tsv'): Promise<Download | null> {
    const project = this.host.project();
    if (!project) return null;
    const { serializeTbx, serializeTermsTsv } = await this.load();
    const rules = this.settingsOfProject.termRules;
    return format === 'tbx'
      ? {
          fileName: downloadName(project.name, 'terms', 'tbx'),
          mime: 'application/x-tbx+xml',
          content: serializeTbx(rules, {
            targetLang: project.targetLang,
            ...(project.sourceLang ? { sourceLang: project.sourceLang } : {}),
          }),
        }
      : {
          fileName: downloadName(project.name, 'terms', 'tsv'),
          mime: 'text/tab-separated-values',
          content: serializeTermsTsv(rules),
        };
  }

  /**
   * After the reviewer saved a correction: learns the change from its word diff and, when the same
   * phrase appears in other segments, offers to apply it there too (`learned`).
   */
  async offerLearned(segmentId: string, before: string, after: string): Promise<void> {
    const { learnFix, findLearnedHits } = await this.load();
    const segments = this.host.segments();
    for (const fix of learnFix(before, after)) {
      if (this.dismissed.has(fix.id)) continue;
      const hits = findLearnedHits(fix, segments, segmentId);
      if (hits.length > 0) {
        this.host.patchView({ ...this.host.view(), learned: { fix, hits, segmentId } });
        return;
      }
    }
  }

  /** Applies the learned fix at the chosen hits: one undoable step, a revision per segment. */
  async applyLearned(hits: readonly LearnedHit[], saveAsRule: boolean): Promise<void> {
    const offer = this.host.view().learned;
    this.host.patchView({ ...this.host.view(), learned: null });
    if (!offer) return;
    if (saveAsRule) await this.addRule('project', (await this.load()).toTermRule(offer.fix));
    const texts = new Map(this.host.segments().map((s) => [s.id, s.text]));
    const edits = [...groupHitsBySegment(hits)].flatMap(([segmentId, list]) => {
      const text = texts.get(segmentId);
      if (text === undefined) return [];
      try {
        return [{ segmentId, text: applyHits(text, list) }];
      } catch {
        return []; // the segment changed since: its hits no longer apply
      }
    });
    await this.host.applyTexts(edits, 'learned');
  }

  /** Dismisses the offer; the same change is not offered again in this session. */
  dismissLearned(): void {
    const offer = this.host.view().learned;
    if (offer) this.dismissed.add(offer.fix.id);
    this.host.patchView({ ...this.host.view(), learned: null });
  }

  /** After a change of rules or words: checks again, if the document was checked before. */
  private async refresh(): Promise<void> {
    if (this.host.view().ranAt !== null) await this.runAll();
  }

  /** Loads the QA engine (once). */
  private async load(): Promise<typeof import('./qa-engine.ts')> {
    this.engine ??= await import('./qa-engine.ts');
    return this.engine;
  }

  /** Findings grouped by segment id (for the review queue). */
  bySegment(findings: readonly Finding[] = this.visible()): Map<string, Finding[]> {
    return groupHitsBySegment(findings);
  }

  /** Forgets findings (a new project was opened). */
  reset(): void {
    this.running?.cancel();
    this.running = undefined;
    this.stats = undefined;
    this.host.patchView(INITIAL_QA);
  }

  private async fixMany(findings: readonly Finding[]): Promise<void> {
    try {
      const { fixAll } = await this.load();
      const changes = fixAll(this.host.segments(), findings);
      await this.host.applyTexts(
        changes.map((c) => ({ segmentId: c.segmentId, text: c.after })),
        'fix',
      );
    } catch (error) {
      this.host.report(error);
    }
  }
}

/** Where a segment's findings go among the others' so the list stays in document order. */
function insertionPoint(
  others: readonly Finding[],
  segmentId: string,
  segments: readonly Segment[],
): number {
  const order = new Map(segments.map((s, i) => [s.id, i]));
  const mine = order.get(segmentId) ?? 0;
  const i = others.findIndex((f) => (order.get(f.segmentId) ?? 0) > mine);
  return i < 0 ? others.length : i;
}
