// The password policy as the renderer uses it: in a worker started on first need, so its word
// lists never take the main thread (a tap made while they load still shows at once). Where
// there are no workers (the unit tests' jsdom) it runs in the page as before.
import { loadPasswordPolicy, type PasswordVerdict } from '../../contract/csm/password-policy.js';
import type { PolicyAnswer, PolicyQuestion } from './policy-messages.js';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (verdict: PasswordVerdict | null) => void>();

function policyWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./password-policy-worker.ts', import.meta.url), {
    type: 'module',
  });
  started.addEventListener('message', (event: MessageEvent<PolicyAnswer>) => {
    const { id, verdict } = event.data;
    waiting.get(id)?.(verdict);
    waiting.delete(id);
  });
  worker = started;
  return started;
}

const ask = (question: PolicyQuestion) => policyWorker().postMessage(question);

/** Loads the word lists and builds the dictionaries ahead of the first password. */
export function warmPasswordPolicy(): void {
  if (typeof Worker === 'undefined') loadPasswordPolicy().catch(() => undefined);
  else ask({ kind: 'warm' });
}

/** The policy's verdict on a password; rejects when the policy could not load. */
export function assessPassword(password: string, email: string): Promise<PasswordVerdict> {
  if (typeof Worker === 'undefined')
    return loadPasswordPolicy().then((check) => check(password, email));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (verdict) =>
      verdict ? resolve(verdict) : reject(new Error('password policy unavailable')),
    );
    ask({ kind: 'check', id, password, email });
  });
}
