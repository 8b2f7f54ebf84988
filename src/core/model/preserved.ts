/**
 * Markup of an interchange file that Verso carries along without editing it, so that an export writes
 * it back in place (issue 11 item 2): the modules and extensions of an XLIFF 2 file (glossary, metadata,
 * translation candidates, validation rules, resource data, other namespaces), the notes Verso did not
 * write, the attributes of files, groups and units, and their ids, which module content refers to
 * (`<gls:glossEntry ref="#m1">`). Only the XLIFF 2 reader makes it and only the XLIFF 2 writer reads it;
 * storage, backups, merges and splits pass it through unread.
 *
 * Every XML string here is namespace-complete: it declares the prefixes it uses, so it can be written
 * inside any XLIFF 2 document.
 */

/** Attributes as `[qualified name, value]`, namespace declarations they need included. */
export type PreservedAttributes = readonly (readonly [string, string])[];

/** One element around a segment in its file: the root, a file, a group or the unit. */
export interface PreservedElement {
  /**
   * Identifies the element in the file (`xliff`, `f1`, `f1/g:g1`, `f1/u:tu1`…): consecutive segments
   * with the same key are written inside one element.
   */
  readonly key: string;
  readonly name: 'xliff' | 'file' | 'group' | 'unit';
  /** Its attributes, except those the writer sets itself (version, languages, namespace of the core). */
  readonly attributes: PreservedAttributes;
  /**
   * Its content Verso does not edit, child by child in document order (a skeleton, module and extension
   * elements; for a file or group also its `<notes>`). Carried by the first segment inside the element
   * only, so that it is written once.
   */
  readonly head?: readonly string[];
  /** A unit's `<mtc:match>` elements (written beside Verso's own MT candidate), first segment only. */
  readonly matches?: readonly string[];
  /** A unit's `<note>` elements (written beside new comments), first segment only. */
  readonly notes?: readonly string[];
  /** A unit's `<data>` elements (the native codes its inline codes point to), first segment only. */
  readonly data?: readonly string[];
}

/** What an XLIFF 2 segment keeps of its file. */
export interface PreservedXml {
  readonly format: 'xliff2';
  /** The elements around the segment, outermost first: `<xliff>`, `<file>`, any `<group>`s, `<unit>`. */
  readonly path: readonly PreservedElement[];
  /** The `<segment>` element's attributes (its id first), except `state` and `subState`. */
  readonly segment: PreservedAttributes;
  /**
   * The texts the import turned into this segment's comments (unit notes, comment annotations): the
   * file still holds them, so the writer does not add them again as new notes.
   */
  readonly comments: readonly string[];
  /** True when the file gave the segment no `<target>` (the writer then adds none while it is empty). */
  readonly noTarget?: true;
}
