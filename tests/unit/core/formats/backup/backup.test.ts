import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../../../../src/core/formats/backup/model.ts';
import { looksLikeBackup, parseBackup } from '../../../../../src/core/formats/backup/read.ts';
import { createBackup, serializeBackup } from '../../../../../src/core/formats/backup/write.ts';
import type { VersoInputError } from '../../../../../src/core/model/errors.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';
import type { ProjectMeta, Revision, Segment } from '../../../../../src/core/model/model.ts';

const fixtureText = readFileSync('corpus/fixtures/backup.verso.json', 'utf8');
const fixture = (): Record<string, unknown> => JSON.parse(fixtureText) as Record<string, unknown>;

const meta: ProjectMeta = {
  id: 'p1',
  name: 'Plan',
  fileName: 'plan.txt',
  createdAt: 1,
  updatedAt: 3,
  segmentCount: 1,
  targetLang: 'en',
};
const segment: Segment = {
  id: 's1',
  mt: 'one belt',
  text: 'Belt',
  status: 'edited',
  comments: [{ id: 'c1', text: 'ok', author: 'me', createdAt: 2 }],
  revisionCount: 2,
  updatedAt: 3,
};
const revisions: Revision[] = [
  { id: 2, segmentId: 's1', text: 'Belt', status: 'edited', origin: 'typing', createdAt: 3 },
  { id: 1, segmentId: 's1', text: 'one belt', status: 'new', origin: 'import', createdAt: 1 },
];

/** The VersoInputError parsing `value` (JSON text, or a value to serialize) throws. */
function parseError(value: unknown, file = 'b.json'): VersoInputError {
  const json = typeof value === 'string' ? value : JSON.stringify(value);
  return inputErrorOf(() => parseBackup(json, file));
}

/** Marks a field to delete in {@link edited}. */
const MISSING = Symbol('missing');

/** The fixture with the field at `dotted` (e.g. `segments.1.status`) set to `value` or deleted. */
function edited(dotted: string, value: unknown): Record<string, unknown> {
  const root = fixture();
  const keys = dotted.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    root,
  );
  if (value === MISSING) delete parent[last];
  else parent[last] = value;
  return root;
}

describe('createBackup', () => {
  const backup = createBackup(meta, [segment], revisions, 99);

  it('writes the format, version and export time', () => {
    expect([backup.format, backup.version, backup.exportedAt]).toEqual([
      'verso-backup',
      BACKUP_VERSION,
      99,
    ]);
  });

  it('keeps the project fields a backup needs and drops the rest', () => {
    expect(backup.project).toEqual({
      name: 'Plan',
      fileName: 'plan.txt',
      createdAt: 1,
      updatedAt: 3,
      targetLang: 'en',
    });
  });

  it('keeps segment content and drops derived counters', () => {
    expect(backup.segments).toEqual([
      { id: 's1', mt: 'one belt', text: 'Belt', status: 'edited', comments: segment.comments },
    ]);
  });

  it('orders revisions by id', () => {
    expect(backup.revisions.map((r) => r.id)).toEqual([1, 2]);
  });
});

describe('serializeBackup and parseBackup', () => {
  it('round-trip a backup unchanged', () => {
    const backup = createBackup(
      { ...meta, sourceLang: 'zh' },
      [{ ...segment, source: '一带' }],
      revisions,
      99,
    );
    expect(parseBackup(serializeBackup(backup), 'b.json')).toEqual(backup);
  });

  it('round-trip inline codes with the native code each stands for', () => {
    const codes = [
      { n: 1, kind: 'standalone', element: 'ph', id: '1', data: '<ph x="1"/>', original: '<br/>' },
    ] as const;
    const backup = createBackup(meta, [{ ...segment, text: 'Belt⟨1/⟩', codes }], revisions, 99);
    expect(parseBackup(serializeBackup(backup), 'b.json').segments[0]?.codes).toEqual(codes);
  });

  it('read the fixture backup', () => {
    const backup = parseBackup(fixtureText, 'backup.verso.json');
    expect(backup.segments.map((s) => s.status)).toEqual(['excluded', 'approved', 'edited']);
    expect(backup.revisions).toHaveLength(7);
  });
});

