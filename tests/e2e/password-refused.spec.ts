// Finding 3, no dead end: a registration whose password CSM refuses after sync (here saved by an
// older tablet whose checks were laxer: the e-mail as password, seeded in the data folder before
// the emulation starts) offers "Choisir un autre mot de passe", and with a new password it
// leaves and reaches "e-mail à valider".
import { expect, test } from '@playwright/test';
import { startEmulation } from './support/emulation-process.js';
import { KioskPage } from './support/kiosk-page.js';
import { dataFolderWithARegistrationCsmWillRefuse } from './support/refused-registration.js';

const email = 'luc.moreau@garage-martin.fr';
const NEW_PASSWORD = 'cardan-arriere-2026';

test('a password CSM refused after sync: « Choisir un autre mot de passe », and the registration leaves', async ({
  page,
}) => {
  const emulation = await startEmulation(dataFolderWithARegistrationCsmWillRefuse(email));
  try {
    const kiosk = new KioskPage(page);
    await page.goto(emulation.url);
    await kiosk.openCsmUsers();
    await expect(kiosk.userRow(email)).toContainText('Choisissez-en un autre');
    await kiosk.openAccount(email);
    // The account no longer promises the data will leave by themselves.
    await expect(page.getByTestId('next-step')).toHaveText(
      'Le serveur CSM a refusé le mot de passe de cette inscription : elle ne partira pas tant qu’un autre mot de passe n’est pas choisi.',
    );
    await expect(kiosk.button('Numéro de mobile')).toHaveCount(0);
    await kiosk.button('Choisir un autre mot de passe').click();

    // The policy refuses the e-mail up front, as the registration form does.
    await kiosk.field('Nouveau mot de passe').fill(email);
    await kiosk.field('Ressaisir le nouveau mot de passe').fill(email);
    await kiosk.button('Enregistrer').click();
    await expect(page.locator('.field-error').first()).toBeVisible();
    await expect(kiosk.field('Nouveau mot de passe')).toHaveAttribute('aria-invalid', 'true');

    await kiosk.field('Nouveau mot de passe').fill(NEW_PASSWORD);
    await kiosk.field('Ressaisir le nouveau mot de passe').fill(NEW_PASSWORD);
    await kiosk.button('Enregistrer').click();
    await expect(page.getByTestId('next-step')).toHaveText(
      'Prochaine étape : saisir le code Token reçu par courriel.',
    );
    await expect(kiosk.button('Choisir un autre mot de passe')).toHaveCount(0);
    await expect(kiosk.button('Saisir le code Token')).toBeVisible();
    await kiosk.button('Retour').click();
    await expect(kiosk.userRow(email)).toContainText('e-mail à valider');
    await expect(page.getByText('Tout est envoyé')).toBeVisible();
  } finally {
    await emulation.stop();
  }
});
