// The smartphone page in trainers' demo mode, in real Chromium against the real backend: every
// photo step done with "Utiliser une image de démonstration" alone, on the phone-sized page
// and inside a 360×640 frame of a loopback page, as the emulation's phone panel shows it.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test as base, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { startIdnowBackend, type IdnowBackend } from './support/idnow-backend.js';
import { IdnowPhonePage } from './support/idnow-phone-page.js';

const DEMO_PICTURE = 'Utiliser une image de démonstration';
const SUBMITTED = 'Données de vérification soumises avec succès';

const test = base.extend<{
  backend: IdnowBackend;
  problems: string[];
  servePage: (html: string) => Promise<{ url: string }>;
}>({
  backend: async ({ context }, use) => {
    const backend = await startIdnowBackend({ demo: true });
    await use(backend);
    // The browser's sockets to this server go first: the server's close waits on a connection
    // that never sent a request (Chromium preconnects) until its 60 s headers timeout.
    await context.close();
    await backend.stop();
  },
  // eslint-disable-next-line no-empty-pattern
  servePage: async ({}, use) => {
    const served: { close(): Promise<void> }[] = [];
    await use(async (html) => {
      const page = await servePageOnLoopback(html);
      served.push(page);
      return page;
    });
    for (const page of served) await page.close();
  },
  // A CSP violation (a drawn picture refused, a frame blocked) or a script error lands here.
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      // A refused load is logged without its address: the responses below name it.
      const text = message.text();
      if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
        problems.push(text);
      }
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (response.status() >= 400 && url.pathname !== '/favicon.ico') {
        problems.push(`${response.status()} ${url.pathname}`);
      }
    });
    page.on('requestfailed', (request) => {
      problems.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await use(problems);
    expect(problems).toEqual([]);
  },
});

/** The photo box of one step, by its label, and its demo button. */
function photoBox(scope: Page | FrameLocator, label: string): Locator {
  return scope.locator('.photo', { has: scope.getByLabel(label, { exact: true }) });
}

async function useDemoPicture(scope: Page | FrameLocator, label: string) {
  const box = photoBox(scope, label);
  await box.getByRole('button', { name: DEMO_PICTURE }).click();
  await expect(box.getByRole('status')).toHaveText('Photo reçue.');
  await expect(box.getByRole('img')).toBeVisible();
}

async function photoStepsWithDemoPictures(scope: Page | FrameLocator, pictured?: Page) {
  const button = (name: string) => scope.getByRole('button', { name, exact: true });
  await expect(button('Continuer')).toBeDisabled();
  await pictured?.screenshot({ path: test.info().outputPath('document-step.png') });
  await useDemoPicture(scope, 'Photo de la pièce d’identité');
  await pictured?.screenshot({ path: test.info().outputPath('document-taken.png') });
  await button('Continuer').click();
  await useDemoPicture(scope, 'Selfie de près');
  await expect(button('Envoyer')).toBeDisabled();
  await useDemoPicture(scope, 'Selfie à bout de bras');
  await pictured?.screenshot({ path: test.info().outputPath('selfies-taken.png') });
  await button('Envoyer').click();
  await expect(scope.getByRole('heading', { name: SUBMITTED })).toBeVisible();
}

test('the demo pictures alone take the identification to submitted, and the account is ACTIVE', async ({
  page,
  backend,
  problems,
}) => {
  void problems;
  const { accountId, identId } = await backend.identPendingAccount('jean.dupont@garage.fr');
  const phone = new IdnowPhonePage(page);
  await phone.open(backend.url, identId);
  await phone.commencer();
  await phone.acceptConditions();
  await phone.getReady();
  await expect(page.getByRole('button', { name: DEMO_PICTURE })).toHaveCount(1);
  await photoStepsWithDemoPictures(page);
  expect(await backend.statusOf(accountId)).toMatchObject({
    status: 'ACTIVE',
    identResult: 'SUCCESS',
  });
});

test('works in a 360×640 frame of a loopback page, the phone panel of the emulation', async ({
  page,
  backend,
  problems,
  servePage,
}) => {
  void problems;
  const { accountId, identId } = await backend.identPendingAccount('marie.martin@garage.fr');
  // A page of another loopback origin than the backend's, served from loopback as the
  // emulation's is (Chromium's local network access checks refuse a frame of a loopback address
  // in a page from anywhere else).
  const companion = `${backend.url}/idnow/?ident=${identId}`;
  const panel =
    await servePage(`<!doctype html><meta charset="utf-8"><title>Smartphone (démo)</title>
    <body style="margin:0"><iframe title="Smartphone (démo)" src="${companion}"
    style="width:360px;height:640px;border:0"></iframe></body>`);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(panel.url);
  const phone = page.frameLocator('iframe[title="Smartphone (démo)"]');
  await expect(phone.getByLabel('Ident-ID', { exact: true })).toHaveValue(identId);
  await phone.getByRole('button', { name: 'Commencer', exact: true }).click();
  await phone
    .getByLabel(
      'J’ai lu la politique en matière de protection de la vie privée et j’accepte les conditions d’utilisation du service IDnow',
    )
    .check();
  await phone.getByRole('button', { name: 'Démarrer l’identification', exact: true }).click();
  await phone.getByRole('button', { name: 'OK, je suis prêt(e) !', exact: true }).click();

  // Every demo button fits the frame's width and is a full-size tap target.
  const demoButton = photoBox(phone, 'Photo de la pièce d’identité').getByRole('button', {
    name: DEMO_PICTURE,
  });
  const box = await demoButton.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(360);
  expect(box?.height).toBeGreaterThanOrEqual(56);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await photoStepsWithDemoPictures(phone, page);
  expect((await backend.statusOf(accountId)).status).toBe('ACTIVE');
});

/** One page on a free loopback port. */
async function servePageOnLoopback(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
