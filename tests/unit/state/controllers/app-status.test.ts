import { describe, expect, it } from 'vitest';
import { AppStatus } from '../../../../src/state/controllers/app-status.ts';

function env(persisted: boolean, grant: boolean) {
  const handlers = new Map<string, () => void>();
  const asked: string[] = [];
  return {
    asked,
    handlers,
    value: {
      onLine: true,
      window: {
        addEventListener: (type: string, fn: () => void) => void handlers.set(type, fn),
      } as unknown as Window,
      storage: {
        persisted: () => Promise.resolve(persisted),
        persist: () => {
          asked.push('persist');
          return Promise.resolve(grant);
        },
        estimate: () => Promise.resolve({ usage: 2_000_000, quota: 100_000_000 }),
      },
      serviceWorker: {
        register: (url: string) => {
          asked.push(`register ${url}`);
          return Promise.resolve({} as ServiceWorkerRegistration);
        },
        ready: Promise.resolve({} as ServiceWorkerRegistration),
      },
    },
  };
}

describe('AppStatus', () => {
  it('asks for persistent storage once, records the answer and the estimate', async () => {
    const e = env(false, true);
    const status = new AppStatus(e.value);
    let changes = 0;
    status.addEventListener('change', () => (changes += 1));
    await status.requestPersistence();
    expect(e.asked).toEqual(['persist']);
    expect(status.storage).toEqual({ persisted: true, usage: 2_000_000, quota: 100_000_000 });
    expect(changes).toBeGreaterThan(0);
  });

  it('does not ask again when storage is already persistent; records a refusal', async () => {
    const granted = env(true, false);
    await new AppStatus(granted.value).requestPersistence();
    expect(granted.asked).toEqual([]);
    const refused = new AppStatus(env(false, false).value);
    await refused.requestPersistence();
    expect(refused.storage.persisted).toBe(false);
  });

  it('is ready offline once the service worker is active, and follows the network', async () => {
    const e = env(false, false);
    const status = new AppStatus(e.value);
    expect(status.offline).toBe('unavailable');
    await status.registerServiceWorker('/sw.js');
    expect(e.asked).toEqual(['register /sw.js']);
    expect(status.offline).toBe('ready');
    e.handlers.get('offline')?.();
    expect(status.online).toBe(false);
    e.handlers.get('online')?.();
    expect(status.online).toBe(true);
  });

  it('stays unavailable without a service worker or when registering fails', async () => {
    const none = new AppStatus({ onLine: true });
    await none.registerServiceWorker('/sw.js');
    expect(none.offline).toBe('unavailable');
    const e = env(false, false);
    const failing = new AppStatus({
      ...e.value,
      serviceWorker: { ...e.value.serviceWorker, register: () => Promise.reject(new Error('no')) },
    });
    await failing.registerServiceWorker('/sw.js');
    expect(failing.offline).toBe('unavailable');
  });

  /** A service worker container that records its listeners, with or without a controller. */
  function container(controlled: boolean) {
    const listeners = new Map<string, (event: MessageEvent) => void>();
    return {
      listeners,
      value: {
        controller: controlled ? ({} as ServiceWorker) : null,
        addEventListener: (type: string, fn: (event: MessageEvent) => void) =>
          void listeners.set(type, fn),
        register: () => Promise.resolve({} as ServiceWorkerRegistration),
        ready: Promise.resolve({} as ServiceWorkerRegistration),
      } as unknown as ServiceWorkerContainer,
    };
  }

  it('says a new version is ready when a new service worker takes over a controlled page', async () => {
    const c = container(true);
    const status = new AppStatus({ onLine: true, serviceWorker: c.value });
    await status.registerServiceWorker('/sw.js', '/assets/index-old.js');
    expect(status.updateReady).toBe(false);
    c.listeners.get('controllerchange')?.(new MessageEvent('controllerchange'));
    expect(status.updateReady).toBe(true);
  });

  it('does not take the first service worker of a first visit for a new version', async () => {
    const c = container(false);
    const status = new AppStatus({ onLine: true, serviceWorker: c.value });
    await status.registerServiceWorker('/sw.js', '/assets/index-old.js');
    c.listeners.get('controllerchange')?.(new MessageEvent('controllerchange'));
    expect(status.updateReady).toBe(false);
  });

  it('says a new version is ready when a later release takes over a page of a first visit', async () => {
    const c = container(false);
    const status = new AppStatus({ onLine: true, serviceWorker: c.value });
    await status.registerServiceWorker('/sw.js', '/assets/index-old.js');
    c.listeners.get('controllerchange')?.(new MessageEvent('controllerchange'));
    c.listeners.get('controllerchange')?.(new MessageEvent('controllerchange'));
    expect(status.updateReady).toBe(true);
  });

  it('tells the service worker which entry module this tab runs, so its files are kept', async () => {
    const c = container(true);
    await new AppStatus({ onLine: true, serviceWorker: c.value }).registerServiceWorker(
      '/sw.js',
      '/assets/index-old.js',
    );
    const channel = new MessageChannel();
    const answer = new Promise((resolve) => (channel.port1.onmessage = (e) => resolve(e.data)));
    c.listeners.get('message')?.(
      new MessageEvent('message', { data: { type: 'verso-entry' }, ports: [channel.port2] }),
    );
    expect(await answer).toBe('/assets/index-old.js');
    channel.port1.close();
  });
});
