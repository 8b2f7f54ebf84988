import { describe, expect, it } from 'vitest';
import en from '../../../../src/i18n/locales/en.json';
import { QA_RULES } from '../../../../src/core/qa/index.ts';
import { formatQaMessage, QA_MESSAGES_EN } from '../../../../src/core/qa/messages.ts';

type Tree = { [key: string]: string | Tree };

/** The English message of `key`; for a message with plural forms, its `_other` form. */
function lookup(key: string): string | undefined {
  const find = (path: string) => {
    let node: string | Tree | undefined = en;
    for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  return find(key) ?? find(`${key}_other`);
}

/** True once the locale files carry the messages of the checks (the lead merges them). */
const merged = lookup('qa.repeatedWord.repeated') !== undefined;

describe('QA messages', () => {
  it('fill in their parameters, and keep an unknown key as it is', () => {
    expect(formatQaMessage({ key: 'qa.spacing.doubled', params: { count: 3 } })).toBe(
      '3 spaces in a row',
    );
    expect(formatQaMessage({ key: 'qa.nope', params: {} })).toBe('qa.nope');
  });

  it('say in the CLI what the UI says, for every key the locale files have', () => {
    for (const [key, text] of Object.entries(QA_MESSAGES_EN)) {
      const ui = lookup(key);
      if (ui !== undefined) expect(ui, key).toBe(text);
    }
  });

  it.skipIf(!merged)('are all in the locale files, with a label for every rule', () => {
    expect(Object.keys(QA_MESSAGES_EN).filter((key) => lookup(key) === undefined)).toEqual([]);
    expect(QA_RULES.filter((rule) => lookup(`qa.rule.${rule}`) === undefined)).toEqual([]);
  });
});
