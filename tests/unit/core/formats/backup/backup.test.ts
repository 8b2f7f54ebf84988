import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  BACKUP_VERSION_WITHOUT_LQA,
} from '../../../../../src/core/formats/backup/model.ts';
import { looksLikeBackup, parseBackup } from '../../../../../src/core/formats/backup/read.ts';
import { createBackup, serializeBackup } from '../../../../../src/core/formats/backup/write.ts';
import type { VersoInputError } from '../../../../../src/core/model/errors.ts';
import { inputErrorOf } from '../../../../support/input-error.ts';
import { MQM_CORE_SCORECARD } from '../../../../../src/core/lqa/presets.ts';
import { MAX_ERRORS } from '../../../../../src/core/model/limits.ts';
import type { ProjectMeta, Revision, Segment } from '../../../../../src/core/model/model.ts';
import { projectFromBackup } from '../../../../../src/core/project/records.ts';

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

  it('writes the format, version and export time (version 1 without a quality assessment)', () => {
    expect([backup.format, backup.version, backup.exportedAt]).toEqual([
      'verso-backup',
      BACKUP_VERSION_WITHOUT_LQA,
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

  it('keep who made each revision, through the backup and back into a project', () => {
    const authored: Revision[] = [{ ...revisions[0]!, author: 'Ada Lovelace' }];
    const text = serializeBackup(createBackup(meta, [segment], authored, 99));
    const read = parseBackup(text, 'b.json');
    expect(read.revisions.map((r) => r.author)).toEqual(['Ada Lovelace']);
    const { revisions: stored } = projectFromBackup(read, 'p2', 100);
    expect(stored.map((r) => [r.text, r.author])).toEqual([['Belt', 'Ada Lovelace']]);
  });

  it('round-trip inline codes with their native code, and the markup kept from an XLIFF 2 file', () => {
    const kept: Segment = {
      ...segment,
      codes: [
        {
          n: 1,
          kind: 'standalone',
          element: 'ph',
          id: '1',
          data: '<ph id="1"/>',
          original: '<br/>',
        },
      ],
      preserved: {
        format: 'xliff2',
        path: [
          { key: 'xliff', name: 'xliff', attributes: [] },
          { key: 'f1', name: 'file', attributes: [['id', 'f1']] },
          {
            key: 'f1/u:1',
            name: 'unit',
            attributes: [['id', '1']],
            head: ['<gls:glossary xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"/>'],
            notes: ['<note>n</note>'],
            data: ['<data id="d1">x</data>'],
            matches: ['<mtc:match xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"/>'],
          },
        ],
        segment: [['id', 's1']],
        comments: ['n'],
        noTarget: true,
      },
    };
    const backup = createBackup(meta, [kept], revisions, 99);
    expect(parseBackup(serializeBackup(backup), 'b.json')).toEqual(backup);
  });

  it('refuses preserved markup that is not [name, value] pairs, naming the field', () => {
    const bad = edited('segments.0.preserved', {
      format: 'xliff2',
      path: [],
      segment: [['id']],
      comments: [],
    });
    expect(parseError(bad).params['path']).toBe('segments[0].preserved.segment[0]');
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
      'one of import, typing, replace, restore, undo, redo, status, merge, split, align, fix, learned, tm',
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

describe('parseBackup limits (issue 12, item 1)', () => {
  /** A one-segment backup whose object `patch` changes before it is serialized. */
  const hostile = (patch: (b: Record<string, unknown>) => void): string => {
    const b = JSON.parse(serializeBackup(createBackup(meta, [segment], revisions, 1))) as Record<
      string,
      unknown
    >;
    patch(b);
    return JSON.stringify(b);
  };
  const segmentsOf = (b: Record<string, unknown>) => b['segments'] as Record<string, unknown>[];

  it('refuses a segment of 20,000,000 characters as too long, naming the segment', () => {
    const json = hostile((b) => void (segmentsOf(b)[0]!['text'] = 'a'.repeat(20_000_000)));
    const error = inputErrorOf(() => parseBackup(json, 'huge.json'));
    expect(error.code).toBe('errors.segmentTooLong');
    expect(error.params).toEqual({ file: 'huge.json', n: 1, length: 20_000_000, limit: 100_000 });
  });

  it('refuses a segment whose MT is over the character limit', () => {
    const json = hostile((b) => void (segmentsOf(b)[0]!['mt'] = 'a'.repeat(100_001)));
    expect(inputErrorOf(() => parseBackup(json, 'b.json')).code).toBe('errors.segmentTooLong');
  });

  it('refuses 150,000 segments before reading any of them', () => {
    const json = hostile((b) => void (b['segments'] = new Array(150_000).fill(0)));
    const error = inputErrorOf(() => parseBackup(json, 'many.json'));
    expect(error.code).toBe('errors.tooManySegments');
    expect(error.params).toEqual({ file: 'many.json', count: 150_000, limit: 80_000 });
  });

  it('refuses 400,000 revisions before reading any of them', () => {
    const json = hostile((b) => void (b['revisions'] = new Array(400_000).fill(0)));
    const error = inputErrorOf(() => parseBackup(json, 'rev.json'));
    expect(error.code).toBe('errors.tooManyRevisions');
    expect(error.params).toEqual({ file: 'rev.json', count: 400_000, limit: 200_000 });
  });

  it('refuses more than 10,000 revisions of one segment, naming the segment', () => {
    const json = hostile((b) => {
      b['revisions'] = Array.from({ length: 10_001 }, (_, i) => ({
        ...revisions[1],
        id: i + 1,
      }));
    });
    const error = inputErrorOf(() => parseBackup(json, 'rev.json'));
    expect(error.code).toBe('errors.tooManySegmentRevisions');
    expect(error.params).toEqual({ file: 'rev.json', n: 1, limit: 10_000 });
  });

  it('accepts 10,000 revisions of one segment', () => {
    const json = hostile((b) => {
      b['revisions'] = Array.from({ length: 10_000 }, (_, i) => ({ ...revisions[1], id: i + 1 }));
    });
    expect(parseBackup(json, 'rev.json').revisions).toHaveLength(10_000);
  });

  it('refuses a revision text over the character limit, naming its JSON path', () => {
    const json = hostile((b) => {
      b['revisions'] = [{ ...revisions[1], text: 'x'.repeat(100_001) }];
    });
    const error = inputErrorOf(() => parseBackup(json, 'b.json'));
    expect(error.code).toBe('errors.backupTooLong');
    expect(error.params).toEqual({
      file: 'b.json',
      path: 'revisions[0].text',
      length: 100_001,
      limit: 100_000,
    });
  });

  it('refuses a segment with more comments than a segment may carry', () => {
    const comment = { id: 'c', text: 'ok', author: 'me', createdAt: 1 };
    const json = hostile(
      (b) => void (segmentsOf(b)[0]!['comments'] = new Array(1_001).fill(comment)),
    );
    const error = inputErrorOf(() => parseBackup(json, 'b.json'));
    expect(error.code).toBe('errors.backupTooMany');
    expect(error.params).toEqual({
      file: 'b.json',
      path: 'segments[0].comments',
      count: 1_001,
      limit: 1_000,
    });
  });

  it('refuses backup text longer than the 50 MB file limit', () => {
    const error = inputErrorOf(() => parseBackup(' '.repeat(50 * 1024 * 1024 + 1), 'big.json'));
    expect(error.code).toBe('errors.tooLarge');
  });
});

describe('the quality assessment in a backup (issue 15)', () => {
  const errors = [
    {
      id: 'e1',
      segmentId: 's1',
      span: { start: 0, end: 4 },
      quote: 'Belt',
      categoryId: 'wrong-term',
      severityId: 'major',
      comment: 'Official term',
      author: 'Ann',
      createdAt: 4,
      changedAt: 5,
    },
    {
      id: 'e2',
      segmentId: 's1',
      span: { start: 4, end: 4 },
      quote: 'one',
      categoryId: 'addition',
      severityId: 'minor',
      author: 'Ann',
      createdAt: 6,
      changedAt: 6,
      detached: true as const,
    },
    {
      id: 'e3',
      segmentId: 's1',
      categoryId: 'style',
      severityId: 'neutral',
      author: 'Bo',
      createdAt: 7,
      changedAt: 7,
    },
  ];
  const lqa = {
    scorecard: MQM_CORE_SCORECARD,
    errors,
    rework: [{ segmentId: 's1', errorIds: ['e1'], note: 'Use the term', by: 'Ann', at: 8 }],
  };
  const backup = createBackup(meta, [segment], revisions, 99, lqa);
  /** The backup as JSON with its `lqa` changed by `edit`. */
  const withLqa = (edit: (lqa: Record<string, unknown>) => void) => {
    const root = JSON.parse(serializeBackup(backup)) as Record<string, unknown>;
    edit(root['lqa'] as Record<string, unknown>);
    return JSON.stringify(root);
  };
  const errorsOf = (l: Record<string, unknown>) => l['errors'] as Record<string, unknown>[];

  it('is written as version 2 and reads back unchanged', () => {
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(parseBackup(serializeBackup(backup), 'b.json')).toEqual(backup);
  });

  it('is left out, as version 1, when nothing was assessed', () => {
    const none = createBackup(meta, [segment], revisions, 99, { ...lqa, errors: [], rework: [] });
    expect([none.version, 'lqa' in none]).toEqual([1, false]);
  });

  it('is left out when the scorecard is a copy of the default one', () => {
    const copy = structuredClone(MQM_CORE_SCORECARD);
    const none = createBackup(meta, [segment], revisions, 99, {
      scorecard: copy,
      errors: [],
      rework: [],
    });
    expect(none.version).toBe(1);
  });

  it('keeps older backups readable: the fixture has none and opens', () => {
    const old = parseBackup(fixtureText, 'old.json');
    expect([old.version, old.lqa]).toEqual([1, undefined]);
  });

  it.each([
    [
      'an error on a segment the backup does not have',
      (l: Record<string, unknown>) => (errorsOf(l)[0]!['segmentId'] = 'nope'),
      'lqa.errors[0].segmentId',
    ],
    [
      'a span past the text',
      (l: Record<string, unknown>) => (errorsOf(l)[0]!['span'] = { start: 2, end: 40 }),
      'lqa.errors[0].span',
    ],
    [
      'a negative offset',
      (l: Record<string, unknown>) => (errorsOf(l)[0]!['span'] = { start: -1, end: 2 }),
      'lqa.errors[0].span.start',
    ],
    [
      'a category the scorecard lacks',
      (l: Record<string, unknown>) => (errorsOf(l)[1]!['categoryId'] = 'nope'),
      'lqa.errors[1].categoryId',
    ],
    [
      'a severity the scorecard lacks',
      (l: Record<string, unknown>) => (errorsOf(l)[2]!['severityId'] = 'blocker'),
      'lqa.errors[2].severityId',
    ],
    [
      'two errors with one id',
      (l: Record<string, unknown>) => (errorsOf(l)[1]!['id'] = 'e1'),
      'lqa.errors[1].id',
    ],
    [
      'a bad scorecard',
      (l: Record<string, unknown>) =>
        ((l['scorecard'] as Record<string, unknown>)['referenceWords'] = 'many'),
      'lqa.scorecard.referenceWords',
    ],
    [
      'a flag on a missing segment',
      (l: Record<string, unknown>) =>
        ((l['rework'] as Record<string, unknown>[])[0]!['segmentId'] = 'x'),
      'lqa.rework[0].segmentId',
    ],
  ])('refuses %s, naming the JSON path', (_, edit, path) => {
    const error = parseError(withLqa(edit));
    expect([error.code, error.params['path']]).toEqual(['errors.backupField', path]);
  });

  it('refuses more errors than a project may carry (MAX_ERRORS)', () => {
    const json = withLqa((l) => {
      l['errors'] = new Array(MAX_ERRORS + 1).fill(errors[2]);
    });
    const error = parseError(json);
    expect([error.code, error.params['path'], error.params['limit']]).toEqual([
      'errors.backupTooMany',
      'lqa.errors',
      MAX_ERRORS,
    ]);
  });
});
