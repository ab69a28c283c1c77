// The user list with a full tablet: 500 users saved on the tablet and sent to a CSM server the
// test holds. The count says 500, the list scrolls smoothly to its last user, a search narrows
// to one, the user CSM refused is on top, and a 200-character name is cut in its row, never
// widening the page, and shown whole on the account. Home's tiles open the list directly.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { NewRegistration } from '../../src/contract/kiosk/registration.js';
import type { CsmUser } from '../../src/contract/kiosk/user.js';
import { startBackend, type RunningBackend } from '../../src/backend/server.js';
import { startEmulation, type EmulationProcess } from './support/emulation-process.js';
import { expect, test } from './support/fixtures.js';
import { KioskPage } from './support/kiosk-page.js';
import { seededDataFolder } from './support/seeded-data-folder.js';

const SCREENSHOTS = join(import.meta.dirname, '../../assets/screenshots');
const USERS = 500;
const PASSWORD = 'frein-disque-2026';
const FIRST_NAMES = ['Jean', 'Émile', 'Agathe', 'Léa', 'Marc', 'Chloé', 'Noël', 'Hélène'];
const LAST_NAMES = ['Dupont', 'Lefèvre', 'Moreau', 'Garnier', 'Rousseau', 'Bœuf', 'Lambert'];

const person = (firstName: string, lastName: string, email: string): NewRegistration => ({
  email,
  firstName,
  lastName,
  password: PASSWORD,
  passwordRepeat: PASSWORD,
});
/** CSM refuses its password (the e-mail itself): the one user whose queue stops. */
const refused: NewRegistration = {
  ...person('Luc', 'Perrin', 'luc.perrin@garage-martin.fr'),
  password: 'luc.perrin@garage-martin.fr',
  passwordRepeat: 'luc.perrin@garage-martin.fr',
};
/** Last by name: nobody else's first name comes after Z. */
const zoe = person('Zoé', 'Zimmermann', 'zoe.zimmermann@garage-martin.fr');
/** 200 characters, as a field takes at most. */
const longFirstName = 'Anne-Sophie Marie-Thérèse de la Fontaine-Beaumarchais '
  .repeat(4)
  .slice(0, 200)
  .trim()
  .padEnd(200, 'x');
/** As long as an address gets: a 60-character mailbox at a long workshop domain. */
const longEmail =
  'anne-sophie.marie-therese.de-la-fontaine-beaumarchais.lenoir@' +
  'atelier-de-mecanique-automobile-et-diagnostic-electronique.garage-martin-et-fils.fr';
const longName = person(longFirstName, 'Lenoir', longEmail);

const registrations: NewRegistration[] = [
  refused,
  zoe,
  longName,
  ...Array.from({ length: USERS - 3 }, (_, i) =>
    person(
      FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Jean',
      LAST_NAMES[i % LAST_NAMES.length] ?? 'Dupont',
      `technicien.${i}@atelier-${i % 7}.fr`,
    ),
  ),
];

let backendDir: string;
let backend: RunningBackend;
let tablet: EmulationProcess;

async function usersOnTablet(): Promise<CsmUser[]> {
  const response = await fetch(`${tablet.url}ipc/users.list`, {
    method: 'POST',
    headers: { ...tablet.bridgeHeaders, 'content-type': 'application/json' },
    body: '{}',
  });
  const body = (await response.json()) as { ok: boolean; value?: CsmUser[] };
  return body.value ?? [];
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const started = Date.now();
  backendDir = mkdtempSync(join(tmpdir(), 'csm-e2e-backend-'));
  backend = await startBackend({ dataDir: backendDir, qa: true, passwordCost: 'test' });
  tablet = await startEmulation(seededDataFolder(registrations), backend.url);
  // Every registration sent: 499 wait on their Token, CSM refused one password.
  await expect
    .poll(
      async () => {
        const users = await usersOnTablet();
        return {
          sent: users.filter((u) => u.status === 'EMAIL_PENDING').length,
          refused: users.filter((u) => u.lastError?.code === 'PASSWORD_WEAK').length,
        };
      },
      { timeout: 100_000, intervals: [500] },
    )
    .toEqual({ sent: USERS - 1, refused: 1 });
  console.log(`users-list: ${USERS} users saved and sent in ${Date.now() - started} ms`);
});

test.afterAll(async () => {
  await tablet?.stop();
  await Promise.race([backend?.close(), new Promise((done) => setTimeout(done, 5_000).unref())]);
  rmSync(backendDir, { recursive: true, force: true });
});

