import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../../src/contract/csm/errors.js';
import { IDNOW_COMPANION_PATH } from '../../../src/contract/csm/idnow.js';
import { useBackends } from './support/backend-harness.js';

const { backend } = useBackends();

describe('IDnow companion page', () => {
  it('is served in French under a CSP that starts from nothing and allows no inline script', async () => {
    const { app } = await backend();
    const page = await app.inject(IDNOW_COMPANION_PATH);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).not.toMatch(/<script>|<script [^>]*>[^<]/);
    for (const words of [
      'Veillez inscrire et confirmer votre identifiant Ident pour commencer votre',
      'Conditions générales',
      'Démarrer l’identification',
      'Je refuse.',
      'Avant de commencer :',
      'OK, je suis prêt(e) !',
      'Données de vérification soumises avec succès',
      'Terminer',
    ]) {
      expect(page.body).toContain(words);
    }
  });

  it('serves its script and style, and sends /idnow to /idnow/ with the Ident-ID', async () => {
    const { app } = await backend();
    const script = await app.inject(`${IDNOW_COMPANION_PATH}companion.js`);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(() => new Function(script.body)).not.toThrow();
    const style = await app.inject(`${IDNOW_COMPANION_PATH}companion.css`);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    const bare = await app.inject('/idnow?ident=TST-KXRZB');
    expect(bare.statusCode).toBe(308);
    expect(bare.headers.location).toBe('/idnow/?ident=TST-KXRZB');
  });

  it('says in French when an Ident-ID is malformed or unknown', async () => {
    const { app } = await backend();
    const malformed = await app.inject('/idnow/api/idents/12345');
    expect(malformed.statusCode).toBe(400);
    expect(errorResponse.parse(malformed.json()).error.message).toMatch(
      /^Ident-ID non valide : trois lettres, un tiret et cinq lettres/,
    );
    const unknown = await app.inject('/idnow/api/idents/ZZZ-ZZZZZ');
    expect(unknown.statusCode).toBe(404);
    expect(errorResponse.parse(unknown.json()).error.message).toBe(
      'Ident-ID inconnu. Vérifiez l’identifiant reçu par e-mail.',
    );
  });

  it('refuses a write that does not come from the page itself', async () => {
    const { app } = await backend();
    for (const step of ['terms', 'refuse', 'submit']) {
      const response = await app.inject({
        method: 'POST',
        url: `/idnow/api/idents/ZZZ-ZZZZZ/${step}`,
      });
      expect(response.statusCode).toBe(403);
    }
  });

  it('refuses a photo over 12 MiB before reading it, in French', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'PUT',
      url: '/idnow/api/idents/ZZZ-ZZZZZ/photos/document',
      headers: { 'content-type': 'image/jpeg', 'x-requested-with': 'idnow-companion' },
      payload: Buffer.alloc(12 * 1024 * 1024 + 1, 0xff),
    });
    expect(response.statusCode).toBe(400);
    expect(errorResponse.parse(response.json()).error.message).toMatch(/^La photo dépasse 12 Mo/);
  });

  it('refuses a body that does not claim to be an image', async () => {
    const { app } = await backend();
    const response = await app.inject({
      method: 'PUT',
      url: '/idnow/api/idents/ZZZ-ZZZZZ/photos/document',
      headers: { 'content-type': 'application/pdf', 'x-requested-with': 'idnow-companion' },
      payload: Buffer.from('%PDF-1.7'),
    });
    expect(response.statusCode).toBe(400);
    expect(errorResponse.parse(response.json()).error.message).toMatch(/n’est pas une photo/);
  });
});
