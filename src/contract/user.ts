// A CSM user as the tablet knows it, and the statuses of DESIGN.md.
import { z } from 'zod';
import { identId, identResult } from './idnow.js';
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
  // What the last status read from CSM said (Actualiser, or the automatic refresh while IDnow
  // is under way). Optional so that a user written by an older core still parses; this core
  // always fills them, with null (false) until CSM has said.
  /** The current IDnow Ident-ID, once CSM issued one. */
  identId: identId.nullable().optional(),
  /** The last IDnow result, once there is one. */
  identResult: identResult.nullable().optional(),
  /** What the technician has to do next, in the backend's words (csm-accounts `nextStep`). */
  next: z
    .enum(['VERIFY_EMAIL', 'IDENTIFY', 'WAIT_REVIEW', 'NONE', 'NEW_IDENT'])
    .nullable()
    .optional(),
  maskedMobile: z.string().nullable().optional(),
  hasPassword: z.boolean().optional(),
  /** When the tablet saw the status take its current value. */
  statusSince: z.string().nullable().optional(),
});
export type CsmUser = z.infer<typeof csmUser>;
