// Finding 4, labels say what they do and are shown only when they can work: "Numéro de mobile"
// (once "Éditer") is not offered while the e-mail waits for its Token, since CSM refuses a
// number before; it is offered once the e-mail is validated, and opens the mobile number.
import { qaLastCodeResponse } from '../../src/contract/csm/qa-api.js';
import { expect, test } from './support/fixtures.js';

const lea = {
  email: 'lea.petit@garage-martin.fr',
  firstName: 'Léa',
  lastName: 'Petit',
  password: 'amortisseurs-avant-26',
  passwordRepeat: 'amortisseurs-avant-26',
};

async function lastCode(backendUrl: string, to: string): Promise<string> {
  const response = await fetch(`${backendUrl}/qa/codes/last?to=${encodeURIComponent(to)}`);
  return qaLastCodeResponse.parse(await response.json()).code;
}

test('« Numéro de mobile » only once the e-mail is validated, and never « Éditer »', async ({
  kiosk,
  emulation,
  page,
}) => {
  await kiosk.openCsmUsers();
  await kiosk.register(lea);
  await kiosk.openAccount(lea.email);
  await expect(page.getByTestId('next-step')).toContainText('code Token');
  await expect(kiosk.button('Éditer')).toHaveCount(0);
  await expect(kiosk.button('Numéro de mobile')).toHaveCount(0);

  await kiosk.button('Saisir le code Token').click();
  await kiosk.enterToken(await lastCode(emulation.backendUrl, lea.email));
  await kiosk.suite();
  await kiosk.openAccount(lea.email);
  await expect(kiosk.button('Éditer')).toHaveCount(0);
  await kiosk.button('Numéro de mobile').click();
  await expect(
    page.getByText('Saisissez le numéro de mobile qui recevra les codes de confirmation par SMS.'),
  ).toBeVisible();
});
