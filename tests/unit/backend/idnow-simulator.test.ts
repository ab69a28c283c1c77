import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountStatus } from '../../../src/contract/csm/account.js';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import type { BackendOptions } from '../../../src/backend/server.js';
import { useBackends } from './support/backend-harness.js';
import { accountStatusOf, identPendingAccount } from './support/ident-pending.js';
import { waitingClock } from './support/waiting-clock.js';
import { phone, photos } from './support/idnow-phone.js';

const { backend } = useBackends();

async function started(options: Partial<BackendOptions> = {}) {
  const clock = waitingClock();
  const built = await backend({ qa: true, timers: clock, now: clock.now, ...options });
  const account = await identPendingAccount(built.app);
  return { ...built, ...account, clock, phone: phone(built.app, account.identId) };
}

const messageOf = (body: string) => errorResponse.parse(JSON.parse(body)).error.message;

describe('IDnow simulator', () => {
  it('puts the account in review on submission, then ACTIVE once the review delay has passed', async () => {
    const { app, accountId, identId, clock, phone } = await started({ identReviewDelayMs: 5000 });
    expect((await phone.check()).json()).toEqual({ identId });
    expect((await phone.terms()).statusCode).toBe(200);
    await phone.allPhotos();

    const submitted = await phone.submit();
    expect(submitted.statusCode).toBe(200);
    expect(accountStatus.parse(submitted.json()).status).toBe('IDENT_REVIEW');
    clock.advance(4999);
    expect((await accountStatusOf(app, accountId)).status).toBe('IDENT_REVIEW');
    clock.advance(1);
    expect(await accountStatusOf(app, accountId)).toMatchObject({
      status: 'ACTIVE',
      identResult: 'SUCCESS',
    });
  });

  it('gives the result with the submission when the review delay is 0', async () => {
    const { phone } = await started({ identReviewDelayMs: 0 });
    await phone.terms();
    await phone.allPhotos();
    expect(accountStatus.parse((await phone.submit()).json()).status).toBe('ACTIVE');
  });

  it('gives the outcome the backend was started with', async () => {
    const { app, accountId, phone } = await started({
      identReviewDelayMs: 0,
      identOutcome: 'FRAUD_SUSPICION_CONFIRMED',
    });
    await phone.terms();
    await phone.allPhotos();
    await phone.submit();
    expect(await accountStatusOf(app, accountId)).toMatchObject({
      status: 'IDENT_FAILED',
      identResult: 'FRAUD_SUSPICION_CONFIRMED',
    });
  });

  it('ends the identification ABORTED when the technician refuses the conditions', async () => {
    const { app, accountId, phone } = await started();
    const refused = await phone.refuse();
    expect(refused.statusCode).toBe(200);
    expect(await accountStatusOf(app, accountId)).toMatchObject({
      status: 'IDENT_FAILED',
      identResult: 'ABORTED',
    });
    const again = await phone.check();
    expect(again.statusCode).toBe(409);
    expect(messageOf(again.body)).toBe(
      'Cette identification est terminée. Sur la tablette, demandez un nouvel Ident-ID.',
    );
  });

  it('takes no photo before the conditions are accepted', async () => {
    const { phone } = await started();
    const early = await phone.photo('document');
    expect(early.statusCode).toBe(409);
    expect(messageOf(early.body)).toBe('Acceptez d’abord les conditions générales.');
  });

  it('refuses a file that is not an image, whatever its Content-Type says', async () => {
    const { phone } = await started();
    await phone.terms();
    const fake = await phone.photo('document', Buffer.from('<svg/>'), 'image/png');
    expect(fake.statusCode).toBe(400);
    expect(messageOf(fake.body)).toBe(
      'Ce fichier n’est pas une photo (JPEG, PNG, WebP ou HEIC attendu).',
    );
  });

  it('refuses the same photo for both selfies', async () => {
    const { phone } = await started();
    await phone.terms();
    await phone.photo('selfie-near');
    const same = await phone.photo('selfie-far', photos['selfie-near']);
    expect(same.statusCode).toBe(400);
  });

  it('will not submit with a photo missing, and says which', async () => {
    const { phone } = await started();
    await phone.terms();
    await phone.photo('document');
    const early = await phone.submit();
    expect(early.statusCode).toBe(409);
    expect(messageOf(early.body)).toBe(
      'Il manque encore : le selfie de près, le selfie à bout de bras.',
    );
  });

  it('refuses a second submission', async () => {
    const { phone } = await started({ identReviewDelayMs: 5000 });
    await phone.terms();
    await phone.allPhotos();
    await phone.submit();
    const twice = await phone.submit();
    expect(twice.statusCode).toBe(409);
    expect(messageOf(twice.body)).toMatch(/^Cette identification a déjà été soumise/);
  });

  it('keeps only the fingerprint and size of a photo, never its bytes', async () => {
    const { app, dataDir, phone } = await started();
    await phone.terms();
    const marker = randomBytes(4096);
    const photo = Buffer.concat([photos.document.subarray(0, 8), marker]);
    expect((await phone.photo('document', photo)).statusCode).toBe(200);
    await app.close();
    for (const file of readdirSync(dataDir)) {
      expect(readFileSync(join(dataDir, file)).includes(marker.subarray(0, 64)), file).toBe(false);
    }
  });

  it('lets QA decide before the review: the review then changes nothing', async () => {
    const { app, accountId, identId, clock, phone } = await started({ identReviewDelayMs: 5000 });
    await phone.terms();
    await phone.allPhotos();
    await phone.submit();
    const decided = await app.inject({
      method: 'POST',
      url: `/qa/idnow/${identId}/decide`,
      payload: { result: 'CANCELED' },
    });
    expect(accountStatus.parse(decided.json())).toMatchObject({
      status: 'IDENT_FAILED',
      identResult: 'CANCELED',
    });
    clock.advance(5000);
    expect((await accountStatusOf(app, accountId)).status).toBe('IDENT_FAILED');
    expect(clock.pending()).toBe(0);
  });

  it('gives a review left pending by a shutdown at the next start', async () => {
    const clock = waitingClock();
    const first = await backend({
      qa: true,
      timers: clock,
      now: clock.now,
      identReviewDelayMs: 5000,
    });
    const { accountId, identId } = await identPendingAccount(first.app);
    const onPhone = phone(first.app, identId);
    await onPhone.terms();
    await onPhone.allPhotos();
    await onPhone.submit();
    await first.app.close();
    expect(clock.pending()).toBe(0);

    clock.advance(60_000);
    const second = await backend({
      dataDir: first.dataDir,
      qa: true,
      timers: clock,
      now: clock.now,
    });
    expect((await accountStatusOf(second.app, accountId)).status).toBe('ACTIVE');
  });
});
