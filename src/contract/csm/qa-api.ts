// The reference backend's QA control API, served only with --qa: what it sent, the last code,
// IDnow outcomes, fault injection and reset. Used by QA, trainers' demo mode and the tests.
import { z } from 'zod';
import { accountId, accountStatus, accountStatusName, supportRef } from './account.js';
import { FIELD_MAX } from './fields.js';
import { identResult } from './idnow.js';

export const qaMessage = z.object({
  id: z.string(),
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  sentAt: z.string(),
});
export type QaMessage = z.infer<typeof qaMessage>;

// GET /qa/messages?to=
export const qaMessagesQuery = z.object({ to: z.string().max(FIELD_MAX).optional() });
export const qaMessagesResponse = z.object({ messages: z.array(qaMessage) });
export type QaMessagesResponse = z.infer<typeof qaMessagesResponse>;

// GET /qa/codes/last?to= — the last Token or confirmation code sent to an e-mail or a mobile
export const qaLastCodeQuery = z.object({ to: z.string().min(1).max(FIELD_MAX) });
export const qaLastCodeResponse = z.object({
  code: z.string(),
  kind: z.enum(['token', 'mobile', 'password']),
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
  route: z.string().min(1).max(64).default('*'),
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  errorRate: z.number().min(0).max(1).default(0),
  timeoutRate: z.number().min(0).max(1).default(0),
  /** How long a "timeout" holds the request before dropping it. */
  holdMs: z.number().int().min(0).max(120_000).default(15_000),
  dropRate: z.number().min(0).max(1).default(0),
  phase: z.enum(['before', 'after', 'random']).default('random'),
});
export type FaultRule = z.infer<typeof faultRule>;

// PUT /qa/faults (replaces all rules), DELETE /qa/faults, GET /qa/faults
export const qaFaultsRequest = z.object({
  rules: z.array(faultRule).max(32),
  seed: z.number().int().optional(),
});
export const qaFaultsResponse = z.object({ rules: z.array(faultRule) });

export const qaRoutes = {
  messages: { method: 'GET', path: '/qa/messages' },
  lastCode: { method: 'GET', path: '/qa/codes/last' },
  decide: { method: 'POST', path: '/qa/idnow/:identId/decide' },
  accounts: { method: 'GET', path: '/qa/accounts' },
  faults: { method: 'PUT', path: '/qa/faults' },
  clearFaults: { method: 'DELETE', path: '/qa/faults' },
  reset: { method: 'POST', path: '/qa/reset' },
} as const;
