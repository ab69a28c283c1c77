// Page object of the IDnow simulator's smartphone page, in the seed's words (steps 15–22).
import { expect, type Page } from '@playwright/test';
import { tinyPng } from '../../support/tiny-png.js';

const png = (name: string, rgb: [number, number, number]) => ({
  name,
  mimeType: 'image/png',
  buffer: tinyPng(rgb, 32),
});

export class IdnowPhonePage {
  constructor(readonly page: Page) {}

  async open(backendUrl: string, identId: string) {
    await this.page.goto(`${backendUrl}/idnow/?ident=${encodeURIComponent(identId)}`);
    await expect(
      this.page.getByText(
        'Veillez inscrire et confirmer votre identifiant Ident pour commencer votre identification',
      ),
    ).toBeVisible();
  }

  identField = () => this.page.getByLabel('Ident-ID', { exact: true });
  button = (name: string) => this.page.getByRole('button', { name, exact: true });
  error = () => this.page.getByRole('alert');

  async commencer() {
    await this.button('Commencer').click();
  }

  async acceptConditions() {
    await expect(this.page.getByRole('heading', { name: 'Conditions générales' })).toBeVisible();
    await expect(this.button('Démarrer l’identification')).toBeDisabled();
    await this.page
      .getByLabel(
        'J’ai lu la politique en matière de protection de la vie privée et j’accepte les conditions d’utilisation du service IDnow',
      )
      .check();
    await this.button('Démarrer l’identification').click();
  }

  async getReady() {
    await expect(this.page.getByRole('heading', { name: 'Avant de commencer :' })).toBeVisible();
    for (const item of [
      'Préparez votre pièce d’identité',
      'Assurez-vous d’être dans un lieu suffisamment éclairé',
      'Préparez-vous à prendre un selfie',
    ]) {
      await expect(this.page.getByText(item)).toBeVisible();
    }
    await this.button('OK, je suis prêt(e) !').click();
  }

  /** Chooses a photo for one file input, and waits for the page to say the backend has it. */
  async takePhoto(label: string, file: ReturnType<typeof png>) {
    await this.page.getByLabel(label, { exact: true }).setInputFiles(file);
    const box = this.page.locator('.photo', { has: this.page.getByLabel(label, { exact: true }) });
    await expect(box.getByRole('status')).toHaveText('Photo reçue.');
    await expect(box.getByRole('img')).toBeVisible();
  }

  async photographDocument() {
    await expect(this.button('Continuer')).toBeDisabled();
    await this.takePhoto('Photo de la pièce d’identité', png('carte.png', [30, 80, 200]));
    await this.button('Continuer').click();
  }

  async takeSelfies() {
    await this.takePhoto('Selfie de près', png('selfie-1.png', [230, 180, 150]));
    await expect(this.button('Envoyer')).toBeDisabled();
    await this.takePhoto('Selfie à bout de bras', png('selfie-2.png', [200, 150, 120]));
    await this.button('Envoyer').click();
  }
}
