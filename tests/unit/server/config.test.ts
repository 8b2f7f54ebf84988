/** The server's settings from the environment (issue 14; the names are a contract, GUIDE part 5). */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/server/config.ts';

describe('readConfig', () => {
  it('has no peers unless VERSO_PEERS names them', () => {
    expect(readConfig({}, '/srv/verso').peers).toEqual([]);
  });

  it('reads VERSO_PEERS as comma-separated app URLs', () => {
    const env = { VERSO_PEERS: ' http://10.0.0.2:4173 ,https://verso-b.example/app/,' };
    expect(readConfig(env, '/srv/verso').peers).toEqual([
      'http://10.0.0.2:4173/',
      'https://verso-b.example/app/',
    ]);
  });

  it('refuses an entry that is not an http(s) URL, naming it', () => {
    expect(() => readConfig({ VERSO_PEERS: 'http://a.example/, redis://b:6379' }, '/')).toThrow(
      'VERSO_PEERS must list http(s) URLs separated by commas; "redis://b:6379" is not one.',
    );
  });
});
