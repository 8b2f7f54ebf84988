// The layers of Verso, enforced (issue 10; GUIDE part 2): data flows ui → state → (storage, core, jobs),
// storage → core, jobs → core; only src/main.ts wires them. tests/unit/lint/boundaries.test.ts proves
// that each rule fires on a deliberate violation.
import { fileURLToPath } from 'node:url';
import importX from 'eslint-plugin-import-x';

const layer = (name) => `./src/${name}`;
const JOBS = ['import', 'qa', 'export', 'tm'];

/** Where each layer may not import from. */
const zones = [
  {
    target: layer('core'),
    from: ['state', 'ui', 'storage', 'jobs', 'cli', 'i18n', 'server', 'sync'].map(layer),
    message: 'src/core is pure: it imports no other layer.',
  },
  {
    target: layer('storage'),
    from: ['state', 'ui', 'jobs', 'cli'].map(layer),
    message: 'src/storage depends on core only.',
  },
  {
    target: layer('state'),
    from: ['ui', 'storage', 'cli', 'server'].map(layer),
    message: 'src/state reaches storage through the Repository port, never the UI.',
  },
  {
    target: layer('ui'),
    from: ['storage', 'jobs', 'cli', 'server', 'sync'].map(layer),
    message: 'src/ui talks to the store, not to storage, workers or the network.',
  },
  {
    target: layer('jobs'),
    from: ['state', 'ui', 'storage', 'cli'].map(layer),
    message: 'Worker jobs run core only.',
  },
  ...JOBS.map((job) => ({
    target: layer(`jobs/${job}`),
    from: JOBS.filter((other) => other !== job).map((other) => layer(`jobs/${other}`)),
    message: 'A worker job imports core, the shared job machinery and its own folder only.',
  })),
  {
    target: layer('server'),
    from: ['state', 'ui', 'storage', 'jobs', 'cli', 'i18n', 'sync'].map(layer),
    message: 'The sync server runs core only (it shares the protocol in src/core/sync).',
  },
  {
    target: layer('sync'),
    from: ['state', 'ui', 'storage', 'jobs', 'cli', 'server'].map(layer),
    message:
      'The sync client speaks to the server with core’s protocol; state uses it through a port.',
  },
  {
    target: layer('cli'),
    from: ['state', 'ui', 'storage'].map(layer),
    message: 'The CLI runs core (and the in-process jobs), never the app layers.',
  },
  {
    target: layer('i18n'),
    from: ['state', 'ui', 'storage', 'jobs', 'cli'].map(layer),
    message: 'src/i18n is set up by the composition root and used by the UI.',
  },
];

/** Packages only one layer may import. */
const idbOnlyInStorage = {
  name: 'idb',
  message: 'Only src/storage imports idb (GUIDE part 2).',
};

/** ESLint flat-config objects with the boundary rules, for the project whose root is `root`. */
export function boundariesFor(root) {
  return [
    {
      files: ['src/**/*.ts'],
      plugins: { 'import-x': importX },
      settings: { 'import-x/extensions': ['.ts', '.js'] },
      rules: {
        'import-x/no-restricted-paths': ['error', { zones, basePath: root }],
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
        '@typescript-eslint/no-restricted-imports': [
          'error',
          { paths: [idbOnlyInStorage], patterns: [] },
        ],
      },
    },
    {
      files: ['src/storage/**/*.ts'],
      rules: { '@typescript-eslint/no-restricted-imports': 'off' },
    },
    {
      files: ['src/core/**/*.ts'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            paths: [idbOnlyInStorage],
            patterns: [
              {
                group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'i18next', 'i18next-*', 'node:*'],
                message:
                  'src/core runs in Node, workers and the page alike: no DOM, lit, i18n or Node.',
              },
            ],
          },
        ],
      },
    },
    {
      files: ['src/ui/**/*.ts'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            paths: [idbOnlyInStorage],
            patterns: [
              {
                // Elements show what state computed; core logic runs in state (issue 10). Types are free,
                // and so is the vocabulary and presentation a leaf needs to draw a row.
                regex:
                  '/core/(?!model/|text/diff\\.ts$|text/direction\\.ts$|review/segment-filter\\.ts$|review/text-marks\\.ts$|metrics/classify\\.ts$|export/report/labels\\.ts$)',
                allowTypeImports: true,
                message: 'Elements call the store; core logic belongs in src/state (issue 10).',
              },
            ],
          },
        ],
      },
    },
    {
      files: ['src/state/**/*.ts'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            paths: [idbOnlyInStorage],
            patterns: [
              {
                group: ['**/jobs/**'],
                allowTypeImports: true,
                message: 'State uses the jobs through their ports; main.ts gives it the clients.',
              },
            ],
          },
        ],
      },
    },
  ];
}

/** The boundary rules of this repository. */
export const boundaries = boundariesFor(fileURLToPath(new URL('.', import.meta.url)));
