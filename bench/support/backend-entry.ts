// The reference backend as a child process for the sync benchmark, with a password-hash cost
// the CLI does not offer: `node --import tsx bench/support/backend-entry.ts --data-dir <dir>
// [--port <n>] [--scrypt-cost <n>]`. Prints the same ready line as the CLI; stops on SIGTERM.
import { parseArgs } from 'node:util';
import { startBackend } from '../../src/backend/server.js';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'scrypt-cost': { type: 'string' },
  },
});
const backend = await startBackend({
  dataDir: values['data-dir'] ?? '',
  port: Number(values.port ?? 0),
  qa: true,
  ...(values['scrypt-cost'] ? { scryptCost: Number(values['scrypt-cost']) } : {}),
});
console.log(`Serveur CSM de référence : ${backend.url}`);
process.on('SIGTERM', () => void backend.close().then(() => process.exit(0)));
