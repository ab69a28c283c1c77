// The walking skeleton's story, as a technician does it on the tablet.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { messagesTo } from './support/backend-qa.js';
import { expect, test } from './support/fixtures.js';

const SCREENSHOTS = join(import.meta.dirname, '../../assets/screenshots');

const jean = {
  email: 'jean.dupont@garage-martin.fr',
  firstName: 'Jean',
  lastName: 'Dupont',
  password: 'frein-disque-2026',
  passwordRepeat: 'frein-disque-2026',
};

test('registers a CSM user: saved, sent, Token e-mail received, shown as E-Mail à valider', async ({
  kiosk,
  emulation,
  page,
}) => {
  await expect(page.getByText('mega macs ONE')).toBeVisible();
  await kiosk.openCsmUsers();
  await expect(page.getByTestId('server-line')).toContainText('Serveur CSM local');
  await kiosk.openRegistration();
  await kiosk.fill(jean);
  // The whole form in the picture: the on-screen keyboard closes with the focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'register-form.png') });
  await kiosk.suite();

  await expect(page.getByRole('heading', { name: 'Gestion des utilisateurs CSM' })).toBeVisible();
  const row = kiosk.userRow(jean.email);
  await expect(row).toContainText('Jean Dupont');
  await expect(row).toContainText('E-Mail à valider');
  await expect(page.getByTestId('sync-line')).toContainText('Tout est envoyé');
  await page.screenshot({ path: join(SCREENSHOTS, 'user-list.png') });

  const mails = await messagesTo(emulation.backendUrl, jean.email);
  expect(mails).toHaveLength(1);
  expect(mails[0]?.channel).toBe('email');
  expect(mails[0]?.body).toMatch(/\b\d{6}\b/);
  expect(mails[0]?.body).not.toContain(jean.password);
});

test('Interrompre returns to the list and keeps nothing', async ({ kiosk, emulation, page }) => {
  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  await kiosk.fill(jean);
  await kiosk.interrompre();
  await expect(page.getByText('Aucun utilisateur CSM sur cette tablette.')).toBeVisible();
  expect(await messagesTo(emulation.backendUrl, jean.email)).toHaveLength(0);
  await kiosk.openRegistration();
  await expect(kiosk.field('E-Mail')).toHaveValue('');
});

test('says next to each field what is wrong, in French, and sends nothing', async ({
  kiosk,
  emulation,
  page,
}) => {
  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  await kiosk.suite();
  await expect(page.getByText('Ce champ est obligatoire.')).toHaveCount(5);

  await kiosk.fill({
    email: 'jean.dupont@',
    firstName: 'J'.repeat(201),
    lastName: 'Dupont',
    password: 'court',
    passwordRepeat: 'autre',
  });
  await kiosk.suite();
  await expect(kiosk.field('E-Mail')).toHaveAccessibleDescription(/Adresse E-Mail non valide/);
  await expect(kiosk.field('Prénom')).toHaveAccessibleDescription(
    'Ce champ ne peut pas dépasser 200 caractères.',
  );
  await expect(kiosk.field('Mot de passe')).toHaveAccessibleDescription(/au moins 12 caractères/);

  await kiosk.fill({ ...jean, passwordRepeat: 'frein-disque-2027' });
  await kiosk.suite();
  await expect(kiosk.field('Ressaisir le mot de passe')).toHaveAccessibleDescription(
    'Les deux mots de passe ne sont pas identiques.',
  );
  await expect(
    page.getByText('Saisissez vos données ici pour enregistrer un utilisateur CSM'),
  ).toBeVisible();
  expect(await messagesTo(emulation.backendUrl, jean.email)).toHaveLength(0);
});

test('the core refuses bad input from a caller that skips the form', async ({
  emulation,
  request,
}) => {
  const response = await request.post(`${emulation.url}ipc/users.register`, {
    headers: emulation.bridgeHeaders,
    data: {
      email: 'pas-un-email',
      firstName: '',
      lastName: 'Dupont',
      password: 'x',
      passwordRepeat: 'y',
    },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', fields: { email: 'email_invalid', firstName: 'required' } },
  });
  // Codes, never sentences: the screen words them in the technician's language.
  expect(body.error).not.toHaveProperty('message');
});

test('looks like the device at 1280×800: no scrolling, every control at least 48 px', async ({
  kiosk,
  page,
}) => {
  for (const step of [
    () => Promise.resolve(),
    () => kiosk.openCsmUsers(),
    () => kiosk.openRegistration(),
    async () => {
      await kiosk.fill(jean);
      await kiosk.suite();
      await expect(kiosk.userRow(jean.email)).toContainText('E-Mail à valider');
    },
    async () => {
      await kiosk.openAccount(jean.email);
      await expect(page.getByTestId('next-step')).toContainText('code Token');
    },
    async () => {
      await page.getByRole('button', { name: 'Saisir le code Token' }).click();
      await expect(kiosk.field('Token de vérification')).toBeVisible();
    },
  ]) {
    await step();
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth > window.innerWidth,
      y: document.documentElement.scrollHeight > window.innerHeight,
    }));
    expect(overflow).toEqual({ x: false, y: false });
    // Measured in one pass, so a screen that re-renders cannot change the list under the test.
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('button, input')].map((e) => {
        const r = e.getBoundingClientRect();
        return {
          what: e.outerHTML.slice(0, 80),
          bottom: r.bottom,
          right: r.right,
          height: r.height,
        };
      }),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const c of controls) {
      expect(c.height, c.what).toBeGreaterThanOrEqual(48);
      // Inside the window: nothing cut off at the edges of the tablet's screen.
      expect(c.right, c.what).toBeLessThanOrEqual(1280);
      expect(c.bottom, c.what).toBeLessThanOrEqual(800);
    }
  }
  // The device's green, darkened so white on it reads at 5.6:1 (WCAG AA).
  await expect(page.getByRole('banner')).toHaveCSS('background-color', 'rgb(63, 117, 16)');
  await page.screenshot({ path: join(SCREENSHOTS, 'token.png') });
});
