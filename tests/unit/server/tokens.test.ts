import { describe, expect, it } from 'vitest';
import {
  allows,
  newProjectId,
  newSecret,
  readToken,
  signToken,
  verifyToken,
} from '../../../src/server/tokens.ts';

const secret = newSecret();
const project = newProjectId();
const NOW = 1_800_000_000;

describe('share tokens', () => {
  it('a token signed with the project secret verifies and carries its claims', () => {
    const token = signToken(secret, { project, access: 'edit', issuedAt: NOW });
    expect(verifyToken(secret, token, NOW)).toEqual({
      ok: true,
      claims: { project, access: 'edit', issuedAt: NOW },
    });
  });

  it('a token is URL-safe and short enough for a link', () => {
    const token = signToken(secret, {
      project,
      access: 'view',
      issuedAt: NOW,
      expiresAt: NOW + 60,
    });
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(token.length).toBeLessThan(120);
  });

  it('a token signed with another project secret is invalid', () => {
    const token = signToken(newSecret(), { project, access: 'edit', issuedAt: NOW });
    expect(verifyToken(secret, token, NOW)).toEqual({ ok: false, code: 'token-invalid' });
  });

  it('raising the access of a view token breaks its signature', () => {
    const view = signToken(secret, { project, access: 'view', issuedAt: NOW });
    const forged = view.replace('.view.', '.owner.');
    expect(verifyToken(secret, forged, NOW)).toEqual({ ok: false, code: 'token-invalid' });
  });

  it('removing the expiry of a token breaks its signature', () => {
    const token = signToken(secret, { project, access: 'edit', issuedAt: NOW, expiresAt: NOW + 5 });
    const forged = token.replace(`.${NOW + 5}.`, '.0.');
    expect(verifyToken(secret, forged, NOW + 10)).toEqual({ ok: false, code: 'token-invalid' });
  });

  it('a token past its expiry is expired', () => {
    const token = signToken(secret, { project, access: 'edit', issuedAt: NOW, expiresAt: NOW + 5 });
    expect(verifyToken(secret, token, NOW + 4).ok).toBe(true);
    expect(verifyToken(secret, token, NOW + 5)).toEqual({ ok: false, code: 'token-expired' });
  });

  it.each([
    ['empty', ''],
    ['garbage', 'hello'],
    ['a wrong version', `v9.${project}.edit.${NOW}.0.${'A'.repeat(43)}`],
    ['an unknown access', `v1.${project}.admin.${NOW}.0.${'A'.repeat(43)}`],
    ['a short signature', `v1.${project}.edit.${NOW}.0.abc`],
    ['too long', `v1.${'p'.repeat(600)}.edit.${NOW}.0.${'A'.repeat(43)}`],
  ])('a token that is %s is invalid', (_what, token) => {
    expect(verifyToken(secret, token, NOW)).toEqual({ ok: false, code: 'token-invalid' });
    expect(readToken(token)).toBeUndefined();
  });

  it('owner allows edit and view; edit allows view only; view allows nothing more', () => {
    expect([allows('owner', 'owner'), allows('owner', 'edit'), allows('owner', 'view')]).toEqual([
      true,
      true,
      true,
    ]);
    expect([allows('edit', 'owner'), allows('edit', 'edit'), allows('edit', 'view')]).toEqual([
      false,
      true,
      true,
    ]);
    expect([allows('view', 'owner'), allows('view', 'edit'), allows('view', 'view')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('project ids are random and usable as document names', () => {
    const ids = new Set(Array.from({ length: 100 }, newProjectId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
