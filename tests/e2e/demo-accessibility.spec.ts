// Demo mode's own pieces under axe-core (WCAG 2.2 AA, as every kiosk screen) at 1280×800 and
// 1920×1200: the home screen with the DÉMO ribbon, the open tray's list, a message with its code
// chips, the trainer's controls and the reset confirmation, the phone panel, and Réglages'
// "Mode démonstration" tile, with its confirmation outside demo mode and its "Activé" inside.
import { test as plain } from './support/fixtures.js';
import { expectNoAxeViolations } from './support/demo-axe.js';
import { DemoTray, expect, test } from './support/demo-fixtures.js';

const paul = {
  email: 'paul.bernard@garage-bernard.fr',
  firstName: 'Paul',
  lastName: 'Bernard',
  password: 'embrayage-bivalve-26',
  passwordRepeat: 'embrayage-bivalve-26',
};

test('the ribbon, the tray, a message, the controls and the phone: no axe violation', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(240_000);
  const tray = new DemoTray(page);
  await expect(page.locator('.demo-ribbon')).toHaveText('DÉMO');
  await expectNoAxeViolations(page, 'home with the ribbon');

  await tray.open();
  await tray.pick('Cinq Tokens erronés');
  await tray.close();
  await kiosk.openCsmUsers();
  await kiosk.register(paul);
  await expect(tray.badge(1)).toBeVisible();
  await expectNoAxeViolations(page, 'users list with the badge');

  await kiosk.openAccount(paul.email);
  await kiosk.button('Saisir le code Token').click();
  await tray.open();
  await expectNoAxeViolations(page, 'the open tray (list and controls)');
  await tray.openMessage('Token');
  await expect(tray.drawer.getByRole('button', { name: /^Saisir un Token erroné/ })).toBeVisible();
  await expectNoAxeViolations(page, 'a Token mail with its chips');

  await tray.controls();
  await tray.drawer.getByRole('button', { name: 'Réinitialiser la démo' }).click();
  await expect(page.getByRole('button', { name: 'Réinitialiser', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the reset confirmation');
  await page.getByRole('button', { name: 'Annuler' }).click();

  // The message's right chip, then the phone on the identification screen.
  const { chip } = await tray.codeChip();
  await chip.click();
  await kiosk.suite();
  await expect(page.getByText('Vérification du code Token réussie')).toBeVisible();
  await kiosk.suite();
  await kiosk.openAccount(paul.email);
  await kiosk.button('Effectuer l’identification').click();
  await kiosk.button('OK, je suis prêt(e) !').click();
  await kiosk.button('Smartphone (démo)').click();
  const phone = page.frameLocator('iframe[title="Smartphone (démo)"]');
  await expect(phone.getByRole('button', { name: 'Commencer', exact: true })).toBeVisible();
  await expectNoAxeViolations(page, 'the phone panel');

  // Réglages in a forced demo: the tile says so and opens the controls.
  await kiosk.button('Fermer le smartphone').click();
  await page.getByRole('button', { name: 'Accueil' }).click();
  await page.getByRole('button', { name: /Réglages/ }).click();
  const tile = page.getByRole('button', { name: /^Mode démonstration/ });
  await expect(tile).toContainText('Activé au démarrage');
  await expectNoAxeViolations(page, 'Réglages with the demo tile (forced)');
});

plain(
  'Réglages’ “Mode démonstration” and its confirmation: no axe violation',
  async ({ kiosk, page }) => {
    await page.getByRole('button', { name: /Réglages/ }).click();
    const tile = page.getByRole('button', { name: /^Mode démonstration/ });
    await expect(tile).toContainText('Pour former');
    await expectNoAxeViolations(page, 'Réglages with the demo tile');
    await tile.click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await expect(dialog).toContainText('Passer en mode démonstration ?');
    await expectNoAxeViolations(page, 'the demo mode confirmation');

    // Confirmed: the page comes back in demo mode, ribbon and all; Réglages says it is on.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Mode démonstration', exact: true }).click();
    await reloaded;
    await expect(page.locator('.demo-ribbon')).toHaveText('DÉMO');
    await page.getByRole('button', { name: /Réglages/ }).click();
    await expect(page.getByRole('button', { name: /^Mode démonstration/ })).toContainText('Activé');
    await expectNoAxeViolations(page, 'Réglages with the demo tile (on)');
    void kiosk;
  },
);
