/**
 * Opening files (issue 10: one path for every file, from the file picker, a drop or the CLI): documents,
 * backups and bilingual interchange files (XLIFF, TMX, TSV, CSV) are read in the import job — in the app
 * a Web Worker with progress and Cancel, except small plain documents, read on the page
 * (jobs/import/routed.ts); source + MT text pairs are aligned there too. A file that
 * does not say its languages waits for the reviewer's answer (`languagePrompt`).
 */
import type { BilingualDocument } from '../../core/formats/common/bilingual.ts';
import type { Backup } from '../../core/formats/backup/model.ts';
import { isWellFormedLanguageTag } from '../../core/formats/common/bcp47.ts';
import type { ProjectMeta } from '../../core/model/model.ts';
import type { LanguagePair } from '../../core/project/from-bilingual.ts';
import type { NewProject, Repository } from '../../core/project/repository.ts';
import type { Cancellable, JobProgress } from '../../jobs/job.ts';
import type { Importer, TextPairInput } from '../../jobs/import/protocol.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import type { Settings } from '../app-state.ts';
import { VersoInputError } from '../../core/model/errors.ts';
import { noticeFor, type Notice } from '../notices.ts';
import type { Session } from '../session/session.ts';

const SOURCE_LANG_KEY = 'verso.sourceLang';
const TARGET_LANG_KEY = 'verso.targetLang';

/** Stores a new project, opens it and says so (see ProjectsFlow.createAndOpen). */
export interface ProjectCreator {
  createAndOpen(create: () => Promise<ProjectMeta>, noticeKey: MessageKey): Promise<boolean>;
}

/** A file whose encoding the reviewer is asked for: how its start reads in each candidate. */
export interface EncodingChoice {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly readings: readonly { readonly encoding: string; readonly preview: string }[];
}

export class ImportFlow {
  /** The running import, so it can be cancelled. */
  #running: Cancellable<unknown> | undefined;
  /** A parsed bilingual file waiting for its languages. */
  #awaitingLanguages: BilingualDocument | undefined;
  /** A file whose encoding could not be told, and how it reads in each candidate (issue 12 item 7). */
  #awaitingEncoding: EncodingChoice | undefined;

  constructor(
    private readonly session: Session,
    private readonly importer: Importer,
    private readonly repo: Pick<Repository, 'createProject' | 'importBackup'>,
    private readonly projects: ProjectCreator,
    private readonly settings: Settings,
  ) {}

