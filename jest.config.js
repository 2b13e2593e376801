/** Jest in ESM mode through ts-jest, like actions/setup-go v7. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  reporters: ['default', './__tests__/support/summary-reporter.mjs'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  globalSetup: './__tests__/support/global-setup.mjs',
  testTimeout: 120000,
  maxWorkers: 2
};
