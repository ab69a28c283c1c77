// The reference backend's QA control API, served only with --qa: what it sent, the last code,
// IDnow outcomes, fault injection and reset. Used by QA, trainers' demo mode and the tests.
import { z } from 'zod/mini';
import { accountId, accountStatus, accountStatusName, supportRef } from './account.js';
import { FIELD_MAX } from './fields.js';
import { identId, identResult } from './idnow.js';

export const qaCodeKinds = ['token', 'mobile', 'password'] as const;

export const qaMessage = z.object({
  id: z.string(),
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  sentAt: z.string(),
  /** The Token or confirmation code the message carries (read from its body, as lastCode does),
   * so the demo's inbox can show it as a chip; null when it carries none. Optional: an older
   * backend does not send it. */
  code: z.optional(z.nullable(z.object({ code: z.string(), kind: z.enum(qaCodeKinds) }))),
});
export type QaMessage = z.infer<typeof qaMessage>;

// GET /qa/messages?to=
export const qaMessagesQuery = z.object({
  to: z.optional(z.string().check(z.maxLength(FIELD_MAX))),
});
export const qaMessagesResponse = z.object({ messages: z.array(qaMessage) });
export type QaMessagesResponse = z.infer<typeof qaMessagesResponse>;

// GET /qa/codes/last?to= — the last Token or confirmation code sent to an e-mail or a mobile
export const qaLastCodeQuery = z.object({
  to: z.string().check(z.minLength(1), z.maxLength(FIELD_MAX)),
});
export const qaLastCodeResponse = z.object({
  code: z.string(),
  kind: z.enum(qaCodeKinds),
  channel: z.enum(['email', 'sms']),
  sentAt: z.string(),
});

// POST /qa/idnow/:identId/decide — as IDnow's result callback would
export const qaDecideRequest = z.object({ result: identResult });
export const qaDecideResponse = accountStatus;

// GET /qa/accounts — every account, for QA, support (found by its supportRef) and the
// exactly-once tests
export const qaAccountsResponse = z.object({
  accounts: z.array(
    z.object({
      accountId,
      supportRef,
      email: z.string(),
      status: accountStatusName,
      createdAt: z.string(),
    }),
  ),
});

/** One fault rule. Rates are drawn per request; `phase` says whether the request is lost before
 * the backend handles it or after (handled, answer lost: what exactly-once must survive). */
export const faultRule = z.object({
  /** A key of `csmRoutes`, or '*' for every CSM route (never the QA routes). */
  route: z._default(z.string().check(z.minLength(1), z.maxLength(64)), '*'),
  latencyMs: z._default(z.number().check(z.int(), z.gte(0), z.lte(60_000)), 0),
  errorRate: z._default(z.number().check(z.gte(0), z.lte(1)), 0),
  timeoutRate: z._default(z.number().check(z.gte(0), z.lte(1)), 0),
  /** How long a "timeout" holds the request before dropping it. */
  holdMs: z._default(z.number().check(z.int(), z.gte(0), z.lte(120_000)), 15_000),
  dropRate: z._default(z.number().check(z.gte(0), z.lte(1)), 0),
  phase: z._default(z.enum(['before', 'after', 'random']), 'random'),
});
export type FaultRule = z.infer<typeof faultRule>;

// PUT /qa/faults (replaces all rules), DELETE /qa/faults, GET /qa/faults
export const qaFaultsRequest = z.object({
  rules: z.array(faultRule).check(z.maxLength(32)),
  seed: z.optional(z.number().check(z.int())),
});
export const qaFaultsResponse = z.object({ rules: z.array(faultRule) });

/** CSM taken offline (the demo's "tablette hors ligne", the QA console's "Couper CSM"): every
 * CSM route's connection cut before it is handled, /health included (`*` never covers it). */
export const CSM_OFFLINE_RULES: readonly FaultRule[] = (['*', 'health'] as const).map((route) =>
  faultRule.parse({ route, dropRate: 1, phase: 'before' }),
);

/** How the simulated world behaves: the demo's pace (Instantané / Réaliste) and its scenarios.
 * GET /qa/simulation answers it; PUT /qa/simulation changes the fields given. A reset keeps it. */
export const qaSimulation = z.object({
  /** Mails and SMS are logged (and leave by SMTP) this long after the write that sends them: a
   * message becomes visible in GET /qa/messages only then. 0 = at once. */
  messageDelayMs: z.number().check(z.int(), z.gte(0), z.lte(120_000)),
  /** How long the simulated IDnow review takes after Terminer (0 = at once). */
  identReviewDelayMs: z.number().check(z.int(), z.gte(0), z.lte(600_000)),
  /** The result the simulated review gives. */
  identOutcome: identResult,
});
export type QaSimulation = z.infer<typeof qaSimulation>;
export const qaSimulationPatch = z.strictObject(z.partial(qaSimulation).shape);
export type QaSimulationPatch = z.infer<typeof qaSimulationPatch>;

/** One IDnow session of the simulator, for the QA console (GET /qa/idnow). */
export const qaIdentSession = z.object({
  identId,
  /** The account it identifies (null once the account is gone). */
  accountId: z.nullable(accountId),
  email: z.nullable(z.string()),
  /** Where the smartphone is: opened (nothing done), conditions accepted, photos taken,
   * submitted (review running), decided. */
  stage: z.enum(['issued', 'terms', 'photos', 'submitted', 'decided']),
  photos: z.number().check(z.int(), z.gte(0), z.lte(3)),
  /** The result once decided, else the one planned for the review, else null. */
  result: z.nullable(identResult),
  reviewDueAt: z.nullable(z.string()),
});
export type QaIdentSession = z.infer<typeof qaIdentSession>;
export const qaIdentsResponse = z.object({ idents: z.array(qaIdentSession) });

export const qaRoutes = {
  messages: { method: 'GET', path: '/qa/messages' },
  lastCode: { method: 'GET', path: '/qa/codes/last' },
  decide: { method: 'POST', path: '/qa/idnow/:identId/decide' },
  accounts: { method: 'GET', path: '/qa/accounts' },
  faults: { method: 'PUT', path: '/qa/faults' },
  clearFaults: { method: 'DELETE', path: '/qa/faults' },
  reset: { method: 'POST', path: '/qa/reset' },
  simulation: { method: 'GET', path: '/qa/simulation' },
  setSimulation: { method: 'PUT', path: '/qa/simulation' },
  idents: { method: 'GET', path: '/qa/idnow' },
} as const;
