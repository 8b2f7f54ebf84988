/**
 * The sharing API (issue 14), under /api. Every call but creation and health takes a token in
 * `Authorization: Bearer <token>`; errors are `{ error: { code, message } }` with the codes of
 * src/core/sync/protocol.ts. Documented in src/server/README.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import {
  API_PATH,
  LINK_ACCESS_LEVELS,
  MAX_JSON_BYTES,
  MAX_UPLOAD_BYTES,
  type Access,
  type LinkAccess,
  type SharedProjectMeta,
} from '../../core/sync/protocol.ts';
import { UploadError, type Projects } from '../projects.ts';
import { BodyTooLarge, readBody, sendError, sendJson } from './respond.ts';
import type { Headers } from './static-files.ts';

const gunzipAsync = promisify(gunzip);

/** Longest lifetime of a minted link: ten years, in seconds. */
const MAX_LINK_SECONDS = 10 * 365 * 24 * 3600;

/** What the API needs from the rest of the server. */
export interface ApiContext {
  readonly projects: Projects;
  readonly headers: Headers;
  /** Closes the project's connections here and on the other servers (after it was deleted). */
  readonly projectDeleted: (id: string) => Promise<void>;
  /** For GET /api/health. */
  readonly health: () => Record<string, unknown>;
  /** App URLs of the other servers of the same projects, told to clients to fail over to. */
  readonly peers: readonly string[];
  readonly log: (message: string) => void;
}

function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * Handles a request whose path starts with /api. Returns false for any other path.
 */
export function sharingApi(
  ctx: ApiContext,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const { headers } = ctx;
  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== API_PATH && !path.startsWith(`${API_PATH}/`)) return false;
    const parts = path.slice(API_PATH.length + 1).split('/');
    const method = req.method ?? 'GET';
    try {
      if (parts[0] === 'health' && parts.length === 1) {
        if (method !== 'GET') return (sendError(res, headers, 'method-not-allowed'), true);
        sendJson(res, headers, 200, { ok: true, ...ctx.health() });
        return true;
      }
      if (parts[0] !== 'projects') return (sendError(res, headers, 'not-found'), true);
      if (parts.length === 1) {
        if (method !== 'POST') return (sendError(res, headers, 'method-not-allowed'), true);
        await createProject(ctx, req, res);
        return true;
      }
      const id = parts[1] ?? '';
      const rest = parts.slice(2).join('/');
      if (rest === '' && method === 'GET') await readMeta(ctx, req, res, id);
      else if (rest === '' && method === 'DELETE') await deleteProject(ctx, req, res, id);
      else if (rest === 'base' && method === 'GET') await readBase(ctx, req, res, id);
      else if (rest === 'links' && method === 'POST') await mintLink(ctx, req, res, id);
      else if (rest === '' || rest === 'base' || rest === 'links') {
        sendError(res, headers, 'method-not-allowed');
      } else sendError(res, headers, 'not-found');
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendError(res, headers, 'body-too-large');
        req.resume();
      } else {
        ctx.log(`API ${method} ${path} failed: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) sendError(res, headers, 'server-error');
        else res.destroy();
      }
    }
    return true;
  };
}

/** Checks the request's token; sends the error and returns undefined when it does not allow `needs`. */
async function authorized(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  needs: Access,
) {
  const result = await ctx.projects.authorize(bearer(req), id, needs);
  if (result.ok) return result;
  sendError(res, ctx.headers, result.code);
  return undefined;
}

async function createProject(ctx: ApiContext, req: IncomingMessage, res: ServerResponse) {
  const body = await readBody(req, MAX_UPLOAD_BYTES);
  try {
    const created = await ctx.projects.create(new Uint8Array(body));
    sendJson(res, ctx.headers, 201, { ...created, ...servers(ctx) });
  } catch (error) {
    if (!(error instanceof UploadError)) throw error;
    sendError(res, ctx.headers, 'body-invalid', {
      message: error.input.message,
      input: { code: error.input.code, params: { ...error.input.params } },
    });
  }
}

async function readMeta(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const auth = await authorized(ctx, req, res, id, 'view');
  if (auth === undefined) return;
  const meta: SharedProjectMeta = {
    id: auth.project.id,
    name: auth.project.name,
    createdAt: auth.project.createdAt,
    document: auth.project.id,
    access: auth.access,
    baseBytes: auth.project.baseBytes,
    ...servers(ctx),
  };
  sendJson(res, ctx.headers, 200, meta);
}

/** The other servers a client may fail over to, when there are any. */
function servers(ctx: ApiContext): { servers?: readonly string[] } {
  return ctx.peers.length > 0 ? { servers: ctx.peers } : {};
}

async function readBase(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const auth = await authorized(ctx, req, res, id, 'view');
  if (auth === undefined) return;
  const gzipped = await ctx.projects.base(id);
  if (gzipped === undefined) return sendError(res, ctx.headers, 'project-not-found');
  // Stored compressed; sent as stored to any client that takes gzip (every browser does).
  const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzipOk ? gzipped : await gunzipAsync(gzipped);
  res.writeHead(200, {
    ...ctx.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(body.length),
    Vary: 'Accept-Encoding',
    ...(gzipOk ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(body);
}

async function mintLink(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, id: string) {
  const auth = await authorized(ctx, req, res, id, 'owner');
  if (auth === undefined) return;
  let request: { access?: unknown; expiresIn?: unknown };
  try {
    request = JSON.parse((await readBody(req, MAX_JSON_BYTES)).toString('utf8')) as typeof request;
  } catch (error) {
    if (error instanceof BodyTooLarge) throw error;
    return sendError(res, ctx.headers, 'body-invalid', { message: 'The body is not JSON.' });
  }
  const { access, expiresIn } = request ?? {};
  if (!(LINK_ACCESS_LEVELS as readonly unknown[]).includes(access)) {
    return sendError(res, ctx.headers, 'body-invalid', {
      message: '"access" must be "edit" or "view".',
    });
  }
  if (
    expiresIn !== undefined &&
    (typeof expiresIn !== 'number' ||
      !Number.isInteger(expiresIn) ||
      expiresIn < 1 ||
      expiresIn > MAX_LINK_SECONDS)
  ) {
    return sendError(res, ctx.headers, 'body-invalid', {
      message: `"expiresIn" must be a whole number of seconds from 1 to ${MAX_LINK_SECONDS}.`,
    });
  }
  sendJson(res, ctx.headers, 201, ctx.projects.mint(auth.project, access as LinkAccess, expiresIn));
}

async function deleteProject(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
) {
  const auth = await authorized(ctx, req, res, id, 'owner');
  if (auth === undefined) return;
  await ctx.projects.delete(id);
  await ctx.projectDeleted(id);
  res.writeHead(204, { ...ctx.headers, 'Cache-Control': 'no-store' });
  res.end();
}
