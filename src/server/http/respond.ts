/** JSON responses and request bodies of the API, with the limits of src/core/sync/protocol.ts. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SyncErrorBody, SyncErrorCode } from '../../core/sync/protocol.ts';
import type { Headers } from './static-files.ts';

/** HTTP status of each error code. */
const STATUS: Record<SyncErrorCode, number> = {
  'token-missing': 401,
  'token-invalid': 401,
  'token-expired': 401,
  'token-wrong-project': 403,
  'access-denied': 403,
  'project-not-found': 404,
  'project-deleted': 404,
  'update-malformed': 400,
  'read-only': 403,
  'message-too-large': 413,
  'body-too-large': 413,
  'body-invalid': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'server-error': 500,
};

/** English wording of each code, for logs and the CLI (the app translates the code). */
export const ERROR_MESSAGES: Record<SyncErrorCode, string> = {
  'token-missing': 'This request needs a share token (Authorization: Bearer …).',
  'token-invalid': 'This share link is not valid: it was not issued by this server or was altered.',
  'token-expired': 'This share link has expired. Ask the project owner for a new one.',
  'token-wrong-project': 'This share link is for another project.',
  'access-denied': 'This share link does not allow that (only the owner can).',
  'project-not-found': 'This project is no longer shared (or never was).',
  'project-deleted': 'The owner stopped sharing this project.',
  'update-malformed': 'The server received a change it cannot read; nothing was stored.',
  'read-only': 'This link can only view the project; changes are not stored.',
  'message-too-large': 'A WebSocket message was over the server’s limit; the socket was closed.',
  'body-too-large': 'The upload is too large.',
  'body-invalid': 'The request body is not valid.',
  'not-found': 'No such endpoint.',
  'method-not-allowed': 'This endpoint does not take this method.',
  'server-error': 'The server failed; try again.',
};

/** Sends a JSON body. API answers are private and never cached. */
export function sendJson(
  res: ServerResponse,
  headers: Headers,
  status: number,
  body: unknown,
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Sends an error body `{ error: { code, message, input? } }` with the code's status. */
export function sendError(
  res: ServerResponse,
  headers: Headers,
  code: SyncErrorCode,
  extra: Partial<SyncErrorBody['error']> = {},
): void {
  const body: SyncErrorBody = { error: { code, message: ERROR_MESSAGES[code], ...extra } };
  if (code === 'body-too-large' || code === 'body-invalid') res.setHeader('Connection', 'close');
  sendJson(res, headers, STATUS[code], body);
}

/** A body over its limit. */
export class BodyTooLarge extends Error {}

/**
 * Reads a request body of at most `limit` bytes. Refuses at once a declared Content-Length over the
 * limit, and stops reading as soon as a streamed body passes it.
 *
 * @throws BodyTooLarge
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}
