import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/locales/en.json';
import zhCN from '../../../src/i18n/locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`),
  );
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const enKeys = keys(en);
const zhKeys = keys(zhCN);
const srcDir = new URL('../../../src', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

describe('UI locales', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
  });

  it('have no empty message in either language', () => {
    for (const [tree, list] of [
      [en, enKeys],
      [zhCN, zhKeys],
    ] as const) {
      expect(list.filter((k) => !lookup(tree as Tree, k)?.trim())).toEqual([]);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (s: string | undefined) =>
      [...(s ?? '').matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const key of enKeys) {
      expect(vars(lookup(zhCN as Tree, key)), key).toEqual(vars(lookup(en as Tree, key)));
    }
  });

  it('define every literal key the source code translates', () => {
    const used = sources(srcDir).flatMap((code) =>
      [...code.matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(50);
    const missing = used.filter((k) => !lookup(en as Tree, k) && !lookup(en as Tree, `${k}_other`));
    expect(missing).toEqual([]);
  });

  it('define a message for every error code the core can raise', () => {
    const codes = sources(srcDir).flatMap((code) =>
      [...code.matchAll(/'(errors\.[a-zA-Z]+)'/g)].map((m) => m[1]!),
    );
    expect(codes.length).toBeGreaterThan(10);
    // A message with plural forms (`errors.conflict_one` / `_other`) counts as defined.
    const missing = codes.filter(
      (k) => !lookup(en as Tree, k) && !lookup(en as Tree, `${k}_other`),
    );
    expect(missing).toEqual([]);
  });

  it('give a number before a noun its plural forms (“1 segment”, “2 segments”) in English', () => {
    // Error messages about limits speak of thousands; the change report fills its own labels.
    const counted = /{{(count|segments|errors|warnings|infos)}}\s+[a-z]{3,}s\b/;
    const singular = enKeys.filter(
      (k) =>
        !k.startsWith('errors.') &&
        !k.startsWith('report.') &&
        !/_(one|other)$/.test(k) &&
        counted.test(lookup(en as Tree, k) ?? ''),
    );
    expect(singular).toEqual([]);
  });
});
