/**
 * Several server processes on one set of projects (issue 14): Hocuspocus's Redis extension relays
 * document changes and presence between the servers; a control channel of ours tells every server when
 * a project was un-shared, so each closes its connections to it. Without VERSO_REDIS_URL the server is
 * alone and none of this runs.
 */
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import { MAX_MESSAGE_BYTES } from '../../core/sync/protocol.ts';

/** Channel of the server-to-server control messages (un-sharing). */
const CONTROL_CHANNEL = 'verso#control';

/**
 * Redis's default limit drops a pub/sub subscriber whose pending output passes 32 MB (8 MB for 60 s):
 * one first sync of a large project is up to MAX_MESSAGE_BYTES, so ask for 4 times that.
 */
export const REDIS_PUBSUB_LIMIT_BYTES = 4 * MAX_MESSAGE_BYTES;

/**
 * The Redis extension without its save lock: Hocuspocus locks a document in Redis around each
 * whole-document save so only one server writes it. Verso's saves are appends that every server makes
 * for every change it sees (persistence.ts), so there is nothing to serialize; the lock would only
 * skip the appends of whichever server lost it.
 */
class RelayOnly extends RedisExtension {
  override onStoreDocument(): Promise<void> {
    return Promise.resolve();
  }

  override afterStoreDocument(): Promise<void> {
    return Promise.resolve();
  }
}

/** What the server uses of the cluster. */
export interface Cluster {
  readonly extension: RedisExtension;
  /** Tells the other servers that a project was un-shared. */
  announceDeleted(project: string): Promise<void>;
  /** Called when another server announces an un-shared project. */
  onDeleted(listener: (project: string) => void): void;
  /** Warns when the Redis server's pub/sub output limit is below REDIS_PUBSUB_LIMIT_BYTES. */
  checkLimits(log: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}

/** Connects to Redis at `url`. `identifier` names this server in relayed messages. */
export function connectCluster(url: string, identifier: string): Cluster {
  const client = (): IORedis => new IORedis(url, { maxRetriesPerRequest: null });
  const extension = new RelayOnly({
    identifier,
    prefix: 'verso',
    createClient: client,
    // How long a document stays subscribed after its last client left, so late relayed changes are
    // still received and stored.
    disconnectDelay: 1000,
  });
  const pub = client();
  const sub = client();
  const listeners: ((project: string) => void)[] = [];
  void sub.subscribe(CONTROL_CHANNEL);
  sub.on('message', (channel: string, message: string) => {
    if (channel !== CONTROL_CHANNEL) return;
    try {
      const parsed = JSON.parse(message) as { deleted?: unknown; from?: unknown };
      if (typeof parsed.deleted !== 'string' || parsed.from === identifier) return;
      for (const listener of listeners) listener(parsed.deleted);
    } catch {
      // Not one of ours.
    }
  });
  return {
    extension,
    async announceDeleted(project) {
      await pub.publish(CONTROL_CHANNEL, JSON.stringify({ deleted: project, from: identifier }));
    },
    onDeleted(listener) {
      listeners.push(listener);
    },
    async checkLimits(log) {
      try {
        const reply = (await pub.config('GET', 'client-output-buffer-limit')) as string[];
        const hard = /pubsub (\d+)/.exec(reply[1] ?? '')?.[1];
        if (hard !== undefined && Number(hard) !== 0 && Number(hard) < REDIS_PUBSUB_LIMIT_BYTES) {
          log(
            `Redis drops pub/sub clients at ${hard} bytes of pending output; a large project's first sync may exceed it. Run: redis-cli CONFIG SET client-output-buffer-limit "pubsub ${REDIS_PUBSUB_LIMIT_BYTES} ${REDIS_PUBSUB_LIMIT_BYTES / 2} 60"`,
          );
        }
      } catch {
        // CONFIG may be disabled on a managed Redis; the README documents the setting.
      }
    },
    async close() {
      pub.disconnect();
      sub.disconnect();
      await Promise.resolve();
    },
  };
}
