/**
 * A Hocuspocus WebSocket that knows several sync servers and moves to the next one whenever its
 * connection closes or cannot be opened (issue 14: "a client given several server URLs fails over to
 * the next"). Every server of a scaled deployment serves every project, so any of them will do; after
 * a reconnect the provider's sync handshake sends whatever the new server lacks.
 */
import {
  HocuspocusProviderWebsocket,
  type HocuspocusProviderWebsocketConfiguration,
} from '@hocuspocus/provider';

/** Settings: those of HocuspocusProviderWebsocket, with `urls` instead of `url`. */
export type FailoverConfiguration = Omit<HocuspocusProviderWebsocketConfiguration, 'url'> & {
  /** WebSocket URLs of the sync endpoint (`ws(s)://host/sync`), in order of preference. */
  readonly urls: readonly string[];
};

/** The socket. Connects at once unless `autoConnect: false`. */
export class FailoverWebsocket extends HocuspocusProviderWebsocket {
  private urls: readonly string[] = [];
  private current = 0;

  constructor({ urls, ...configuration }: FailoverConfiguration) {
    if (urls.length === 0) throw new Error('FailoverWebsocket needs at least one URL.');
    // Not connected from the base constructor: `urls` is not set before it returns.
    super({ ...configuration, url: urls[0] as string, autoConnect: false });
    this.urls = urls;
    this.on('close', () => {
      this.current = (this.current + 1) % this.urls.length;
    });
    if (configuration.autoConnect !== false) void this.connect();
  }

  /** The URL the next connection attempt uses. */
  override get url(): string {
    return this.urls[this.current] ?? '';
  }
}
