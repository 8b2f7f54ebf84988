/** Helpers of the export tests: sample projects and the xmllint validators (Debian libxml2-utils). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportInput } from '../../src/core/export/export-input.ts';
import type { InlineCode } from '../../src/core/model/inline-codes.ts';
import type { ProjectMeta, Segment } from '../../src/core/model/model.ts';
import { hasSharedData, sharedPath } from '../conformance/shared-data.ts';

/** A project's metadata (zh-CN → en unless told). */
export function meta(overrides: Partial<ProjectMeta> = {}): ProjectMeta {
  return {
    id: 'p1',
    name: 'Liaoning plan',
    fileName: 'plan.xlf',
    createdAt: 0,
    updatedAt: 0,
    segmentCount: 0,
    sourceLang: 'zh-CN',
    targetLang: 'en',
    ...overrides,
  };
}

/** A segment; `text` defaults to the MT. */
export function segment(id: string, mt: string, overrides: Partial<Segment> = {}): Segment {
  return {
    id,
    mt,
    text: mt,
    status: 'new',
    comments: [],
    revisionCount: 1,
    updatedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
    ...overrides,
  };
}

/** An export input of the given segments. */
export function input(segments: readonly Segment[], m: Partial<ProjectMeta> = {}): ExportInput {
  return {
    meta: meta({ segmentCount: segments.length, ...m }),
    segments,
    now: Date.UTC(2024, 5, 1),
  };
}

/** A bold pair and a line break, as an XLIFF 2 import makes them. */
export const CODES: readonly InlineCode[] = [
  { n: 1, kind: 'open', element: 'pc', id: '1', data: '<pc id="1">', original: '<b>' },
  { n: 1, kind: 'close', element: 'pc', id: '1', data: '</pc>', original: '</b>' },
  { n: 2, kind: 'standalone', element: 'ph', id: '2', data: '<ph id="2"/>', original: '<br/>' },
];

/** A few segments covering statuses, comments, codes, a missing source and hostile text. */
export function sampleSegments(): Segment[] {
  return [
    segment('s1', 'The Belt and Road initiative', {
      source: '共建“一带一路”倡议',
      text: 'The Belt and Road Initiative',
      status: 'approved',
      externalId: 'u1',
      comments: [{ id: 'c1', text: 'Official name & <capital> I', author: 'Ann', createdAt: 5 }],
    }),
    segment('s2', 'Paragraph one: ⟨1⟩win win⟨/1⟩ cooperation.⟨2/⟩', {
      source: '第一段：⟨1⟩合作⟨/1⟩共赢。⟨2/⟩',
      text: 'Paragraph one: ⟨1⟩win-win⟨/1⟩ cooperation.⟨2/⟩',
      status: 'edited',
      codes: CODES,
      externalId: 'u2/s1',
    }),
    segment('s3', '  <script>alert(1)</script> ]]> & \u0001', { status: 'rejected' }),
    segment('s4', 'Boilerplate', { source: '版权所有', status: 'excluded' }),
  ];
}

/**
 * An XLIFF 2 unit whose source and target mark a term with `<mrk>`, which a glossary entry of the
 * Glossary module refers to, and with a note: markup the writer must keep in place.
 */
export const XLIFF2_GLOSSARY = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"
    xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0">
  <file id="f1">
    <unit id="1">
      <gls:glossary>
        <gls:glossEntry ref="#m1"><gls:term source="publicTermbase">TAB key</gls:term></gls:glossEntry>
      </gls:glossary>
      <notes><note id="n1" category="context">UI string</note></notes>
      <segment id="s1">
        <source>Press the <mrk id="m1" type="term">TAB key</mrk>.</source>
        <target>Drücken Sie die <mrk id="m2" type="term">TAB-TASTE</mrk>.</target>
      </segment>
    </unit>
  </file>
