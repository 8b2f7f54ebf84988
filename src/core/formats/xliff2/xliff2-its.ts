/**
 * Quality-assessment errors in XLIFF 2.1 as ITS Localization Quality Issue annotations (issue 15; XLIFF
 * 2.1 §5.9 ITS Module, "Localization Quality Issue"; W3C ITS 2.0 §8.15).
 *
 * Written: each error is one marker around its text in the `<target>`, with the issue's attributes on
 * it — `<mrk id="lqi1" type="its:generic" its:locQualityIssueType="misspelling"
 * its:locQualityIssueSeverity="4" its:locQualityIssueComment="…">Fourty</mrk>` — which is what the
 * module's Schematron (its.sch) asks (`type`, when given, is `its:generic`; local attributes rather
 * than `its:locQualityIssuesRef` when a marker carries one issue) and what ITS tools read (the local
 * form; Okapi's XLIFF 2 filter, for one). Every error gets its own marker, so two errors on the same
 * words are two nested markers and no standoff list is needed. A marker that would cross another is
 * written as `<sm>`/`<em>` (§4.7.2: the same annotation, allowed to overlap). A whole-segment error
 * spans the whole target; a detached error, or one on a deleted change, is an empty marker where its
 * text was. `its:version="2.0"` is declared on `<xliff>` (its.sch: ITS markup must be in the scope of
 * a version). Verso's own record of the error rides along in attributes of {@link VERSO_LQA_NS}
 * (`verso:error`, `verso:category`…), which XLIFF allows on markers and other tools ignore.
 *
 * Read: a `<mrk>` or `<sm>`/`<em>` pair of the target that carries Localization Quality Issue
 * attributes (local ones, or `its:locQualityIssuesRef` pointing to an `<its:locQualityIssues>`
 * standoff list in the unit) and no other meaning (no `type` other than `its:generic`, no `ref`,
 * `value` or `translate`) becomes issues, not an inline code; `its:locQualityIssueEnabled="no"`
 * issues are left out.
 */
import { inlineParts, type InlinePart } from '../../model/inline-parts.ts';
import { PLACEHOLDER_PATTERN, type InlineCode } from '../../model/inline-codes.ts';
import { clampSpan, type LqaError } from '../../lqa/error.ts';
import { itsSeverityOf, itsTypeOf } from '../../lqa/its.ts';
import { VERSO_LQA_NS, type ItsIssue, type VersoIssueRecord } from '../../lqa/its-issue.ts';
import { isItsIssueType } from '../../lqa/its-types.ts';
import type { Scorecard } from '../../lqa/scorecard.ts';
import { attributes } from '../../xml/escape.ts';
import { attr, childElements, descendants, XML_NS, type XmlElement } from '../../xml/xml-tree.ts';
import { ITS_NS } from './xliff2-context.ts';

/** The prefixes the writer declares on `<xliff>` for the annotations. */
export const ITS_PREFIX = 'its';
export const VERSO_PREFIX = 'verso';

/** The `<xliff>` attributes the annotations need (namespaces and the ITS version). */
export const ITS_ROOT_ATTRIBUTES: readonly (readonly [string, string])[] = [
  [`xmlns:${ITS_PREFIX}`, ITS_NS],
  [`xmlns:${VERSO_PREFIX}`, VERSO_LQA_NS],
  [`${ITS_PREFIX}:version`, '2.0'],
];

/** What the writer needs to annotate a segment's target. */
export interface IssueContext {
  readonly scorecard: Scorecard;
  /** A marker id unused in the unit. */
  readonly freshId: () => string;
}

/** A segment's target text with its errors as marker codes, and the numbers of those codes. */
export interface AnnotatedText {
  readonly text: string;
  readonly codes: readonly InlineCode[];
  readonly markers: ReadonlySet<number>;
}

/**
 * The target `text` (with its `codes`) with each error as a pair of placeholders of a new `<mrk>` code
 * around its span (spans inside a placeholder pushed past it). At one offset, markers that end come
 * first, then empty ones, then those that start (outer before inner), so that nested spans nest.
 */
