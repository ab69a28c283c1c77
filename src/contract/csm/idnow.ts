// IDnow's vocabulary as the simulator and the tablet use it: the Ident-ID format and the public
// result names of an identification.
import { z } from 'zod/mini';

/** IDnow Ident-IDs: three letters, a dash, five letters, e.g. "TST-KXRZB". */
export const identId = z.string().check(z.regex(/^[A-Z]{3}-[A-Z]{5}$/, { error: 'invalid' }));
export type IdentId = z.infer<typeof identId>;

export const identResults = [
  'SUCCESS',
  'FRAUD_SUSPICION_CONFIRMED',
  'CANCELED',
  'ABORTED',
  'REVIEW_PENDING',
] as const;
export const identResult = z.enum(identResults);
export type IdentResult = z.infer<typeof identResult>;

/** The simulator's smartphone page on the backend; the tablet's QR code opens it with
 * `?ident=<Ident-ID>`. */
export const IDNOW_COMPANION_PATH = '/idnow/';
