// Finding 5: with `--backend-url`, Réglages names the server in use and where it comes from, and
// Serveur CSM opens prefilled with it, saying that a server saved here waits for the command
// line to name none. Two emulations: the first only lends its backend to the second.
import { expect, test } from '@playwright/test';
import { startEmulation, type EmulationProcess } from './support/emulation-process.js';
import { KioskPage } from './support/kiosk-page.js';

let lender: EmulationProcess;
let tablet: EmulationProcess;

test.beforeAll(async () => {
  lender = await startEmulation();
  tablet = await startEmulation(undefined, lender.backendUrl);
});
test.afterAll(async () => {
  await tablet?.stop();
  await lender?.stop();
});

test('Réglages and Serveur CSM show the server the command line named', async ({ page }) => {
  const { hostname, port } = new URL(lender.backendUrl);
  await page.goto(tablet.url);
  const kiosk = new KioskPage(page);
  await kiosk.button(/Réglages/).click();
  const tile = kiosk.button(/Serveur CSM/);
  await expect(tile).toContainText(
    `Serveur CSM indiqué en ligne de commande : ${hostname}:${port}`,
  );
  await expect(tile).not.toContainText('local de démonstration');

  await tile.click();
  await expect(kiosk.field('Serveur')).toHaveValue(hostname);
  await expect(kiosk.field('Port')).toHaveValue(port);
  await expect(page.getByTestId('server-in-use')).toHaveText(
    `Serveur CSM indiqué en ligne de commande : ${hostname}:${port}`,
  );
  await expect(page.getByTestId('server-fixed-note')).toContainText(
    'dès que la ligne de commande n’en indiquera plus',
  );
  // Tester… on the prefilled address reaches that very server.
  await kiosk.button('Tester…').click();
  await expect(page.getByTestId('server-test')).toContainText('Connexion réussie');
});

test('without a server named anywhere, Réglages says the local demo server', async ({ page }) => {
  await page.goto(lender.url);
  const kiosk = new KioskPage(page);
  await kiosk.button(/Réglages/).click();
  await expect(kiosk.button(/Serveur CSM/)).toContainText('Serveur CSM local de démonstration');
});
