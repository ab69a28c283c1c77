// The smartphone (démo) panel's page as the trainer walks it inside the tablet's page: the IDnow
// companion page in its iframe, each photo step answered with the demo picture.
import { expect, type FrameLocator, type Page } from '@playwright/test';

export class DemoPhone {
  readonly frame: FrameLocator;
  constructor(readonly page: Page) {
    this.frame = page.frameLocator('iframe[title="Smartphone (démo)"]');
  }

  button = (name: string) => this.frame.getByRole('button', { name, exact: true });

  /** One photo step: its "Utiliser une image de démonstration", until the page has the photo. */
  async demoPicture(label: string) {
    const box = this.frame.locator('.photo', {
      has: this.frame.getByLabel(label, { exact: true }),
    });
    await box.getByRole('button', { name: 'Utiliser une image de démonstration' }).click();
    await expect(box.getByRole('status')).toHaveText('Photo reçue.');
  }

  async identify() {
    await this.button('Commencer').click();
    await this.frame
      .getByLabel(
        'J’ai lu la politique en matière de protection de la vie privée et j’accepte les conditions d’utilisation du service IDnow',
      )
      .check();
    await this.button('Démarrer l’identification').click();
    await this.button('OK, je suis prêt(e) !').click();
    await this.demoPicture('Photo de la pièce d’identité');
    await this.button('Continuer').click();
    await this.demoPicture('Selfie de près');
    await this.demoPicture('Selfie à bout de bras');
    await this.button('Envoyer').click();
    await expect(
      this.frame.getByRole('heading', { name: 'Données de vérification soumises avec succès' }),
    ).toBeVisible();
    await this.button('Terminer').click();
    await expect(
      this.frame.getByRole('heading', { name: 'Identification terminée' }),
    ).toBeVisible();
  }
}
