// The core's secret box: AES-256-GCM under the key the host provides (safeStorage on the
// tablet, an owner-only key file in the emulation), for passwords waiting in the outbox.
import { open, seal } from '../../../node/crypto/aes-gcm.js';

export interface SecretBox {
  seal(plaintext: string, boundTo: string): Buffer;
  open(sealed: Buffer, boundTo: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('secret key must be 32 bytes');
  return {
    seal: (plaintext, boundTo) => seal(key, plaintext, boundTo),
    open: (sealed, boundTo) => open(key, sealed, boundTo),
  };
}
