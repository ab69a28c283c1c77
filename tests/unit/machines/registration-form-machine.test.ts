import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createActor, fromCallback, fromPromise, SimulatedClock, toPromise, waitFor } from 'xstate';
import {
  loadPasswordPolicy,
  type PasswordVerdict,
} from '../../../src/contract/csm/password-policy.js';
import type { RegistrationInput } from '../../../src/contract/kiosk/registration.js';
import { KioskError } from '../../../src/contract/kiosk/errors.js';
import type { CsmUser } from '../../../src/contract/kiosk/user.js';
import {
  PASSWORD_ASSESS_DELAY_MS,
  type AssessPasswordEvent,
} from '../../../src/machines/password-assessment.js';
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

/** CSM's policy as the kiosk provides it: the real word lists, loaded on the first request. */
const realPolicy = fromCallback<AssessPasswordEvent>(({ sendBack, receive }) => {
  receive(({ seq, password, email }) => {
    void loadPasswordPolicy().then((check) =>
      sendBack({ type: 'PASSWORD_ASSESSED', seq, verdict: check(password, email) }),
    );
  });
});

function startWithPolicy(policy = realPolicy) {
  const clock = new SimulatedClock();
  const save = vi.fn(async (_: RegistrationInput) => user);
  const actor = createActor(
    registrationFormMachine.provide({
      actors: {
        saveRegistration: fromPromise(({ input }) => save(input)),
        passwordPolicy: policy,
      },
    }),
    { clock },
  ).start();
  const fill = (values: Partial<RegistrationInput>) => {
    for (const [field, value] of Object.entries(values)) {
      actor.send({ type: 'CHANGE', field: field as keyof RegistrationInput, value: value ?? '' });
    }
  };
  /** Typing pauses: the policy is asked, and its answer awaited. */
  const pause = async () => {
    clock.increment(PASSWORD_ASSESS_DELAY_MS);
    return (await waitFor(actor, (s) => s.context.passwordAdviceCurrent)).context.passwordAdvice;
  };
  return { actor, clock, save, fill, pause };
}

describe('registration form machine: CSM’s password policy as the technician types', () => {
  beforeAll(async () => {
    await loadPasswordPolicy();
  }, 30_000);

  it('says why a keyboard row is refused and how to do better, once typing pauses', async () => {
    const { actor, fill, pause } = startWithPolicy();
    fill({ ...filled, password: 'azertyuiop12', passwordRepeat: 'azertyuiop12' });
    expect(actor.getSnapshot().context.passwordAdvice).toBeNull();
    expect(await pause()).toMatchObject({
      ok: false,
      reason: 'password_weak',
      suggestions: expect.arrayContaining(['avoid_keyboard_patterns']),
    });
    // Advice while typing; the field error once the technician presses Suite.
    expect(actor.getSnapshot().context.errors).toEqual({});
    // Typing on: the advice stays on screen, marked as not about this password any more.
    fill({ password: 'azertyuiop12-' });
    expect(actor.getSnapshot().context).toMatchObject({
      passwordAdvice: { ok: false, reason: 'password_weak' },
      passwordAdviceCurrent: false,
    });
  });

  it('refuses to save what the policy refuses, showing the reason next to the field', async () => {
    const { actor, save, fill, pause } = startWithPolicy();
    for (const [password, why] of [
      ['aaaaaaaaaaaa', 'password_weak'],
      [' '.repeat(12), 'password_blank'],
      ['qwertzuiop12', 'password_weak'],
      ['jean.dupont12', 'password_weak'],
    ] as const) {
      fill({ ...filled, email: 'jean.dupont@garage.fr', password, passwordRepeat: password });
      await pause();
      actor.send({ type: 'SUBMIT' });
      expect(actor.getSnapshot().value).toBe('editing');
      expect(actor.getSnapshot().context.errors, JSON.stringify(password)).toEqual({
        password: why,
      });
    }
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a good passphrase, its strength said', async () => {
    const { actor, save, fill, pause } = startWithPolicy();
    fill(filled);
    expect(await pause()).toEqual({ ok: true, strength: 4 });
    actor.send({ type: 'SUBMIT' });
    await expect(toPromise(actor)).resolves.toEqual({ outcome: 'saved', user });
    expect(save).toHaveBeenCalledWith(filled);
  });

  it('checks again when the e-mail changes: the password may not be the address', async () => {
    const { fill, pause } = startWithPolicy();
    fill({ ...filled, password: 'marie.durand-atelier', passwordRepeat: 'marie.durand-atelier' });
    expect(await pause()).toMatchObject({ ok: true });
    fill({ email: 'marie.durand-atelier@garage.fr' });
    expect(await pause()).toMatchObject({ ok: false, reason: 'password_is_email' });
  });

  it('ignores an answer about a password typed over, and never judges one by an old verdict', async () => {
    const asked: AssessPasswordEvent[] = [];
    const answers: ((verdict: PasswordVerdict) => void)[] = [];
    const held = fromCallback<AssessPasswordEvent>(({ sendBack, receive }) => {
      receive((request) => {
        asked.push(request);
        answers.push((verdict) =>
          sendBack({ type: 'PASSWORD_ASSESSED', seq: request.seq, verdict }),
        );
      });
    });
    const { actor, clock, save, fill } = startWithPolicy(held);
    fill({ ...filled, password: 'azertyuiop12', passwordRepeat: 'azertyuiop12' });
    clock.increment(PASSWORD_ASSESS_DELAY_MS);
    fill({ password: 'azertyuiop12-pneus-hiver', passwordRepeat: 'azertyuiop12-pneus-hiver' });
    // The first request went; its answer arrives after the password changed.
    expect(asked.map((a) => a.password)).toEqual(['azertyuiop12']);
    answers[0]?.({ ok: false, reason: 'password_weak', suggestions: ['add_words'], strength: 1 });
    expect(actor.getSnapshot().context.passwordAdviceCurrent).toBe(false);
    // Typed faster than the policy answers: saved, and the core checks.
    actor.send({ type: 'SUBMIT' });
    await expect(toPromise(actor)).resolves.toMatchObject({ outcome: 'saved' });
    expect(save).toHaveBeenCalledOnce();
  });

  it('asks once typing pauses, not at every keystroke', () => {
    const asked: string[] = [];
    const counting = fromCallback<AssessPasswordEvent>(({ receive }) => {
      receive(({ password }) => asked.push(password));
    });
    const { clock, fill } = startWithPolicy(counting);
    for (const password of ['c', 'ch', 'che', 'chev', 'cheva', 'cheval']) {
      fill({ password });
      clock.increment(PASSWORD_ASSESS_DELAY_MS - 1);
    }
    expect(asked).toEqual([]);
    clock.increment(1);
    expect(asked).toEqual(['cheval']);
  });
});
