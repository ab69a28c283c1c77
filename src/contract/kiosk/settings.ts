// The tablet's settings as the core stores them and the Réglages screens read and change them:
// the CSM server (host and port, as in the CGM NET document), language, demo mode and how often
// a user waiting on IDnow is refreshed on its own, and how long an untouched screen stays.
import { z } from 'zod/mini';
import { hostField, portField } from './server-address.js';

export const languages = ['fr', 'de', 'en'] as const;

export const csmServer = z.object({
  host: hostField,
  port: portField,
  /** https unless said otherwise; see `serverUrl` for the default. */
  secure: z.optional(z.boolean()),
});
export type CsmServer = z.output<typeof csmServer>;

/** Minutes without a touch before the kiosk warns, then drops unsaved input and goes home. */
export const idleMinutesChoices = [1, 2, 5, 10] as const;
export type IdleMinutes = (typeof idleMinutesChoices)[number];

export const REFRESH_INTERVAL_MIN_S = 5;
export const REFRESH_INTERVAL_MAX_S = 3600;

export const kioskSettings = z.object({
  /** null: the reference backend on loopback inside the app (first start, demo, QA). */
  server: z.nullable(csmServer),
  /** The renderer falls back to French for a language it has no catalogue for. */
  language: z.enum(languages),
  /** Demo mode: the whole story offline against the reference backend in the app. */
  demo: z.boolean(),
  /** Seconds between automatic refreshes while no user waits on CSM (the slow cadence; never
   * below 60 s in effect). While a user waits on the Token or IDnow the refresh runs every
   * second. */
  refreshIntervalS: z
    .number({ error: 'invalid' })
    .check(
      z.int({ error: 'invalid' }),
      z.gte(REFRESH_INTERVAL_MIN_S, { error: 'invalid' }),
      z.lte(REFRESH_INTERVAL_MAX_S, { error: 'invalid' }),
    ),
  /** A shared tablet: a half-filled form with a password does not stay on screen for long. */
  idleMinutes: z.union(
    idleMinutesChoices.map((m) => z.literal(m)),
    { error: 'invalid' },
  ),
});
export type KioskSettings = z.output<typeof kioskSettings>;

export const DEFAULT_SETTINGS: KioskSettings = {
  server: null,
  language: 'fr',
  demo: false,
  refreshIntervalS: 60,
  idleMinutes: 2,
};

/** settings.set: only the settings given change. */
export const kioskSettingsPatch = z.strictObject(z.partial(kioskSettings).shape);
export type KioskSettingsPatch = z.input<typeof kioskSettingsPatch>;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i;

/** This machine itself: the only place a CSM server may be spoken to in plain http by default. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/** Why the tablet refuses a server setting, beside the wire's `FieldErrorKey`s (CSM never sends
 * these): plain http off loopback without the host's `--allow-insecure-backend`. */
export const kioskFieldErrorKeys = ['insecure_not_allowed'] as const;
export type KioskFieldErrorKey = (typeof kioskFieldErrorKeys)[number];

/** A server setting that would send passwords and Tokens in clear across a network. */
export function isPlainHttpOffLoopback(server: CsmServer): boolean {
  return server.secure === false && !isLoopbackHost(server.host.trim());
}

/**
 * The URL the tablet calls for a server setting. Without `secure`, https everywhere but on the
 * tablet's own loopback, where the reference backend speaks plain http.
 */
export function serverUrl(server: CsmServer): string {
  const secure = server.secure ?? !LOOPBACK.test(server.host);
  const host =
    server.host.includes(':') && !server.host.startsWith('[') ? `[${server.host}]` : server.host;
  return `${secure ? 'https' : 'http'}://${host}:${server.port}`;
}
