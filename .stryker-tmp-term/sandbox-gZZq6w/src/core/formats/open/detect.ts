// @ts-nocheck
const BILINGUAL_EXTENSIONS = ['xlf', 'xliff', 'xlf2', 'tmx', 'tsv', 'tab', 'csv'];

/**
 * True when a file should be read as a bilingual interchange file rather than a plain document: by its
 * extension, or for `.xml` by its root element (`<xliff` or `<tmx` in the first kilobyte).
 */
export function isBilingualFile(fileName: string, bytes: Uint8Array): boolean {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (BILINGUAL_EXTENSIONS.includes(ext)) return true;
  if (ext !== 'xml') return false;
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 1024); i += 1)
    head += String.fromCharCode(bytes[i] ?? 0);
  return /<(xliff|tmx)[\s>]/.test(head.replace(/\0/g, ''));
}
