import { afterEach, describe, expect, it } from 'vitest';
import {
  accountStatusByIdent,
  accountStatusOf,
  applyIdentResult,
  markIdentSubmitted,
} from '../../../src/backend/accounts/ident-transitions.js';
import { createBackendContext, type BackendContext } from '../../../src/backend/backend-context.js';
import { accountStatus } from '../../../src/contract/csm/account.js';
import type { IdentResult } from '../../../src/contract/csm/idnow.js';
import { useBackends } from './support/backend-harness.js';
import { EMAIL, errorOf, messagesTo, post, verified } from './support/account-calls.js';

const { backend } = useBackends();
const contexts: BackendContext[] = [];
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

/** An account at IDENT_PENDING through the routes, and a second context on its database, as
 * the IDnow simulator holds one. */
async function identPending() {
  const { app, dataDir } = await backend({ qa: true });
  const accountId = await verified(app);
  const context = createBackendContext({ dataDir, passwordCost: 'test' });
  contexts.push(context);
  const identId = accountStatusOf(context, accountId)?.identId;
  if (!identId) throw new Error('no Ident-ID');
  return { app, context, accountId, identId };
}

describe('IDnow transitions of an account', () => {
  it('goes IDENT_REVIEW when the smartphone submits, then ACTIVE on SUCCESS', async () => {
    const { context, identId, accountId } = await identPending();
    const submitted = markIdentSubmitted(context, identId);
    expect(submitted).toMatchObject({
      ok: true,
      value: { status: 'IDENT_REVIEW', next: 'WAIT_REVIEW' },
    });
    const decided = applyIdentResult(context, identId, 'SUCCESS');
    expect(decided).toMatchObject({
      ok: true,
      value: { accountId, status: 'ACTIVE', identResult: 'SUCCESS', next: 'NONE' },
    });
    expect(accountStatusOf(context, accountId)?.status).toBe('ACTIVE');
  });

  it.each<IdentResult>(['FRAUD_SUSPICION_CONFIRMED', 'CANCELED', 'ABORTED'])(
    'goes IDENT_FAILED with next step NEW_IDENT on %s',
    async (result) => {
      const { context, identId } = await identPending();
      markIdentSubmitted(context, identId);
      const decided = applyIdentResult(context, identId, result);
      expect(decided).toMatchObject({
        ok: true,
        value: { status: 'IDENT_FAILED', identResult: result, next: 'NEW_IDENT' },
      });
    },
  );

  it('stays in review on REVIEW_PENDING', async () => {
    const { context, identId } = await identPending();
    const decided = applyIdentResult(context, identId, 'REVIEW_PENDING');
    expect(decided).toMatchObject({
      ok: true,
      value: { status: 'IDENT_REVIEW', identResult: 'REVIEW_PENDING' },
    });
  });

  it('takes a submission again after a failure with the same Ident-ID, and a repeat as a no-op', async () => {
    const { context, identId } = await identPending();
    applyIdentResult(context, identId, 'CANCELED');
    expect(markIdentSubmitted(context, identId)).toMatchObject({
      ok: true,
      value: { status: 'IDENT_REVIEW', identResult: null },
    });
    expect(markIdentSubmitted(context, identId)).toMatchObject({
      ok: true,
      value: { status: 'IDENT_REVIEW' },
    });
  });

  it('keeps a validated identification: a later refusal is WRONG_STATE, a repeated SUCCESS is fine', async () => {
    const { context, identId } = await identPending();
    applyIdentResult(context, identId, 'SUCCESS');
    expect(applyIdentResult(context, identId, 'SUCCESS').ok).toBe(true);
    expect(applyIdentResult(context, identId, 'ABORTED')).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STATE' },
    });
    expect(markIdentSubmitted(context, identId)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STATE' },
    });
  });

  it('knows no Ident-ID it did not issue', async () => {
    const { context } = await identPending();
    expect(markIdentSubmitted(context, 'AAA-AAAAA')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(applyIdentResult(context, 'AAA-AAAAA', 'SUCCESS')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(accountStatusByIdent(context, 'AAA-AAAAA')).toBeNull();
    expect(accountStatusOf(context, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});

describe('asking for a new Ident-ID', () => {
  const identUrl = (accountId: string) => `/v1/accounts/${accountId}/ident`;

  it('is refused while the identification is still to do or in review', async () => {
    const { app, accountId } = await identPending();
    const early = await post(app, identUrl(accountId));
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('WRONG_STATE');
  });

  it('after a failure, gives a new Ident-ID, mails it, and retires the old one', async () => {
    const { app, context, accountId, identId } = await identPending();
    applyIdentResult(context, identId, 'ABORTED');
    const response = await post(app, identUrl(accountId));
    expect(response.statusCode).toBe(200);
    const status = accountStatus.parse(response.json());
    expect(status).toMatchObject({ status: 'IDENT_PENDING', identResult: null, next: 'IDENTIFY' });
    expect(status.identId).toMatch(/^[A-Z]{3}-[A-Z]{5}$/);
    expect(status.identId).not.toBe(identId);
    const mails = await messagesTo(app, EMAIL);
    expect(mails.at(-1)?.body).toContain(`Votre Ident-ID : ${status.identId}`);
    expect(applyIdentResult(context, identId, 'SUCCESS')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(accountStatusByIdent(context, status.identId ?? '')?.accountId).toBe(accountId);
  });
});