describe('parseBackup', () => {
  it('ignores a byte-order mark and unknown fields', () => {
    const backup = parseBackup(`\uFEFF${JSON.stringify(edited('extra', 1))}`, 'b.json');
    expect(backup).not.toHaveProperty('extra');
  });

  it('reports malformed JSON with errors.backupJson, line and column', () => {
    const error = parseError('{\n "format": "verso-backup",\n "version": }', 'broken.json');
    expect(error.code).toBe('errors.backupJson');
    expect(error.params['file']).toBe('broken.json');
    expect(error.params['message']).toMatch(/line 3,? column 13/);
    expect(error.message).toMatch(/^broken\.json is not valid JSON/);
  });

  it('reports JSON that is not a Verso backup with errors.backupFormat', () => {
    expect(parseError({ name: 'package' }).code).toBe('errors.backupFormat');
  });

  it('reports a JSON array with errors.backupFormat', () => {
    expect(parseError([1, 2]).code).toBe('errors.backupFormat');
  });

  it('refuses a backup from a newer Verso with errors.backupNewer', () => {
    const error = parseError(edited('version', BACKUP_VERSION + 1), 'new.json');
    expect(error.code).toBe('errors.backupNewer');
    expect(error.params).toEqual({
      file: 'new.json',
      version: BACKUP_VERSION + 1,
      supported: BACKUP_VERSION,
    });
  });

  it('accepts the current version', () => {
    expect(parseBackup(JSON.stringify(edited('version', BACKUP_VERSION)), 'b.json').version).toBe(
      BACKUP_VERSION,
    );
  });

  it.each<[string, string, unknown, string, string]>([
    ['a version that is not a number', 'version', '1', 'version', 'a whole number from 1 up'],
    ['a missing export time', 'exportedAt', MISSING, 'exportedAt', 'a number'],
    ['a project that is not an object', 'project', 'x', 'project', 'an object'],
    ['a project name that is a number', 'project.name', 5, 'project.name', 'a string'],
    ['segments that are not an array', 'segments', {}, 'segments', 'an array'],
    ['no segments', 'segments', [], 'segments', 'at least one segment'],
    ['a segment that is null', 'segments.1', null, 'segments[1]', 'an object'],
    ['a segment text that is null', 'segments.2.text', null, 'segments[2].text', 'a string'],
    [
      'an unknown segment status',
      'segments.1.status',
      'done',
      'segments[1].status',
      'one of new, edited, reviewed, approved, rejected, excluded',
    ],
    ['an empty segment id', 'segments.0.id', '', 'segments[0].id', 'a non-empty string'],
    [
      'a duplicate segment id',
      'segments.2.id',
      's1',
      'segments[2].id',
      'a unique id (segments[0] has it too)',
    ],
    ['a source that is not a string', 'segments.0.source', 3, 'segments[0].source', 'a string'],
    [
      'a comment without author',
      'segments.1.comments.0.author',
      MISSING,
      'segments[1].comments[0].author',
      'a string',
    ],
    ['revisions missing', 'revisions', MISSING, 'revisions', 'an array'],
    [
      'a fractional revision id',
      'revisions.3.id',
      1.5,
      'revisions[3].id',
      'a whole number from 1 up',
    ],
    [
      'an unknown revision origin',
      'revisions.4.origin',
      'magic',
      'revisions[4].origin',
      'one of import, typing, replace, restore, undo, redo, status, merge, split, align, fix, learned',
    ],
    [
      'a revision of a segment that does not exist',
      'revisions.6.segmentId',
      's9',
      'revisions[6].segmentId',
      'the id of a segment in this backup',
    ],
    [
      'a timestamp that is not a number',
      'revisions.0.createdAt',
      '2026',
      'revisions[0].createdAt',
      'a number',
    ],
  ])('reports %s with errors.backupField and its path', (_name, field, value, path, expected) => {
    const error = parseError(edited(field, value), 'bad.json');
    expect(error.code).toBe('errors.backupField');
    expect(error.params).toEqual({ file: 'bad.json', path, expected });
    expect(error.message).toContain(`bad.json: ${path} should be ${expected}, but it is`);
  });

  it('says what it found instead', () => {
    expect(parseError(edited('segments.1.status', 'done')).message).toMatch(
      /but it is the string "done"\.$/,
    );
  });
});

describe('looksLikeBackup', () => {
  it('recognises a serialized backup', () => {
    expect(looksLikeBackup(serializeBackup(createBackup(meta, [segment], revisions, 1)))).toBe(
      true,
    );
  });

  it('recognises a backup after a byte-order mark and whitespace', () => {
    expect(looksLikeBackup('\uFEFF \n {"format":"verso-backup"}')).toBe(true);
  });

  it('rejects other JSON', () => {
    expect(looksLikeBackup('{"name": "verso", "version": "0.1.0"}')).toBe(false);
  });

  it('rejects text that mentions the format later on', () => {
    expect(looksLikeBackup(`Notes: ${'x'.repeat(300)} "verso-backup"`)).toBe(false);
  });
});
