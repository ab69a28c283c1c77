// Unit and chaos tests (crash, faults, offline): everything under tests/unit and tests/chaos, in
// Node, each file on its own temporary data.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/chaos/**/*.test.ts'],
    environment: 'node',
    testTimeout: 15_000,
  },
});
