// The CGM NET document brought to CSM users, on the tablet in French: a mobile number and a new
// password, each confirmed by a code read from the backend's QA API; the account signed in on
// another tablet (a fresh data folder) with that password; Tester… on the CSM server setting.
import { qaLastCodeResponse } from '../../src/contract/csm/qa-api.js';
import { startEmulation } from './support/emulation-process.js';
import { KioskPage } from './support/kiosk-page.js';
import { expect, test } from './support/fixtures.js';

const paul = {
  email: 'paul.bernard@garage-martin.fr',
  firstName: 'Paul',
  lastName: 'Bernard',
  password: 'plaquettes-avant-2026',
  passwordRepeat: 'plaquettes-avant-2026',
};
const NEW_PASSWORD = 'disques-arriere-2027';

async function lastCode(backendUrl: string, to: string): Promise<string> {
  const response = await fetch(`${backendUrl}/qa/codes/last?to=${encodeURIComponent(to)}`);
  return qaLastCodeResponse.parse(await response.json()).code;
}

test('mobile number and password by SMS code, then the account signed in on another tablet', async ({
  kiosk,
  emulation,
  page,
  browser,
}) => {
  await kiosk.openCsmUsers();
  await kiosk.register(paul);
  await kiosk.openAccount(paul.email);
  await kiosk.button('Saisir le code Token').click();
  await kiosk.enterToken(await lastCode(emulation.backendUrl, paul.email));
  await kiosk.suite();
  await kiosk.openAccount(paul.email);

  // Numéro de mobile, with the current password as the owner's proof, confirmed by
  // an SMS code.
  await kiosk.button('Numéro de mobile').click();
  await kiosk.field('Numéro de mobile').fill('06 12 34 56 12');
  await kiosk.field('Mot de passe actuel').fill('pas-le-bon-mot-de-passe');
  await kiosk.button('Envoyer le code').click();
  await expect(page.getByRole('alert')).toHaveText('Mot de passe actuel incorrect.');
  await expect(kiosk.field('Numéro de mobile')).toHaveValue('06 12 34 56 12');
  await kiosk.field('Mot de passe actuel').fill(paul.password);
  await kiosk.button('Envoyer le code').click();
  await expect(page.getByTestId('code-destination')).toHaveText(
    'Vous allez recevoir un code par SMS dans quelques secondes au 06 •• •• •• 12. Veuillez le saisir ci-dessous pour confirmer votre demande.',
  );
  await kiosk
    .field('Code de confirmation')
    .fill(await lastCode(emulation.backendUrl, '+33612345612'));
  await kiosk.button('OK').click();
  await expect(page.getByText('Votre numéro de mobile est enregistré')).toBeVisible();
  await kiosk.button('OK').click();

  // Réinitialiser mon mot de passe: the code goes to the masked mobile number.
  await kiosk.button('Réinitialiser mon mot de passe').click();
  await expect(page.getByTestId('code-destination')).toContainText('au 06 •• •• •• 12');
  await kiosk.field('Code de confirmation').fill('000000');
  await kiosk.field('Nouveau mot de passe').fill(NEW_PASSWORD);
  await kiosk.field('Ressaisir le nouveau mot de passe').fill(NEW_PASSWORD);
  await kiosk.button('OK').click();
  await expect(page.getByRole('alert')).toContainText('Code incorrect : encore 4 essais.');
  await kiosk
    .field('Code de confirmation')
    .fill(await lastCode(emulation.backendUrl, '+33612345612'));
  await kiosk.button('OK').click();
  await expect(page.getByText('Votre mot de passe est modifié')).toBeVisible();

  // Another tablet, fresh data folder, same CSM server: Ajouter un utilisateur CSM existant.
  const other = await startEmulation(undefined, emulation.backendUrl);
  try {
    const tablet = new KioskPage(await browser.newPage({ viewport: { width: 1280, height: 800 } }));
    await tablet.page.goto(other.url);
    await tablet.openCsmUsers();
    await tablet.button('Ajouter un utilisateur CSM existant').click();
    await tablet.field('E-Mail').fill(paul.email);
    await tablet.field('Mot de passe').fill(paul.password);
    await tablet.button('Valider').click();
    await expect(tablet.page.getByRole('alert')).toContainText('E-Mail ou mot de passe incorrect.');
    await tablet.field('Mot de passe').fill(NEW_PASSWORD);
    await tablet.button('Valider').click();
    await expect(tablet.userRow(paul.email)).toContainText('identification à effectuer');
  } finally {
    await other.stop();
  }
});

test('Tester… the CSM server: success with its version, then a closed port refused', async ({
  kiosk,
  emulation,
  page,
}) => {
  const port = new URL(emulation.backendUrl).port;
  await page.getByRole('button', { name: /Réglages/ }).click();
  await kiosk.button(/Serveur CSM/).click();
  await kiosk.field('Serveur').fill('127.0.0.1');
  await kiosk.field('Port').fill(port);
  await kiosk.button('Tester…').click();
  await expect(page.getByTestId('server-test')).toContainText(
    'Connexion réussie — serveur CSM version',
  );

  await kiosk.field('Port').fill('9');
  await kiosk.button('Tester…').click();
  await expect(page.getByTestId('server-test')).toHaveText(
    'Échec : le serveur refuse la connexion sur ce port.',
  );

  await kiosk.field('Port').fill('70000');
  await kiosk.button('OK').click();
  await expect(kiosk.field('Port')).toHaveAccessibleDescription(
    'Port non valide : un nombre entre 1 et 65535.',
  );
  await kiosk.button('Annuler').click();
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
});
