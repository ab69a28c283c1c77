// The CSM server setting as the CGM NET document shows it (host and port) and the answer of
// its connection test (Tester…).
import { z } from 'zod/mini';

/** A host name or an IP address; no scheme, no path. */
export const hostField = z
  .string({ error: 'required' })
  .check(
    z.trim(),
    z.minLength(1, { error: 'required' }),
    z.maxLength(253, { error: 'too_long' }),
    z.regex(
      /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$|^\[?[0-9a-fA-F:.]+\]?$/,
      { error: 'host_invalid' },
    ),
  );
export const portField = z.coerce
  .number({ error: 'port_invalid' })
  .check(
    z.int({ error: 'port_invalid' }),
    z.gte(1, { error: 'port_invalid' }),
    z.lte(65535, { error: 'port_invalid' }),
  );
export const DEFAULT_CSM_PORT = 443;

export const serverAddress = z.object({ host: hostField, port: portField });
export type ServerAddress = z.input<typeof serverAddress>;

/** Why a connection test failed; the screen words it. */
export const connectionFailure = z.enum([
  'NAME_NOT_FOUND',
  'REFUSED',
  'CERTIFICATE',
  'TIMEOUT',
  'NOT_CSM',
]);
export type ConnectionFailure = z.infer<typeof connectionFailure>;

export const connectionTest = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), version: z.string(), url: z.string() }),
  z.object({ ok: z.literal(false), failure: connectionFailure, url: z.string() }),
]);
export type ConnectionTest = z.infer<typeof connectionTest>;
