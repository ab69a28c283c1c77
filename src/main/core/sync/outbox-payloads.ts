// What each kind of outbox row carries, besides its sealed secret. Parsed on the way out so a
// row written by an older version is checked before it is sent.
import { z } from 'zod';

export const registerPayload = z.object({
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  deviceId: z.string(),
});
export type RegisterPayload = z.infer<typeof registerPayload>;
