// Shapes shared by every code the technician types: the e-mail Token and the SMS or e-mail
// confirmation codes. Six digits, nothing else.
import { z } from 'zod';

export const CODE_LENGTH = 6;
/** How long a code stays valid, how many wrong tries void it, how soon a new one may be asked. */
export const CODE_TTL_S = 600;
export const CODE_MAX_TRIES = 5;
export const CODE_RESEND_AFTER_S = 60;
export const codeField = z
  .string({ error: 'required' })
  .trim()
  .regex(/^\d{6}$/, { error: 'code_format' });

/** Where a code was sent, masked: "06 •• •• •• 12" or "j•••@garage.fr". */
export const codeDelivery = z.object({
  challengeId: z.uuid(),
  channel: z.enum(['sms', 'email']),
  maskedDestination: z.string(),
  expiresInS: z.number().int().positive(),
  /** Seconds before a new code may be asked for. */
  resendAfterS: z.number().int().nonnegative(),
});
export type CodeDelivery = z.infer<typeof codeDelivery>;
