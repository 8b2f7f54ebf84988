// @ts-nocheck
import type { BilingualDocument } from '../core/formats/common/bilingual.ts';
import type { LanguagePair } from '../core/project/from-bilingual.ts';
import type { NewProject } from '../core/project/repository.ts';
import type { Cancellable, ImportProgress, Importer, TextPairInput } from './importer.ts';
import { noticeFor, type AppState, type Settings } from './store.ts';

const SOURCE_LANG_KEY = 'verso.sourceLang';
const TARGET_LANG_KEY = 'verso.targetLang';

/** What the import flow needs from the store. */
export interface ImportHost {
  state(): AppState;
  patch(patch: Partial<AppState>): void;
  /** Stores the project, opens it and says so. */
  createAndOpen(project: NewProject): Promise<boolean>;
}

/**
 * Bilingual imports: interchange files (XLIFF, TMX, TSV, CSV) and source + MT text pairs to align.
 * The parsing and aligning run in the importer (a Web Worker in the app) with progress and Cancel;
 * a file that does not say its languages waits for the reviewer's answer (`languagePrompt`).
 */
export class ImportFlow {
  /** The running import, so it can be cancelled. */
  private runningImport: Cancellable<unknown> | undefined;
  /** A parsed bilingual file waiting for its languages. */
  private awaitingLanguages: BilingualDocument | undefined;

  constructor(
    private readonly host: ImportHost,
    private readonly importer: Importer,
    private readonly settings: Settings,
  ) {}

  /**
   * Imports an XLIFF, TMX, TSV or CSV file (in the worker, with progress). When the file does not say
   * its languages, asks for them first (`languagePrompt`).
   */
  async importBilingual(bytes: Uint8Array, fileName: string): Promise<boolean> {
    const doc = await this.runImport(fileName, (onProgress) =>
      this.importer.bilingual(bytes, fileName, onProgress),
    );
    if (!doc) return false;
    if (doc.units.length === 0) {
      this.host.patch({
        notice: { kind: 'error', key: 'errors.noUnits', params: { file: fileName } },
      });
      return false;
    }
    const { needsLanguages, projectFromBilingual } =
      await import('../core/project/from-bilingual.ts');
    if (needsLanguages(doc)) {
      this.awaitingLanguages = doc;
      this.host.patch({
        languagePrompt: {
          fileName,
          sourceLang: doc.sourceLang || this.settings.get(SOURCE_LANG_KEY) || 'zh-CN',
          targetLang: doc.targetLang || this.settings.get(TARGET_LANG_KEY) || 'en',
        },
      });
      return true;
    }
    return this.host.createAndOpen(projectFromBilingual(doc, fileName, doc));
  }

  /** The languages the reviewer gave for the pending file; `null` abandons the import. */
  async answerLanguages(languages: LanguagePair | null): Promise<boolean> {
    const doc = this.awaitingLanguages;
    const prompt = this.host.state().languagePrompt;
    this.awaitingLanguages = undefined;
    this.host.patch({ languagePrompt: null });
    if (!doc || !prompt || !languages) return false;
    this.rememberLanguages(languages);
    const { projectFromBilingual } = await import('../core/project/from-bilingual.ts');
    return this.host.createAndOpen(projectFromBilingual(doc, prompt.fileName, languages));
  }

  /** Reads a source text and its MT, aligns their paragraphs and opens the result as a project. */
  async importPair(input: TextPairInput): Promise<boolean> {
    const segments = await this.runImport(input.targetName, (onProgress) =>
      this.importer.pair(input, onProgress),
    );
    if (!segments) return false;
    this.rememberLanguages(input);
    return this.host.createAndOpen({
      name: input.targetName.replace(/\.[^.]+$/, '') || input.targetName,
      fileName: input.targetName,
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      segments,
    });
  }

  /** Stops the running import; nothing is stored. */
  cancelImport(): void {
    this.runningImport?.cancel();
  }

  private async runImport<T>(
    fileName: string,
    start: (onProgress: (p: ImportProgress) => void) => Cancellable<T>,
  ): Promise<T | null> {
    this.runningImport?.cancel();
    this.host.patch({ importing: { fileName, done: 0, total: 0 } });
    const job = start((p) => this.host.patch({ importing: { fileName, ...p } }));
    this.runningImport = job;
    try {
      return await job.promise;
    } catch (error) {
      this.host.patch({ notice: noticeFor(error) });
      return null;
    } finally {
      if (this.runningImport === job) {
        this.runningImport = undefined;
        this.host.patch({ importing: null });
      }
    }
  }

  private rememberLanguages(languages: LanguagePair): void {
    this.settings.set(SOURCE_LANG_KEY, languages.sourceLang);
    this.settings.set(TARGET_LANG_KEY, languages.targetLang);
  }
}
