import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../../src/contract/csm-api.js';
import { qaMessagesResponse } from '../../../src/contract/qa-api.js';
import { aRegistration, register, testClock, useBackends } from './support/backend-harness.js';

const { backend } = useBackends();

describe('QA control API', () => {
  it('is not served unless the backend runs with qa', async () => {
    const { app } = await backend();
    const response = await app.inject('/qa/messages');
    expect(response.statusCode).toBe(404);
    expect(errorResponse.parse(response.json()).error.code).toBe('NOT_FOUND');
  });

  it('lists the messages sent to one address, oldest first, newest last', async () => {
    const clock = testClock();
    const { app } = await backend({ qa: true, now: clock.now });
    await register(app);
    clock.advance(1000);
    await register(app, aRegistration({ email: 'marie@garage.fr' }));
    clock.advance(1000);
    await register(app);

    const all = qaMessagesResponse.parse((await app.inject('/qa/messages')).json()).messages;
    expect(all.map((m) => m.to)).toEqual([
      'jean.dupont@garage.fr',
      'marie@garage.fr',
      'jean.dupont@garage.fr',
    ]);
    const jean = qaMessagesResponse.parse(
      (await app.inject({ url: '/qa/messages', query: { to: 'Jean.Dupont@garage.fr' } })).json(),
    ).messages;
    expect(jean.map((m) => m.sentAt)).toEqual([
      '2030-01-02T03:04:05.000Z',
      '2030-01-02T03:04:07.000Z',
    ]);
    expect(new Set(jean.map((m) => m.id)).size).toBe(2);
  });

  it('answers an empty list for an address that received nothing', async () => {
    const { app } = await backend({ qa: true });
    await register(app);
    const response = await app.inject('/qa/messages?to=personne@garage.fr');
    expect(response.json()).toEqual({ messages: [] });
  });

  it('refuses a filter longer than 200 characters', async () => {
    const { app } = await backend({ qa: true });
    const response = await app.inject(`/qa/messages?to=${'x'.repeat(201)}`);
    expect(response.statusCode).toBe(400);
  });
});
