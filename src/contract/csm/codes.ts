// Token and confirmation codes: how long they live, how many tries, and where one was sent.
import { z } from 'zod/mini';

export const CODE_LENGTH = 6;
/** How long a code stays valid, how many wrong tries void it, how soon a new one may be asked. */
export const CODE_TTL_S = 600;
export const CODE_MAX_TRIES = 5;
export const CODE_RESEND_AFTER_S = 60;

/** Where a code was sent, masked: "06 •• •• •• 12" or "j•••@garage.fr". */
export const codeDelivery = z.object({
  challengeId: z.uuid(),
  channel: z.enum(['sms', 'email']),
  maskedDestination: z.string(),
  expiresInS: z.number().check(z.int(), z.positive()),
  /** Seconds before a new code may be asked for. */
  resendAfterS: z.number().check(z.int(), z.nonnegative()),
});
export type CodeDelivery = z.infer<typeof codeDelivery>;
