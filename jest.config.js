/** Workflow and end-to-end tests share one Temporal dev server binary; see test/global-setup.ts. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|js)$': ['@swc/jest'] },
  // jose ships only ES modules, which Jest's CommonJS runtime cannot require on Node 20.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['<rootDir>/test/quiet-temporal.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
