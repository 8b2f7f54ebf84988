/**
 * The readable part of a share token (issue 14). A token is
 * `v1.<project>.<access>.<issued>.<expires>.<signature>`: project id, access (`owner`|`edit`|`view`),
 * issue and expiry time in whole seconds since the epoch (`0`: never expires), and a base64url
 * HMAC-SHA256 of everything before the last dot under the project's secret. Only the server can check
 * the signature (src/server/tokens.ts); a client reads the claims to know which project a link opens.
 * Every part is URL-safe, so a token can sit in a link's fragment as is.
 */
import { ACCESS_LEVELS, type Access } from './protocol.ts';

/** What a token says, before its signature is checked. */
export interface TokenClaims {
  readonly project: string;
  readonly access: Access;
  /** Seconds since the epoch. */
  readonly issuedAt: number;
  /** Seconds since the epoch, or undefined when the token does not expire. */
  readonly expiresAt?: number;
}

export const TOKEN_VERSION = 'v1';

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECONDS = /^(0|[1-9][0-9]{0,11})$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/** The signed text of a token with these claims: everything before `.<signature>`. */
export function tokenBody(claims: TokenClaims): string {
  return [
    TOKEN_VERSION,
    claims.project,
    claims.access,
    String(claims.issuedAt),
    String(claims.expiresAt ?? 0),
  ].join('.');
}

/**
 * Splits a token into its claims, signed body and signature, or undefined when it is not shaped like
 * one (wrong version, unknown access, bad number, bad signature length). Checks nothing else.
 */
export function parseToken(
  token: string,
): { claims: TokenClaims; body: string; signature: string } | undefined {
  const parts = token.split('.');
  if (parts.length !== 6) return undefined;
  const [version, project, access, issued, expires, signature] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (version !== TOKEN_VERSION || !PROJECT_ID.test(project)) return undefined;
  if (!(ACCESS_LEVELS as readonly string[]).includes(access)) return undefined;
  if (!SECONDS.test(issued) || !SECONDS.test(expires) || !SIGNATURE.test(signature)) {
    return undefined;
  }
  const expiresAt = Number(expires);
  const claims: TokenClaims = {
    project,
    access: access as Access,
    issuedAt: Number(issued),
    ...(expiresAt === 0 ? {} : { expiresAt }),
  };
  return { claims, body: parts.slice(0, 5).join('.'), signature };
}
