// Load benchmark of the reference CSM backend: 200 simulated tablets on loopback register, read
// their Token through the QA API, verify it, then poll their status once a second (Actualiser)
// until the 20 s window ends, each call carrying the device credential the registration gave. The backend runs as a child process with its default settings
// (password hashing included); prints one JSON line. `npx tsx bench/backend-load.ts`
import { randomBytes, randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { authorizationFor } from '../src/contract/csm/device-credential.js';
import { startBackendChild } from './support/backend-child.js';
import { loopbackAddress, tabletClient, type Answer } from './support/loopback-client.js';
import { percentile } from './support/percentiles.js';

const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: '200' },
    'window-s': { type: 'string', default: '20' },
    // A fleet does not start in the same millisecond: tablets start evenly over this span.
    'spread-s': { type: 'string', default: '5' },
  },
});
const DEVICES = Math.min(1000, Math.max(1, Number(values.devices)));
const WINDOW_MS = Math.min(120, Math.max(1, Number(values['window-s']))) * 1000;
const SPREAD_MS = Math.min(WINDOW_MS / 1000, Math.max(0, Number(values['spread-s']))) * 1000;
// Bounded whatever the server does: after this, unfinished tablets count as errors.
const HARD_STOP_MS = WINDOW_MS + 120_000;
const REQUEST_TIMEOUT_MS = 60_000;
const POLL_EVERY_MS = 1000;

type Phase = 'register' | 'qa_code' | 'verify' | 'status';
const latencies: Record<Phase, number[]> = { register: [], qa_code: [], verify: [], status: [] };
const errors: Record<Phase, number> = { register: 0, qa_code: 0, verify: 0, status: 0 };
const errorSamples: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function timed(phase: Phase, expected: number, call: () => Promise<Answer>) {
  try {
    const answer = await call();
    latencies[phase].push(answer.ms);
    if (answer.status === expected) return answer.body as Record<string, unknown>;
    errors[phase] += 1;
    if (errorSamples.length < 5)
      errorSamples.push(`${phase} ${answer.status} ${JSON.stringify(answer.body)}`);
  } catch (error) {
    errors[phase] += 1;
    if (errorSamples.length < 5) errorSamples.push(`${phase} ${String(error)}`);
  }
  return null;
}

async function tablet(index: number, url: string, benchStart: number): Promise<void> {
  const client = tabletClient(url, loopbackAddress(index), REQUEST_TIMEOUT_MS);
  const windowEnd = benchStart + WINDOW_MS;
  try {
    await sleep(benchStart + (index * SPREAD_MS) / DEVICES - performance.now());
    const email = `tablette-${index}@bench.csm-kiosk.test`;
    const registered = await timed('register', 202, () =>
      client.call(
        'POST',
        '/v1/accounts',
        {
          email,
          firstName: 'Banc',
          lastName: `Tablette ${index}`,
          password: randomBytes(18).toString('base64url'),
          deviceId: `bench-${index}`,
        },
        { 'idempotency-key': randomUUID() },
      ),
    );
    const accountId = registered?.accountId;
    const credential = registered?.deviceCredential;
    if (typeof accountId !== 'string' || typeof credential !== 'string') return;
    const code = await timed('qa_code', 200, () =>
      client.call('GET', `/qa/codes/last?to=${encodeURIComponent(email)}`),
    );
    if (typeof code?.code !== 'string') return;
    const verified = await timed('verify', 200, () =>
      client.call(
        'POST',
        `/v1/accounts/${accountId}/token/verify`,
        { token: code.code },
        { 'idempotency-key': randomUUID(), authorization: authorizationFor(credential) },
      ),
    );
    if (verified === null) return;
    // Fixed rate, as the tablet's refresh timer: a slow answer does not push the next poll.
    for (let next = performance.now(); next < windowEnd; next += POLL_EVERY_MS) {
      await sleep(next - performance.now());
      await timed('status', 200, () =>
        client.call('POST', '/v1/accounts/status', {
          accounts: [{ accountId, deviceCredential: credential }],
        }),
      );
    }
  } finally {
    client.close();
  }
}

/** The algorithm and cost of the stored hashes, read back from the database: not the salt. */
function passwordHashParameters(dataDir: string): string {
  const db = new Database(join(dataDir, 'backend.sqlite'), { readonly: true });
  try {
    const row = db.prepare(`SELECT password_hash FROM accounts LIMIT 1`).get() as
      { password_hash: string } | undefined;
    if (!row) return 'unknown';
    // "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>" → "argon2id v=19 m=19456,t=2,p=1"
    const [algorithm, ...fields] = row.password_hash.split('$').slice(1);
    const parameters = fields.filter((field) => /^[a-z]+=\d+(,[a-z]+=\d+)*$/.test(field));
    return [algorithm, ...parameters].join(' ');
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const backend = await startBackendChild(['--qa']);
  try {
    const benchStart = performance.now();
    const fleet = Promise.all(
      Array.from({ length: DEVICES }, (_, i) => tablet(i, backend.url, benchStart)),
    );
    const finished = await Promise.race([
      fleet.then(() => true),
      sleep(HARD_STOP_MS).then(() => false),
    ]);
    const durationS = (performance.now() - benchStart) / 1000;
    await backend.stop();
    const csm = [...latencies.register, ...latencies.verify, ...latencies.status];
    const errorCount = Object.values(errors).reduce((a, b) => a + b, 0) + (finished ? 0 : 1);
    const line = {
      name: 'backend_load',
      devices: DEVICES,
      requests: csm.length,
      p99_ms: percentile(csm, 99),
      errors: errorCount,
      p50_ms: percentile(csm, 50),
      p95_ms: percentile(csm, 95),
      max_ms: percentile(csm, 100),
      register_p99_ms: percentile(latencies.register, 99),
      verify_p99_ms: percentile(latencies.verify, 99),
      status_p50_ms: percentile(latencies.status, 50),
      status_p99_ms: percentile(latencies.status, 99),
      status_requests: latencies.status.length,
      qa_requests: latencies.qa_code.length,
      qa_code_p99_ms: percentile(latencies.qa_code, 99),
      errors_by_phase: errors,
      window_s: WINDOW_MS / 1000,
      start_spread_s: SPREAD_MS / 1000,
      duration_s: Math.round(durationS * 10) / 10,
      password_hash: passwordHashParameters(backend.dataDir),
      server: 'child process, loopback',
      cores: availableParallelism(),
    };
    for (const sample of errorSamples) console.error(`erreur : ${sample}`);
    console.log(JSON.stringify(line));
    if (!finished) process.exitCode = 1;
  } finally {
    await backend.stop();
    backend.remove();
  }
}

main().then(
  // Tablets still waiting on a hard stop must not keep the process alive.
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
