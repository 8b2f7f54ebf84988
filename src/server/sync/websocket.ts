/**
 * The WebSocket sync endpoint on the app's own HTTP server (issue 14): upgrades on SYNC_PATH only, with
 * the `ws` library's frame limit set to MAX_MESSAGE_BYTES (a bigger frame closes the socket with 1009),
 * and hands each socket to Hocuspocus the way its own Server class does.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer, type RawData } from 'ws';
import { MAX_MESSAGE_BYTES, SYNC_PATH } from '../../core/sync/protocol.ts';

function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** A fetch Request carrying the upgrade request's URL and headers, which Hocuspocus passes to hooks. */
function requestOf(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
    headers,
  });
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Attaches the sync endpoint to `server`. Returns a function that closes every socket. */
export function attachSyncEndpoint(server: Server, hocuspocus: Hocuspocus): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path !== SYNC_PATH) {
      refuse(socket, '404 Not Found');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const connection = hocuspocus.handleConnection(ws, requestOf(req));
      ws.on('message', (data) => connection.handleMessage(bytesOf(data)));
      ws.on('close', (code, reason) => connection.handleClose({ code, reason: reason.toString() }));
      // An oversized frame or a broken socket: ws closes it (1009 for size) and emits close after.
      ws.on('error', () => undefined);
    });
  });
  return () => {
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  };
}
