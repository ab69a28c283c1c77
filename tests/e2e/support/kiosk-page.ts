// Page object of the kiosk: the device's path and the registration form, in French, as a
// technician sees them.
import { expect, type Locator, type Page } from '@playwright/test';

export interface Registration {
  email: string;
  firstName: string;
  lastName: string;
  password: string;
  passwordRepeat: string;
}

export class KioskPage {
  constructor(readonly page: Page) {}

  async openCsmUsers() {
    await this.page.getByRole('button', { name: /Réglages/ }).click();
    await this.page.getByRole('button', { name: /Gestion des utilisateurs CSM/ }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Gestion des utilisateurs CSM' }),
    ).toBeVisible();
  }

  async openRegistration() {
    await this.page.getByRole('button', { name: 'Enregistrer un nouvel utilisateur CSM' }).click();
    await expect(
      this.page.getByText('Saisissez vos données ici pour enregistrer un utilisateur CSM'),
    ).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(r: Registration) {
    await this.field('E-Mail').fill(r.email);
    await this.field('Prénom').fill(r.firstName);
    await this.field('Nom').fill(r.lastName);
    await this.field('Mot de passe').fill(r.password);
    await this.field('Ressaisir le mot de passe').fill(r.passwordRepeat);
  }

  suite = () => this.page.getByRole('button', { name: 'Suite' }).click();
  interrompre = () => this.page.getByRole('button', { name: 'Interrompre' }).click();

  userRow(email: string): Locator {
    return this.page.getByTestId('csm-user').filter({ hasText: email });
  }

  async register(r: Registration) {
    await this.openRegistration();
    await this.fill(r);
    await this.suite();
    await expect(this.userRow(r.email)).toContainText('E-Mail à valider');
  }

  /** "Pour la suite cliquez sur votre compte." */
  async openAccount(email: string) {
    await this.userRow(email).getByRole('button').click();
    await expect(
      this.page.getByRole('heading', { name: /Gestion des utilisateurs CSM — / }),
    ).toBeVisible();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  async enterToken(code: string) {
    await this.field('Token de vérification').fill(code);
    await this.suite();
  }

  identId(): Locator {
    return this.page.getByTestId('ident-id');
  }

  /** The URL the QR code carries, as a smartphone would read it. */
  async qrCodeUrl(): Promise<string> {
    const qr = this.page.getByRole('img', { name: 'Code QR de l’étape IDnow' });
    await expect(qr).toBeVisible();
    return (await qr.getAttribute('data-qr-text')) ?? '';
  }
}
