// Tester… (Serveur CSM): asks a host and port for the CSM health answer and says, in the
// terms a technician can act on, why it failed: name not found, refused, certificate, timeout.
import fetch from 'node-fetch';
import type { ConnectionFailure, ConnectionTest } from '../../../contract/kiosk/server-address.js';
import { csmRoutes, healthResponse } from '../../../contract/csm/routes.js';
import { serverUrl } from '../../../contract/kiosk/settings.js';

export const SERVER_TEST_TIMEOUT_MS = 5_000;

function failureOf(error: unknown): ConnectionFailure {
  const e = error as { name?: string; code?: string; errno?: string; type?: string };
  const code = e.code ?? e.errno ?? '';
  if (e.name === 'AbortError' || e.type === 'aborted' || code === 'ETIMEDOUT') return 'TIMEOUT';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return 'NAME_NOT_FOUND';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|EPROTO/.test(code)) return 'CERTIFICATE';
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH') return 'REFUSED';
  return 'REFUSED';
}

export async function testServer(
  address: { host: string; port: number },
  timeoutMs = SERVER_TEST_TIMEOUT_MS,
): Promise<ConnectionTest> {
  const url = serverUrl(address);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url + csmRoutes.health.path, { signal: abort.signal });
    const body = healthResponse.safeParse(await response.json().catch(() => null));
    return body.success && response.ok
      ? { ok: true, version: body.data.version, url }
      : { ok: false, failure: 'NOT_CSM', url };
  } catch (error) {
    return { ok: false, failure: failureOf(error), url };
  } finally {
    clearTimeout(timer);
  }
}
