/**
 * The hostile-input matrix (issue 6) against src/core, as the app opens files: each bad file is refused
 * with its own message key, and the English message (rendered by i18next from en.json, as the app
 * does) says what the end-to-end test expects. tests/e2e/hostile-input.spec.ts opens the same files
 * in the browser.
 */
// @ts-nocheck

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBilingualFile } from '../../../../../src/core/formats/open/detect.ts';
import { openFile } from '../../../../../src/core/formats/open/document-file.ts';
import { VersoInputError } from '../../../../../src/core/model/errors.ts';
import { openBilingual } from '../../../../../src/core/formats/open/open-bilingual.ts';
import en from '../../../../../src/i18n/locales/en.json';
import { HOSTILE_FILES } from '../../../../support/hostile-files.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

function open(bytes: Uint8Array, name: string): unknown {
  return isBilingualFile(name, bytes) ? openBilingual(bytes, name) : openFile(bytes, name);
}

describe('hostile files', () => {
  it('are at least 25, with distinct names', () => {
    expect(HOSTILE_FILES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(HOSTILE_FILES.map((f) => f.name)).size).toBe(HOSTILE_FILES.length);
  });

  for (const file of HOSTILE_FILES) {
    it(`refuses ${file.title} (${file.name}) with ${file.key}`, () => {
      let error: unknown;
      try {
        open(file.bytes(), file.name);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(VersoInputError);
      const { code, params } = error as VersoInputError;
      expect(code).toBe(file.key);
      expect(i18n.t(code as 'errors.empty', params)).toMatch(file.message);
    });
  }
});
