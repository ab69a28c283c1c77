// The identification screen says what the user record says: its title follows the status
// ("Identification validée" once CSM validated it), even before the screen's machine hears of it.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { UserStatus } from '../../../../src/contract/kiosk/user.js';
import { identificationMachine } from '../../../../src/machines/identification-machine.js';
import {
  IdentificationScreen,
  identificationPanel,
} from '../../../../src/renderer/screens/identification/identification-screen.js';
import { aUser } from '../../../support/sample-users.js';
import { fakeKioskApi } from '../support/fake-kiosk-api.js';

function renderWith(recordStatus: UserStatus, machineStatus: UserStatus, ready = false) {
  const identification = createActor(identificationMachine, {
    input: { user: aUser(machineStatus, { identId: 'ABC-DEFGH' }) },
  }).start();
  if (ready) identification.send({ type: 'READY' });
  const user = aUser(recordStatus, {
    identId: 'ABC-DEFGH',
    ...(recordStatus === 'IDENT_FAILED' ? { identResult: 'ABORTED' as const } : {}),
  });
  render(<IdentificationScreen user={user} identification={identification} onHome={() => {}} />, {
    wrapper: fakeKioskApi().Provider,
  });
  return screen.getByRole('heading', { level: 1 }).textContent;
}

describe('identification screen', () => {
  it.each([
    ['IDENT_PENDING', 'Identification à effectuer'],
    ['IDENT_REVIEW', 'Identification en cours de vérification'],
    ['ACTIVE', 'Identification validée'],
    ['IDENT_FAILED', 'Identification refusée'],
  ] as const)('is titled after the status %s', (status, title) => {
    expect(renderWith(status, status, true)).toBe(title);
  });

  it('shows the validation as soon as the record says so, whatever the machine last heard', () => {
    expect(renderWith('ACTIVE', 'IDENT_PENDING', true)).toBe('Identification validée');
    expect(screen.getByText(/Votre identification a été validée avec succès/)).toBeTruthy();
    expect(screen.queryByTestId('ident-id')).toBeNull();
  });

  it('keeps the checklist of a new Ident-ID while the record still says refused', () => {
    expect(identificationPanel('IDENT_FAILED', { checklist: true, requesting: false })).toBe(
      'checklist',
    );
    expect(identificationPanel('IDENT_FAILED', { checklist: false, requesting: true })).toBe(
      'refused',
    );
    expect(identificationPanel('IDENT_PENDING', { checklist: false, requesting: false })).toBe(
      'waiting',
    );
  });
});
