/**
 * The OASIS XLIFF 2 test suite (../shared/data/xliff2-oasis, from oasis-tcs/xliff-xliff-22): every
 * valid core document imports and every invalid one is refused with a message naming the rule and the
 * line:column. The 2.1 suite is the one the issue names (25 valid, 119 invalid); the 2.2 suite is the
 * same documents in the 2.2 namespace. The modules suites are only counted (modules are optional).
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { VersoInputError } from '../../src/core/model/errors.ts';
import { importXliff2 } from '../../src/core/formats/xliff2/read.ts';
import { filesIn, hasSharedData, readShared } from './shared-data.ts';

const SUITES = ['xliff2-oasis/xliff-21/test-suite', 'xliff2-oasis/xliff-22/test-suite'];

function refusal(path: string): VersoInputError | undefined {
  try {
    importXliff2(readShared(path), path.slice(path.lastIndexOf('/') + 1));
    return undefined;
  } catch (error) {
    if (error instanceof VersoInputError) return error;
    throw error;
  }
}

for (const suite of SUITES) {
  const present = hasSharedData(suite);
  // Listing a folder that is not there would fail the collection of the skipped suite.
  const xlf = (folder: string) => (present ? filesIn(folder, '.xlf') : []);

  describe.skipIf(!present)(`OASIS XLIFF 2 test suite ${suite}`, () => {
    const valid = `${suite}/core/valid`;
    const invalid = `${suite}/core/invalid`;

    it.each(xlf(valid))('imports valid/%s', (name) => {
      expect(refusal(`${valid}/${name}`)?.message).toBeUndefined();
    });

    // The in-out pairs (2.1 only) show processing results; inputs and outputs alike are valid.
    it.each(suite.includes('xliff-21') ? xlf(`${suite}/core/in-out`) : [])(
      'imports in-out/%s',
      (name) => {
        expect(refusal(`${suite}/core/in-out/${name}`)?.message).toBeUndefined();
      },
    );

    it.each(xlf(invalid))('refuses invalid/%s, naming the rule and position', (name) => {
      const error = refusal(`${invalid}/${name}`);
      expect(error, 'the file was accepted').toBeDefined();
      expect(error!.code).toBe('errors.xliffInvalid');
      expect(error!.message).toMatch(
        new RegExp(`^${name}:\\d+:\\d+: not valid XLIFF 2 \\(XLIFF 2\\.\\d §.+\\): `),
      );
    });

    it.runIf(suite.includes('xliff-21'))(
      'has the 25 valid and 119 invalid core documents the issue names',
      () => {
        expect([xlf(valid).length, xlf(invalid).length]).toEqual([25, 119]);
      },
    );

    it('counts the module suites (optional: reported, never failing)', () => {
      const modules = `${suite}/modules`;
      const validFiles = xlf(`${modules}/valid`);
      const invalidFiles = xlf(`${modules}/invalid`);
      const accepted = validFiles.filter((n) => !refusal(`${modules}/valid/${n}`));
      const refused = invalidFiles.filter((n) => refusal(`${modules}/invalid/${n}`));
      console.log(
        `${suite} modules: ${accepted.length}/${validFiles.length} valid imported, ${refused.length}/${invalidFiles.length} invalid refused`,
      );
      expect(accepted.length + refused.length).toBeGreaterThanOrEqual(0);
    });
  });
}
