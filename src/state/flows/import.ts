/**
 * Opening files (issue 10: one path for every file, from the file picker, a drop or the CLI): documents,
 * backups and bilingual interchange files (XLIFF, TMX, TSV, CSV) are read in the import job — a Web
 * Worker in the app — with progress and Cancel; source + MT text pairs are aligned there too. A file that
 * does not say its languages waits for the reviewer's answer (`languagePrompt`).
 */
import type { BilingualDocument } from '../../core/formats/common/bilingual.ts';
import type { Backup } from '../../core/formats/backup/model.ts';
import { isWellFormedLanguageTag } from '../../core/formats/common/bcp47.ts';
import type { ProjectMeta } from '../../core/model/model.ts';
import type { LanguagePair } from '../../core/project/from-bilingual.ts';
import { projectTitle } from '../../core/project/project-title.ts';
import type { NewProject, Repository } from '../../core/project/repository.ts';
import type { Cancellable, JobProgress } from '../../jobs/job.ts';
import type { Importer, TextPairInput } from '../../jobs/import/protocol.ts';
import type { MessageKey } from '../../i18n/keys.ts';
import type { Settings } from '../app-state.ts';
import { noticeFor } from '../notices.ts';
import type { Session } from '../session/session.ts';

const SOURCE_LANG_KEY = 'verso.sourceLang';
const TARGET_LANG_KEY = 'verso.targetLang';

/** Stores a new project, opens it and says so (see ProjectsFlow.createAndOpen). */
export interface ProjectCreator {
  createAndOpen(create: () => Promise<ProjectMeta>, noticeKey: MessageKey): Promise<boolean>;
}

export class ImportFlow {
  /** The running import, so it can be cancelled. */
  #running: Cancellable<unknown> | undefined;
  /** A parsed bilingual file waiting for its languages. */
  #awaitingLanguages: BilingualDocument | undefined;

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
  async openFile(bytes: Uint8Array, fileName: string): Promise<boolean> {
    const opened = await this.#run(fileName, (onProgress) =>
      this.importer.open(bytes, fileName, onProgress),
    );
    if (!opened) return false;
    if (opened.kind === 'bilingual') return this.#openBilingual(opened.document, fileName);
    if (opened.kind === 'backup') return this.#restore(opened.backup);
    const project: NewProject = {
      name: projectTitle(opened.paragraphs, opened.fileName),
      fileName: opened.fileName,
      targetLang: 'en',
      segments: opened.paragraphs.map((mt) => ({ mt })),
    };
    return this.#create(project, 'notices.opened');
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
  ): Promise<T | null> {
    this.#running?.cancel();
    this.session.update({ importing: { fileName, done: 0, total: 0 } });
    const job = start((p) => this.session.update({ importing: { fileName, ...p } }));
    this.#running = job;
    try {
      return await job.promise;
    } catch (error) {
      this.session.update({ notice: noticeFor(error) });
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
