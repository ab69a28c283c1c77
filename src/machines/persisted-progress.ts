// What of a machine's persisted snapshot may be stored on the tablet: everything but secrets.
// A password, a Token or a confirmation code typed on screen is never written to disk; after a
// restart the technician types it again.
const SECRET_KEYS = new Set([
  'password',
  'passwordRepeat',
  'newPassword',
  'newPasswordRepeat',
  'token',
  'confirmationCode',
]);

export function withoutSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key) && typeof v === 'string' ? '' : withoutSecrets(v);
  }
  return out as T;
}
