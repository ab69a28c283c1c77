import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { qaIdentsResponse } from '../../../src/contract/csm/qa-api.js';
import { useBackends } from './support/backend-harness.js';
import { identPendingAccount } from './support/ident-pending.js';
import { phone, photos } from './support/idnow-phone.js';
import { waitingClock } from './support/waiting-clock.js';

const { backend } = useBackends();

const idents = async (app: FastifyInstance) =>
  qaIdentsResponse.parse((await app.inject('/qa/idnow')).json()).idents;

describe('QA list of IDnow sessions', () => {
  it('follows one identification from issued to decided', async () => {
    const clock = waitingClock();
    const { app } = await backend({
      qa: true,
      timers: clock,
      now: clock.now,
      identReviewDelayMs: 30_000,
      identOutcome: 'FRAUD_SUSPICION_CONFIRMED',
    });
    expect(await idents(app)).toEqual([]);
    const { accountId, identId } = await identPendingAccount(app);
    const session = { identId, accountId, email: 'jean.dupont@garage.fr' };
    // Issued by CSM, never opened on the phone: the simulator has no session for it yet.
    expect(await idents(app)).toEqual([
      { ...session, stage: 'issued', photos: 0, result: null, reviewDueAt: null },
    ]);

    const smartphone = phone(app, identId);
    await smartphone.terms();
    expect(await idents(app)).toMatchObject([{ stage: 'terms', photos: 0 }]);
    await smartphone.photo('document');
    await smartphone.photo('selfie-near', photos['selfie-near']);
    expect(await idents(app)).toMatchObject([{ stage: 'photos', photos: 2 }]);
    await smartphone.photo('selfie-far');
    await smartphone.submit();
    expect(await idents(app)).toEqual([
      {
        ...session,
        stage: 'submitted',
        photos: 3,
        result: 'FRAUD_SUSPICION_CONFIRMED',
        reviewDueAt: '2030-01-02T03:04:35.000Z',
      },
    ]);

    const decided = await app.inject({
      method: 'POST',
      url: `/qa/idnow/${identId}/decide`,
      payload: { result: 'SUCCESS' },
    });
    expect(decided.statusCode).toBe(200);
    expect(await idents(app)).toMatchObject([{ stage: 'decided', result: 'SUCCESS' }]);
  });

  it('shows an identification QA decided before the phone ever opened it as decided', async () => {
    const { app } = await backend({ qa: true });
    const { identId } = await identPendingAccount(app);
    await app.inject({
      method: 'POST',
      url: `/qa/idnow/${identId}/decide`,
      payload: { result: 'CANCELED' },
    });
    expect(await idents(app)).toMatchObject([
      { identId, stage: 'decided', photos: 0, result: 'CANCELED' },
    ]);
  });

  it('lists every account’s Ident-ID, oldest first, and none after a reset', async () => {
    const { app } = await backend({ qa: true });
    const jean = await identPendingAccount(app, 'jean.dupont@garage.fr');
    const marie = await identPendingAccount(app, 'marie.martin@garage.fr');
    expect((await idents(app)).map((ident) => [ident.identId, ident.email])).toEqual([
      [jean.identId, 'jean.dupont@garage.fr'],
      [marie.identId, 'marie.martin@garage.fr'],
    ]);
    await app.inject({ method: 'POST', url: '/qa/reset' });
    expect(await idents(app)).toEqual([]);
  });
});