</xliff>`;

/** Where xmllint is, or `undefined` (the validation tests then skip, saying so). */
export const XMLLINT = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((p) => existsSync(p));
if (!XMLLINT) console.warn('skipping: xmllint is absent (apt-get install libxml2-utils)');

/** The schemas the exports must be valid against, under ../shared/data. */
export const SCHEMAS = {
  xliff2: 'xliff2-oasis/xliff-21/schemas/xliff_core_2.0.xsd',
  xliff2Matches: 'xliff2-oasis/xliff-21/schemas/matches.xsd',
  /** The core and every module schema of XLIFF 2.1 at once (a wrapper importing them all). */
  xliff2Modules: 'xliff2-oasis/xliff-21/schemas/xliff_core_2.0.xsd',
  xliff12: 'schemas/xliff12/xliff-core-1.2-strict.LOCAL-xmlxsd.xsd',
  tmx: 'schemas/tmx14/tmx14.dtd',
} as const;

/** True when xmllint and the schemas are there. */
export const canValidate = XMLLINT !== undefined && hasSharedData(SCHEMAS.xliff2);

/** Checks that documents are well-formed XML with xmllint in one run; '' when all are. */
export function wellFormed(documents: readonly string[]): string {
  return xmllint(() => [], documents);
}

/**
 * Validates documents with xmllint in one run (`--schema` for XSD, `--dtdvalid` for the TMX DTD) and
 * returns its complaints, '' when every document is valid. Remote schema imports resolve through
 * ../shared/data/schemas/catalog.xml, never the network.
 */
export function validate(schema: keyof typeof SCHEMAS, documents: readonly string[]): string {
  const mode = schema === 'tmx' ? '--dtdvalid' : '--schema';
  return xmllint(
    (dir) => [
      mode,
      schema === 'xliff2Modules' ? writeModulesSchema(dir) : sharedPath(SCHEMAS[schema]),
    ],
    documents,
  );
}

/** Runs xmllint on `documents` with the options `options` gives for the scratch folder `dir`. */
function xmllint(
  options: (dir: string) => readonly string[],
  documents: readonly string[],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'verso-export-'));
  try {
    const files = documents.map((text, i) => {
      const file = join(dir, `doc${i}.xml`);
      writeFileSync(file, text);
      return file;
    });
    const result = spawnSync(XMLLINT!, ['--noout', '--nonet', ...options(dir), ...files], {
      encoding: 'utf8',
      env: { ...process.env, XML_CATALOG_FILES: sharedPath('schemas/catalog.xml') },
    });
    if (result.status === 0) return '';
    return `${result.stderr}`.replaceAll(dir, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The module schemas of XLIFF 2.1 by namespace (../shared/data/xliff2-oasis/xliff-21/schemas). */
const MODULE_SCHEMAS: Readonly<Record<string, string>> = {
  'urn:oasis:names:tc:xliff:document:2.0': 'xliff_core_2.0.xsd',
  'urn:oasis:names:tc:xliff:fs:2.0': 'fs.xsd',
  'urn:oasis:names:tc:xliff:glossary:2.0': 'glossary.xsd',
  'http://www.w3.org/2005/11/its': 'its.xsd',
  'urn:oasis:names:tc:xliff:itsm:2.1': 'itsm.xsd',
  'urn:oasis:names:tc:xliff:matches:2.0': 'matches.xsd',
  'urn:oasis:names:tc:xliff:metadata:2.0': 'metadata.xsd',
  'urn:oasis:names:tc:xliff:resourcedata:2.0': 'resource_data.xsd',
  'urn:oasis:names:tc:xliff:sizerestriction:2.0': 'size_restriction.xsd',
  'urn:oasis:names:tc:xliff:validation:2.0': 'validation.xsd',
  'urn:oasis:names:tc:xliff:changetracking:2.0':
    'informativeCopiesOf3rdPartySchemas/extensions/change_tracking.xsd',
};

/**
 * A schema importing the XLIFF 2.1 core and every module schema, so that module content (laxly
 * allowed by the core schema) is validated too. Written into `dir`; returns its path.
 */
function writeModulesSchema(dir: string): string {
  const base = sharedPath('xliff2-oasis/xliff-21/schemas/');
  const imports = Object.entries(MODULE_SCHEMAS).map(
    ([ns, file]) => `<xs:import namespace="${ns}" schemaLocation="${base}${file}"/>`,
  );
  const file = join(dir, 'xliff21-modules.xsd');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:verso:test">\n${imports.join('\n')}\n</xs:schema>\n`,
  );
  return file;
}
