import * as Y from 'yjs';

/** What the relay needs of a client: its Y.Doc and what to call when it is (dis)connected. */
export interface RelayPeer {
  readonly doc: Y.Doc;
  online(): void;
  offline(): void;
}

/**
 * A server Y.Doc relaying updates between connected clients synchronously, as the sync server does:
 * `connect` exchanges the missing state both ways, then calls the client's `online`.
 */
export function yRelay<T extends object>(server: Y.Doc, peerOf: (client: T) => RelayPeer) {
  const online = new Set<T>();
  const wired = new Set<T>();
  server.on('update', (update: Uint8Array, origin: unknown) => {
    for (const c of online) if (origin !== c) Y.applyUpdate(peerOf(c).doc, update, 'server');
  });
  const connect = (client: T) => {
    const { doc } = peerOf(client);
    if (!wired.has(client)) {
      wired.add(client);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'server' && online.has(client)) Y.applyUpdate(server, update, client);
      });
    }
    online.add(client);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(server)), client);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(doc)), 'server');
    peerOf(client).online();
  };
  const disconnect = (client: T) => {
    online.delete(client);
    peerOf(client).offline();
  };
  return { server, connect, disconnect };
}
