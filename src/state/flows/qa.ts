import { EMPTY_QA, type ProjectQa, type Segment } from '../../core/model/model.ts';
import type { DocumentStats, Finding, QaContext, QaMessage } from '../../core/qa/index.ts';
import type { TermRule } from '../../core/terms/model.ts';
import { applyHits, groupHitsBySegment } from '../../core/review/hits.ts';
import type { LearnedHit } from '../../core/review/learned-fixes.ts';
import type { Cancellable } from '../../jobs/job.ts';
import type { QaRunner } from '../../jobs/qa/protocol.ts';
import type { Download, Settings } from '../app-state.ts';
import { infoNotice, noticeFor } from '../notices.ts';
import type { Session } from '../session/session.ts';
import type { WritePipeline } from '../session/write-pipeline.ts';
import { loadProjectCode, projectCode, projectCodeLoaded } from '../project-code.ts';
import { INITIAL_QA, type QaView } from './qa-view.ts';

/** Segments re-checked at once on the main thread after one change; more wait for the worker. */
const LIVE_CHECK_LIMIT = 200;
/** Pause after the last change before the whole document is checked again. */
const RERUN_DELAY_MS = 800;

/**
 * Language of the dictionary the QA worker spells with (src/jobs/speller.ts: dictionary-en), to tell
 * which targets are not spell-checked.
 */
const WORKER_DICTIONARY_LANG = 'en';

/** Where the shared termbase (all projects) is kept. */
const SHARED_TERMS_KEY = 'verso.sharedTerms';

/** Applies new texts as ONE undoable step, one revision per segment (see EditsFlow.applyTexts). */
export interface TextApplier {
  applyTexts(
    changes: readonly { segmentId: string; text: string }[],
    origin: 'fix' | 'learned',
  ): Promise<unknown>;
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
  /** The segments last seen, to tell which texts changed. */
  #seen: readonly Segment[] = [];
  /** Counts changes of text, so a run that finished after one is not taken as current. */
  #textVersion = 0;
  #rerun: ReturnType<typeof setTimeout> | undefined;
  /** The shared termbase as last read: its stored text and rules. */
  #shared: { raw: string; rules: readonly TermRule[]; damaged: boolean } | undefined;

