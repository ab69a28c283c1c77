// A shared tablet left alone: after the idle time (1 min here) "Vous êtes toujours là ?" counts
// 30 s down, then the kiosk goes home and what was typed is gone, while a registered user keeps
// its progress; a touch on the warning keeps the form. And ⌂ on a filled form asks first.
// Time is Playwright's clock: installed before the page loads, paused once the scene is set.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { EmulationProcess } from './support/emulation-process.js';
import { expect, test } from './support/fixtures.js';
import { KioskPage } from './support/kiosk-page.js';

const jean = {
  email: 'jean.dupont@garage-martin.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  password: 'frein-disque-2026',
  passwordRepeat: 'frein-disque-2026',
};

async function openKiosk(page: Page, emulation: EmulationProcess) {
  const set = await page.request.post(`${emulation.url}ipc/settings.set`, {
    headers: emulation.bridgeHeaders,
    data: { idleMinutes: 1 },
  });
  expect((await set.json()).ok).toBe(true);
  await page.clock.install();
  await page.goto(emulation.url);
  return new KioskPage(page);
}

/** Stops the page's time, then touches the screen: the idle time counts from that instant. */
async function freezeAfterATouch(page: Page) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
  await page.getByText('Saisissez vos données ici pour enregistrer un utilisateur CSM').click();
}

async function halfFill(kiosk: KioskPage) {
  await kiosk.field('E-Mail').fill('marie.curie@garage-martin.fr');
  await kiosk.field('Prénom').fill('Marie');
  await kiosk.field('Mot de passe').fill('bougie-allumage-1903');
}

/** axe-core's WCAG 2.2 AA rules on the page as it is (it needs a running clock). */
const axeViolations = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations.map((v) => v.id);

const warning = (page: Page) => page.getByRole('alertdialog', { name: 'Vous êtes toujours là ?' });
const home = (page: Page) => page.getByRole('heading', { name: 'Accueil' });

test('left alone, the form warns, counts down and goes home; the form opens empty, a registered user keeps its progress', async ({
  page,
  emulation,
}) => {
  const kiosk = await openKiosk(page, emulation);
  await kiosk.openCsmUsers();
  await kiosk.register(jean);
  await kiosk.openRegistration();
  await halfFill(kiosk);
  await freezeAfterATouch(page);

  await page.clock.runFor(59_000);
  await expect(warning(page)).toBeHidden();
  await page.clock.runFor(1000);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText('Retour à l’accueil dans 30 secondes');
  await expect(page.getByRole('button', { name: 'Continuer' })).toBeFocused();
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1200 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: test.info().outputPath(`idle-warning-${size.width}x${size.height}.png`),
    });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.clock.runFor(10_000);
  await expect(warning(page)).toContainText('Retour à l’accueil dans 20 secondes');
  await page.clock.runFor(20_000);
  await expect(warning(page)).toBeHidden();
  await expect(home(page)).toBeVisible();

  await page.clock.resume();
  await kiosk.openCsmUsers();
  await expect(kiosk.userRow(jean.email)).toContainText('E-Mail à valider');
  await kiosk.openRegistration();
  for (const label of ['E-Mail', 'Prénom', 'Nom', 'Mot de passe', 'Ressaisir le mot de passe'])
    await expect(kiosk.field(label)).toHaveValue('');
});

test('a touch on the warning keeps the form as it was, and the wait starts over', async ({
  page,
  emulation,
}) => {
  const kiosk = await openKiosk(page, emulation);
  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  await halfFill(kiosk);
  await freezeAfterATouch(page);

  await page.clock.runFor(60_000 + 12_000);
  await expect(warning(page)).toContainText('Retour à l’accueil dans 18 secondes');
  // axe-core needs time to run: a few real seconds of the 18 left.
  await page.clock.resume();
  expect(await axeViolations(page)).toEqual([]);
  // Anywhere on the screen: the warning covers it, so the touch never reaches the form.
  await page.mouse.click(40, 760);
  await expect(warning(page)).toBeHidden();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.clock.runFor(58_000);
  await expect(warning(page)).toBeHidden();
  await expect(kiosk.field('E-Mail')).toHaveValue('marie.curie@garage-martin.fr');
  await expect(kiosk.field('Prénom')).toHaveValue('Marie');
  await expect(kiosk.field('Mot de passe')).toHaveValue('bougie-allumage-1903');
});

test('⌂ on a filled form asks first: "Continuer la saisie" keeps it, "Abandonner" goes home', async ({
  kiosk,
  page,
}) => {
  const homeButton = page.getByRole('button', { name: 'Accueil' });
  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  // Nothing typed: home at once.
  await homeButton.click();
  await expect(home(page)).toBeVisible();

  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  await halfFill(kiosk);
  await homeButton.click();
  const question = page.getByRole('alertdialog', { name: 'Abandonner la saisie ?' });
  await expect(question).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('leave-question-1280x800.png') });
  await question.getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(question).toBeHidden();
  await expect(kiosk.field('E-Mail')).toHaveValue('marie.curie@garage-martin.fr');
  await expect(kiosk.field('Mot de passe')).toHaveValue('bougie-allumage-1903');

  await homeButton.click();
  await question.getByRole('button', { name: 'Abandonner' }).click();
  await expect(home(page)).toBeVisible();
  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  await expect(kiosk.field('E-Mail')).toHaveValue('');
});
