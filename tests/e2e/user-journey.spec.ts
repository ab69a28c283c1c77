// The seed from step 6 to step 24, on the tablet in French: the Token read from the backend's
// QA API, the IDnow identification on the (simulated) smartphone opened from the QR code's URL,
// and the tablet following the status by itself until validated.
import { qaLastCodeResponse } from '../../src/contract/csm/qa-api.js';
import { IdnowPhonePage } from './support/idnow-phone-page.js';
import { expect, test } from './support/fixtures.js';

const marie = {
  email: 'marie.martin@garage-martin.fr',
  firstName: 'Marie',
  lastName: 'Martin',
  password: 'courroie-distribution-26',
  passwordRepeat: 'courroie-distribution-26',
};

async function lastCode(backendUrl: string, to: string): Promise<string> {
  const response = await fetch(`${backendUrl}/qa/codes/last?to=${encodeURIComponent(to)}`);
  return qaLastCodeResponse.parse(await response.json()).code;
}

test('Token, identification on the smartphone, and the tablet shows « validé » without a reload', async ({
  kiosk,
  emulation,
  page,
  context,
}) => {
  // The automatic refresh at its shortest, so the test does not wait half a minute.
  await page.request.post(`${emulation.url}ipc/settings.set`, {
    headers: emulation.bridgeHeaders,
    data: { refreshIntervalS: 5 },
  });
  await kiosk.openCsmUsers();
  await kiosk.register(marie);

  await kiosk.openAccount(marie.email);
  await expect(page.getByTestId('next-step')).toContainText('code Token');
  await kiosk.button('Saisir le code Token').click();
  await expect(kiosk.field('E-Mail')).toHaveValue(marie.email);
  await kiosk.enterToken(await lastCode(emulation.backendUrl, marie.email));
  await expect(page.getByText('Vérification du code Token réussie')).toBeVisible();
  await kiosk.suite();
  await expect(kiosk.userRow(marie.email)).toContainText('identification à effectuer');

  await kiosk.openAccount(marie.email);
  await kiosk.button('Effectuer l’identification').click();
  await expect(page.getByText('Préparez votre pièce d’identité')).toBeVisible();
  await kiosk.button('OK, je suis prêt(e) !').click();
  const identId = (await kiosk.identId().textContent()) ?? '';
  expect(identId).toMatch(/^[A-Z]{3}-[A-Z]{5}$/);
  const qrUrl = await kiosk.qrCodeUrl();
  expect(qrUrl).toBe(`${emulation.backendUrl}/idnow/?ident=${identId}`);

  const phone = new IdnowPhonePage(await context.newPage());
  await phone.page.goto(qrUrl);
  await expect(phone.identField()).toHaveValue(identId);
  await phone.commencer();
  await phone.acceptConditions();
  await phone.getReady();
  await phone.photographDocument();
  await phone.takeSelfies();
  await expect(
    phone.page.getByRole('heading', { name: 'Données de vérification soumises avec succès' }),
  ).toBeVisible();
  await phone.button('Terminer').click();

  // Back on the tablet, untouched: the status moves by itself.
  await expect(page.getByText('Votre identification a été validée avec succès')).toBeVisible({
    timeout: 30_000,
  });
});

test('a wrong Token five times: the tries count down, then the Token is void and a new one is offered', async ({
  kiosk,
  emulation,
  page,
}) => {
  await kiosk.openCsmUsers();
  await kiosk.register(marie);
  await kiosk.openAccount(marie.email);
  await kiosk.button('Saisir le code Token').click();
  const right = await lastCode(emulation.backendUrl, marie.email);
  const wrong = right === '000000' ? '111111' : '000000';
  for (const left of [4, 3, 2, 1]) {
    await kiosk.enterToken(wrong);
    await expect(page.getByRole('alert')).toContainText(`encore ${left} essai`);
  }
  await kiosk.enterToken(wrong);
  await expect(page.getByRole('alert')).toContainText('n’est plus valable');
  await expect(kiosk.button(/Renvoyer le code/)).toBeVisible();
});

test('a tablet restarted mid-journey reopens at the same screen', async ({
  kiosk,
  emulation,
  page,
}) => {
  await kiosk.openCsmUsers();
  await kiosk.register(marie);
  await kiosk.openAccount(marie.email);
  await kiosk.button('Saisir le code Token').click();
  await expect(kiosk.field('Token de vérification')).toBeVisible();
  // Let the progress save land, then switch the tablet off and on again.
  const savedScreen = async () => {
    const r = await page.request.post(`${emulation.url}ipc/wizard.load`, {
      headers: emulation.bridgeHeaders,
      data: { machineId: 'app' },
    });
    return (await r.json()).value?.snapshot?.value ?? null;
  };
  await expect.poll(savedScreen).toBe('token');
  const restarted = await emulation.restart();
  await page.goto(restarted.url);
  await expect(kiosk.field('Token de vérification')).toBeVisible();
  await expect(kiosk.field('E-Mail')).toHaveValue(marie.email);
});
