/**
 * Jest in ESM mode through ts-jest, like actions/setup-go v7, as two projects:
 * - unit: pure code, no global setup, no network, no Go builds (seconds);
 *   `npm run test:unit` is the inner loop.
 * - integration: real toolchains, fixtures, the dist/ bundles, loopback services.
 * `npm test` runs both. A test file is a unit test when it is named
 * *.unit.test.ts (or lives under __tests__/unit/).
 */
// transpilation: ts-jest compiles each file alone (no type check per worker: `npm run build`
// type-checks sources and tests once): 14 instead of 18.5 CPU-seconds for the unit project.
const transform = {
  '^.+\\.ts$': [
    'ts-jest',
    {
      useESM: true,
      tsconfig: 'tsconfig.json',
      transpilation: true,
      diagnostics: { ignoreCodes: [151002] }
    }
  ]
};
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform
};

export const UNIT_TESTS = [
  '<rootDir>/__tests__/unit/**/*.test.ts',
  '<rootDir>/__tests__/**/*.unit.test.ts'
];

const projects = [
  { ...shared, displayName: 'unit', testMatch: UNIT_TESTS },
  {
    ...shared,
    displayName: 'integration',
    testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/__tests__/unit/', '\\.unit\\.test\\.ts$'],
    globalSetup: './__tests__/support/global-setup.mjs'
  }
];

// `npm run test:unit` / `test:integration` pick one project through JEST_PROJECT, so paths can
// follow (`npm run test:integration -- __tests__/verify`); jest's --selectProjects would eat them.
const only = process.env.JEST_PROJECT;

export default {
  reporters: ['default', './__tests__/support/summary-reporter.mjs'],
  // Slowest files first from a committed table (a fresh CI machine has no timing cache).
  testSequencer: './__tests__/support/sequencer.mjs',
  maxWorkers: 2,
  // A global option: jest ignores it inside a project (integration hooks then time out at 5 s).
  testTimeout: 120000,
  projects: only ? projects.filter(p => p.displayName === only) : projects
};
