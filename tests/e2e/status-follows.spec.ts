// The tablet follows CSM's change of a user's status by itself, on every open screen, within a
// few seconds: the identification screen's title and the account screen come from the one user
// record the core pushes, and the automatic refresh is fast while someone waits on IDnow.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { qaAccountsResponse, qaLastCodeResponse } from '../../src/contract/csm/qa-api.js';
import { IdnowPhonePage } from './support/idnow-phone-page.js';
import type { KioskPage } from './support/kiosk-page.js';
import { kioskWithBackend } from './support/kiosk-with-backend.js';

/** How long the simulated IDnow review takes, as measured on CSM: 1.5 s. */
const REVIEW_MS = 1500;

const test = kioskWithBackend(REVIEW_MS);

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

async function csmStatus(backendUrl: string, email: string): Promise<string | undefined> {
  const response = await fetch(`${backendUrl}/qa/accounts`);
  const { accounts } = qaAccountsResponse.parse(await response.json());
  return accounts.find((a) => a.email === email)?.status;
}

/** Registered, Token typed, identification screen open with its Ident-ID; the phone at the
 * last step, Terminer not yet touched. */
async function readyToFinish(kiosk: KioskPage, backendUrl: string, context: BrowserContext) {
  const { page } = kiosk;
  await kiosk.openCsmUsers();
  await kiosk.register(marie);
  await kiosk.openAccount(marie.email);
  await kiosk.button('Saisir le code Token').click();
  await kiosk.enterToken(await lastCode(backendUrl, marie.email));
  await expect(page.getByText('Vérification du code Token réussie')).toBeVisible();
  await kiosk.suite();
  await kiosk.openAccount(marie.email);
  await kiosk.button('Effectuer l’identification').click();
  await kiosk.button('OK, je suis prêt(e) !').click();
  const phone = new IdnowPhonePage(await context.newPage());
  await phone.page.goto(await kiosk.qrCodeUrl());
  await phone.commencer();
  await phone.acceptConditions();
  await phone.getReady();
  await phone.photographDocument();
  await phone.takeSelfies();
  await expect(
    phone.page.getByRole('heading', { name: 'Données de vérification soumises avec succès' }),
  ).toBeVisible();
  return phone;
}

const title = (page: Page) => page.getByRole('heading', { level: 1 });

test('after Terminer, the identification screen says « Identification validée » and the account shows Validé, without Actualiser', async ({
  kiosk,
  backend,
  page,
  context,
}) => {
  const phone = await readyToFinish(kiosk, backend.url, context);
  // Submitted on the phone: the tablet may already follow it into the review (it refreshes every
  // second while IDnow is under way), but not further before the review's delay.
  await expect(title(page)).toHaveText(/^Identification (à effectuer|en cours de vérification)$/);
  await phone.button('Terminer').click();

  await expect(title(page)).toHaveText('Identification validée', { timeout: REVIEW_MS + 5000 });
  await expect(page.getByText('Votre identification a été validée avec succès')).toBeVisible();

  await kiosk.button('Retour au compte').click();
  await expect(page.getByTestId('next-step')).toContainText('validée avec succès', {
    timeout: 1000,
  });
  await expect(kiosk.button('Effectuer l’identification')).toHaveCount(0);
  const tracker = page.getByRole('list', { name: 'Progression' });
  await expect(tracker.getByRole('listitem').last()).toHaveText(/Validé\s*✔/);
  await expect(tracker).not.toContainText('en attente');
  await expect(tracker).not.toContainText('à venir');
});

test('the status follows by itself within 3 s of the IDnow review’s result', async ({
  kiosk,
  backend,
  page,
  context,
}) => {
  const phone = await readyToFinish(kiosk, backend.url, context);
  await phone.button('Terminer').click();
  // The review's end, as CSM sees it.
  await expect
    .poll(() => csmStatus(backend.url, marie.email), { timeout: REVIEW_MS + 5000, intervals: [50] })
    .toBe('ACTIVE');
  await expect
    .poll(() => page.getByText('Votre identification a été validée avec succès').count(), {
      timeout: 3000,
      intervals: [100],
    })
    .toBe(1);
});
