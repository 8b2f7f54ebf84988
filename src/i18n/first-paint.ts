/**
 * Which messages the first paint needs (the shell, the grid's rows, the toolbar's buttons), by
 * namespace or dotted path. They are bundled with the entry script; every other message (dialogs,
 * panels, errors, reports) is a separate chunk that loads in parallel with the project's storage and is
 * in place before a project opens (src/i18n/setup.ts, scripts/locale-split-plugin.ts). Issue 13 keeps
 * the initial JS within 80 kB gzip: the English messages alone were 11 kB of it.
 */
export const FIRST_PAINT_MESSAGES: readonly string[] = [
  'app',
  'common',
  'toolbar',
  'save',
  'offline',
  'languages',
  'mode',
  'diff',
  'grid',
  'segment',
  'status',
  'filter',
  'origin',
  'notices',
  'lqa.errors',
  'lqa.logError',
  'lqa.noScore',
  'lqa.score',
  'lqa.scoreLabel',
  'lqa.pass',
  'lqa.fail',
  'lqa.filter',
  'lqa.severity',
  'lqa.noSegment',
  'metrics.open',
  'qa.severity',
  'share.button',
  'share.editing',
  'share.here',
  'share.viewOnly',
  'share.viewOnlyBadge',
  'share.state',
  'terms.open',
  'tm.open',
];

type Messages = { readonly [key: string]: unknown };

function isMessages(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when message `key` (the path, without i18next's plural suffix) is one of `paths` or below one. */
function listed(path: string, paths: readonly string[]): boolean {
  const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
  return paths.some((p) => base === p || base.startsWith(`${p}.`));
}

/**
 * Splits a messages tree in two: the strings whose path `paths` lists (`first`) and the rest (`later`),
 * each a tree of the same shape; merged back (deeply) they are the original.
 */
export function splitMessages(
  messages: Messages,
  paths: readonly string[] = FIRST_PAINT_MESSAGES,
): { first: Messages; later: Messages } {
  const first: Record<string, unknown> = {};
  const later: Record<string, unknown> = {};
  const walk = (
    node: Messages,
    prefix: string,
    into: [Record<string, unknown>, Record<string, unknown>],
  ) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isMessages(value)) {
        const branch: [Record<string, unknown>, Record<string, unknown>] = [{}, {}];
        walk(value, path, branch);
        if (Object.keys(branch[0]).length > 0) into[0][key] = branch[0];
        if (Object.keys(branch[1]).length > 0) into[1][key] = branch[1];
      } else {
        into[listed(path, paths) ? 0 : 1][key] = value;
      }
    }
  };
  walk(messages, '', [first, later]);
  return { first, later };
}
