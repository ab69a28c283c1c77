// Finding 6: once a user is validated, every step of the progress tracker (Enregistré, E-mail
// validé, IDnow, Validé) shows when it happened, in the fr-FR locale. The steps CSM dates
// carry CSM's times.
import { expect } from '@playwright/test';
import { qaLastCodeResponse } from '../../src/contract/csm/qa-api.js';
import { IdnowPhonePage } from './support/idnow-phone-page.js';
import { kioskWithBackend } from './support/kiosk-with-backend.js';

const test = kioskWithBackend(300);

const paul = {
  email: 'paul.durand@garage-durand.fr',
  firstName: 'Paul',
  lastName: 'Durand',
  password: 'embrayage-double-2026',
  passwordRepeat: 'embrayage-double-2026',
};

async function lastCode(backendUrl: string, to: string): Promise<string> {
  const response = await fetch(`${backendUrl}/qa/codes/last?to=${encodeURIComponent(to)}`);
  return qaLastCodeResponse.parse(await response.json()).code;
}

test('every step of the tracker shows a time once the user is validated', async ({
  kiosk,
  backend,
  page,
  context,
}) => {
  await kiosk.openCsmUsers();
  await kiosk.register(paul);
  await kiosk.openAccount(paul.email);
  await kiosk.button('Saisir le code Token').click();
  await kiosk.enterToken(await lastCode(backend.url, paul.email));
  await expect(page.getByText('Vérification du code Token réussie')).toBeVisible();
  await kiosk.suite();
  await kiosk.openAccount(paul.email);
  const tracker = page.getByRole('list', { name: 'Progression' });
  await expect(tracker.getByRole('listitem').nth(1)).toHaveText(/E-Mail validé\s*✔ \d\d:\d\d/);

  await kiosk.button('Effectuer l’identification').click();
  await kiosk.button('OK, je suis prêt(e) !').click();
  const phone = new IdnowPhonePage(await context.newPage());
  await phone.page.goto(await kiosk.qrCodeUrl());
  await phone.commencer();
  await phone.acceptConditions();
  await phone.getReady();
  await phone.photographDocument();
  await phone.takeSelfies();
  await phone.button('Terminer').click();
  await expect(page.getByText('Votre identification a été validée avec succès')).toBeVisible({
    timeout: 10_000,
  });
  await kiosk.button('Retour au compte').click();

  const steps = tracker.getByRole('listitem');
  await expect(steps).toHaveCount(4);
  const names = ['Enregistré', 'E-Mail validé', 'IDnow', 'Validé'];
  for (const [i, name] of names.entries()) {
    await expect(steps.nth(i)).toHaveText(new RegExp(`^${name}\\s*✔ \\d\\d:\\d\\d$`));
  }
});
