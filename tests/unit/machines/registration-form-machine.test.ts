import { describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, toPromise } from 'xstate';
import type { RegistrationInput } from '../../../src/contract/kiosk/registration.js';
import { KioskError } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import { registrationFormMachine } from '../../../src/machines/registration-form-machine.js';

const user: CsmUser = {
  id: '7d1f1b8e-2c44-4a52-9a3f-1f0c1e4a9b10',
  email: 'jean@garage.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  status: 'SYNC_PENDING',
  remoteId: null,
  maskedEmail: null,
  createdAt: '2026-11-23T09:00:00.000Z',
  lastSyncAt: null,
  lastError: null,
};

const filled: RegistrationInput = {
  email: 'jean@garage.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  password: 'atelier-2026-frein',
  passwordRepeat: 'atelier-2026-frein',
};

function start(save: (input: RegistrationInput) => Promise<CsmUser>) {
  const spy = vi.fn(save);
  const actor = createActor(
    registrationFormMachine.provide({
      actors: { saveRegistration: fromPromise(({ input }) => spy(input)) },
    }),
  ).start();
  const fill = (values: Partial<RegistrationInput>) => {
    for (const [field, value] of Object.entries(values)) {
      actor.send({ type: 'CHANGE', field: field as keyof RegistrationInput, value: value ?? '' });
    }
  };
  return { actor, save: spy, fill };
}

describe('registration form machine', () => {
  it('saves a valid form and hands back the saved user', async () => {
    const { actor, save, fill } = start(async () => user);
    fill(filled);
    actor.send({ type: 'SUBMIT' });
    await expect(toPromise(actor)).resolves.toEqual({ outcome: 'saved', user });
    expect(save).toHaveBeenCalledWith(filled);
  });

  it('shows every wrong field and sends nothing', () => {
    const { actor, save, fill } = start(async () => user);
    fill({ ...filled, email: 'jean@', passwordRepeat: 'autre-mot-de-passe' });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().value).toBe('editing');
    expect(actor.getSnapshot().context.errors).toEqual({
      email: 'email_invalid',
      passwordRepeat: 'password_mismatch',
    });
    expect(save).not.toHaveBeenCalled();
  });

  it('clears a field error as soon as that field is edited', () => {
    const { actor, fill } = start(async () => user);
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().context.errors.email).toBe('required');
    fill({ email: 'j' });
    expect(actor.getSnapshot().context.errors.email).toBeUndefined();
    expect(actor.getSnapshot().context.errors.firstName).toBe('required');
  });

  it('returns to the form with the core refusal when the save is refused', async () => {
    const { actor, fill } = start(async () => {
      throw new KioskError({ code: 'INVALID_INPUT', fields: { email: 'email_invalid' } });
    });
    fill(filled);
    actor.send({ type: 'SUBMIT' });
    await vi.waitFor(() => expect(actor.getSnapshot().value).toBe('editing'));
    expect(actor.getSnapshot().context.errors).toEqual({ email: 'email_invalid' });
    expect(actor.getSnapshot().context.submitError?.code).toBe('INVALID_INPUT');
  });

  it('keeps the entered fields and says so when the save crashes', async () => {
    const { actor, fill } = start(async () => {
      throw new Error('bridge down');
    });
    fill(filled);
    actor.send({ type: 'SUBMIT' });
    await vi.waitFor(() => expect(actor.getSnapshot().context.submitError?.code).toBe('INTERNAL'));
    expect(actor.getSnapshot().value).toBe('editing');
    expect(actor.getSnapshot().context.fields).toEqual(filled);
  });

  it('Interrompre ends the form with nothing saved', async () => {
    const { actor, save, fill } = start(async () => user);
    fill(filled);
    actor.send({ type: 'CANCEL' });
    await expect(toPromise(actor)).resolves.toEqual({ outcome: 'cancelled' });
    expect(save).not.toHaveBeenCalled();
  });
});
