// Deutsch, wie es eine Werkstatt-Oberfläche sagt (Einstellungen, Benutzerverwaltung CSM, Abbrechen,
// Weiter). Dieselben Schlüssel wie der französische Katalog, von `Catalogue` erzwungen.
import type { Catalogue } from './catalogue.js';
import { errorMessagesDe, validationMessagesDe } from './de/errors.js';
import { account } from './de/account.js';
import { accountActions, codes, server, signIn } from './de/account-flows.js';
import { identification } from './de/identification.js';
import { passwordAdvice } from './de/password.js';
import { idle } from './de/idle.js';
import { a11y } from './de/a11y.js';
import { keyboard } from './de/keyboard.js';
import { launcher } from './de/launcher.js';
import { demo } from './de/demo.js';
import { preferences } from './de/preferences.js';
import { token } from './de/token.js';
import { usersList } from './de/users-list.js';

export const de: Catalogue = {
  brand: 'mega macs ONE',
  statusBar: {
    online: 'Online',
    offline: 'Offline',
    battery: 'Akku {{level}} %',
    charging: 'wird geladen',
  },
  nav: {
    home: 'Startseite',
    back: 'Zurück',
  },
  home: {
    title: 'Startseite',
  },
  settings: {
    title: 'Einstellungen',
    csmUsers: 'Benutzerverwaltung CSM',
    csmUsersHint: 'Cyber Security Management: Benutzer registrieren und verfolgen',
  },
  csmUsers: {
    title: 'Benutzerverwaltung CSM',
    register: 'Neuen CSM-Benutzer registrieren',
    addExisting: 'Vorhandenen CSM-Benutzer hinzufügen',
    empty: 'Keine CSM-Benutzer auf diesem Tablet.',
    listLabel: 'CSM-Benutzer dieses Tablets',
    waiting_one: '{{count}} Sendung wartet',
    waiting_other: '{{count}} Sendungen warten',
    allSent: 'Alles gesendet',
    refresh: 'Aktualisieren',
    refreshing: 'Wird aktualisiert…',
    openHint: 'Tippen Sie für den nächsten Schritt auf Ihr Konto.',
  },
  status: {
    SYNC_PENDING: 'Senden ausstehend',
    EMAIL_PENDING: 'E-Mail zu bestätigen',
    IDENT_PENDING: 'Identifizierung ausstehend',
    IDENT_REVIEW: 'Identifizierung in Prüfung',
    ACTIVE: 'freigegeben',
    IDENT_FAILED: 'Identifizierung abgelehnt',
  },
  register: {
    title: 'Benutzerverwaltung CSM',
    intro: 'Geben Sie hier Ihre Daten ein, um einen CSM-Benutzer zu registrieren',
    email: 'E-Mail',
    firstName: 'Vorname',
    lastName: 'Nachname',
    password: 'Passwort',
    passwordRepeat: 'Passwort wiederholen',
    cancel: 'Abbrechen',
    submit: 'Weiter',
    saving: 'Wird gespeichert…',
  },
  usersList,
  launcher,
  a11y,
  passwordAdvice,
  account,
  accountActions,
  codes,
  signIn,
  server,
  token,
  identification,
  idle,
  keyboard,
  preferences,
  demo,
  warnings: {
    SECRETS_UNPROTECTED:
      'Der Schlüsselspeicher des Systems ist nicht verfügbar: Die Geheimnisse sind nicht geschützt.',
  },
  validation: validationMessagesDe,
  errors: errorMessagesDe,
};
