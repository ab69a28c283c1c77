// A QA session beside the kiosk (--qa): CSM cut from the console, a registration made on the
// kiosk's screens waits in the outbox, CSM back from the console, the outbox drains, and the
// backend's side shows the account and its Token mail. The console is its own page (/qa) in
// the same browser, over the same bridge; the test calls no QA API itself.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';

const PICTURES = join(import.meta.dirname, '../../docs/screenshots/qa');
const DESKTOP_SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1200 },
] as const;

const marie = {
  email: 'marie.curie@garage-martin.fr',
  firstName: 'Marie',
  lastName: 'Curie',
  password: 'radium-polonium-1898',
  passwordRepeat: 'radium-polonium-1898',
};

const panel = (qa: Page, name: string) => qa.getByRole('region', { name });

test('QA cuts CSM, registers, brings CSM back and watches the outbox drain', async ({
  kiosk,
  emulation,
  context,
}) => {
  const qa = await context.newPage();
  await qa.goto(`${emulation.url}qa`);
  const sync = panel(qa, 'Synchronisation');
  const outbox = panel(qa, 'Envois en attente');
  const faults = panel(qa, 'Pannes');
  await expect(sync.getByRole('status')).toHaveText('CSM joignable');
  await expect(outbox).toContainText('Rien en attente.');

  await faults.getByRole('button', { name: 'Couper CSM' }).click();
  await expect(faults).toContainText('route * · phase before · drops 100 %');
  await expect(sync.getByRole('status')).toHaveText('CSM injoignable');

  await kiosk.openCsmUsers();
  await kiosk.openRegistration();
  await kiosk.fill(marie);
  await kiosk.suite();
  await expect(kiosk.userRow(marie.email)).toContainText('en attente d’envoi');

  // The registration waits, with its attempts and when it is tried next: CSM unreachable, the
  // tablet holds it until the probe finds CSM again ("dès que CSM répond").
  const waiting = outbox.getByRole('row').filter({ hasText: 'Marie Curie' });
  await expect(waiting).toBeVisible();
  const cells = waiting.getByRole('cell');
  await expect(cells.nth(2)).toHaveText('register');
  await expect(cells.nth(3)).toHaveText(/^\d+$/);
  await expect(cells.nth(4)).toHaveText(/dans|dès que CSM répond/);
  await expect(sync).toContainText('En attente : 1');

  // The kiosk page reported the registration form's machine and what it went through; its
  // password never left the page.
  const form = panel(qa, 'Machines').getByRole('listitem', { name: 'registrationForm' });
  await expect(form).toContainText('SUBMIT');
  await expect(panel(qa, 'Machines')).not.toContainText(marie.password);
  await picture(qa, 'offline');

  await faults.getByRole('button', { name: 'Rétablir CSM' }).click();
  await expect(faults).toContainText('Aucune panne');
  await expect(outbox).toContainText('Rien en attente.', { timeout: 30_000 });
  await expect(sync.getByRole('status')).toHaveText('CSM joignable');
  await expect(kiosk.userRow(marie.email)).toContainText('E-Mail à valider');

  const backend = panel(qa, 'Serveur CSM (API QA)');
  await expect(
    backend.getByRole('listitem').filter({ hasText: marie.email }).first(),
  ).toBeVisible();
  await expect(backend).toContainText('EMAIL_PENDING');
  await expect(backend.locator('.qa-chip')).toHaveText(/^\d{6}$/);
  await picture(qa, 'online');

  const axe = await new AxeBuilder({ page: qa })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('the console is a page of its own: the kiosk shows no trace of it', async ({
  kiosk,
  page,
}) => {
  await kiosk.openCsmUsers();
  await expect(page.getByRole('region', { name: 'Machines' })).toHaveCount(0);
  await expect(page.getByText('Console QA')).toHaveCount(0);
});

/** The qa at both desktop sizes, in docs/screenshots/qa/. */
async function picture(qa: Page, name: string) {
  for (const size of DESKTOP_SIZES) {
    await qa.setViewportSize(size);
    await qa.screenshot({ path: join(PICTURES, `${name}-${size.width}x${size.height}.png`) });
  }
}
