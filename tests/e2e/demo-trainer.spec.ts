// A trainer's whole demo in front of a class (`npm run demo`, i.e. the emulation with --demo),
// with no network: only the screens, the inbox tray and the smartphone panel, never the QA API
// nor /ipc. Register, read the Token in the tray and tap its chip, identify on the phone with
// the demo pictures, see the user validated, then "Réinitialiser la démo": an empty tablet and
// an empty inbox in under 2 s. Pictures of each demo piece go to docs/screenshots/demo/.
import { DemoPhone } from './support/demo-phone.js';
import { pictureDemo } from './support/demo-pictures.js';
import { expect, test } from './support/demo-fixtures.js';

const jean = {
  email: 'jean.dupont@garage-dupont.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  password: 'embrayage-bivalve-26',
  passwordRepeat: 'embrayage-bivalve-26',
};

test('a trainer’s demo start to finish with the tray and the phone, then a reset in < 2 s', async ({
  kiosk,
  page,
}) => {
  test.setTimeout(120_000);
  const tray = (name: string | RegExp = /^Boîte de réception \(démo\)/) =>
    page.getByRole('button', { name });
  const drawer = page.getByRole('dialog', { name: 'Boîte de réception (démo)' });

  // Every screen says it is a demo.
  await expect(page.locator('.demo-ribbon')).toHaveText('DÉMO');
  await expect(page.getByText('Mode démonstration : tablette et serveur CSM')).toBeAttached();
  await pictureDemo(page, 'home');

  await kiosk.openCsmUsers();
  await kiosk.register(jean);
  // The Token mail arrives in the tray: the badge says so.
  await expect(tray('Boîte de réception (démo) — 1 nouveau message')).toBeVisible();

  await kiosk.openAccount(jean.email);
  await kiosk.button('Saisir le code Token').click();
  await tray().click();
  await expect(drawer).toBeVisible();
  await pictureDemo(page, 'inbox');
  await drawer.getByRole('button', { name: new RegExp(jean.email.replace(/\./g, '\\.')) }).click();
  const chip = drawer.getByRole('button', { name: /^Saisir le code \d{6}$/ });
  await expect(chip).toBeEnabled();
  await pictureDemo(page, 'message');
  const code = ((await chip.getAttribute('aria-label')) ?? '').slice(-6);
  await chip.click();
  await expect(drawer).toBeHidden();
  await expect(kiosk.field('Token de vérification')).toHaveValue(code);
  await expect(kiosk.field('Token de vérification')).toBeFocused();
  await kiosk.suite();
  await expect(page.getByText('Vérification du code Token réussie')).toBeVisible();
  await kiosk.suite();
  await expect(kiosk.userRow(jean.email)).toContainText('identification à effectuer');

  await kiosk.openAccount(jean.email);
  await kiosk.button('Effectuer l’identification').click();
  await kiosk.button('OK, je suis prêt(e) !').click();
  const identId = (await kiosk.identId().textContent()) ?? '';
  expect(identId).toMatch(/^[A-Z]{3}-[A-Z]{5}$/);

  await page.getByRole('button', { name: 'Smartphone (démo)' }).click();
  const phone = new DemoPhone(page);
  await expect(phone.frame.getByLabel('Ident-ID', { exact: true })).toHaveValue(identId);
  await pictureDemo(page, 'phone');
  await phone.identify();
  await page.getByRole('button', { name: 'Fermer le smartphone' }).click();

  // Instantané: IDnow's review is immediate; Actualiser shows it.
  await kiosk.button('Actualiser').click();
  await expect(page.getByText('Votre identification a été validée avec succès')).toBeVisible();

  await tray().click();
  await drawer.getByRole('heading', { name: 'Démo', exact: true }).scrollIntoViewIfNeeded();
  await expect(drawer.getByRole('radio', { name: 'Instantané' })).toBeChecked();
  await pictureDemo(page, 'controls');
  await drawer.getByRole('button', { name: 'Réinitialiser la démo' }).click();
  const reloaded = page.waitForEvent('load');
  const confirmedAt = Date.now();
  await page.getByRole('button', { name: 'Réinitialiser', exact: true }).click();
  await reloaded;
  // The reset itself (the core's figure, shown to the trainer on the emptied tablet): < 2 s.
  const notice = page.getByRole('status').filter({ hasText: /^Démo réinitialisée en / });
  await expect(notice).toBeVisible();
  const seconds = Number(
    /en ([\d,]+) s/.exec((await notice.textContent()) ?? '')?.[1]?.replace(',', '.'),
  );
  expect(seconds, 'the reset as the core timed it').toBeLessThan(2);
  await kiosk.openCsmUsers();
  await expect(page.getByText('Aucun utilisateur CSM sur cette tablette.')).toBeVisible();
  // The whole round trip as the trainer sees it (reload and a tap included), with room for a
  // loaded test machine.
  const tookMs = Date.now() - confirmedAt;
  expect(tookMs, `from the confirmation to the empty list: ${tookMs} ms`).toBeLessThan(5_000);

  await expect(tray('Boîte de réception (démo)')).toBeEnabled();
  await tray().click();
  await expect(drawer.getByText(/^Aucun message pour l’instant\./)).toBeVisible();
});
