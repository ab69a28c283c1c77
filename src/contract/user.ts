// A CSM user as the tablet knows it, and the statuses of DESIGN.md.
import { z } from 'zod';
import { appError } from './result.js';

export const userStatuses = [
  'SYNC_PENDING',
  'EMAIL_PENDING',
  'IDENT_PENDING',
  'IDENT_REVIEW',
  'ACTIVE',
  'IDENT_FAILED',
] as const;
export const userStatus = z.enum(userStatuses);
export type UserStatus = z.infer<typeof userStatus>;

export const localUserId = z.uuid();

export const csmUser = z.object({
  id: localUserId,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  status: userStatus,
  remoteId: z.string().nullable(),
  maskedEmail: z.string().nullable(),
  createdAt: z.string(),
  lastSyncAt: z.string().nullable(),
  /** Why this user's queue stopped, when a retry cannot fix it. */
  lastError: appError.nullable(),
});
export type CsmUser = z.infer<typeof csmUser>;
