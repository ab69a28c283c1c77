// CSM's password policy, answered by a worker thread (password-check-worker.ts) so a check's
// milliseconds of CPU never hold up the backend's other requests. One worker for the process,
// shared by every backend in it (tests start many), started on the first check or by `warm()`,
// and holding the process open only while a check is pending. A worker that dies fails the
// checks it held (the route answers a retryable error) and the next check starts a new one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PasswordVerdict } from '../../contract/csm/password-policy.js';
import type { CheckReply, CheckRequest } from './password-check-messages.js';

/** The Electron build bundles the worker next to the reference backend's bundle (build.ts);
 * from the sources it is the TypeScript file itself, loaded through tsx. */
export const PASSWORD_CHECK_WORKER_BUNDLE = 'password-check-worker.cjs';

function startWorker(): Worker {
  const bundled = new URL(`./${PASSWORD_CHECK_WORKER_BUNDLE}`, import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return new Worker(bundled);
  // From the sources: a boot file registers tsx in the worker, which does not inherit it.
  return new Worker(new URL('./typescript-worker-boot.mjs', import.meta.url), {
    workerData: { source: new URL('./password-check-worker.ts', import.meta.url).href },
  });
}

interface Pending {
  resolve(verdict: PasswordVerdict): void;
  reject(error: Error): void;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function theWorker(): Worker {
  if (worker) return worker;
  const started = startWorker();
  started.unref();
  started.on('message', ({ id, verdict }: CheckReply) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    if (pending.size === 0) started.unref();
    waiting.resolve(verdict);
  });
  const gone = (error: Error) => {
    if (worker === started) worker = null;
    failAll(error);
  };
  started.on('error', gone);
  started.on('exit', (code) => gone(new Error(`password check worker exited (${code})`)));
  worker = started;
  return started;
}

/** The policy's verdict on a password for an account's e-mail, computed off the event loop. */
export function checkPasswordOffLoop(password: string, email: string): Promise<PasswordVerdict> {
  const target = theWorker();
  const id = nextId++;
  return new Promise<PasswordVerdict>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    if (pending.size === 1) target.ref();
    const request: CheckRequest = { id, password, email };
    target.postMessage(request);
  });
}

/** The worker started and its dictionaries built (about half a second on the first check), so
 * the first registration is answered at full speed. */
export async function warmPasswordChecker(): Promise<void> {
  await checkPasswordOffLoop(WARM_UP_PASSWORD, '');
}

/** Long enough to reach zxcvbn: a shorter one is refused by its length before any dictionary is
 * built, and the first real registration would pay for them (half a second). */
export const WARM_UP_PASSWORD = 'warm-up-the-word-lists';
