// Where the 32-byte key that seals secrets at rest comes from: Electron safeStorage on the
// tablet, an owner-only key file in the emulation. The core only sees this interface.
export interface SecretKeyProvider {
  /** Returns the same 32-byte key on every call for a given data folder. */
  loadKey(): Buffer;
  /** A warning the screen must show, by code: safeStorage falls back to plain text. */
  readonly warning: 'SECRETS_UNPROTECTED' | null;
}
