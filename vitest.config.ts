// Unit and chaos tests (crash, faults, offline) in Node, each file on its own temporary data; the
// renderer's components and hooks in jsdom, over the French catalogue and a fake kiosk api.
import { configDefaults, defineConfig } from 'vitest/config';

const RENDERER_TESTS = 'tests/unit/renderer/**';

export default defineConfig({
  test: {
    root: '.',
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/unit/**/*.test.tsx',
            'tests/chaos/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, RENDERER_TESTS],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: [`${RENDERER_TESTS}/*.test.ts`, `${RENDERER_TESTS}/*.test.tsx`],
          environment: 'jsdom',
          setupFiles: ['tests/unit/renderer/support/setup.ts'],
        },
      },
    ],
  },
});
