// What the tablet's journey screens ask the core after registration (Token, resend, new
// Ident-ID) and what they get back. The command table refers to these schemas.
import { z } from 'zod/mini';
import { resendTokenResponse, verifyTokenRequest } from '../csm/account-calls.js';
import { csmUser, localUserId } from './user.js';

export const verifyTokenInput = z.extend(verifyTokenRequest, { userId: localUserId });
export type VerifyTokenInput = z.input<typeof verifyTokenInput>;

/** `queued`: CSM is unreachable; the Token is kept (sealed) and checked when it is back. */
export const tokenOutcome = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('verified'), user: csmUser }),
  z.object({ outcome: z.literal('queued'), user: csmUser }),
]);
export type TokenOutcome = z.infer<typeof tokenOutcome>;

export const userRef = z.object({ userId: localUserId });
export type UserRef = z.infer<typeof userRef>;

export const codeSent = z.omit(resendTokenResponse, { maskedEmail: true });
export type CodeSent = z.infer<typeof codeSent>;
