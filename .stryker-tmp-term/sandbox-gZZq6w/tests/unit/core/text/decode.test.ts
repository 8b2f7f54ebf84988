// @ts-nocheck
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, decodeText, firstInvalidUtf8 } from '../../../../src/core/text/decode.ts';
import { inputErrorOf } from '../../../support/input-error.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(`corpus/fixtures/${name}`));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads plain UTF-8 without a byte-order mark', () => {
    expect(decodeText(utf8('Belt and Road 一带一路'), 'a.txt')).toEqual({
      text: 'Belt and Road 一带一路',
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 byte-order mark and keeps CRLF line ends for segmentation to normalise', () => {
    const { text, encoding } = decodeText(fixture('crlf-bom.txt'), 'crlf-bom.txt');
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('Title line')).toBe(true);
    expect(text).toContain('\r\n');
  });

  it('reads UTF-16LE with a byte-order mark', () => {
    const { text, encoding } = decodeText(fixture('utf16le-bom.txt'), 'utf16le-bom.txt');
    expect(encoding).toBe('utf-16le');
    expect(text.startsWith('Verso fixture: UTF-16LE')).toBe(true);
    expect(text).toContain('第一段：一带一路。');
  });

  it('reads UTF-16BE with a byte-order mark', () => {
    const { text, encoding } = decodeText(fixture('utf16be-bom.txt'), 'utf16be-bom.txt');
    expect(encoding).toBe('utf-16be');
    expect(text).toBe('Verso fixture: UTF-16BE with a byte-order mark.\n\n第二段。\n');
  });

  it('reads Chinese GB18030 text that is not valid UTF-8', () => {
    const { text, encoding } = decodeText(fixture('gb18030.txt'), 'gb18030.txt');
    expect(encoding).toBe('gb18030');
    expect(text.startsWith('辽宁“一带一路”综合试验区建设总体方案\n')).toBe(true);
  });

  it('refuses a file of 0 bytes as empty', () => {
    const error = inputErrorOf(() => decodeText(new Uint8Array(0), 'none.txt'));
    expect(error.code).toBe('errors.empty');
    expect(error.params).toEqual({ file: 'none.txt' });
    expect(error.message).toContain('none.txt');
  });

  it('refuses a file of only whitespace and a byte-order mark as empty', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(' \n\t\r\n\u3000')]);
    expect(inputErrorOf(() => decodeText(bytes, 'blank.txt')).code).toBe('errors.empty');
  });

  it('refuses a file one byte over the 50 MB limit, naming size and limit', () => {
    const error = inputErrorOf(() => decodeText(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.txt'));
    expect(error.code).toBe('errors.tooLarge');
    expect(error.params).toEqual({
      file: 'huge.txt',
      size: MAX_FILE_BYTES + 1,
      limit: MAX_FILE_BYTES,
    });
    expect(error.message).toMatch(/^huge\.txt is 50\.0 MB/);
  });

  it('accepts a file of exactly 50 MB', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES).fill(0x61);
    expect(decodeText(bytes, 'big.txt').text.length).toBe(MAX_FILE_BYTES);
  });

  it('refuses a file with a NUL byte as binary, giving the offset of the first NUL', () => {
    const bytes = new Uint8Array([...utf8('PK header'), 0x03, 0x04, 0x00, 0x00, 0x14]);
    const error = inputErrorOf(() => decodeText(bytes, 'doc.zip.txt'));
    expect(error.code).toBe('errors.binary');
    expect(error.params).toEqual({ file: 'doc.zip.txt', offset: 11 });
    expect(error.message).toContain('byte offset 11');
  });

  it('counts the offset of a NUL from the start of the file, byte-order mark included', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x00, 0x00]);
    expect(inputErrorOf(() => decodeText(bytes, 'x.txt')).params['offset']).toBe(4);
  });

  it('refuses a file made mostly of control bytes as binary', () => {
    const bytes = new Uint8Array([0x61, 0x01, 0x02, 0x03, 0x62, 0x05, 0x06, 0x07, 0x63]);
    const error = inputErrorOf(() => decodeText(bytes, 'ctl.txt'));
    expect(error.code).toBe('errors.binary');
    expect(error.params['offset']).toBe(1);
  });

  it('accepts tabs, form feeds and a rare escape byte in text', () => {
    expect(decodeText(utf8('a\tb\fc\u001b[0m d'), 'ok.txt').text).toBe('a\tb\fc\u001b[0m d');
  });

  it('refuses UTF-16 without a byte-order mark, saying so', () => {
    const error = inputErrorOf(() =>
      decodeText(fixture('utf16le-no-bom.txt'), 'utf16le-no-bom.txt'),
    );
    expect(error.code).toBe('errors.utf16NoBom');
    expect(error.params).toEqual({ file: 'utf16le-no-bom.txt' });
    expect(error.message).toMatch(/UTF-16 .*without a byte-order mark/);
  });

  it('refuses UTF-16BE without a byte-order mark too', () => {
    const bytes = new Uint8Array([0x00, 0x48, 0x00, 0x69, 0x00, 0x0a]);
    expect(inputErrorOf(() => decodeText(bytes, 'be.txt')).code).toBe('errors.utf16NoBom');
  });

  it('refuses Latin-1 text, giving the byte offset and line of the first invalid UTF-8 byte', () => {
    const bytes = fixture('latin1.txt');
    const error = inputErrorOf(() => decodeText(bytes, 'latin1.txt'));
    expect(error.code).toBe('errors.undecodable');
    expect(error.params).toEqual({ file: 'latin1.txt', offset: bytes.indexOf(0xe9), line: 2 });
    expect(error.message).toContain(`byte offset ${bytes.indexOf(0xe9)} (line 2)`);
  });

  it('refuses bytes that are valid GB18030 but do not read as Chinese', () => {
    // Latin-1 "résumé résumé": E9 73 is a valid GB18030 pair, so only the plausibility check refuses it.
    const bytes = new Uint8Array([
      ...utf8('r'),
      0xe9,
      ...utf8('sum'),
      0xe9,
      0x73,
      ...utf8('ome and more words here'),
    ]);
    const error = inputErrorOf(() => decodeText(bytes, 'resume.txt'));
    expect(error.code).toBe('errors.undecodable');
    expect(error.params['offset']).toBe(1);
  });

  it('refuses a UTF-8 file with a byte-order mark that has invalid bytes later', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ok\nok\n'), 0xc3, 0x28]);
    const error = inputErrorOf(() => decodeText(bytes, 'bad.txt'));
    expect(error.code).toBe('errors.undecodable');
    expect(error.params).toEqual({ file: 'bad.txt', offset: 9, line: 3 });
  });

  it('refuses UTF-16LE with a byte-order mark and an unpaired surrogate', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x62, 0x00]);
    const error = inputErrorOf(() => decodeText(bytes, 'sur.txt'));
    expect(error.code).toBe('errors.undecodable');
    expect(error.params).toEqual({ file: 'sur.txt', offset: 6, line: 2 });
  });
});

describe('firstInvalidUtf8', () => {
  it('returns the length for valid UTF-8 including 4-byte sequences', () => {
    const bytes = utf8('a é 你 😀');
    expect(firstInvalidUtf8(bytes)).toBe(bytes.length);
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong two-byte form', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0x61, 0xe0, 0x80, 0xaf], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence at the end', [0x61, 0x62, 0xe4, 0xbd], 2],
    ['a byte never used in UTF-8', [0xff], 0],
  ])('finds %s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });

  it('agrees with the strict TextDecoder on random bytes', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % 256;
    for (let n = 0; n < 500; n++) {
      const bytes = new Uint8Array(
        Array.from({ length: 12 }, () => (next() < 128 ? 0x61 : next())),
      );
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(bytes) === bytes.length).toBe(valid);
    }
  });
});
