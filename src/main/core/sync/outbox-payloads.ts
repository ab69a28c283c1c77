// What each kind of outbox row carries, besides its sealed secret: the wire request without the
// secret, so a field added to CSM's registration is carried (and checked) here too. Parsed on the
// way out so a row written by an older version is checked before it is sent.
import { z } from 'zod/mini';
import { registerRequest } from '../../../contract/csm/register.js';

export const registerPayload = z.omit(registerRequest, { password: true });
export type RegisterPayload = z.output<typeof registerPayload>;
