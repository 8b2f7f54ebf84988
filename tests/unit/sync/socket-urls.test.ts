import { describe, expect, it } from 'vitest';
import { MAX_PEER_SERVERS, syncSocketUrls } from '../../../src/sync/socket-urls.ts';

describe('syncSocketUrls', () => {
  it('puts the server the project came from first, then the others it named, each once', () => {
    expect(
      syncSocketUrls('https://a.example/verso/', [
        'https://b.example/',
        'http://a.example/',
        'https://b.example/',
      ]),
    ).toEqual(['wss://a.example/sync', 'wss://b.example/sync', 'ws://a.example/sync']);
  });

  it('leaves out what is not an http(s) URL (the list comes from a server and is stored)', () => {
    expect(
      syncSocketUrls('http://127.0.0.1:4173/', [
        'javascript:alert(1)',
        'not a url',
        42,
        'ws://c.example/',
        'http://127.0.0.1:4174/',
      ]),
    ).toEqual(['ws://127.0.0.1:4173/sync', 'ws://127.0.0.1:4174/sync']);
  });

  it(`keeps at most ${MAX_PEER_SERVERS} other servers`, () => {
    const many = Array.from({ length: 20 }, (_, i) => `http://s${i}.example/`);
    expect(syncSocketUrls('http://home.example/', many)).toHaveLength(MAX_PEER_SERVERS + 1);
  });
});
