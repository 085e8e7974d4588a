/**
 * Runtime layers of Juri, checked in CI (`npm run lint`). ESLint's no-restricted-imports zones in
 * eslint.config.js give the editor the same rules.
 *
 *   renderer/  DOM only: reaches main through window.api, never imports electron/ or Node
 *   shared/    types, schemas, the contract: imports nothing of electron/ or renderer/, no Node
 *   electron/scoring/  the pure engine: no database, no Node, no Electron
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'renderer-not-to-main',
      comment: 'The renderer reaches main only through window.api (shared/ipc/contract.ts).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '(^|/)node_modules/(electron|better-sqlite3|kysely)/'] },
    },
    {
      name: 'renderer-not-to-node',
      comment: 'Node built-ins do not run in the renderer.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-imports-only-shared',
      comment: 'shared/ is imported by every layer, so it imports none of them.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: ['^electron/', '^renderer/', '(^|/)node_modules/(electron|better-sqlite3|kysely|react|react-dom)/'] },
    },
    {
      name: 'shared-not-to-node',
      comment: 'shared/ also runs in the renderer: no Node built-ins.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-is-pure',
      comment: 'The scoring engine is pure: no database, no Electron, no Node.',
      severity: 'error',
      from: { path: '^electron/scoring/' },
      to: { path: ['^electron/db/', '(^|/)node_modules/(electron|better-sqlite3|kysely)/'] },
    },
    {
      name: 'engine-not-to-node',
      severity: 'error',
      from: { path: '^electron/scoring/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'Runtime cycles only: a cycle closed by `import type` is erased at compile time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|release|\\.tmp)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
