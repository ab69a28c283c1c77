// Die Wörter des Demo-Modus: Banner, Posteingang, Smartphone, die Steuerung des Trainers und der
// Schalter in den Einstellungen.
import type { Catalogue } from '../catalogue.js';

export const demo: Catalogue['demo'] = {
  ribbon: 'DEMO',
  pageNotice: 'Demo-Modus: Demo-Tablet und Demo-CSM-Server.',
  inbox: {
    title: 'Posteingang (Demo)',
    open: 'Posteingang (Demo)',
    unread_one: '{{count}} neue Nachricht',
    unread_other: '{{count}} neue Nachrichten',
    arrived_one: '{{count}} neue Nachricht im Posteingang (Demo)',
    arrived_other: '{{count}} neue Nachrichten im Posteingang (Demo)',
    close: 'Schließen',
    back: 'Alle Nachrichten',
    empty:
      'Noch keine Nachricht. E-Mails und SMS des Demo-CSM-Servers erscheinen hier, sobald sie gesendet werden.',
    email: 'E-Mail',
    sms: 'SMS',
    kinds: {
      token: 'Token',
      ident: 'Ident-ID',
      mobile: 'SMS-Code',
      password: 'Passwort',
    },
    to: 'An: {{to}}',
    sentAt: 'Gesendet um {{time}}',
    chip: 'Code {{code}} eingeben',
    wrongChip: 'Falscher Token',
    wrongChipLabel: 'Eingeben: Falscher Token {{code}}',
    noField: 'Dieser Bildschirm hat kein Feld für diesen Code.',
  },
  phone: {
    title: 'Smartphone (Demo)',
    open: 'Smartphone (Demo)',
    close: 'Smartphone schließen',
    none: 'Keine Identifizierung im Gange',
    noneHint:
      'Registrieren Sie einen Benutzer und bestätigen Sie seinen Token: seine Identifizierung öffnet sich hier.',
  },
  controls: {
    title: 'Demo',
    pace: 'Tempo',
    instant: 'Sofort',
    realistic: 'Realistisch',
    instantHint: 'E-Mails, SMS und die IDnow-Prüfung kommen sofort.',
    realisticHint:
      'Wie in echt: E-Mails kommen einige Sekunden später, die IDnow-Prüfung dauert 30 s.',
    scenario: 'Szenario',
    scenarios: {
      registration: 'Neue Registrierung',
      identRefused: 'Identifizierung abgelehnt',
      wrongTokens: 'Fünf falsche Tokens',
      offline: 'Tablet offline',
    },
    scenarioHints: {
      registration: 'Ein Benutzer registriert sich, bestätigt seinen Token und identifiziert sich.',
      identRefused:
        'IDnow lehnt die Identifizierung ab: der Benutzer sieht „Identifizierung abgelehnt“.',
      wrongTokens:
        'Der Posteingang bietet auch einen falschen Token an: fünf falsche Versuche sperren den Token.',
      offline:
        'Der CSM-Server hält an: das Tablet behält alles und sendet es, sobald er zurück ist.',
    },
    offlineBanner: 'CSM offline (Demo)',
    bringBack: 'CSM wiederherstellen',
    takeOffline: 'CSM abschalten',
    reset: 'Demo zurücksetzen',
    resetQuestion:
      'Alle Benutzer, E-Mails und SMS der Demo werden gelöscht: ein leeres Tablet und ein leerer CSM-Server.',
    resetConfirm: 'Zurücksetzen',
    resetDone: 'Demo in {{seconds}} s zurückgesetzt',
    resetting: 'Wird zurückgesetzt…',
    leave: 'Demo-Modus beenden',
    leaveQuestion:
      'Die Daten der Demo werden gelöscht und das Tablet erhält seine eigenen Benutzer zurück.',
    leaveConfirm: 'Beenden',
    leaving: 'Zurück zum Tablet…',
    cancel: 'Abbrechen',
  },
  settings: {
    tile: 'Demo-Modus',
    offHint: 'Für Schulungen: ein Demo-Tablet und ein Demo-CSM-Server, ohne Netzwerk.',
    onHint: 'Aktiv — Tempo, Szenario, Zurücksetzen',
    forcedHint: 'Seit dem Start aktiv (npm run demo) — Tempo, Szenario, Zurücksetzen',
    enterTitle: 'In den Demo-Modus wechseln?',
    enterQuestion:
      'Ein Demo-Tablet und ein Demo-CSM-Server, beide leer; Ihre Benutzer bleiben unberührt und kommen zurück, wenn Sie den Demo-Modus beenden.',
    enterConfirm: 'Demo-Modus',
    entering: 'Demo wird gestartet…',
  },
};
