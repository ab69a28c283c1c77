// A tablet in a child process, for the crash test: runs the real core on a data folder, types in
// the registrations `crash-<i>@garage.test` that the store does not have yet (a technician
// picking up after a power cut), and lets the sync engine drain them. Reports its progress as
// JSON lines on stdout (every registration typed, every change of the outbox count, checked
// every 5 ms) and exits 0 once everything is delivered. Run with `node --import tsx`.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SyncStatus } from '../../../src/contract/kiosk/events.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import { createCore } from '../../../src/main/core/create-core.js';
import { keyFileProvider } from '../../../src/main/core/secrets/key-file-provider.js';
import { emailOf, type ChildReport } from './core-child-process.js';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'backend-url': { type: 'string' },
    count: { type: 'string' },
  },
});
const dataDir = values['data-dir'] ?? '';
const count = Number(values.count);
const report = (r: ChildReport) => process.stdout.write(`${JSON.stringify(r)}\n`);

const core = createCore({
  dataDir,
  backendUrl: values['backend-url'] ?? '',
  backendIsLocal: false,
  host: 'emulation',
  demo: false,
  version: 'crash-child',
  keyProvider: keyFileProvider(join(dataDir, 'secret.key')),
  log: (line) => process.stderr.write(`${line}\n`),
});

async function call<T>(command: string, input: unknown = {}): Promise<T> {
  const r = await core.dispatch(command, input);
  if (!r.ok) throw new Error(`${command}: ${r.error.code}`);
  return r.value as T;
}

const known = new Set((await call<CsmUser[]>('users.list')).map((u) => u.email));
let registered = known.size;
let waiting = (await call<SyncStatus>('sync.status')).waiting;
let typing = true;
let closing = false;

// Progress as it happens, for the test to kill at the moment it drew: the core's own status
// events are coalesced (a quarter second), too coarse for that, so the count is read here.
const watch = setInterval(() => {
  void call<SyncStatus>('sync.status').then((status) => {
    if (status.waiting === waiting) return;
    waiting = status.waiting;
    report({ registered, waiting });
    maybeDone();
  });
}, 5);

function maybeDone() {
  if (closing || typing || waiting > 0 || registered < count) return;
  closing = true;
  clearInterval(watch);
  report({ drained: true });
  void core.close().then(() => process.exit(0));
}

const password = 'crash-test-mot-de-passe';
for (let i = 0; i < count; i++) {
  if (known.has(emailOf(i))) continue;
  await call('users.register', {
    email: emailOf(i),
    firstName: 'Crash',
    lastName: `Test ${i}`,
    password,
    passwordRepeat: password,
  });
  registered++;
  waiting++;
  report({ registered, waiting });
  // A technician types; the engine delivers meanwhile: give its I/O a turn now and then.
  if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
}
typing = false;
waiting = (await call<SyncStatus>('sync.status')).waiting;
report({ registered, waiting });
maybeDone();
