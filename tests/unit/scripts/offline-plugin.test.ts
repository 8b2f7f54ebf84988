import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  serviceWorkerSource,
} from '../../../scripts/offline-plugin.ts';

describe('service worker source', () => {
  it('precaches the page and every built file under a versioned cache', () => {
    const source = serviceWorkerSource('abc123', ['assets/index-1.js', 'assets/index-2.css']);
    expect(source).toContain("const CACHE = 'verso-abc123';");
    expect(source).toContain('["./","assets/index-1.js","assets/index-2.css"]');
    expect(source).toMatch(/addEventListener\('install'/);
    expect(source).toMatch(/addEventListener\('activate'/);
    expect(source).toMatch(/addEventListener\('fetch'/);
  });

  it('deletes an older cache only when no open tab’s entry module is in it', () => {
    const source = serviceWorkerSource('abc123', ['assets/index-1.js']);
    expect(source).not.toMatch(/k !== CACHE\)\.map\(\(k\) => caches\.delete/);
    expect(source).toContain("postMessage({ type: 'verso-entry' }");
    expect(source).toContain('if (!used.some(Boolean)) await caches.delete(key);');
  });
});

describe('Content-Security-Policy', () => {
  it('allows only the app’s own files: no inline script, no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});