async function openList(page: Page): Promise<KioskPage> {
  await page.goto(tablet.url);
  const kiosk = new KioskPage(page);
  // The tablet reopens where the previous test left it (its progress is saved), after a first
  // frame that shows home while the kiosk loads: whichever screen is up, home, then the tile.
  const tile = kiosk.button('Utilisateurs CSM');
  const home = kiosk.button('Accueil');
  const list = page.getByRole('heading', { name: 'Gestion des utilisateurs CSM' });
  await expect(async () => {
    if (await home.isVisible()) await home.click();
    await tile.click({ timeout: 2_000 });
    await expect(list).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return kiosk;
}

const noWiderThanTheWindow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('500 users: counted, the refused one on top, six rows or more in sight', async ({ page }) => {
  await openList(page);
  await expect(page.getByTestId('users-count')).toContainText(`${USERS} utilisateurs`);
  const first = page.getByTestId('csm-user').first();
  await expect(first).toContainText('Luc Perrin');
  await expect(first).toContainText('Choisissez-en un autre');
  await expect(first).toHaveAttribute('aria-posinset', '1');

  // Only the rows in sight (and a few around) are in the page, and more than six are in sight.
  const scroller = await page.locator('.user-scroller').boundingBox();
  const boxes = await page
    .getByTestId('csm-user')
    .evaluateAll((rows) =>
      rows.map((r) => r.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
    );
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'users-list-500-1280.png') });
  expect(boxes.length).toBeLessThan(40);
  const inSight = boxes.filter(
    (b) => scroller && b.top >= scroller.y && b.bottom <= scroller.y + scroller.height,
  );
  expect(inSight.length).toBeGreaterThanOrEqual(6);
  expect(await noWiderThanTheWindow(page)).toBe(true);

  await page.setViewportSize({ width: 1920, height: 1200 });
  await expect(first).toContainText('Luc Perrin');
  await page.screenshot({ path: join(SCREENSHOTS, 'users-list-500-1920.png') });
});

test('scrolling to the end reaches the last user', async ({ page }) => {
  const kiosk = await openList(page);
  const last = kiosk.userRow(zoe.email);
  await expect(last).toHaveCount(0);
  await page.locator('.user-scroller').hover();
  // 500 rows are some 38,000 px: a bounded number of flicks, each awaited.
  for (let flick = 0; flick < 40 && (await last.count()) === 0; flick += 1) {
    await page.mouse.wheel(0, 4000);
    await expect(page.getByTestId('csm-user').first()).toBeAttached();
  }
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-posinset', String(USERS));
  await expect(last).toContainText('Zoé Zimmermann');
  await last.getByRole('button').click();
  await expect(page.getByRole('heading', { name: /Zoé Zimmermann/ })).toBeVisible();
});

test('a search by name or e-mail narrows 500 users to one, accents aside', async ({ page }) => {
  const kiosk = await openList(page);
  const search = page.getByRole('textbox', { name: 'Rechercher : nom ou E-Mail' });
  await search.pressSequentially('zoe zimm');
  await expect(page.getByTestId('users-count')).toHaveText(`1 utilisateur sur ${USERS}`);
  await expect(page.getByTestId('csm-user')).toHaveCount(1);
  await expect(kiosk.userRow(zoe.email)).toBeVisible();

  await search.fill('atelier-3.fr');
  await expect(page.getByTestId('users-count')).toHaveText(/^\d+ utilisateurs sur 500$/);
  await page.getByRole('button', { name: 'Effacer la recherche' }).click();
  await expect(search).toHaveValue('');
  await expect(page.getByTestId('users-count')).toContainText(`${USERS} utilisateurs`);
});

test('a 200-character name is cut in its row, never widens the page, and is whole on the account', async ({
  page,
}) => {
  const kiosk = await openList(page);
  await page.getByRole('textbox', { name: 'Rechercher : nom ou E-Mail' }).fill('Beaumarchais');
  const row = kiosk.userRow(longName.email);
  const name = row.locator('.user-name');
  await expect(name).toHaveText(`${longFirstName} Lenoir`);
  await expect(name).toHaveCSS('text-overflow', 'ellipsis');
  expect(await name.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  const email = row.locator('.user-email');
  await expect(email).toHaveText(longEmail);
  expect(await email.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  expect(await noWiderThanTheWindow(page)).toBe(true);

  await row.getByRole('button').click();
  const title = page.getByRole('heading', { name: /Lenoir/ });
  await expect(title).toContainText(`${longFirstName} Lenoir`);
  // Whole: the title wraps on several lines inside the window.
  expect(await title.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  const wholeEmail = page.getByTestId('account-email');
  await expect(wholeEmail).toHaveText(longEmail);
  expect(await wholeEmail.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  expect(await noWiderThanTheWindow(page)).toBe(true);
});

test('home: large tiles, Utilisateurs CSM opens the list, Back goes to Réglages', async ({
  kiosk,
  page,
}) => {
  const tiles = page.getByRole('list', { name: 'Applications' }).getByRole('button');
  // The kiosk's own home (a fresh tablet opens there), once it has taken over from the first
  // frame's, whose tiles carry the early-tap mark: measured around the takeover, a tile once
  // read 0 px wide in a CI run (not reproduced in 16 runs here, under load or not).
  await expect(page.locator('[data-early-tap]')).toHaveCount(0);
  await expect(tiles).toHaveText(['Réglages', 'Utilisateurs CSM']);
  for (const box of await tiles.evaluateAll((all) =>
    all.map((t) => t.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })),
  )) {
    // Square and far larger than a finger (15 rem).
    expect(box.w).toBeGreaterThanOrEqual(200);
    expect(Math.abs(box.w - box.h)).toBeLessThanOrEqual(1);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'home-1280.png') });
  await page.setViewportSize({ width: 1920, height: 1200 });
  await page.screenshot({ path: join(SCREENSHOTS, 'home-1920.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  await kiosk.button('Utilisateurs CSM').click();
  await expect(page.getByRole('heading', { name: 'Gestion des utilisateurs CSM' })).toBeVisible();
  await expect(page.getByText('Aucun utilisateur CSM sur cette tablette.')).toBeVisible();
  await kiosk.button('Retour').click();
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
});
