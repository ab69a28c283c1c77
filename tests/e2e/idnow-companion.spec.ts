// The smartphone side of the seed (steps 15–22) in real Chromium, against the real backend.
import { expect, test as base } from '@playwright/test';
import { startIdnowBackend, type IdnowBackend } from './support/idnow-backend.js';
import { IdnowPhonePage } from './support/idnow-phone-page.js';

const test = base.extend<{ backend: IdnowBackend; phone: IdnowPhonePage }>({
  backend: async ({ context }, use) => {
    const backend = await startIdnowBackend();
    await use(backend);
    // The browser's sockets to this server go first: the server's close waits on a connection
    // that never sent a request (Chromium preconnects) until its 60 s headers timeout.
    await context.close();
    await backend.stop();
  },
  phone: async ({ page }, use) => {
    // A CSP violation or a script error shows up here: the page must run clean.
    const problems: string[] = [];
    page.on('console', (message) => {
      // An API refusal (404, 409) is logged by Chromium as a failed load: expected, not a fault.
      const text = message.text();
      if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
        problems.push(text);
      }
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await use(new IdnowPhonePage(page));
    expect(problems).toEqual([]);
  },
});

test('identification on the smartphone, Terminer, and the account is ACTIVE', async ({
  backend,
  phone,
}) => {
  const { accountId, identId } = await backend.identPendingAccount('jean.dupont@garage.fr');
  await phone.open(backend.url, identId);
  await expect(phone.identField()).toHaveValue(identId);
  await phone.commencer();
  await phone.acceptConditions();
  await phone.getReady();
  await phone.photographDocument();
  await phone.takeSelfies();

  await expect(
    phone.page.getByRole('heading', { name: 'Données de vérification soumises avec succès' }),
  ).toBeVisible();
  await expect(
    phone.page.getByText('Merci d’utiliser notre service de vérification d’identité en ligne !'),
  ).toBeVisible();
  await phone.button('Terminer').click();
  await expect(phone.page.getByRole('heading', { name: 'Identification terminée' })).toBeVisible();
  expect(await backend.statusOf(accountId)).toMatchObject({
    status: 'ACTIVE',
    identResult: 'SUCCESS',
  });
});

test('« Je refuse. » ends the identification and the account is IDENT_FAILED', async ({
  backend,
  phone,
}) => {
  const { accountId, identId } = await backend.identPendingAccount('marie.martin@garage.fr');
  await phone.open(backend.url, identId);
  await phone.commencer();
  await phone.button('Je refuse.').click();
  await expect(
    phone.page.getByRole('heading', { name: 'Identification interrompue' }),
  ).toBeVisible();
  expect(await backend.statusOf(accountId)).toMatchObject({
    status: 'IDENT_FAILED',
    identResult: 'ABORTED',
  });
});

test('an unknown Ident-ID is refused on the page, in French', async ({ backend, phone }) => {
  await phone.open(backend.url, '');
  await phone.identField().fill('ABC-DEFGH');
  await phone.commencer();
  await expect(phone.error()).toHaveText(
    'Ident-ID inconnu. Vérifiez l’identifiant reçu par e-mail.',
  );
  await expect(phone.button('Commencer')).toBeEnabled();
});
