/**
 * The part of the `docx` package's API that core uses, for `tsc -p src/core` only (its tsconfig maps
 * `docx` here). The package's own declarations start with `/// <reference types="node" />`, which would
 * bring Node's types into core and let Node-only code (Buffer, process) compile there; core must stay
 * runnable in a browser worker (GUIDE part 2). The root tsconfig checks the same files against the
 * package's real declarations, so this subset cannot drift from them unnoticed.
 */
// @ts-nocheck


/** Word's paragraph styles for headings. */
export declare const HeadingLevel: {
  readonly HEADING_1: 'Heading1';
  readonly HEADING_2: 'Heading2';
  readonly HEADING_3: 'Heading3';
};

/** The run language (`w:lang`). */
interface LanguageOptions {
  readonly value?: string;
  readonly eastAsia?: string;
  readonly bidirectional?: string;
}

export declare type IStylesOptions = {
  readonly default?: {
    readonly document?: { readonly run?: { readonly language?: LanguageOptions } };
  };
};

interface RunOptions {
  readonly text?: string;
  readonly break?: number;
}

export declare class TextRun {
  constructor(options: RunOptions | string);
}

export declare type ParagraphChild = TextRun;

export declare class Paragraph {
  constructor(options: {
    readonly children?: readonly ParagraphChild[];
    readonly heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
  });
}

export declare type ICommentOptions = {
  readonly id: number;
  readonly children: readonly Paragraph[];
  readonly initials?: string;
  readonly author?: string;
  readonly date?: Date;
};

export declare class Document {
  constructor(options: {
    readonly sections: readonly { readonly children: readonly Paragraph[] }[];
    readonly title?: string;
    readonly creator?: string;
    readonly styles?: IStylesOptions;
    readonly comments?: { readonly children: readonly ICommentOptions[] };
    readonly features?: { readonly trackRevisions?: boolean };
  });
}

export declare class Packer {
  static toArrayBuffer(
    document: Document,
    prettify?: boolean,
    overrides?: readonly { readonly path: string; readonly data: string }[],
  ): Promise<ArrayBuffer>;
}
