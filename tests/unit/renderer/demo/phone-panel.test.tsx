// The smartphone beside the tablet: it shows the open user's identification when that user
// waits on one, else the user who most recently started waiting, else says nobody does; Electron
// opens its own window (the page then shows nothing), the emulation shows the phone in the page.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CsmUser } from '../../../../src/contract/kiosk/user.js';
import { currentIdentId } from '../../../../src/renderer/demo/current-ident.js';
import DemoLayer from '../../../../src/renderer/demo/demo-layer.js';
import { COMPANION, demoApi } from './demo-api.js';

function user(patch: Partial<CsmUser>): CsmUser {
  return {
    id: crypto.randomUUID(),
    email: 'jean.dupont@example.fr',
    firstName: 'Jean',
    lastName: 'Dupont',
    status: 'IDENT_PENDING',
    remoteId: 'acc-1',
    maskedEmail: null,
    createdAt: '2026-03-05T09:00:00.000Z',
    lastSyncAt: null,
    lastError: null,
    ...patch,
  } as CsmUser;
}

describe('currentIdentId', () => {
  const older = user({ identId: 'ID-OLD', statusSince: '2026-03-05T09:00:00.000Z' });
  const newer = user({ identId: 'ID-NEW', statusSince: '2026-03-05T10:00:00.000Z' });

  it('takes the open user’s identification when it waits on one', () => {
    expect(currentIdentId(user({ identId: 'ID-OPEN' }), [older, newer])).toBe('ID-OPEN');
  });

  it('takes the open user’s refused identification, to try again', () => {
    expect(currentIdentId(user({ status: 'IDENT_FAILED', identId: 'ID-KO' }), [newer])).toBe(
      'ID-KO',
    );
  });

  it('falls back on the user who most recently started waiting', () => {
    const active = user({ status: 'ACTIVE', identId: 'ID-DONE' });
    expect(currentIdentId(active, [older, newer])).toBe('ID-NEW');
    expect(currentIdentId(null, [newer, older])).toBe('ID-NEW');
  });

  it('answers null when nobody waits on an identification', () => {
    expect(currentIdentId(null, [user({ status: 'EMAIL_PENDING' })])).toBeNull();
  });
});

const phoneButton = () => screen.getByRole('button', { name: 'Smartphone (démo)' });

describe('Smartphone (démo)', () => {
  it('shows the companion page of the current Ident-ID in the page (emulation)', async () => {
    const api = demoApi({ users: [user({ identId: 'ID-42' })], phoneOpened: false });
    render(
      <api.Provider>
        <DemoLayer openUser={null} />
      </api.Provider>,
    );
    await waitFor(() => expect(api.inputsOf('users.list')).toHaveLength(1));
    await waitFor(() => expect(api.inputsOf('demo.state')).toHaveLength(1));
    fireEvent.click(phoneButton());
    const frame = await screen.findByTitle<HTMLIFrameElement>('Smartphone (démo)');
    expect(api.inputsOf('demo.openPhone')).toEqual([{ identId: 'ID-42' }]);
    expect(frame.getAttribute('src')).toBe(`${COMPANION}?ident=ID-42`);
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-forms');

    fireEvent.click(screen.getByRole('button', { name: 'Fermer le smartphone' }));
    expect(screen.queryByTitle('Smartphone (démo)')).toBeNull();
  });

  it('shows nothing in the page when Electron opened its own window', async () => {
    const api = demoApi({ phoneOpened: true });
    render(
      <api.Provider>
        <DemoLayer openUser={user({ identId: 'ID-7' })} />
      </api.Provider>,
    );
    await waitFor(() => expect(api.inputsOf('demo.state')).toHaveLength(1));
    fireEvent.click(phoneButton());
    await waitFor(() => expect(api.inputsOf('demo.openPhone')).toEqual([{ identId: 'ID-7' }]));
    expect(screen.queryByRole('region', { name: 'Smartphone (démo)' })).toBeNull();
  });

  it('says no identification is in progress, without asking the host', async () => {
    const api = demoApi({ users: [user({ status: 'ACTIVE', identId: 'ID-1' })] });
    render(
      <api.Provider>
        <DemoLayer openUser={null} />
      </api.Provider>,
    );
    await waitFor(() => expect(api.inputsOf('demo.state')).toHaveLength(1));
    fireEvent.click(phoneButton());
    expect(await screen.findByText('Aucune identification en cours')).toBeTruthy();
    expect(api.inputsOf('demo.openPhone')).toEqual([]);
  });
});
