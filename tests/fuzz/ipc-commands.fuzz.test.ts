// Every IPC command of the kiosk under generated input, as a page that got hold of the bridge
// could send it: any JSON, shaped objects with almost-right values, real and made-up user ids.
// The core must answer each with a typed result (never INTERNAL, never a throw), stay up, and
// leave its store intact.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../../src/contract/kiosk/commands.js';
import { errorCodes } from '../../src/contract/kiosk/errors.js';
import { STORE_FILE } from '../../src/main/core/create-core.js';
import { useTempDir } from '../support/temp-dir.js';
import { jean, useTestCores, value } from '../unit/main/core/support/test-core.js';
import { anyValue, bodyFor, FUZZ_RUNS, idFrom } from './support/arbitraries.js';

/** Field names the kiosk contract uses anywhere. */
const KIOSK_KEYS = [
  'userId',
  'email',
  'firstName',
  'lastName',
  'password',
  'passwordRepeat',
  'currentPassword',
  'token',
  'mobile',
  'challengeId',
  'confirmationCode',
  'newPassword',
  'newPasswordRepeat',
  'purpose',
  'machineId',
  'snapshot',
  'language',
  'demo',
  'refreshIntervalS',
] as const;

/** Servers a generated setting may name: loopback only, so no request leaves the machine and
 * none waits on a name lookup. */
const serverValue = fc.oneof(
  fc.constant(null),
  fc.record({
    host: fc.constantFrom('127.0.0.1', 'localhost', '::1', '', 'a b'),
    port: fc.oneof(fc.integer({ min: -5, max: 70000 }), anyValue),
    secure: fc.option(fc.boolean(), { nil: undefined }),
  }),
  anyValue,
);

describe('fuzzing the IPC commands', () => {
  const tempDir = useTempDir();
  const boot = useTestCores(tempDir);

  it(`answers ${FUZZ_RUNS} generated inputs per command with typed results`, async () => {
    const { core, dataDir } = await boot.core({ config: { requestTimeoutMs: 2_000 } });
    const user = await value<{ id: string }>(core, 'users.register', jean);
    const known = new Set<string>(errorCodes);
    let succeeded = 0;
    for (const command of commandNames) {
      const input =
        command === 'server.test'
          ? serverValue
          : fc.oneof(
              bodyFor(KIOSK_KEYS),
              idFrom([user.id]).map((userId) => ({ userId })),
              fc.record({ server: serverValue }),
            );
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const result = await core.dispatch(command, raw);
          if (result.ok) succeeded++;
          else {
            expect(known.has(result.error.code), `${command}: ${result.error.code}`).toBe(true);
            expect(result.error.code, `${command} ${JSON.stringify(raw)}`).not.toBe('INTERNAL');
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    }
    expect(succeeded).toBeGreaterThan(0);
    // Still answering, and the store intact.
    expect((await core.dispatch('users.list', {})).ok).toBe(true);
    const db = new Database(join(dataDir, STORE_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 900_000);
});
