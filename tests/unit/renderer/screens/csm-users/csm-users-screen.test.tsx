// Gestion des utilisateurs CSM as a technician sees it: how many users, a search that narrows
// them, whoever needs an action on top, long texts cut rather than widening the screen, and the
// CSM server named without its address.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../../../src/contract/kiosk/commands.js';
import type { CsmUser } from '../../../../../src/contract/kiosk/user.js';
import { CsmUsersScreen } from '../../../../../src/renderer/screens/csm-users/csm-users-screen.js';
import { aUser } from '../../../../support/sample-users.js';
import { fakeKioskApi } from '../../support/fake-kiosk-api.js';

const localInfo: AppInfo = {
  version: '0.1.0',
  backendUrl: 'http://127.0.0.1:4780',
  backendIsLocal: true,
  host: 'emulation',
  demo: false,
  demoForced: false,
  qa: false,
  backendFixed: false,
  warnings: [],
};

function many(count: number): CsmUser[] {
  return Array.from({ length: count }, (_, i) =>
    aUser('ACTIVE', {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      firstName: `Technicien${String(i).padStart(3, '0')}`,
      lastName: 'Garage',
      email: `tech${i}@garage.fr`,
    }),
  );
}

// jsdom lays nothing out: give the list's scrolling box a tablet's height and each row a row's
// height, so the virtual list has rows to show, as Chromium would.
const LAYOUT = { clientHeight: ['user-scroller', 480], offsetHeight: ['user-item', 76] } as const;
const jsdomLayout = Object.keys(LAYOUT).map((property) => ({
  property,
  descriptor: Object.getOwnPropertyDescriptor(HTMLElement.prototype, property),
}));
beforeEach(() => {
  for (const [property, [className, px]] of Object.entries(LAYOUT)) {
    Object.defineProperty(HTMLElement.prototype, property, {
      configurable: true,
      get() {
        return (this as HTMLElement).classList.contains(className) ? px : 0;
      },
    });
  }
});
afterEach(() => {
  for (const { property, descriptor } of jsdomLayout) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, property, descriptor);
  }
});

async function renderList(users: CsmUser[], info: AppInfo = localInfo) {
  const onOpenUser = vi.fn();
  const fake = fakeKioskApi({
    'users.list': users,
    'app.info': info,
    'sync.status': { online: true, waiting: 0, lastError: null },
  });
  render(
    <fake.Provider>
      <CsmUsersScreen
        onRegister={() => {}}
        onAddExisting={() => {}}
        onOpenUser={onOpenUser}
        onBack={() => {}}
        onHome={() => {}}
      />
    </fake.Provider>,
  );
  await act(() => fake.settled());
  return { onOpenUser, fake };
}

const search = (text: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: 'Rechercher : nom ou E-Mail' }), {
    target: { value: text },
  });

describe('CSM user list', () => {
  it('counts the users and says how many are stopped until the technician acts', async () => {
    await renderList([
      ...many(10),
      aUser('EMAIL_PENDING', { id: '10000000-0000-4000-8000-000000000000' }),
      aUser('IDENT_FAILED', { id: '10000000-0000-4000-8000-000000000001' }),
    ]);
    expect(screen.getByTestId('users-count').textContent).toBe(
      '12 utilisateurs1 demande votre attention',
    );
  });

  it('shows only the rows in sight of 500 users, the count saying all 500', async () => {
    await renderList(many(500));
    expect(screen.getByTestId('users-count').textContent).toBe('500 utilisateurs');
    const rows = screen.getAllByTestId('csm-user');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('500');
  });

  it('narrows to the users whose name or e-mail holds the words typed, accents aside', async () => {
    await renderList([
      ...many(20),
      aUser('ACTIVE', {
        id: '20000000-0000-4000-8000-000000000000',
        firstName: 'Jérôme',
        lastName: 'Lefèvre',
        email: 'jerome@garage-martin.fr',
      }),
    ]);
    search('LEFEVRE jer');
    const rows = await screen.findAllByTestId('csm-user');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('Jérôme Lefèvre');
    expect(screen.getByTestId('users-count').textContent).toBe('1 utilisateur sur 21');

    search('garage-martin');
    expect(await screen.findAllByTestId('csm-user')).toHaveLength(1);

    search('personne');
    expect(await screen.findByText('Aucun utilisateur ne correspond à « personne ».')).toBeTruthy();
    expect(screen.queryAllByTestId('csm-user')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Effacer la recherche' }));
    expect((await screen.findAllByTestId('csm-user')).length).toBeGreaterThan(1);
    expect(screen.getByTestId('users-count').textContent).toBe('21 utilisateurs');
  });

  it('puts a refused password on top, its reason in the row', async () => {
    await renderList([
      ...many(5),
      aUser('SYNC_PENDING', {
        id: '30000000-0000-4000-8000-000000000000',
        firstName: 'Zacharie',
        lastName: 'Zola',
        lastError: { code: 'PASSWORD_WEAK' },
      }),
    ]);
    const first = screen.getAllByTestId('csm-user')[0];
    expect(first?.textContent).toContain('Zacharie Zola');
    expect(first?.textContent).toContain('en attente d’envoi');
    expect(first?.querySelector('.user-error')?.textContent).toMatch(/mot de passe/i);
  });

  it('cuts a long name and e-mail with an ellipsis in the row, the whole text still there', async () => {
    const long = 'A'.repeat(200);
    const { onOpenUser } = await renderList([
      aUser('ACTIVE', { firstName: long, email: `${'b'.repeat(150)}@garage.fr` }),
    ]);
    const row = within(screen.getByTestId('csm-user'));
    const name = row.getByText(`${long} Dupont`);
    expect(name.classList.contains('cut')).toBe(true);
    expect(row.getByText(`${'b'.repeat(150)}@garage.fr`).classList.contains('cut')).toBe(true);
    fireEvent.click(row.getByRole('button'));
    expect(onOpenUser).toHaveBeenCalledWith(expect.objectContaining({ firstName: long }));
  });

  it('names the local server without its URL or port', async () => {
    await renderList(many(1));
    const line = await screen.findByTestId('server-line');
    expect(line.textContent).toBe('Serveur CSM local de démonstration');
    expect(screen.getByTestId('sync-line').textContent).not.toMatch(/http|127\.0\.0\.1/);
  });

  it('names a remote server by its host, without scheme or port', async () => {
    await renderList(many(1), {
      ...localInfo,
      backendIsLocal: false,
      backendUrl: 'https://csm.example.com:8443',
      backendHost: 'csm.example.com',
      backendPort: 8443,
    });
    expect((await screen.findByTestId('server-line')).textContent).toBe(
      'Serveur CSM : csm.example.com',
    );
  });

  it('says there is no user yet, without a search box', async () => {
    await renderList([]);
    expect(screen.getByText('Aucun utilisateur CSM sur cette tablette.')).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
