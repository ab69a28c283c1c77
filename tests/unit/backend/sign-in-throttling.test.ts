// Attack "owner lockout": wrong sign-ins from anywhere must not lock the owner out of
// "Ajouter un utilisateur CSM existant". Limits hold per (e-mail, address) and per address;
// per e-mail there is only a slowdown, on the backend's clock.
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { authorizationFor } from '../../../src/contract/csm/device-credential.js';
import { aRegistration, register, useBackends } from './support/backend-harness.js';
import { EMAIL, errorOf, registered } from './support/account-calls.js';
import { skippingClock } from './support/skipping-clock.js';

const { backend } = useBackends();
const PASSWORD = aRegistration().password;
const ATTACKER = '203.0.113.7';
const OWNER = '198.51.100.20';

const signIn = (app: FastifyInstance, email: string, password: string, from = OWNER) =>
  app.inject({
    method: 'POST',
    url: '/v1/sessions',
    remoteAddress: from,
    payload: { email, password, deviceId: 'mmo-0099' },
  });

async function throttled() {
  const clock = skippingClock();
  const { app } = await backend({ qa: true, now: clock.now, timers: clock });
  return { app, clock };
}

describe('sign-in throttling that cannot lock the owner out', () => {
  it('lets the owner in from another address after many wrong sign-ins, within a few seconds', async () => {
    const { app, clock } = await throttled();
    await registered(app);
    const attacker = [];
    for (let i = 0; i < 12; i++)
      attacker.push((await signIn(app, EMAIL, 'mauvais-mot-de-passe', ATTACKER)).statusCode);
    expect(attacker).toEqual([...Array(10).fill(401), 429, 429]);
    clock.waits.splice(0);
    const owner = await signIn(app, EMAIL, PASSWORD, OWNER);
    expect(owner.statusCode).toBe(200);
    // A bounded slowdown, never a refusal.
    expect(clock.waits).toHaveLength(1);
    expect(clock.waits[0]).toBeLessThanOrEqual(4000);
  });

  it('slows wrong guesses on one e-mail progressively, from any address, up to a cap', async () => {
    const { app, clock } = await throttled();
    await registered(app);
    const waited = [];
    for (let i = 0; i < 20; i++) {
      clock.waits.splice(0);
      const response = await signIn(app, EMAIL, 'mauvais-mot-de-passe', `192.0.2.${i + 1}`);
      expect(response.statusCode).toBe(401);
      waited.push(clock.waits.reduce((a, b) => a + b, 0));
    }
    expect(waited.slice(0, 5)).toEqual([0, 250, 500, 750, 1000]);
    expect(Math.max(...waited)).toBe(4000);
    expect(waited.at(-1)).toBe(4000);
  });

  it('slows an unknown e-mail exactly like a registered one, so the delay tells nothing', async () => {
    const { app, clock } = await throttled();
    await registered(app);
    const waits = async (email: string) => {
      const seen = [];
      for (let i = 0; i < 6; i++) {
        clock.waits.splice(0);
        const response = await signIn(app, email, 'mauvais-mot-de-passe', `192.0.2.${i + 1}`);
        seen.push([response.statusCode, clock.waits.reduce((a, b) => a + b, 0)]);
      }
      return seen;
    };
    const known = await waits(EMAIL);
    expect(await waits('personne@garage.fr')).toEqual(known);
  });

  it('forgets the failures after 15 minutes', async () => {
    const { app, clock } = await throttled();
    await registered(app);
    for (let i = 0; i < 8; i++) await signIn(app, EMAIL, 'mauvais-mot-de-passe', ATTACKER);
    clock.advance(15 * 60_000);
    clock.waits.splice(0);
    expect((await signIn(app, EMAIL, PASSWORD)).statusCode).toBe(200);
    expect(clock.waits).toEqual([]);
  });

  it('refuses one address on one e-mail past 10 tries, with Retry-After, and no one else', async () => {
    const { app } = await throttled();
    await registered(app);
    for (let i = 0; i < 10; i++) await signIn(app, EMAIL, 'mauvais-mot-de-passe', ATTACKER);
    const limited = await signIn(app, EMAIL, PASSWORD, ATTACKER);
    expect(limited.statusCode).toBe(429);
    const refusal = errorOf(limited);
    expect(refusal.code).toBe('RATE_LIMITED');
    // One try comes back every 90 s; the slowdown's waits moved the clock a little already.
    expect(refusal.details?.retryAfterS).toBeGreaterThan(60);
    expect(refusal.details?.retryAfterS).toBeLessThanOrEqual(90);
    expect(limited.headers['retry-after']).toBe(String(refusal.details?.retryAfterS));
    // The same address may still try other e-mails, and the owner's address this one.
    expect((await signIn(app, 'autre@garage.fr', PASSWORD, ATTACKER)).statusCode).toBe(401);
    expect((await signIn(app, EMAIL, PASSWORD, OWNER)).statusCode).toBe(200);
  });

  it('still limits the sign-ins of one address across e-mails', async () => {
    const clock = skippingClock();
    const { app } = await backend({
      qa: true,
      now: clock.now,
      timers: clock,
      rateLimits: { signInsPerIp: { burst: 3, refillMs: 60_000 } },
    });
    const codes = [];
    for (let i = 0; i < 4; i++)
      codes.push((await signIn(app, `x${i}@garage.fr`, 'mauvais', ATTACKER)).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    expect((await signIn(app, 'x9@garage.fr', 'mauvais', OWNER)).statusCode).toBe(401);
  });

  it('waits on nothing when rate limits are off', async () => {
    const clock = skippingClock();
    const { app } = await backend({ now: clock.now, timers: clock, rateLimits: false });
    for (let i = 0; i < 5; i++) await signIn(app, EMAIL, 'mauvais-mot-de-passe');
    expect(clock.waits).toEqual([]);
  });
});

describe('a tablet holding a device credential of the account', () => {
  /** Registered as a tablet does: the account id and that tablet's credential. */
  const registeredHolding = async (app: FastifyInstance, overrides = {}) =>
    (await register(app, aRegistration(overrides))).json<{
      accountId: string;
      deviceCredential: string;
    }>();
  const holding = (credential: string) => ({ authorization: authorizationFor(credential) });
  const signInHolding = (
    app: FastifyInstance,
    credential: string,
    password: string,
    from = OWNER,
  ) =>
    app.inject({
      method: 'POST',
      url: '/v1/sessions',
      remoteAddress: from,
      headers: holding(credential),
      payload: { email: EMAIL, password, deviceId: 'mmo-0042' },
    });

  it('is never slowed nor refused for wrong sign-ins of others, even from its own address', async () => {
    const { app, clock } = await throttled();
    const { deviceCredential: credential } = await registeredHolding(app);
    // The attacker shares the workshop's address: that (e-mail, address) pair is used up.
    for (let i = 0; i < 12; i++) await signIn(app, EMAIL, 'mauvais-mot-de-passe', OWNER);
    expect((await signIn(app, EMAIL, PASSWORD, OWNER)).statusCode).toBe(429);
    clock.waits.splice(0);
    const response = await signInHolding(app, credential, PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(clock.waits).toEqual([]);
  });

  it('has its own limit for its own wrong tries, which slows the others down', async () => {
    const { app, clock } = await throttled();
    const { deviceCredential: credential } = await registeredHolding(app);
    const codes = [];
    for (let i = 0; i < 11; i++)
      codes.push((await signInHolding(app, credential, 'mauvais-mot-de-passe')).statusCode);
    expect(codes).toEqual([...Array(10).fill(401), 429]);
    expect(clock.waits).toEqual([]);
    const other = await signIn(app, EMAIL, PASSWORD, ATTACKER);
    expect(other.statusCode).toBe(200);
    expect(clock.waits).toEqual([2500]);
  });

  it('counts as no credential when it binds no account of this e-mail', async () => {
    const { app, clock } = await throttled();
    await registered(app);
    const other = await registeredHolding(app, { email: 'autre@garage.fr' });
    for (let i = 0; i < 2; i++) await signIn(app, EMAIL, 'mauvais-mot-de-passe', ATTACKER);
    clock.waits.splice(0);
    expect((await signInHolding(app, other.deviceCredential, PASSWORD)).statusCode).toBe(200);
    expect(clock.waits).toEqual([500]);
    const forged = `dc1.${'A'.repeat(22)}.${'B'.repeat(43)}`;
    clock.waits.splice(0);
    expect((await signInHolding(app, forged, PASSWORD)).statusCode).toBe(200);
    expect(clock.waits).toEqual([500]);
  });

  it('holding a decoy of the e-mail, is spared alike but reaches only that decoy', async () => {
    const { app, clock } = await throttled();
    await registered(app);
    const decoyPassword = 'un-autre-mot-de-passe-long';
    const decoy = await registeredHolding(app, { password: decoyPassword, deviceId: 'x-1' });
    for (let i = 0; i < 3; i++) await signIn(app, EMAIL, 'mauvais-mot-de-passe', ATTACKER);
    clock.waits.splice(0);
    const credential = decoy.deviceCredential;
    // Spared like the account's own tablet, so being spared tells nothing of the e-mail...
    const own = await signInHolding(app, credential, decoyPassword);
    expect(own.statusCode).toBe(200);
    expect(clock.waits).toEqual([]);
    // ...but the owner's password through this door is just a wrong one.
    const owners = await signInHolding(app, credential, PASSWORD);
    expect(owners.statusCode).toBe(401);
    expect(owners.body).toBe((await signInHolding(app, credential, 'mauvais-mot-de-passe')).body);
  });
});
