// The QA console (--qa only; its own page, never among the kiosk's screens): the kiosk page's
// live machines, the outbox, sync and reachability, and the CSM backend's QA API (messages,
// accounts, IDnow sessions, faults), steered through the same command table. Nothing here
// exists without --qa: the core answers FORBIDDEN.
import { z } from 'zod/mini';
import {
  faultRule,
  qaAccountsResponse,
  qaDecideResponse,
  qaIdentSession,
  qaMessage,
  qaSimulation,
} from '../csm/qa-api.js';
import { identId, identResult } from '../csm/idnow.js';
import { appError } from './errors.js';
import { syncStatus } from './sync-status.js';

/** One transition of a machine as the kiosk page saw it (XState's inspection API). */
export const machineTransition = z.object({
  at: z.string().check(z.maxLength(40)),
  event: z.string().check(z.maxLength(80)),
  /** The state value after it, flattened ("editing", "form.submitting"). */
  state: z.string().check(z.maxLength(200)),
});

/** A live actor of the kiosk page: the app machine and each screen's child machine. */
export const machineTrace = z.object({
  actorId: z.string().check(z.maxLength(120)),
  machine: z.string().check(z.maxLength(80)),
  state: z.string().check(z.maxLength(200)),
  /** The last ones, oldest first. */
  transitions: z.array(machineTransition).check(z.maxLength(20)),
  stopped: z.boolean(),
});
export type MachineTrace = z.infer<typeof machineTrace>;

/** A waiting action of the tablet's outbox; never its payload (it may hold a password). */
export const outboxEntry = z.object({
  seq: z.number().check(z.int()),
  userId: z.string(),
  /** The user's name as the list shows it. */
  userName: z.string(),
  kind: z.string(),
  attempts: z.number().check(z.int(), z.nonnegative()),
  /** A refusal CSM gave for good: the queue waits for the technician. */
  blocked: z.boolean(),
  /** null: as soon as CSM is reachable. */
  nextAttemptAt: z.nullable(z.string()),
  createdAt: z.string(),
  lastError: z.nullable(appError),
});
export type OutboxEntry = z.infer<typeof outboxEntry>;

/** What the backend's QA API answered; null when it has none (a CSM server without --qa). */
export const qaBackendView = z.object({
  messages: z.array(qaMessage),
  accounts: qaAccountsResponse.shape.accounts,
  idents: z.array(qaIdentSession),
  faults: z.array(faultRule),
  simulation: qaSimulation,
});
export type QaBackendView = z.infer<typeof qaBackendView>;

export const qaOverview = z.object({
  machines: z.array(machineTrace),
  outbox: z.array(outboxEntry),
  sync: syncStatus,
  backendUrl: z.string(),
  backend: z.nullable(qaBackendView),
});
export type QaOverview = z.infer<typeof qaOverview>;

const none = z.strictObject({});

export const qaCommands = {
  /** The kiosk page reports its machines (the whole picture each time, at most a few per
   * second); the core keeps the last report and raises qa.machines. */
  'qa.trace': {
    input: z.strictObject({ machines: z.array(machineTrace).check(z.maxLength(32)) }),
    output: z.object({}),
  },
  'qa.overview': { input: none, output: qaOverview },
  /** Replaces the backend's fault rules (the QA API's PUT /qa/faults); [] takes CSM back. */
  'qa.setFaults': {
    input: z.strictObject({ rules: z.array(faultRule).check(z.maxLength(32)) }),
    output: z.object({ rules: z.array(faultRule) }),
  },
  'qa.decideIdent': {
    input: z.strictObject({ identId, result: identResult }),
    output: qaDecideResponse,
  },
} as const;

export const qaEvents = {
  'qa.machines': z.object({ machines: z.array(machineTrace) }),
} as const;
