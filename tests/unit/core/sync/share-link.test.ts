import { describe, expect, it } from 'vitest';
import { shareLink, tokenOfLink } from '../../../../src/core/sync/share-link.ts';
import { parseToken, tokenBody } from '../../../../src/core/sync/token-claims.ts';

const token = `${tokenBody({ project: 'abc_DEF-1', access: 'view', issuedAt: 1_800_000_000 })}.${'s'.repeat(43)}`;

describe('share links', () => {
  it('put the token in the fragment of the app URL', () => {
    expect(shareLink('https://verso.example/', token)).toBe(
      `https://verso.example/#share=${token}`,
    );
  });

  it('replace a fragment the app URL already has', () => {
    expect(shareLink('http://127.0.0.1:4173/#old', token)).toBe(
      `http://127.0.0.1:4173/#share=${token}`,
    );
  });

  it('give back their token', () => {
    expect(tokenOfLink(shareLink('http://127.0.0.1:4173/', token))).toBe(token);
  });

  it('a URL without a token-shaped share fragment has no token', () => {
    expect(tokenOfLink('http://127.0.0.1:4173/')).toBeUndefined();
    expect(tokenOfLink('http://127.0.0.1:4173/#share=nonsense')).toBeUndefined();
  });

  it('a client reads the project and access of a token without the secret', () => {
    expect(parseToken(token)?.claims).toEqual({
      project: 'abc_DEF-1',
      access: 'view',
      issuedAt: 1_800_000_000,
    });
  });
});
