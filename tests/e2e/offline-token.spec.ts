// Finding 8: a wrong Token typed while CSM cannot be reached is checked when it is back; the
// refusal shows on the Token screen and on the user's row with the tries left, and nothing of
// that user stays waiting behind it ("Tout est envoyé"); the right Token then goes through.
import { qaLastCodeResponse, qaRoutes } from '../../src/contract/csm/qa-api.js';
import { expect, test } from './support/fixtures.js';

const hugo = {
  email: 'hugo.girard@garage-martin.fr',
  firstName: 'Hugo',
  lastName: 'Girard',
  password: 'embrayage-complet-2026',
  passwordRepeat: 'embrayage-complet-2026',
};

async function lastCode(backendUrl: string, to: string): Promise<string> {
  const response = await fetch(`${backendUrl}/qa/codes/last?to=${encodeURIComponent(to)}`);
  return qaLastCodeResponse.parse(await response.json()).code;
}

/** Every CSM route drops its connections (CSM unreachable), or none. */
async function csmUnreachable(backendUrl: string, unreachable: boolean) {
  const response = unreachable
    ? await fetch(`${backendUrl}${qaRoutes.faults.path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rules: [{ route: '*', dropRate: 1, phase: 'before' }] }),
      })
    : await fetch(`${backendUrl}${qaRoutes.clearFaults.path}`, { method: 'DELETE' });
  expect(response.ok).toBe(true);
}

test('a wrong Token typed offline: the tries left on the Token screen and the row, and nothing blocked', async ({
  kiosk,
  emulation,
  page,
}) => {
  await kiosk.openCsmUsers();
  await kiosk.register(hugo);
  const token = await lastCode(emulation.backendUrl, hugo.email);
  const wrong = token === '000000' ? '111111' : '000000';

  await kiosk.openAccount(hugo.email);
  await kiosk.button('Saisir le code Token').click();
  await csmUnreachable(emulation.backendUrl, true);
  await kiosk.enterToken(wrong);
  await expect(page.getByText('Hors ligne : le code Token est conservé')).toBeVisible();
  await csmUnreachable(emulation.backendUrl, false);

  // Checked once CSM is back: refused, with the tries left, on the Token screen.
  await expect(page.getByRole('alert')).toHaveText('Code incorrect : encore 4 essais.', {
    timeout: 20_000,
  });
  await kiosk.interrompre();
  await expect(kiosk.userRow(hugo.email)).toContainText('Code incorrect : encore 4 essais.');
  // The spent Token does not wait in the outbox, blocking the user.
  await expect(page.getByText('Tout est envoyé')).toBeVisible();

  // The Token screen opened afterwards still says why; the right Token goes through.
  await kiosk.openAccount(hugo.email);
  await kiosk.button('Saisir le code Token').click();
  await expect(page.getByRole('alert')).toHaveText('Code incorrect : encore 4 essais.');
  await kiosk.enterToken(token);
  await expect(page.getByText('Vérification du code Token réussie')).toBeVisible();
  await kiosk.suite();
  await expect(kiosk.userRow(hugo.email)).toContainText('identification à effectuer');
  await expect(kiosk.userRow(hugo.email)).not.toContainText('Code incorrect');
});
