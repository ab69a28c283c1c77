// Réglages switches the whole kiosk to German at once: titles, buttons, the form, dates in the
// German way; the core stores the choice, so a restarted kiosk opens in German; back to French.
// The idle time chosen beside it is stored too (read back from the core, as the idle engineer's
// timer will read it).
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { kioskSettings, type KioskSettings } from '../../src/contract/kiosk/settings.js';
import type { EmulationProcess } from './support/emulation-process.js';
import { expect, test } from './support/fixtures.js';

const SHOTS = join(import.meta.dirname, '../../test-results/language-switch');

const hans = {
  email: 'hans.becker@werkstatt-becker.de',
  firstName: 'Hans',
  lastName: 'Becker',
  password: 'kupplung-zweifach-2026',
};

async function storedSettings(page: Page, emulation: EmulationProcess): Promise<KioskSettings> {
  const response = await page.request.post(`${emulation.url}ipc/settings.get`, {
    headers: emulation.bridgeHeaders,
    data: {},
  });
  const body = (await response.json()) as { ok: boolean; value: unknown };
  expect(body.ok).toBe(true);
  return kioskSettings.parse(body.value);
}

/** The screen the kiosk saved as its progress, to reopen there after a restart. */
async function savedScreen(page: Page, emulation: EmulationProcess): Promise<unknown> {
  const response = await page.request.post(`${emulation.url}ipc/wizard.load`, {
    headers: emulation.bridgeHeaders,
    data: { machineId: 'app' },
  });
  const body = (await response.json()) as { value?: { snapshot?: { value?: unknown } } };
  return body.value?.snapshot?.value;
}

/** Réglages at both sizes, for a person to look at (not kept in the repository). */
async function screenshots(page: Page, name: string) {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1920, height: 1200 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('Deutsch in Réglages: every screen in German, dates the German way, kept across a restart', async ({
  kiosk,
  emulation,
  page,
}) => {
  await kiosk.button(/Réglages/).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('radio', { name: 'Français' })).toBeChecked();
  await screenshots(page, 'settings-fr');

  await page.getByRole('radio', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { name: 'Einstellungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('group', { name: 'Sprache' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '2 Min.' })).toBeChecked();
  await screenshots(page, 'settings-de');
  expect((await storedSettings(page, emulation)).language).toBe('de');

  // The registration form and the list in German, sent to the CSM server as in French.
  await kiosk.button(/Benutzerverwaltung CSM/).click();
  await expect(page.getByRole('heading', { name: 'Benutzerverwaltung CSM' })).toBeVisible();
  await kiosk.button('Neuen CSM-Benutzer registrieren').click();
  await expect(
    page.getByText('Geben Sie hier Ihre Daten ein, um einen CSM-Benutzer zu registrieren'),
  ).toBeVisible();
  await expect(kiosk.button('Abbrechen')).toBeVisible();
  await kiosk.field('E-Mail').fill(hans.email);
  await kiosk.field('Vorname').fill(hans.firstName);
  await kiosk.field('Nachname').fill(hans.lastName);
  await kiosk.field('Passwort').fill(hans.password);
  await kiosk.field('Passwort wiederholen').fill(hans.password);
  await kiosk.button('Weiter').click();
  const row = kiosk.userRow(hans.email);
  await expect(row).toContainText('E-Mail zu bestätigen');

  // The account: the tracker's words, and the last synchronisation as Germans write a date.
  await row.getByRole('button').click();
  await expect(page.getByRole('list', { name: 'Fortschritt' })).toContainText('Registriert');
  await expect(kiosk.button('Token-Code eingeben')).toBeVisible();
  const lastSync = page.locator('.support-row').filter({ hasText: 'Letzte Synchronisierung' });
  await expect(lastSync.locator('dd')).toHaveText(/^\d\d\.\d\d\.\d{4}, \d\d:\d\d$/);
  await kiosk.button('Startseite').click();
  await expect(page.getByRole('heading', { name: 'Startseite' })).toBeVisible();
  // The kiosk reopens where it was: wait until it has saved that it is home.
  await expect.poll(() => savedScreen(page, emulation)).toBe('home');

  // Stored by the core: a restarted kiosk opens in German.
  const restarted = await emulation.restart();
  await page.goto(restarted.url);
  await expect(page.getByRole('heading', { name: 'Startseite' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  // The idle time is stored beside it; then back to French.
  await kiosk.button(/Einstellungen/).click();
  await page.getByRole('radio', { name: '5 Min.' }).click();
  await expect(page.getByRole('radio', { name: '5 Min.' })).toBeChecked();
  expect(await storedSettings(page, restarted)).toMatchObject({ language: 'de', idleMinutes: 5 });

  await page.getByRole('radio', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '5 min' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await storedSettings(page, restarted)).toMatchObject({ language: 'fr', idleMinutes: 5 });
});
