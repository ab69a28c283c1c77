// Die CGM-NET-Abläufe für CSM-Konten: Mobilnummer und Passwort per Bestätigungscode, vorhandenes
// Konto, Einstellung des CSM-Servers.
import type { Catalogue } from '../catalogue.js';

export const codes: Catalogue['codes'] = {
  title: 'Bestätigung',
  sms: 'Sie erhalten in wenigen Sekunden einen Code per SMS an {{destination}}. Bitte geben Sie ihn unten ein, um Ihre Anfrage zu bestätigen.',
  email:
    'Sie erhalten in wenigen Sekunden einen Code per E-Mail an {{destination}}. Bitte geben Sie ihn unten ein, um Ihre Anfrage zu bestätigen.',
  sending: 'Bestätigungscode wird gesendet…',
  mobileIntro: 'Geben Sie die Mobilnummer ein, die die Bestätigungscodes per SMS erhält.',
  mobile: 'Mobilnummer',
  currentPassword: 'Aktuelles Passwort',
  currentPasswordWrong: 'Aktuelles Passwort falsch.',
  confirmationCode: 'Bestätigungscode',
  newPassword: 'Neues Passwort',
  newPasswordRepeat: 'Neues Passwort wiederholen',
  ok: 'OK',
  cancel: 'Abbrechen',
  send: 'Code senden',
  retry: 'Erneut versuchen',
  confirming: 'Prüfung…',
  resend: 'Code erneut senden',
  resendIn: 'Code erneut senden in {{time}}',
  done: {
    MOBILE: 'Ihre Mobilnummer ist gespeichert',
    INIT: 'Ihr Passwort ist eingerichtet',
    RESET: 'Ihr Passwort ist geändert',
  },
};

export const accountActions: Catalogue['accountActions'] = {
  editMobile: 'Mobilnummer',
  initPassword: 'Mein Passwort einrichten',
  resetPassword: 'Mein Passwort zurücksetzen',
  mobile: 'Mobil',
  passwordRefused:
    'Der CSM-Server hat das Passwort dieser Registrierung abgelehnt: Sie wird erst gesendet, wenn ein anderes Passwort gewählt ist.',
  replacePassword: 'Anderes Passwort wählen',
  replaceForm: {
    title: 'Anderes Passwort wählen',
    intro:
      'Der CSM-Server hat das bei der Registrierung gewählte Passwort abgelehnt. Wählen Sie ein anderes: Die Registrierung wird damit erneut gesendet.',
    password: 'Neues Passwort',
    passwordRepeat: 'Neues Passwort wiederholen',
    cancel: 'Abbrechen',
    submit: 'Speichern',
    saving: 'Wird gespeichert…',
  },
};

export const signIn: Catalogue['signIn'] = {
  title: 'Vorhandenen CSM-Benutzer hinzufügen',
  intro:
    'Geben Sie die E-Mail und das Passwort eines bereits registrierten CSM-Kontos ein, um es diesem Tablet hinzuzufügen.',
  email: 'E-Mail',
  password: 'Passwort',
  submit: 'Bestätigen',
  cancel: 'Abbrechen',
  checking: 'Anmeldung…',
};

export const server: Catalogue['server'] = {
  title: 'CSM-Server',
  inUse: {
    commandLine: 'CSM-Server aus der Befehlszeile: {{address}}',
    setting: 'Auf diesem Tablet eingestellter CSM-Server: {{address}}',
    local: 'Lokaler CSM-Demoserver',
  },
  fixedNote:
    'Der in der Befehlszeile angegebene Server bleibt in Gebrauch: Ein hier gespeicherter Server gilt, sobald die Befehlszeile keinen mehr angibt.',
  intro: 'Zu verwendender CSM-Server',
  host: 'Server',
  port: 'Port',
  test: 'Testen…',
  testing: 'Test läuft…',
  ok: 'OK',
  cancel: 'Abbrechen',
  success: 'Verbindung erfolgreich — CSM-Server Version {{version}}',
  failures: {
    NAME_NOT_FOUND: 'Fehler: Der Servername wurde nicht gefunden. Prüfen Sie die Schreibweise.',
    REFUSED: 'Fehler: Der Server lehnt die Verbindung auf diesem Port ab.',
    CERTIFICATE: 'Fehler: Das Zertifikat des Servers ist ungültig.',
    TIMEOUT: 'Fehler: Der Server antwortet nicht (Zeitüberschreitung).',
    NOT_CSM: 'Fehler: Dieser Server antwortet, ist aber kein CSM-Server.',
  },
};
