// The worker thread that applies CSM's password policy (password-checker.ts starts it): zxcvbn
// looks every substring of a password up in megabytes of word lists, a few milliseconds of CPU
// a check, which on the backend's event loop held up every other request behind it (a restarted
// CSM draining a hundred tablets' registrations at once). Here it runs beside the loop.
import { parentPort } from 'node:worker_threads';
import { checkPasswordWith } from '../../contract/csm/password-policy.js';
import { estimateStrength } from '../../contract/csm/password-strength.js';
import type { CheckReply, CheckRequest } from './password-check-messages.js';

const port = parentPort;
if (!port) throw new Error('password-check-worker runs only as a worker thread');

port.on('message', ({ id, password, email }: CheckRequest) => {
  const reply: CheckReply = { id, verdict: checkPasswordWith(estimateStrength, password, email) };
  port.postMessage(reply);
});
