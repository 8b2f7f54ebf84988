import { afterEach, describe, expect, it } from 'vitest';
import { FailoverWebsocket } from '../../../src/sync/failover-socket.ts';

/** The socket, with a way to report a closed connection as the browser's WebSocket would. */
class Probe extends FailoverWebsocket {
  closed(): void {
    this.emit('close', { event: { code: 1006, reason: '' } });
  }
}

const sockets: Probe[] = [];

function socket(urls: string[]): Probe {
  const s = new Probe({ urls, autoConnect: false });
  sockets.push(s);
  return s;
}

afterEach(() => {
  for (const s of sockets.splice(0)) s.destroy();
});

describe('the failover socket', () => {
  it('connects to the first server first', () => {
    expect(socket(['ws://a/sync', 'ws://b/sync']).url).toBe('ws://a/sync');
  });

  it('moves to the next server each time its connection closes, and wraps around', () => {
    const s = socket(['ws://a/sync', 'ws://b/sync', 'ws://c/sync']);
    const seen = [s.url];
    for (let i = 0; i < 3; i += 1) {
      s.closed();
      seen.push(s.url);
    }
    expect(seen).toEqual(['ws://a/sync', 'ws://b/sync', 'ws://c/sync', 'ws://a/sync']);
  });

  it('needs at least one server', () => {
    expect(() => new FailoverWebsocket({ urls: [], autoConnect: false })).toThrow();
  });
});
