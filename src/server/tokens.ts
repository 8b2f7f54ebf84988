/**
 * Signing and checking share tokens (issue 14). The format and its claims are in
 * src/core/sync/token-claims.ts; the key is the project's own random secret, kept in the database, so a
 * token opens only its project and un-sharing (deleting the secret) voids every link at once.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Access, SyncErrorCode } from '../core/sync/protocol.ts';
import { MAX_TOKEN_CHARS } from '../core/sync/protocol.ts';
import { parseToken, tokenBody, type TokenClaims } from '../core/sync/token-claims.ts';

/** Bytes of a project secret (the HMAC-SHA256 key). */
export const SECRET_BYTES = 32;

/** A new random project secret. */
export function newSecret(): Uint8Array {
  return new Uint8Array(randomBytes(SECRET_BYTES));
}

/** A new random project id: 128 bits, base64url (22 characters). */
export function newProjectId(): string {
  return randomBytes(16).toString('base64url');
}

function sign(secret: Uint8Array, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

/** A signed token with these claims. */
export function signToken(secret: Uint8Array, claims: TokenClaims): string {
  const body = tokenBody(claims);
  return `${body}.${sign(secret, body)}`;
}

/** A token's claims when its shape is right, before the signature is checked (to find the secret). */
export function readToken(token: string): TokenClaims | undefined {
  if (token.length > MAX_TOKEN_CHARS) return undefined;
  return parseToken(token)?.claims;
}

/** What checking a token found. */
export type TokenCheck =
  | { readonly ok: true; readonly claims: TokenClaims }
  | { readonly ok: false; readonly code: SyncErrorCode };

/**
 * Checks a token against its project's secret and the time: `token-invalid` when malformed or the
 * signature does not match (compared in constant time), `token-expired` past its expiry.
 *
 * @param nowSeconds the current time in seconds since the epoch
 */
export function verifyToken(secret: Uint8Array, token: string, nowSeconds: number): TokenCheck {
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, code: 'token-invalid' };
  const parsed = parseToken(token);
  if (parsed === undefined) return { ok: false, code: 'token-invalid' };
  const expected = Buffer.from(sign(secret, parsed.body));
  const given = Buffer.from(parsed.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, code: 'token-invalid' };
  }
  const { expiresAt } = parsed.claims;
  if (expiresAt !== undefined && expiresAt <= nowSeconds)
    return { ok: false, code: 'token-expired' };
  return { ok: true, claims: parsed.claims };
}

/** Whether a token with access `has` may do what needs `needs` (owner ⊃ edit ⊃ view). */
export function allows(has: Access, needs: Access): boolean {
  const rank: Record<Access, number> = { view: 0, edit: 1, owner: 2 };
  return rank[has] >= rank[needs];
}
