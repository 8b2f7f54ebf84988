import { svg, type SVGTemplateResult } from 'lit';

/**
 * Line icons of the header (24×24, stroke in currentColor, so they follow the theme's tokens). Each
 * button keeps its text as accessible name and tooltip (issue 13 item 1); the icon is decoration.
 */
const paths: Record<string, SVGTemplateResult> = {
  open: svg`<path d="M3 7h6l2 2h10v10H3z"/>`,
  pair: svg`<path d="M4 4h7v16H4zM13 4h7v16h-7"/>`,
  projects: svg`<path d="M4 5h16M4 12h16M4 19h16"/>`,
  export: svg`<path d="M12 3v12M7 10l5 5 5-5M4 21h16"/>`,
  undo: svg`<path d="M9 14L4 9l5-5M4 9h10a6 6 0 010 12h-3"/>`,
  redo: svg`<path d="M15 14l5-5-5-5M20 9H10a6 6 0 000 12h3"/>`,
  find: svg`<circle cx="11" cy="11" r="6"/><path d="M20 20l-4.5-4.5"/>`,
  qa: svg`<path d="M5 12l4 4 10-10"/>`,
  terms: svg`<path d="M5 4h11l3 3v13H5z"/><path d="M9 10h6M9 14h6"/>`,
  metrics: svg`<path d="M5 20V10M12 20V4M19 20v-7"/>`,
  queue: svg`<path d="M4 6h10M4 12h7M4 18h4M17 8v10M14 15l3 3 3-3"/>`,
  diff: svg`<path d="M6 4v10M1 9h10M14 19h9"/>`,
  filters: svg`<path d="M3 5h18l-7 8v6l-4-2v-4z"/>`,
  settings: svg`<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2"/>`,
  share: svg`<circle cx="6" cy="12" r="2"/><circle cx="18" cy="6" r="2"/><circle cx="18" cy="18" r="2"/><path d="M8 11l8-4M8 13l8 4"/>`,
  logError: svg`<path d="M5 21V4h12l-2 4 2 4H5"/>`,
  errors: svg`<path d="M12 3l9 16H3z"/><path d="M12 10v4M12 17v.5"/>`,
  matches: svg`<path d="M4 6h7v12H4zM13 6h7v12h-7"/><path d="M7 10h1M16 10h1"/>`,
  history: svg`<circle cx="12" cy="12" r="8"/><path d="M12 8v4l3 2"/>`,
  comments: svg`<path d="M4 5h16v11H9l-5 4z"/>`,
  close: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  offlineReady: svg`<path d="M7 19h10a4 4 0 000-8 6 6 0 00-11.5 1.7A3.3 3.3 0 007 19z"/><path d="M9.5 14.5l2 2 3.5-3.5"/>`,
  offline: svg`<path d="M7 19h10a4 4 0 000-8 6 6 0 00-11.5 1.7A3.3 3.3 0 007 19z"/><path d="M4 4l16 16"/>`,
  more: svg`<circle cx="5" cy="12" r="1"/><circle cx="12" cy="12" r="1"/><circle cx="19" cy="12" r="1"/>`,
};

/** The icon `name`, hidden from assistive technology. */
export function icon(name: keyof typeof paths) {
  return svg`<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none"
    stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths[name]}</svg>`;
}