  /**
   * Creates a project from a file the user opened (document, backup or bilingual file) and switches to
   * it. Bad input leaves every stored project as it was and is reported as a notice.
   */
  async openFile(bytes: Uint8Array, fileName: string, encoding?: string): Promise<boolean> {
    this.#awaitingEncoding = undefined;
    const opened = await this.#run(
      fileName,
      (onProgress) => this.importer.open(bytes, fileName, onProgress, encoding),
      (error) => this.#askEncoding(error, bytes, fileName),
    );
    if (!opened) return false;
    if (opened.kind === 'bilingual') return this.#openBilingual(opened.document, fileName);
    if (opened.kind === 'backup') return this.#restore(opened.backup);
    const { projectTitle } = await import('../../core/project/project-title.ts');
    const project: NewProject = {
      name: projectTitle(opened.paragraphs, opened.fileName),
      fileName: opened.fileName,
      targetLang: 'en',
      segments: opened.paragraphs.map((mt) => ({ mt })),
    };
    return this.#create(project, 'notices.opened');
  }

  /** The file waiting for the reviewer to choose its encoding, with each candidate reading. */
  get encodingChoice(): EncodingChoice | null {
    return this.#awaitingEncoding ?? null;
  }

  /** Opens the pending file in the encoding the reviewer chose; `null` abandons it. */
  async answerEncoding(encoding: string | null): Promise<boolean> {
    const pending = this.#awaitingEncoding;
    this.#awaitingEncoding = undefined;
    if (!pending || encoding === null) return false;
    return this.openFile(pending.bytes, pending.fileName, encoding);
  }

  /** An encoding Verso could not tell: remember the file and offer its readings (issue 12 item 7). */
  async #askEncoding(
    error: unknown,
    bytes: Uint8Array,
    fileName: string,
  ): Promise<Notice | undefined> {
    if (!(error instanceof VersoInputError) || error.code !== 'errors.encodingUncertain')
      return undefined;
    // Loaded when needed: the detector (chardet) is not part of the app's start.
    const { encodingReadings } = await import('../../core/text/detect-encoding.ts');
    const names = String(error.params['candidates'] ?? '').split(', ');
    this.#awaitingEncoding = { bytes, fileName, readings: encodingReadings(bytes, names) };
    return { ...noticeFor(error), action: 'encoding' };
  }

  /** The languages the reviewer gave for the pending file; `null` abandons the import. */
  async answerLanguages(languages: LanguagePair | null): Promise<boolean> {
    const doc = this.#awaitingLanguages;
    const prompt = this.session.state.languagePrompt;
    this.#awaitingLanguages = undefined;
    this.session.update({ languagePrompt: null });
    if (!doc || !prompt || !languages) return false;
    this.#rememberLanguages(languages);
    const { projectFromBilingual } = await import('../../core/project/from-bilingual.ts');
    return this.#create(
      await withLqa(projectFromBilingual(doc, prompt.fileName, languages), doc, prompt.fileName),
      'notices.openedBilingual',
    );
  }

  /** Reads a source text and its MT, aligns their paragraphs and opens the result as a project. */
  async importPair(input: TextPairInput): Promise<boolean> {
    const segments = await this.#run(input.targetName, (onProgress) =>
      this.importer.pair(input, onProgress),
    );
    if (!segments) return false;
    this.#rememberLanguages(input);
    return this.#create(
      {
        name: input.targetName.replace(/\.[^.]+$/, '') || input.targetName,
        fileName: input.targetName,
        sourceLang: input.sourceLang,
        targetLang: input.targetLang,
        segments,
      },
      'notices.openedBilingual',
    );
  }

  /** Stops the running import; nothing is stored. */
  cancelImport(): void {
    this.#running?.cancel();
  }

  /** A bilingual file: opened at once, or after the reviewer says its languages. */
  async #openBilingual(doc: BilingualDocument, fileName: string): Promise<boolean> {
    if (doc.units.length === 0) {
      this.session.update({
        notice: { kind: 'error', key: 'errors.noUnits', params: { file: fileName } },
      });
      return false;
    }
    const { missingLanguages, projectFromBilingual } =
      await import('../../core/project/from-bilingual.ts');
    const missing = missingLanguages(doc);
    if (missing.length > 0) {
      this.#awaitingLanguages = doc;
      this.session.update({
        languagePrompt: {
          fileName,
          missing,
          sourceLang: doc.sourceLang || this.#remembered(SOURCE_LANG_KEY) || 'zh-CN',
          targetLang: doc.targetLang || this.#remembered(TARGET_LANG_KEY) || 'en',
        },
      });
      return true;
    }
    return this.#create(
      await withLqa(projectFromBilingual(doc, fileName, doc), doc, fileName),
      'notices.openedBilingual',
    );
  }

  #create(project: NewProject, noticeKey: MessageKey): Promise<boolean> {
    return this.projects.createAndOpen(() => this.repo.createProject(project), noticeKey);
  }

  #restore(backup: Backup): Promise<boolean> {
    return this.projects.createAndOpen(
      () => this.repo.importBackup(backup),
      'notices.backupRestored',
    );
  }

  async #run<T>(
    fileName: string,
    start: (onProgress: (p: JobProgress) => void) => Cancellable<T>,
    noticeOf: (error: unknown) => Promise<Notice | undefined> = () => Promise.resolve(undefined),
  ): Promise<T | null> {
    this.#running?.cancel();
    this.session.update({ importing: { fileName, done: 0, total: 0 } });
    const job = start((p) => this.session.update({ importing: { fileName, ...p } }));
    this.#running = job;
    try {
      return await job.promise;
    } catch (error) {
      this.session.update({ notice: (await noticeOf(error)) ?? noticeFor(error) });
      return null;
    } finally {
      if (this.#running === job) {
        this.#running = undefined;
        this.session.update({ importing: null });
      }
    }
  }

  /** A language remembered from the last import, if it is a well-formed tag (settings are input). */
  #remembered(key: string): string | undefined {
    const tag = this.settings.get(key)?.trim();
    return tag && isWellFormedLanguageTag(tag) ? tag : undefined;
  }

  #rememberLanguages(languages: LanguagePair): void {
    this.settings.set(SOURCE_LANG_KEY, languages.sourceLang);
    this.settings.set(TARGET_LANG_KEY, languages.targetLang);
  }
}

/**
 * The project with the errors its file carries (issue 15: XLIFF 2.1 ITS Localization Quality Issues),
 * read into the default scorecard, their author the file; the project as it was when it has none.
 */
async function withLqa(
  project: NewProject,
  doc: BilingualDocument,
  fileName: string,
): Promise<NewProject> {
  if (!doc.units.some((u) => u.issues && u.issues.length > 0)) return project;
  const [{ lqaFromBilingual }, { DEFAULT_SCORECARD }] = await Promise.all([
    import('../../core/project/from-bilingual.ts'),
    import('../../core/lqa/presets.ts'),
  ]);
  // newProjectRecords names the segments s1…sN in unit order.
  const ids = doc.units.map((_, i) => `s${i + 1}`);
  const lqa = lqaFromBilingual(doc, ids, DEFAULT_SCORECARD, {
    author: fileName,
    now: Date.now(),
    newId: () => crypto.randomUUID(),
  });
  return lqa ? { ...project, lqa } : project;
}