export function annotateTarget(
  text: string,
  codes: readonly InlineCode[],
  errors: readonly LqaError[],
  context: IssueContext,
): AnnotatedText {
  if (errors.length === 0) return { text, codes, markers: new Set() };
  let n = Math.max(0, ...codes.map((c) => c.n));
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) n = Math.max(n, Number(m[2]));
  const events: { at: number; order: number; tie: number; mark: string }[] = [];
  const added: InlineCode[] = [];
  const markers = new Set<number>();
  errors.forEach((error, k) => {
    const span = error.span
      ? clampSpan(
          {
            start: pastPlaceholder(text, error.span.start),
            end: pastPlaceholder(text, error.span.end),
          },
          text.length,
        )
      : { start: 0, end: text.length };
    n += 1;
    markers.add(n);
    const id = context.freshId();
    added.push(
      { n, kind: 'open', element: 'mrk', id, data: markerStart(id, error, context.scorecard) },
      { n, kind: 'close', element: 'mrk', id, data: '</mrk>' },
    );
    const point = span.start === span.end;
    events.push({
      at: span.start,
      order: point ? 1 : 2,
      tie: point ? k : -span.end,
      mark: `\u27E8${n}\u27E9`,
    });
    events.push({
      at: span.end,
      order: point ? 1 : 0,
      tie: point ? k : -span.start,
      mark: `\u27E8/${n}\u27E9`,
    });
  });
  events.sort((a, b) => a.at - b.at || a.order - b.order || a.tie - b.tie);
  let out = '';
  let last = 0;
  for (const e of events) {
    out += text.slice(last, e.at) + e.mark;
    last = e.at;
  }
  return { text: out + text.slice(last), codes: [...codes, ...added], markers };
}

/** `offset`, or the end of the placeholder it falls inside. */
function pastPlaceholder(text: string, offset: number): number {
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (m.index >= offset) break;
    const end = m.index + m[0].length;
    if (offset < end) return end;
  }
  return offset;
}

/** The start tag of an error's marker: ITS attributes, then Verso's record. */
function markerStart(id: string, error: LqaError, scorecard: Scorecard): string {
  const its = (name: string) => `${ITS_PREFIX}:${name}`;
  const verso = (name: string) => `${VERSO_PREFIX}:${name}`;
  return `<mrk${attributes({
    id,
    type: 'its:generic',
    [its('locQualityIssueType')]: itsTypeOf(scorecard, error.categoryId),
    [its('locQualityIssueSeverity')]: String(itsSeverityOf(scorecard, error.severityId)),
    [its('locQualityIssueComment')]: error.comment,
    [verso('error')]: error.id,
    [verso('category')]: error.categoryId,
    [verso('severity')]: error.severityId,
    [verso('author')]: error.author,
    [verso('created')]: String(error.createdAt),
    [verso('changed')]: String(error.changedAt),
    [verso('quote')]: error.quote,
    [verso('scope')]: error.span ? undefined : 'segment',
    [verso('detached')]: error.detached ? 'yes' : undefined,
  })}>`;
}

/**
 * The marker pairs of `parts` (codes numbered in `markers`) that can be `<mrk>` elements: both halves
 * there and not crossing a pair kept before (the generic writer's other codes are empty elements, so
 * only markers can cross). The others are written as `<sm>`/`<em>`.
 */
export function nestedMarkers(
  parts: readonly InlinePart[],
  markers: ReadonlySet<number>,
): ReadonlySet<number> {
  const kept: [number, number][] = [];
  const nested = new Set<number>();
  parts.forEach((part, open) => {
    if (part.kind !== 'code' || part.code.kind !== 'open' || !markers.has(part.code.n)) return;
    const close = part.partner;
    if (close === undefined) return;
    const crosses = kept.some(
      ([a, b]) => (a < open && open < b && b < close) || (open < a && a < close && close < b),
    );
    if (crosses) return;
    kept.push([open, close]);
    nested.add(part.code.n);
  });
  return nested;
}

/** A marker code written in the generic writer: `<mrk>…</mrk>` when nested, else `<sm/>`/`<em/>`. */
export function markerXml(code: InlineCode, nested: boolean): string {
  if (nested) return code.data;
  if (code.kind === 'close') return `<em${attributes({ startRef: code.id })}/>`;
  return code.data.replace(/^<mrk\b/, '<sm').replace(/>$/, '/>');
}

/** The parts of an annotated target (see {@link annotateTarget}). */
export function annotatedParts(annotated: AnnotatedText): InlinePart[] {
  return inlineParts(annotated.text, annotated.codes);
}

/** The ITS Localization Quality Issue attributes a marker can carry. */
const LQI_ATTRIBUTES = new Set([
  'locQualityIssueType',
  'locQualityIssueComment',
  'locQualityIssueSeverity',
  'locQualityIssueProfileRef',
  'locQualityIssueEnabled',
  'locQualityIssuesRef',
]);

/**
 * True when `element` (a `<mrk>` or `<sm>`) is only a quality-issue annotation: it carries
 * Localization Quality Issue attributes and no other meaning (see the module comment).
 */
