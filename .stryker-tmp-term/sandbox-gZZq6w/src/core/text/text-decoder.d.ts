/**
 * The part of the WHATWG Encoding API that core uses. Core compiles without the DOM and Node libraries
 * (src/core/tsconfig.json), yet `TextDecoder` is a global in every runtime core targets (browsers, Node
 * ≥ 11, workers). These declarations have exactly the shape of lib.dom.d.ts's, so when the root tsconfig
 * compiles this file together with DOM and @types/node they merge instead of conflicting.
 */
// @ts-nocheck


interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: Uint8Array): string;
}

// `var`, as in lib.dom.d.ts: a `let`/`const` would conflict with it instead of merging.
// eslint-disable-next-line no-var
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
