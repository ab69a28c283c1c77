// The core end to end in one process: contract parsing at the boundary, one durable
// transaction, the sync engine delivering to the real reference backend on loopback.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../../src/contract/events.js';
import type { CsmUser } from '../../../../src/contract/user.js';
import { startBackend, type RunningBackend } from '../../../../src/backend/server.js';
import type { Core } from '../../../../src/main/core/core-api.js';
import { createCore } from '../../../../src/main/core/create-core.js';
import { keyFileProvider } from '../../../../src/main/core/secrets/key-file-provider.js';
import { useTempDir } from '../../../support/temp-dir.js';

const PASSWORD = 'vidange-boite-2026';
const jean = {
  email: 'jean@garage.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  password: PASSWORD,
  passwordRepeat: PASSWORD,
};

describe('core', () => {
  const tempDir = useTempDir();
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function boot(backendUrl?: string) {
    const dataDir = tempDir();
    let backend: RunningBackend | null = null;
    if (!backendUrl) {
      const started = await startBackend({
        dataDir: join(dataDir, 'backend'),
        qa: true,
        scryptCost: 10,
      });
      cleanups.push(() => started.close());
      backend = started;
    }
    const core = createCore({
      dataDir,
      backendUrl: backendUrl ?? backend?.url ?? '',
      backendIsLocal: !backendUrl,
      host: 'emulation',
      demo: false,
      version: 'test',
      keyProvider: keyFileProvider(join(dataDir, 'secret.key')),
      log: () => {},
    });
    cleanups.push(() => core.close());
    const events: EventEnvelope[] = [];
    core.onEvent((e) => events.push(e));
    return { core, dataDir, backend, events };
  }

  const usersOf = async (core: Core) => {
    const r = await core.dispatch('users.list', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.value as CsmUser[];
  };

  it('registers a user, delivers it to CSM and shows it as e-mail pending', async () => {
    const { core, backend, events } = await boot();
    const saved = await core.dispatch('users.register', jean);
    expect(saved).toMatchObject({
      ok: true,
      value: { email: 'jean@garage.fr', status: 'SYNC_PENDING' },
    });
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    expect(events.some((e) => e.name === 'users.changed')).toBe(true);
    const mails = await (await fetch(`${backend?.url}/qa/messages?to=jean@garage.fr`)).json();
    expect(mails.messages).toHaveLength(1);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const { core } = await boot();
    const r = await core.dispatch('users.register', {
      ...jean,
      email: 'jean@',
      passwordRepeat: 'autre',
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { email: 'email_invalid', passwordRepeat: 'password_mismatch' },
      },
    });
    expect(await usersOf(core)).toEqual([]);
  });

  it('answers an unknown command or a non-object input with a typed error, never a throw', async () => {
    const { core } = await boot();
    expect(await core.dispatch('users.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_COMMAND' },
    });
    expect(await core.dispatch('users.register', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await core.dispatch('users.list', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('keeps a registration while CSM is unreachable, shown as waiting and offline', async () => {
    const { core } = await boot('http://127.0.0.1:9');
    await core.dispatch('users.register', jean);
    await expect
      .poll(async () => (await core.dispatch('sync.status', {})) as unknown)
      .toMatchObject({
        ok: true,
        value: { online: false, waiting: 1 },
      });
    expect((await usersOf(core))[0]?.status).toBe('SYNC_PENDING');
  });

  const filesHolding = (dir: string, secret: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .filter((f) => readFileSync(join(f.parentPath, f.name)).includes(Buffer.from(secret)))
      .map((f) => f.name);

  it('never writes the password in clear while it waits to be sent', async () => {
    const { core, dataDir } = await boot('http://127.0.0.1:9');
    await core.dispatch('users.register', jean);
    expect(filesHolding(dataDir, PASSWORD)).toEqual([]);
    await core.close();
    expect(filesHolding(dataDir, PASSWORD)).toEqual([]);
  });

  it('never writes the password in clear once delivered, on the tablet or the backend', async () => {
    const { core, dataDir } = await boot();
    await core.dispatch('users.register', jean);
    await expect.poll(async () => (await usersOf(core))[0]?.status).toBe('EMAIL_PENDING');
    expect(filesHolding(dataDir, PASSWORD)).toEqual([]);
  });
});
