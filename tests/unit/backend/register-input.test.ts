import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import { type RegisterRequest } from '../../../src/contract/csm/register.js';
import { aRegistration, register, useBackends } from './support/backend-harness.js';
import { randomUUID } from 'node:crypto';

const { backend } = useBackends();

async function expectInvalid(response: { statusCode: number; json(): unknown }) {
  expect(response.statusCode).toBe(400);
  const body = errorResponse.parse(response.json());
  expect(body.error.code).toBe('INVALID_INPUT');
  expect(body.error.message).toMatch(/^Invalid input\.|^Header /);
  return response.json() as { error: { message: string; fields?: Record<string, string> } };
}

describe('POST /v1/accounts refuses bad input with a typed 400', () => {
  it('refuses a write without an idempotency-key header', async () => {
    const { app } = await backend();
    const body = await expectInvalid(await register(app, aRegistration(), null));
    expect(body.error.message).toContain('idempotency-key');
  });

  it('refuses an idempotency-key that is not a uuid', async () => {
    const { app } = await backend();
    await expectInvalid(await register(app, aRegistration(), 'pas-un-uuid'));
  });

  it('refuses a malformed e-mail address, naming the field and why', async () => {
    const { app } = await backend();
    const body = await expectInvalid(await register(app, aRegistration({ email: 'jean@' })));
    expect(body.error.fields).toEqual({ email: 'email_invalid' });
    expect(body.error.message).toBe('Invalid input. email: not a valid e-mail address');
  });

  it('refuses a password shorter than 12 characters', async () => {
    const { app } = await backend();
    const body = await expectInvalid(await register(app, aRegistration({ password: 'court' })));
    expect(body.error.fields).toEqual({ password: 'password_too_short' });
  });

  it('refuses a field longer than 200 characters', async () => {
    const { app } = await backend();
    const body = await expectInvalid(
      await register(app, aRegistration({ lastName: 'x'.repeat(201) })),
    );
    expect(body.error.fields).toHaveProperty('lastName');
  });

  it('refuses a missing field', async () => {
    const { app } = await backend();
    const withoutDevice: Partial<RegisterRequest> = aRegistration();
    delete withoutDevice.deviceId;
    const body = await expectInvalid(await register(app, withoutDevice));
    expect(body.error.fields).toHaveProperty('deviceId');
  });

  it('refuses a body that is not JSON', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/accounts',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      payload: '{"email": ',
    });
    await expectInvalid(response);
  });

  it('refuses a body of another content type', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'POST',
      url: '/v1/accounts',
      headers: { 'content-type': 'application/xml', 'idempotency-key': randomUUID() },
      payload: '<email/>',
    });
    await expectInvalid(response);
  });

  it('refuses a body too large without reading it all', async () => {
    const { app } = await backend();
    const response = await register(app, aRegistration({ deviceId: 'x'.repeat(64 * 1024) }));
    await expectInvalid(response);
  });
});
