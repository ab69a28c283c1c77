// The reference backend for the sync benchmark: a child process (see backend-child.ts) started
// through bench/support/backend-entry.ts, which offers a password-hash cost the CLI does not.
import { startBackendChild, type Launch } from './backend-child.js';

export async function startBenchBackend(scryptCost: number | null, launch?: Launch) {
  const child = await startBackendChild(
    scryptCost === null ? [] : ['--scrypt-cost', String(scryptCost)],
    'bench/support/backend-entry.ts',
    launch,
  );
  return {
    url: child.url,
    async stop() {
      await child.stop();
      child.remove();
    },
  };
}
