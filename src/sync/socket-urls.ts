/**
 * Where a shared project's live connection goes (issue 14: "a client given several server URLs fails
 * over to the next"): the server the project came from, then the others it named.
 */
import { SYNC_PATH } from '../core/sync/protocol.ts';

/** Most other servers a client keeps to fail over to. */
export const MAX_PEER_SERVERS = 8;

/**
 * The WebSocket URLs a client connects to, in order: the server the project was shared on or joined
 * through, then the other servers it named (each at most once; anything that is not an http(s) URL is
 * left out: the list comes from a server and is stored on the device).
 */
export function syncSocketUrls(server: string, others: readonly unknown[] = []): string[] {
  const urls: string[] = [];
  for (const candidate of [server, ...others.slice(0, MAX_PEER_SERVERS)]) {
    if (typeof candidate !== 'string') continue;
    let app: URL;
    try {
      app = new URL(candidate);
    } catch {
      continue;
    }
    if (app.protocol !== 'http:' && app.protocol !== 'https:') continue;
    const url = new URL(SYNC_PATH, app.href.replace(/^http/, 'ws')).href;
    if (!urls.includes(url)) urls.push(url);
  }
  return urls;
}
