// One key per use, derived from the server secret, so a Token hash can never be mistaken for,
// or help to forge, a sealed message.
import { hkdfSync } from 'node:crypto';

export interface ServerKeys {
  /** HMAC key for Token and confirmation codes. */
  codes: Buffer;
  /** AES-256-GCM key for message bodies in the log. */
  messages: Buffer;
  /** HMAC key turning an account id into the support reference a screen may show. */
  supportRefs: Buffer;
}

const derive = (secret: Buffer, use: string) =>
  Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `csm-backend/${use}`, 32));

export function deriveServerKeys(secret: Buffer): ServerKeys {
  return {
    codes: derive(secret, 'codes'),
    messages: derive(secret, 'messages'),
    supportRefs: derive(secret, 'support-refs'),
  };
}
