// The registration form says, as the technician types the password, how hard it is to guess,
// why CSM would refuse it and how to do better, in French; pressing Suite shows the reason next
// to the field and saves nothing.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createActor, fromCallback, fromPromise } from 'xstate';
import type { PasswordVerdict } from '../../../../src/contract/csm/password-policy.js';
import type { AssessPasswordEvent } from '../../../../src/machines/password-assessment.js';
import { registrationFormMachine } from '../../../../src/machines/registration-form-machine.js';
import { RegisterScreen } from '../../../../src/renderer/screens/register/register-screen.js';
import { aUser } from '../../../support/sample-users.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

/** A policy that answers `verdicts[password]` (accepted when absent). */
function renderForm(verdicts: Record<string, PasswordVerdict>) {
  const save = vi.fn(async () => aUser('SYNC_PENDING'));
  const policy = fromCallback<AssessPasswordEvent>(({ sendBack, receive }) => {
    receive(({ seq, password }) =>
      sendBack({
        type: 'PASSWORD_ASSESSED',
        seq,
        verdict: verdicts[password] ?? { ok: true, strength: 4 },
      }),
    );
  });
  const form = createActor(
    registrationFormMachine.provide({
      actors: { saveRegistration: fromPromise(save), passwordPolicy: policy },
    }),
  ).start();
  render(<RegisterScreen form={form} onHome={() => {}} />, { wrapper: fakeKioskApi().Provider });
  const type = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  return { form, save, type };
}

const keyboardRow: PasswordVerdict = {
  ok: false,
  reason: 'password_weak',
  suggestions: ['avoid_keyboard_patterns', 'add_words'],
  strength: 1,
};

describe('register screen: the password as it is typed', () => {
  it('says how hard it is to guess, why it would be refused and how to do better', async () => {
    const { type } = renderForm({ azertyuiop12: keyboardRow });
    type('Mot de passe', 'azertyuiop12');
    expect(await screen.findByText('Robustesse : faible')).toBeTruthy();
    expect(
      screen.getByText('Ce mot de passe est trop facile à deviner. Choisissez-en un plus long.'),
    ).toBeTruthy();
    const tips = screen.getByRole('list', { name: 'Pour faire mieux :' });
    expect(tips.textContent).toContain('Évitez les touches voisines du clavier');
    expect(tips.textContent).toContain('Ajoutez un ou deux mots peu courants.');
  });

  it('shows the reason next to the field at Suite, and saves nothing', async () => {
    const { type, save } = renderForm({ azertyuiop12: keyboardRow });
    type('E-Mail', 'jean@garage.fr');
    type('Prénom', 'Jean');
    type('Nom', 'Dupont');
    type('Mot de passe', 'azertyuiop12');
    type('Ressaisir le mot de passe', 'azertyuiop12');
    await screen.findByText('Robustesse : faible');
    fireEvent.click(screen.getByRole('button', { name: 'Suite' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Ce mot de passe est trop facile à deviner. Choisissez-en un plus long.',
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('says a good passphrase is strong, and nothing else', async () => {
    const { type } = renderForm({});
    type('Mot de passe', 'cheval-correct-agrafe-batterie');
    expect(await screen.findByText('Robustesse : excellente')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says nothing while no password is typed', async () => {
    const { type } = renderForm({});
    type('Mot de passe', 'x');
    await screen.findByText(/Robustesse/);
    type('Mot de passe', '');
    await waitFor(() => expect(screen.queryByText(/Robustesse/)).toBeNull());
  });
});