  constructor(
    private readonly session: Session,
    private readonly writes: Pick<WritePipeline, 'saveQa'>,
    private readonly texts: TextApplier,
    private readonly runner: QaRunner,
    private readonly settings: Settings,
    private readonly now: () => number,
  ) {
    session.opened.on(() => this.reset());
    // Findings follow every change of text — typing, fixes, replace-all, undo, redo, restore, another
    // tab (issue 11 item 4): the changed segments are re-checked at once, the whole document again
    // once the changes pause (document-wide checks, spelling).
    session.addEventListener('change', () => this.#follow());
    session.typingSaved.on(
      ({ segmentId, before, after }) => void this.offerLearned(segmentId, before, after),
    );
  }

  private get view(): QaView {
    return this.session.state.qa;
  }

  private patchView(qa: QaView): void {
    this.session.update({ qa });
  }

  private report(error: unknown): void {
    this.session.update({ notice: noticeFor(error) });
  }

  /** Persists the project's QA settings. */
  private async saveQa(qa: ProjectQa): Promise<void> {
    const project = this.session.state.project;
    if (project) await this.writes.saveQa(project, qa);
  }

  /** The project's QA settings (empty when it has none yet). */
  get settingsOfProject(): ProjectQa {
    return this.session.state.project?.qa ?? EMPTY_QA;
  }

  /**
   * The shared termbase, used by every project, validated as it is read (issue 10): damaged stored
   * rules are not used, and the reviewer is told once which field is wrong.
   */
  get sharedTerms(): TermRule[] {
    const raw = this.settings.get(SHARED_TERMS_KEY) ?? '[]';
    if (this.#shared?.raw !== raw) {
      try {
        const rules = projectCode().parseTermRules(raw, SHARED_TERMS_KEY);
        this.#shared = { raw, rules, damaged: false };
      } catch (error) {
        this.#shared = { raw, rules: [], damaged: true };
        this.report(error);
      }
    }
    return [...this.#shared.rules];
  }

  /** Replaces the shared termbase; damaged stored rules are kept aside, never silently dropped. */
  setSharedTerms(rules: readonly TermRule[]): void {
    void this.sharedTerms;
    if (this.#shared?.damaged) this.settings.set(`${SHARED_TERMS_KEY}.damaged`, this.#shared.raw);
    this.settings.set(SHARED_TERMS_KEY, JSON.stringify(rules));
  }

  /**
   * The context every check runs with. The term packs and the rule reader load with the first project
   * (state/project-code.ts): like the other term accessors, this is for an open project.
   */
  context(): QaContext {
    const project = this.session.state.project;
    const qa = this.settingsOfProject;
    return {
      terms: [...qa.termRules, ...this.sharedTerms, ...projectCode().rulesOfPacks(qa.packs)],
      projectWords: qa.words,
      targetLang: project?.targetLang ?? 'en',
      ...(project?.sourceLang ? { sourceLang: project.sourceLang } : {}),
    };
  }

  /** The term packs Verso ships, with their rules (the term dialog lists them). */
  get packs(): readonly { readonly id: string; readonly rules: readonly TermRule[] }[] {
    return Object.entries(projectCode().TERM_PACKS).map(([id, rules]) => ({ id, rules }));
  }

  /** Term rules in force as from → to pairs (regular-expression variants too), for the edit kinds. */
  termPairs(): { from: string; to: string }[] {
    return projectCode().termPairsOf(this.context().terms);
  }

  /**
   * Checks the last run could not do, to say once (issue 11 item 7): spelling on a target the
   * worker's dictionary is not in. Empty until the engine is loaded (the first check).
   */
  skippedChecks(): QaMessage[] {
    const engine = this.engine;
    if (!engine) return [];
    const speller = { lang: WORKER_DICTIONARY_LANG, correct: () => true, suggest: () => [] };
    return engine.skippedChecks({ ...this.context(), speller }).map((s) => s.message);
  }

  /** Findings the reviewer has not ignored. */
  visible(findings: readonly Finding[] = this.view.findings): Finding[] {
    const ignored = new Set(this.settingsOfProject.ignored.map((i) => i.findingId));
    return findings.filter((f) => !ignored.has(f.id));
  }

  /** Re-checks what changed since the segments were last seen (see the constructor). */
  #follow(): void {
    const segments = this.session.state.segments;
    const before = this.#seen;
    if (segments === before) return;
    this.#seen = segments;
    if (this.view.ranAt === null) {
      // The first run is under way on the texts before this change: its findings would be stale.
      if (this.view.running) this.#textVersion += 1;
      return;
    }
    const changed: Segment[] = [];
    let structural = before.length !== segments.length;
    for (let i = 0; !structural && i < segments.length; i += 1) {
      const now = segments[i]!;
      const was = before[i]!;
      if (now === was) continue;
      if (now.id !== was.id) structural = true;
      else if (now.text !== was.text) changed.push(now);
    }
    if (!structural && changed.length === 0) return; // a saved revision count, a comment
    this.#textVersion += 1;
    if (!structural && changed.length <= LIVE_CHECK_LIMIT) {
      for (const segment of changed) this.liveCheck(segment);
    }
    clearTimeout(this.#rerun);
    this.#rerun = setTimeout(() => void this.runAll(), RERUN_DELAY_MS);
  }

  /** Starts a whole-document check unless one ran or is running (see GridView.setFilter). */
  ensureChecked(): void {
    if (this.view.ranAt === null && !this.view.running) void this.runAll();
  }

  /** Checks the whole document (spelling included) off the main thread. */
  async runAll(): Promise<void> {
    if (!projectCodeLoaded()) {
      // Loaded with the project; waited for only if a run was asked before (the context needs it).
      try {
        await loadProjectCode();
      } catch (error) {
        this.report(error);
        return;
      }
    }
    clearTimeout(this.#rerun);
    const segments = this.session.state.segments;
    const version = this.#textVersion;
    this.running?.cancel();
    this.patchView({ ...this.view, running: true });
    const ctx = this.context();
    const job = this.runner.run(segments, ctx);
    this.running = job;
    try {
      const [findings, engine] = await Promise.all([job.promise, this.load()]);
      if (this.running !== job) return;
      if (version !== this.#textVersion) {
        // The text changed while the worker checked it: check again rather than show stale findings.
        this.running = undefined;
        this.#rerun = setTimeout(() => void this.runAll(), RERUN_DELAY_MS);
        return;
      }
      this.stats = engine.documentStats(segments, ctx);
      this.patchView({ ...this.view, findings, running: false, ranAt: this.now() });
    } catch (error) {
      if (this.running === job) this.patchView({ ...this.view, running: false });
      this.report(error);
    } finally {
      if (this.running === job) this.running = undefined;
    }
  }

  /**
   * Re-checks one segment after an edit (on the main thread: a few milliseconds). Spelling findings
   * come from the worker run; those whose words are still there are kept.
   */
  liveCheck(segment: Segment): void {
    const view = this.view;
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
    const index = at < 0 ? insertionPoint(others, segment.id, this.session.state.segments) : at;
    this.patchView({
      ...view,
      findings: [...others.slice(0, index), ...mine, ...others.slice(index)],
    });
  }

  /**
   * Applies one finding's suggestion (a revision, undoable). The panel shows its before → after on
   * the finding itself, so a suggestion that needs a preview has had it.
   */
  async fix(finding: Finding): Promise<void> {
    await this.fixMany([finding], { previewed: true });
  }

  /**
   * Applies every suggestion of one check as one undoable step, except those that need a preview
   * first (issue 11 item 5: no fix-all rewrites a proper name unseen; see `previewFixes`).
   */
  async fixRule(rule: string): Promise<void> {
    await this.fixMany(this.visible().filter((f) => f.rule === rule && f.suggestion !== undefined));
  }

  /**
   * The changes the suggestions of `rule` that need a preview would make, one per finding, each with
   * its segment's text before and after (the fix-preview dialog lists them, ticked).
   */
  previewFixes(rule: string): { finding: Finding; before: string; after: string }[] {
    const texts = new Map(this.session.state.segments.map((s) => [s.id, s.text]));
    return this.visible()
      .filter((f) => f.rule === rule && f.suggestion !== undefined && f.needsPreview)
      .flatMap((finding) => {
        const before = texts.get(finding.segmentId);
        if (before === undefined || before.slice(finding.start, finding.end) !== finding.text)
          return []; // the text changed since the check: the finding no longer applies
        const after =
          before.slice(0, finding.start) + finding.suggestion + before.slice(finding.end);
        return [{ finding, before, after }];
      });
  }

  /** Applies the suggestions the reviewer saw and ticked in the preview, as one undoable step. */
  async applyPreviewed(findings: readonly Finding[]): Promise<void> {
    await this.fixMany(findings, { previewed: true });
  }

  /** Ignores a finding for good (persisted with who and when). */
  async ignore(finding: Finding, by: string): Promise<void> {
    const qa = this.settingsOfProject;
    if (qa.ignored.some((i) => i.findingId === finding.id)) return;
    await this.saveQa({
      ...qa,
      ignored: [...qa.ignored, { findingId: finding.id, by, at: this.now() }],
    });
  }

  /** Switches a shipped term pack on or off for this project. */
  async setPack(id: string, enabled: boolean): Promise<void> {
    const qa = this.settingsOfProject;
    const packs = enabled ? [...new Set([...qa.packs, id])] : qa.packs.filter((p) => p !== id);
    await this.saveQa({ ...qa, packs });
    await this.refresh();
  }

  /** Replaces the project's own term rules. */
  async setTermRules(termRules: readonly TermRule[]): Promise<void> {
    await this.saveQa({ ...this.settingsOfProject, termRules });
  }

  /** Adds a term rule to the project's termbase or to the shared one. */
  async addRule(scope: 'project' | 'shared', rule: TermRule): Promise<void> {
    if (scope === 'shared') this.setSharedTerms([...this.sharedTerms, rule]);
    else await this.setTermRules([...this.settingsOfProject.termRules, rule]);
    await this.refresh();
  }

  /** Replaces the rule with the same id in the project's termbase or the shared one (an edit). */
  async updateRule(scope: 'project' | 'shared', rule: TermRule): Promise<void> {
    const swap = (rules: readonly TermRule[]) => rules.map((r) => (r.id === rule.id ? rule : r));
    if (scope === 'shared') this.setSharedTerms(swap(this.sharedTerms));
    else await this.setTermRules(swap(this.settingsOfProject.termRules));
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
    await this.saveQa({ ...qa, words: [...qa.words, word] });
    await this.refresh();
  }

  async removeWord(word: string): Promise<void> {
    const qa = this.settingsOfProject;
    await this.saveQa({ ...qa, words: qa.words.filter((w) => w !== word) });
    await this.refresh();
  }

  /** Adds the rules of a TBX or TSV termbase to the project. */
  async importRules(bytes: Uint8Array, fileName: string): Promise<void> {
    try {
      const project = this.session.state.project;
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
      this.session.update({
        notice: infoNotice('terms.imported', { count: rules.length, file: fileName }),
      });
      await this.refresh();
    } catch (error) {
      this.report(error);
    }
  }

  /** The project's own rules as a TBX-Basic or TSV file. */
  async exportRules(format: 'tbx' | 'tsv'): Promise<Download | null> {
    const project = this.session.state.project;
    if (!project) return null;
    const { termbaseDownload } = await import('./qa-actions.ts');
    return termbaseDownload(project, this.settingsOfProject.termRules, format);
  }

  /**
   * After the reviewer saved a correction: learns the change from its word diff and, when the same
   * phrase appears in other segments, offers to apply it there too (`learned`).
   */
  async offerLearned(segmentId: string, before: string, after: string): Promise<void> {
    // The engine too, as before: its first load makes live checks and skipped-check notes possible.
    const [{ learnedOffer }] = await Promise.all([import('./qa-actions.ts'), this.load()]);
    const { segments, project } = this.session.state;
    const offer = await learnedOffer(segments, segmentId, before, after, this.dismissed);
    if (!offer || this.session.state.project?.id !== project?.id) return; // another project opened
    this.patchView({ ...this.view, learned: offer });
  }

  /** Applies the learned fix at the chosen hits: one undoable step, a revision per segment. */
  async applyLearned(hits: readonly LearnedHit[], saveAsRule: boolean): Promise<void> {
    const offer = this.view.learned;
    this.patchView({ ...this.view, learned: null });
    if (!offer) return;
    if (saveAsRule) await this.addRule('project', (await this.load()).toTermRule(offer.fix));
    const texts = new Map(this.session.state.segments.map((s) => [s.id, s.text]));
    const edits = [...groupHitsBySegment(hits)].flatMap(([segmentId, list]) => {
      const text = texts.get(segmentId);
      if (text === undefined) return [];
      try {
        return [{ segmentId, text: applyHits(text, list) }];
      } catch {
        return []; // the segment changed since: its hits no longer apply
      }
    });
    await this.texts.applyTexts(edits, 'learned');
  }

  /** Dismisses the offer; the same change is not offered again in this session. */
  dismissLearned(): void {
    const offer = this.view.learned;
    if (offer) this.dismissed.add(offer.fix.id);
    this.patchView({ ...this.view, learned: null });
  }

  /** After a change of rules or words: checks again, if the document was checked before. */
  private async refresh(): Promise<void> {
    if (this.view.ranAt !== null) await this.runAll();
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
    clearTimeout(this.#rerun);
    this.#seen = this.session.state.segments;
    this.stats = undefined;
    this.patchView(INITIAL_QA);
  }

  private async fixMany(
    findings: readonly Finding[],
    options: { readonly previewed?: boolean } = {},
  ): Promise<void> {
    try {
      const { fixAll } = await this.load();
      const changes = fixAll(this.session.state.segments, findings, options);
      await this.texts.applyTexts(
        changes.map((c) => ({ segmentId: c.segmentId, text: c.after })),
        'fix',
      );
    } catch (error) {
      this.report(error);
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
