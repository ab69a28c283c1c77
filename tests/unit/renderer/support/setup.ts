// Every renderer test reads the French catalogue, and starts on an empty page.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { setupI18n } from '../../../../src/renderer/i18n/setup-i18n.js';

beforeAll(async () => {
  await setupI18n();
});

// Without vitest's globals, Testing Library cannot register its own cleanup.
afterEach(cleanup);
