/**
 * Vite plugin for the production build (issue 13 item 5): marks the entry module script of index.html
 * `blocking="render"`, so the browser paints no frame before it has run. Its first statements apply the
 * reviewer's theme (src/ui/shared/theme.ts, called from src/main.ts): without this a module script is
 * deferred, the stylesheet alone may let the page paint in the system's colours, and a reviewer who chose
 * Dark on a light system saw a white flash. Nothing is lost by waiting: the page is empty until the
 * entry runs. (Vite drops the attribute when it rewrites the script tag, hence this plugin; the CSP
 * forbids the usual inline script.) Browsers without `blocking` ignore it.
 */
import type { Plugin } from 'vite';

/** Adds `blocking="render"` to every `<script type="module" …>` of a built HTML page. */
export function markEntryRenderBlocking(html: string): string {
  return html.replace(/<script type="module"(?![^>]*\bblocking=)/g, '$& blocking="render"');
}

/** The plugin. */
export function renderBlockingPlugin(): Plugin {
  return {
    name: 'verso-render-blocking',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: markEntryRenderBlocking },
  };
}
