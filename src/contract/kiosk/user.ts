// A CSM user as the tablet knows it, and the statuses of DESIGN.md: CSM's account statuses plus
// SYNC_PENDING, before CSM has the registration. The identity fields come from the wire's
// registration (without the password and the device), so a field added there is carried here.
import { z } from 'zod/mini';
import { accountStatus, accountStatuses } from '../csm/account.js';
import { registerRequest } from '../csm/register.js';
import { appError } from './errors.js';

export const userStatuses = ['SYNC_PENDING', ...accountStatuses] as const;
export const userStatus = z.enum(userStatuses);
export type UserStatus = z.infer<typeof userStatus>;

export const localUserId = z.uuid();

/** What the last status read from CSM said. Optional so that a user written by an older core
 * still parses; this core always fills them, with null (false) until CSM has said. The account
 * is named to support by its short reference, never by its id; the device credential that
 * proves this tablet may act on it stays in the core and is never part of a user. */
const lastKnownAccount = z.extend(
  z.pick(accountStatus, {
    identId: true,
    identResult: true,
    next: true,
    maskedMobile: true,
    supportRef: true,
    emailVerifiedAt: true,
    identSubmittedAt: true,
    identDecidedAt: true,
  }),
  {
    supportRef: z.optional(z.nullable(accountStatus.shape.supportRef)),
    identId: z.optional(accountStatus.shape.identId),
    identResult: z.optional(accountStatus.shape.identResult),
    next: z.optional(z.nullable(accountStatus.shape.next)),
    maskedMobile: z.optional(accountStatus.shape.maskedMobile),
    hasPassword: z.optional(accountStatus.shape.hasPassword),
  },
);

export const csmUser = z.extend(
  z.extend(z.omit(registerRequest, { password: true, deviceId: true }), {
    id: localUserId,
    status: userStatus,
    remoteId: z.nullable(z.string()),
    maskedEmail: z.nullable(z.string()),
    createdAt: z.string(),
    lastSyncAt: z.nullable(z.string()),
    /** Why this user's queue stopped, when a retry cannot fix it. */
    lastError: z.nullable(appError),
    /** When the tablet saw the status take its current value. */
    statusSince: z.optional(z.nullable(z.string())),
  }),
  lastKnownAccount.shape,
);
export type CsmUser = z.output<typeof csmUser>;
