/**
 * Serves the built app from `dist/` as `vite preview` did before the sync server (issue 14): every
 * built file with its MIME type, `Cache-Control: no-cache` with an ETag (so a new build shows at once
 * and an unchanged file costs a 304), index.html for any other page path (the app routes itself), and
 * the security headers of scripts/offline-plugin.ts on every response.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Types of the files a Verso build contains, and a few a later one may. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
};

/** Headers on every response of the server (the app's Content-Security-Policy among them). */
export type Headers = Readonly<Record<string, string>>;

/**
 * A request handler for the files under `root`. Answers GET and HEAD only; returns false (without
 * answering) for any other method, so the caller can say 405.
 */
export function staticFiles(
  root: string,
  headers: Headers,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const base = normalize(root + sep);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      path = '/';
    }
    let file = normalize(join(base, path));
    // A path that climbs out of dist/ (../) gets the app page, never a file outside.
    if (!file.startsWith(base) || path.includes('\0')) file = join(base, 'index.html');
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (info === undefined || !info.isFile()) {
      // A missing built asset is a 404 (a cached page asking for a chunk of an older build must see
      // an error, not HTML); any other path is a page of the app.
      if (extname(path) !== '' && extname(path) !== '.html') {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return true;
      }
      file = join(base, 'index.html');
      info = await stat(file).catch(() => undefined);
      if (info === undefined) {
        res.writeHead(503, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('The app is not built: run npm start.');
        return true;
      }
    }
    const etag = `W/"${info.size}-${Math.floor(info.mtimeMs)}"`;
    const common = {
      ...headers,
      'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ETag: etag,
      'Last-Modified': info.mtime.toUTCString(),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, common);
      res.end();
      return true;
    }
    res.writeHead(200, { ...common, 'Content-Length': String(info.size) });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
    return true;
  };
}
