// "Choisir un autre mot de passe": the same live advice as the registration form under the new
// password, the reason next to the field at Enregistrer, and nothing saved until it is right.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createActor, fromCallback, fromPromise } from 'xstate';
import type { PasswordVerdict } from '../../../../src/contract/csm/password-policy.js';
import type { AssessPasswordEvent } from '../../../../src/machines/password-assessment.js';
import { replacePasswordMachine } from '../../../../src/machines/replace-password-machine.js';
import { ReplacePasswordScreen } from '../../../../src/renderer/screens/account/replace-password-screen.js';
import { aUser } from '../../../support/sample-users.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

const keyboardRow: PasswordVerdict = {
  ok: false,
  reason: 'password_weak',
  suggestions: ['avoid_keyboard_patterns', 'add_words'],
  strength: 1,
};

function renderForm() {
  const save = vi.fn(async () => aUser('SYNC_PENDING'));
  const policy = fromCallback<AssessPasswordEvent>(({ sendBack, receive }) => {
    receive(({ seq, password }) =>
      sendBack({
        type: 'PASSWORD_ASSESSED',
        seq,
        verdict:
          password === 'azertyuiop12' ? keyboardRow : { ok: true, strength: 4, suggestions: [] },
      }),
    );
  });
  const form = createActor(
    replacePasswordMachine.provide({
      actors: { replacePassword: fromPromise(save), passwordPolicy: policy },
    }),
    { input: { user: aUser('SYNC_PENDING', { lastError: { code: 'PASSWORD_WEAK' } }) } },
  ).start();
  render(<ReplacePasswordScreen form={form} title="Jean Dupont" onHome={() => {}} />, {
    wrapper: fakeKioskApi().Provider,
  });
  const type = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  return { form, save, type };
}

describe('choose another password screen', () => {
  it('advises on the new password as it is typed and keeps a refused one from being saved', async () => {
    const { type, save } = renderForm();
    expect(screen.getByRole('heading', { name: 'Choisir un autre mot de passe' })).toBeTruthy();
    type('Nouveau mot de passe', 'azertyuiop12');
    expect(await screen.findByText('Robustesse : faible')).toBeTruthy();
    type('Ressaisir le nouveau mot de passe', 'azertyuiop12');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce mot de passe est trop facile à deviner. Choisissez-en un plus long.',
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a password the policy takes, typed twice', async () => {
    const { type, save, form } = renderForm();
    type('Nouveau mot de passe', 'vidange-boite-2026');
    type('Ressaisir le nouveau mot de passe', 'vidange-boite-2026');
    await waitFor(() => expect(form.getSnapshot().context.passwordAdviceCurrent).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(form.getSnapshot().status).toBe('done'));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