export function isIssueMarker(element: XmlElement): boolean {
  if (element.local !== 'mrk' && element.local !== 'sm') return false;
  if (!element.attributes.some((a) => a.uri === ITS_NS && LQI_ATTRIBUTES.has(a.local)))
    return false;
  const type = attr(element, 'type');
  if (type !== undefined && type !== 'its:generic') return false;
  return ['ref', 'value', 'translate'].every((name) => attr(element, name) === undefined);
}

/**
 * Collects the issues of one segment's target as the reader builds its text: a `<mrk>` marker from
 * its start to its end offset, an `<sm>` until the `<em>` that closes it (or the end of the text).
 */
export class IssueCollector {
  readonly issues: ItsIssue[] = [];
  private readonly open = new Map<string, { element: XmlElement; start: number }>();
  private standoff: Map<string, XmlElement> | undefined;

  /** `unit`: the `<unit>` element, where standoff issue lists are looked up. */
  constructor(private readonly unit: XmlElement) {}

  /** Records a `<mrk>` marker that covered `[start, end)`. */
  marker(element: XmlElement, start: number, end: number): void {
    this.add(element, start, end);
  }

  /** An `<sm>` at `at`. */
  startMarker(element: XmlElement, at: number): void {
    this.open.set(attr(element, 'id') ?? '', { element, start: at });
  }

  /** An `<em>` at `at`; true when it closed an issue marker (it is then no code). */
  endMarker(startRef: string | undefined, at: number): boolean {
    const start = startRef === undefined ? undefined : this.open.get(startRef);
    if (!start) return false;
    this.open.delete(startRef!);
    this.add(start.element, start.start, at);
    return true;
  }

  /** The issues, markers left open closed at `end` (their `<em>` is in a later segment). */
  finish(end: number): ItsIssue[] {
    for (const { element, start } of this.open.values()) this.add(element, start, end);
    this.open.clear();
    return this.issues.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private add(element: XmlElement, start: number, end: number): void {
    const ref = attr(element, 'locQualityIssuesRef', ITS_NS);
    const sources = ref === undefined ? [element] : this.standoffIssues(ref);
    const verso = versoRecord(element);
    for (const source of sources) {
      const local = source === element;
      const value = (name: string) => (local ? attr(source, name, ITS_NS) : attr(source, name));
      if (value('locQualityIssueEnabled') === 'no') continue;
      const type = value('locQualityIssueType');
      const severity = Number(value('locQualityIssueSeverity'));
      const comment = value('locQualityIssueComment');
      this.issues.push({
        start,
        end,
        type: type !== undefined && isItsIssueType(type) ? type : 'other',
        ...(value('locQualityIssueSeverity') !== undefined && severity >= 0 && severity <= 100
          ? { severity }
          : {}),
        ...(comment === undefined || comment.trim() === '' ? {} : { comment }),
        // Verso writes one issue per marker, so its record belongs to a local issue only.
        ...(local && verso ? { verso } : {}),
      });
    }
  }

  /** The `<its:locQualityIssue>` entries of the standoff list `ref` (`#id`) names in the unit. */
  private standoffIssues(ref: string): XmlElement[] {
    if (!this.standoff) {
      this.standoff = new Map();
      for (const e of descendants(this.unit)) {
        if (e.uri !== ITS_NS || e.local !== 'locQualityIssues') continue;
        const id = attr(e, 'id', XML_NS);
        if (id !== undefined && !this.standoff.has(id)) this.standoff.set(id, e);
      }
    }
    const list = this.standoff.get(ref.replace(/^#/, ''));
    return list
      ? childElements(list).filter((c) => c.uri === ITS_NS && c.local === 'locQualityIssue')
      : [];
  }
}

/** Verso's record on a marker, when it has one. */
function versoRecord(element: XmlElement): VersoIssueRecord | undefined {
  const get = (name: string) => attr(element, name, VERSO_LQA_NS);
  const time = (name: string) => {
    const value = get(name);
    const n = value === undefined ? NaN : Number(value);
    return Number.isFinite(n) ? n : undefined;
  };
  const record: VersoIssueRecord = {
    ...optional('id', get('error')),
    ...optional('categoryId', get('category')),
    ...optional('severityId', get('severity')),
    ...optional('author', get('author')),
    ...optional('createdAt', time('created')),
    ...optional('changedAt', time('changed')),
    ...optional('quote', get('quote')),
    ...(get('detached') === 'yes' ? { detached: true } : {}),
    ...(get('scope') === 'segment' ? { whole: true } : {}),
  };
  return Object.keys(record).length > 0 ? record : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
