// Who may act on a CSM account: the tablet that registered it or signed in to it, proven by a
// device credential. The scheme, as both sides implement it:
//
// - Register (POST /v1/accounts) and sign-in (POST /v1/sessions) answer `deviceCredential`: an
//   opaque secret bound to that account and to the `deviceId` the tablet sent. One live
//   credential per (account, device); a new one replaces the last. A replayed registration
//   answer carries a fresh one (the backend never stores a credential in clear, not even in an
//   idempotent answer; it keeps a SHA-256 of the secret part only).
// - Every account route (`/v1/accounts/:accountId/...`) requires
//   `Authorization: CSM-Device <credential>`: none or unreadable → 401 UNAUTHENTICATED; a
//   credential of another account, revoked or replaced → 403 FORBIDDEN. The status batch
//   carries one credential per account in its body; an account whose credential does not hold
//   is left out of the answer, exactly like an unknown id.
// - Rotation: POST /v1/accounts/:accountId/credential answers a new credential. The old one
//   keeps working until the new one is used once (so a lost answer does not lock the tablet
//   out), then it is void. The tablet rotates a credential older than a day when it uses it.
//   Rotating again before the new one was used voids that unused one. No Idempotency-Key: an
//   answer holding a credential is never stored, and a retry is simply another rotation.
// - Revocation: DELETE /v1/accounts/:accountId/credential (authorised by the credential
//   itself, no body, no Idempotency-Key) voids every credential of that tablet for that
//   account and answers 204: "Retirer de cette tablette". Repeating it answers 403.
// - A registration replayed under its Idempotency-Key (same tablet, same fields) must also
//   carry the same password, or it is refused 422 IDEMPOTENCY_CONFLICT: the key and the public
//   fields alone do not earn a credential.
import { z } from 'zod/mini';

export const DEVICE_CREDENTIAL_SCHEME = 'CSM-Device';
export const AUTHORIZATION_HEADER = 'authorization';

/** `dc1.<id>.<secret>`: the id finds the row, the secret (32 random bytes) proves it. */
export const deviceCredential = z
  .string()
  .check(z.regex(/^dc1\.[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{43}$/, { error: 'invalid' }));
export type DeviceCredential = z.infer<typeof deviceCredential>;

/** The Authorization header value for a credential. */
export const authorizationFor = (credential: string): string =>
  `${DEVICE_CREDENTIAL_SCHEME} ${credential}`;

/** The credential in an Authorization header, or null when there is none or it is malformed. */
export function credentialOf(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const [scheme, value, ...rest] = header.trim().split(/\s+/);
  if (rest.length > 0 || scheme !== DEVICE_CREDENTIAL_SCHEME) return null;
  return deviceCredential.safeParse(value).success ? (value as string) : null;
}

// POST /v1/accounts/:accountId/credential (no body): a new credential for this tablet
export const rotateCredentialResponse = z.object({ deviceCredential });
export type RotateCredentialResponse = z.infer<typeof rotateCredentialResponse>;
