import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { accountStatus } from '../../../src/contract/csm/account.js';
import { qaMessagesResponse, qaSimulation } from '../../../src/contract/csm/qa-api.js';
import type { BackendOptions } from '../../../src/backend/server.js';
import { register, useBackends } from './support/backend-harness.js';
import { accountStatusOf, identPendingAccount } from './support/ident-pending.js';
import { phone } from './support/idnow-phone.js';
import { waitingClock } from './support/waiting-clock.js';

const { backend } = useBackends();

async function withClock(options: Partial<BackendOptions> = {}) {
  const clock = waitingClock();
  const built = await backend({ qa: true, timers: clock, now: clock.now, ...options });
  const simulation = async () =>
    qaSimulation.parse((await built.app.inject('/qa/simulation')).json());
  const change = (patch: unknown) =>
    built.app.inject({ method: 'PUT', url: '/qa/simulation', payload: patch as object });
  return { ...built, clock, simulation, change };
}

describe('QA simulation', () => {
  it('starts from the backend options, mails at once', async () => {
    const { simulation } = await withClock();
    expect(await simulation()).toEqual({
      messageDelayMs: 0,
      identReviewDelayMs: 5000,
      identOutcome: 'SUCCESS',
    });
    const configured = await withClock({ identReviewDelayMs: 0, identOutcome: 'CANCELED' });
    expect(await configured.simulation()).toEqual({
      messageDelayMs: 0,
      identReviewDelayMs: 0,
      identOutcome: 'CANCELED',
    });
  });

  it('changes only the fields given, and a reset keeps it', async () => {
    const { app, simulation, change } = await withClock();
    const changed = await change({ messageDelayMs: 4000 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({
      messageDelayMs: 4000,
      identReviewDelayMs: 5000,
      identOutcome: 'SUCCESS',
    });
    await change({ identOutcome: 'FRAUD_SUSPICION_CONFIRMED', identReviewDelayMs: 30000 });
    expect((await app.inject({ method: 'POST', url: '/qa/reset' })).statusCode).toBe(204);
    expect(await simulation()).toEqual({
      messageDelayMs: 4000,
      identReviewDelayMs: 30000,
      identOutcome: 'FRAUD_SUSPICION_CONFIRMED',
    });
  });

  it.each([
    [{ messageDelayMs: -1 }],
    [{ messageDelayMs: 1.5 }],
    [{ identOutcome: 'MAYBE' }],
    [{ pace: 'instant' }],
  ])('refuses %j with INVALID_INPUT and changes nothing', async (patch) => {
    const { simulation, change } = await withClock();
    const before = await simulation();
    const refused = await change(patch);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(await simulation()).toEqual(before);
  });

  it('gives the next review the delay and outcome set at run time', async () => {
    const { app, clock, change } = await withClock({ identReviewDelayMs: 0 });
    await change({ identReviewDelayMs: 30000, identOutcome: 'FRAUD_SUSPICION_CONFIRMED' });
    const { accountId, identId } = await identPendingAccount(app);
    const smartphone = phone(app, identId);
    await smartphone.terms();
    await smartphone.allPhotos();
    expect(accountStatus.parse((await smartphone.submit()).json()).status).toBe('IDENT_REVIEW');
    clock.advance(29_999);
    expect((await accountStatusOf(app, accountId)).status).toBe('IDENT_REVIEW');
    clock.advance(1);
    expect(await accountStatusOf(app, accountId)).toMatchObject({
      status: 'IDENT_FAILED',
      identResult: 'FRAUD_SUSPICION_CONFIRMED',
    });
  });
});

describe('delayed messages', () => {
  const messages = async (app: FastifyInstance) =>
    qaMessagesResponse.parse((await app.inject('/qa/messages')).json()).messages;

  it('shows a mail in the log, and its code as the last one, only once the delay has passed', async () => {
    const { app, clock, change } = await withClock();
    await change({ messageDelayMs: 4000 });
    expect((await register(app)).statusCode).toBe(202);
    const lastCode = () => app.inject('/qa/codes/last?to=jean.dupont@garage.fr');
    expect(await messages(app)).toEqual([]);
    expect((await lastCode()).statusCode).toBe(404);
    clock.advance(3999);
    expect(await messages(app)).toEqual([]);
    clock.advance(1);
    const [mail] = await messages(app);
    expect(mail).toMatchObject({ to: 'jean.dupont@garage.fr', sentAt: '2030-01-02T03:04:09.000Z' });
    expect((await lastCode()).json()).toMatchObject({ code: mail?.code?.code, kind: 'token' });
  });

  it('lists the messages in the order they went out when the pace changed between them', async () => {
    const { app, clock, change } = await withClock();
    await change({ messageDelayMs: 4000 });
    expect((await register(app)).statusCode).toBe(202);
    await change({ messageDelayMs: 0 });
    await identPendingAccount(app, 'marie.martin@garage.fr');
    clock.advance(4000);
    const sent = await messages(app);
    expect(sent.map((message) => message.to)).toEqual([
      'marie.martin@garage.fr',
      'marie.martin@garage.fr',
      'jean.dupont@garage.fr',
    ]);
  });
});
