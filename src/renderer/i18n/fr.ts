// French, the kiosk's first language. Labels are the device's words as in the seed document.
import { a11y } from './fr/a11y.js';
import { errorMessagesFr, validationMessagesFr } from './fr/errors.js';
import { account } from './fr/account.js';
import { accountActions, codes, server, signIn } from './fr/account-flows.js';
import { identification } from './fr/identification.js';
import { idle } from './fr/idle.js';
import { keyboard } from './fr/keyboard.js';
import { passwordAdvice } from './fr/password.js';
import { demo } from './fr/demo.js';
import { preferences } from './fr/preferences.js';
import { token } from './fr/token.js';
import { usersList } from './fr/users-list.js';
import { launcher } from './fr/launcher.js';

export const fr = {
  brand: 'mega macs ONE',
  statusBar: {
    online: 'En ligne',
    offline: 'Hors ligne',
    battery: 'Batterie {{level}} %',
    charging: 'en charge',
  },
  nav: {
    home: 'Accueil',
    back: 'Retour',
  },
  home: {
    title: 'Accueil',
  },
  settings: {
    title: 'Réglages',
    csmUsers: 'Gestion des utilisateurs CSM',
    csmUsersHint: 'Cyber Security Management : enregistrer et suivre les utilisateurs',
  },
  csmUsers: {
    title: 'Gestion des utilisateurs CSM',
    register: 'Enregistrer un nouvel utilisateur CSM',
    addExisting: 'Ajouter un utilisateur CSM existant',
    empty: 'Aucun utilisateur CSM sur cette tablette.',
    listLabel: 'Utilisateurs CSM de cette tablette',
    waiting_one: '{{count}} envoi en attente',
    waiting_other: '{{count}} envois en attente',
    allSent: 'Tout est envoyé',
    refresh: 'Actualiser',
    refreshing: 'Actualisation…',
    openHint: 'Pour la suite cliquez sur votre compte.',
  },
  status: {
    SYNC_PENDING: 'en attente d’envoi',
    EMAIL_PENDING: 'E-Mail à valider',
    IDENT_PENDING: 'identification à effectuer',
    IDENT_REVIEW: 'identification en cours de vérification',
    ACTIVE: 'validé',
    IDENT_FAILED: 'identification refusée',
  },
  register: {
    title: 'Gestion des utilisateurs CSM',
    intro: 'Saisissez vos données ici pour enregistrer un utilisateur CSM',
    email: 'E-Mail',
    firstName: 'Prénom',
    lastName: 'Nom',
    password: 'Mot de passe',
    passwordRepeat: 'Ressaisir le mot de passe',
    cancel: 'Interrompre',
    submit: 'Suite',
    saving: 'Enregistrement…',
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
      'Le coffre-fort du système n’est pas disponible : les secrets ne sont pas protégés.',
  },
  validation: validationMessagesFr,
  errors: errorMessagesFr,
} as const;
