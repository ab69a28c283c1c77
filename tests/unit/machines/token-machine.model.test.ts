// Model-based: every state and transition of the Token machine, reached by generated paths.
import { describe, expect, it } from 'vitest';
import { KioskError, type AppError } from '../../../src/contract/kiosk/errors.js';
import { tokenMachine } from '../../../src/machines/token-machine.js';
import { runModel } from '../../support/model-based.js';
import { aUser } from '../../support/sample-users.js';

const pending = aUser('EMAIL_PENDING');
const verified = aUser('IDENT_PENDING');
/** The actor rejects with the core's refusal, which the machine reads by its code. */
const refused = (id: string, error: AppError) => ({
  type: `xstate.error.actor.${id}`,
  error: new KioskError(error),
});

describe('token machine (model-based)', () => {
  it('generated paths reach every state and every transition the graph lists', async () => {
    const r = await runModel({
      machine: tokenMachine,
      input: { user: pending, resendAfterS: 60 },
      events: [
        { type: 'CHANGE', value: '123456' },
        { type: 'SUBMIT' },
        { type: 'RESEND' },
        { type: 'CONTINUE' },
        { type: 'CANCEL' },
        { type: 'COOLDOWN_OVER' },
        { type: 'USER_UPDATED', user: verified },
        {
          type: 'USER_UPDATED',
          user: aUser('EMAIL_PENDING', { lastError: { code: 'CODE_INVALID' } }),
        },
        {
          type: 'xstate.done.actor.verifyToken',
          output: { outcome: 'verified', user: verified },
        },
        {
          type: 'xstate.done.actor.verifyToken',
          output: { outcome: 'queued', user: pending },
        },
        refused('verifyToken', { code: 'CODE_INVALID', details: { triesLeft: 3 } }),
        refused('verifyToken', { code: 'CODE_VOID' }),
        { type: 'xstate.error.actor.verifyToken', error: new Error('bridge down') },
        {
          type: 'xstate.done.actor.resendToken',
          output: { expiresInS: 600, resendAfterS: 60 },
        },
        refused('resendToken', { code: 'TOO_SOON', details: { retryAfterS: 20 } }),
        { type: 'xstate.error.actor.resendToken', error: new Error('bridge down') },
      ],
      serialize: (s) =>
        JSON.stringify([
          s.value,
          s.context.token.length,
          s.context.canResend,
          s.context.user.status,
        ]),
      live: (c) =>
        tokenMachine.provide({
          actors: {
            verifyToken: c.actor('verifyToken') as never,
            resendToken: c.actor('resendToken') as never,
          },
        }),
    });
    expect([...r.listedTransitions].filter((t) => !r.reachedTransitions.has(t))).toEqual([]);
    expect([...r.listedStates].filter((s) => !r.reachedStates.has(s))).toEqual([]);
    expect(r.stateNodes.filter((s) => !r.listedStates.has(s))).toEqual([]);
    expect(r.paths.length).toBeGreaterThan(5);
  });
});
