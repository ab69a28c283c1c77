// The memory bench's "full cycle" on the kiosk's screens, as a technician walks it: Réglages →
// Gestion des utilisateurs CSM → an existing user's account → Retour → Enregistrer un nouvel
// utilisateur CSM → every field typed (the password's advice shows) → Interrompre → ⌂. Driven
// through CDP alone (cdp-driver.ts): nothing of the driver's runs in the measured page.
import type { CdpDriver } from './cdp-driver.js';
import { buttonXPath, classXPath, fieldXPath, headingXPath, userRowButtonXPath } from './xpath.js';

const CSM_USERS = 'Gestion des utilisateurs CSM';
const REGISTER = 'Enregistrer un nouvel utilisateur CSM';
const EXISTING = {
  email: 'banc-memoire@bench.csm-kiosk.test',
  firstName: 'Banc',
  lastName: 'Mémoire',
  password: 'amortisseurs-avant-26',
};
const TYPED = {
  'E-Mail': 'nouvelle-technicienne@garage.test',
  Prénom: 'Camille',
  Nom: 'Lefèvre',
  'Mot de passe': 'plaquettes-de-frein-26',
  'Ressaisir le mot de passe': 'plaquettes-de-frein-26',
};

async function openCsmUsers(kiosk: CdpDriver) {
  await kiosk.tap(buttonXPath('Réglages', { prefix: true }));
  await kiosk.tap(buttonXPath(CSM_USERS, { prefix: true }));
  await kiosk.waitFor(headingXPath(CSM_USERS));
}

async function typeAll(kiosk: CdpDriver, fields: Record<string, string>) {
  for (const [label, text] of Object.entries(fields)) await kiosk.type(fieldXPath(label), text);
}

/** The user whose account every cycle opens, registered once through the screens. */
export async function registerExisting(kiosk: CdpDriver) {
  await openCsmUsers(kiosk);
  await kiosk.tap(buttonXPath(REGISTER));
  await typeAll(kiosk, {
    'E-Mail': EXISTING.email,
    Prénom: EXISTING.firstName,
    Nom: EXISTING.lastName,
    'Mot de passe': EXISTING.password,
    'Ressaisir le mot de passe': EXISTING.password,
  });
  await kiosk.tap(buttonXPath('Suite'));
  await kiosk.waitFor(userRowButtonXPath(EXISTING.email));
  await kiosk.tap(buttonXPath('Accueil'));
}

export async function fullCycle(kiosk: CdpDriver) {
  await openCsmUsers(kiosk);
  await kiosk.tap(userRowButtonXPath(EXISTING.email));
  await kiosk.waitFor(headingXPath(`${CSM_USERS} — `, { prefix: true }));
  await kiosk.tap(buttonXPath('Retour'));
  await kiosk.waitFor(headingXPath(CSM_USERS));
  await kiosk.tap(buttonXPath(REGISTER));
  await typeAll(kiosk, TYPED);
  // The advice under the password: the policy's verdict reached the screen.
  await kiosk.waitFor(classXPath('password-advice', { 'data-current': 'true' }));
  await kiosk.tap(buttonXPath('Interrompre'));
  await kiosk.waitFor(headingXPath(CSM_USERS));
  await kiosk.tap(buttonXPath('Accueil'));
  await kiosk.waitFor(buttonXPath('Réglages', { prefix: true }));
}
