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
}
