/**
 * A look at the start of an XML document — its root element's name, namespace and version — to tell
 * XLIFF 1.2, XLIFF 2 and TMX apart before the real (strict) parse.
 */
// @ts-nocheck


export interface XmlRootSniff {
  /** Local name of the root element. */
  readonly local: string;
  /** Its namespace, from the `xmlns`/`xmlns:prefix` declaration on the root (`''` when none). */
  readonly uri: string;
  readonly version: string | undefined;
}

/** How far into the text the root element is looked for. */
const SNIFF_CHARS = 64 * 1024;

/** The root element of XML text, or `undefined` when the text does not start like XML. */
export function sniffXmlRoot(text: string): XmlRootSniff | undefined {
  const head = text.slice(0, SNIFF_CHARS);
  let i = 0;
  for (;;) {
    while (i < head.length && ' \t\r\n\uFEFF'.includes(head[i]!)) i++;
    if (head.startsWith('<?', i)) i = skipPast(head, '?>', i);
    else if (head.startsWith('<!--', i)) i = skipPast(head, '-->', i);
    else if (head.startsWith('<!DOCTYPE', i)) i = skipDoctype(head, i);
    else break;
    if (i < 0) return undefined;
  }
  const tag = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(
    head.slice(i),
  );
  if (!tag) return undefined;
  const [prefix, local] = tag[1]!.includes(':') ? tag[1]!.split(':', 2) : ['', tag[1]!];
  const attributes = new Map<string, string>();
  for (const a of tag[2]!.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(a[1]!, a[2] ?? a[3] ?? '');
  }
  return {
    local: local!,
    uri: attributes.get(prefix ? `xmlns:${prefix}` : 'xmlns') ?? '',
    version: attributes.get('version'),
  };
}

function skipPast(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

/** Skips `<!DOCTYPE …>`, internal subset `[…]` included. */
function skipDoctype(text: string, from: number): number {
  let inSubset = false;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') inSubset = true;
    else if (c === ']') inSubset = false;
    else if (c === '>' && !inSubset) return i + 1;
  }
  return -1;
}
