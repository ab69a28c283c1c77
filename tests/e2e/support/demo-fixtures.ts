// A trainer's classroom: the emulation started as `npm run demo` (--demo) on a fresh folder,
// a page that reaches nothing but this machine's loopback (no network in front of a class), and
// the tray's pieces as a trainer names them. Shared by the trainer's demo and its scenarios.
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { startEmulation, type EmulationProcess } from './emulation-process.js';
import { KioskPage } from './kiosk-page.js';

export const test = base.extend<{ emulation: EmulationProcess; kiosk: KioskPage }>({
  // eslint-disable-next-line no-empty-pattern
  emulation: async ({}, use) => {
    const emulation = await startEmulation(undefined, undefined, ['--demo']);
    await use(emulation);
    await emulation.stop();
  },
  kiosk: async ({ page, context, emulation }, use) => {
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort('internetdisconnected'),
    );
    await page.goto(emulation.url);
    await use(new KioskPage(page));
  },
});
export { expect };

/** The inbox tray as a trainer uses it: its button (with the badge in its name), its drawer,
 * a message by its recipient, and the demo controls inside the drawer. */
export class DemoTray {
  readonly drawer: Locator;
  constructor(readonly page: Page) {
    this.drawer = page.getByRole('dialog', { name: 'Boîte de réception (démo)' });
  }

  /** A name as a string is the whole name: without a badge. */
  button = (name: string | RegExp = /^Boîte de réception \(démo\)/) =>
    this.page.getByRole('button', { name, exact: typeof name === 'string' });

  /** The tray's button while it counts `count` new messages. */
  badge = (count: number) =>
    this.button(
      `Boîte de réception (démo) — ${count} ${count > 1 ? 'nouveaux messages' : 'nouveau message'}`,
    );

  async open() {
    await this.button().click();
    await expect(this.drawer).toBeVisible();
  }

  close = () => this.drawer.getByRole('button', { name: 'Fermer', exact: true }).click();

  /** The list's rows, newest first. */
  rows = () => this.drawer.getByRole('listitem');

  /** The newest message whose row names `text` (recipient, kind or subject). */
  async openMessage(text: string | RegExp) {
    await this.rows().filter({ hasText: text }).first().getByRole('button').click();
    await expect(this.drawer.getByRole('button', { name: /Tous les messages/ })).toBeVisible();
  }

  /** The message's right code chip, and the code it carries. */
  async codeChip(): Promise<{ chip: Locator; code: string }> {
    const chip = this.drawer.getByRole('button', { name: /^Saisir le code \d{6}$/ });
    await expect(chip).toBeEnabled();
    const code = ((await chip.getAttribute('aria-label')) ?? '').slice(-6);
    return { chip, code };
  }

  /** The demo controls' heading brought into view (they sit below the list). */
  async controls() {
    await this.drawer.getByRole('heading', { name: 'Démo', exact: true }).scrollIntoViewIfNeeded();
  }

  /** A pace or a scenario by its label (the chosen one's name also carries its tick). */
  async pick(choice: string) {
    await this.controls();
    const radio = this.drawer.getByRole('radio', { name: choice });
    // Checked once the demo's core has taken the choice (a controlled radio): click, then await.
    await radio.click();
    await expect(radio).toBeChecked();
  }
}
