// Wörter der Kontoseite eines CSM-Benutzers.
import type { Catalogue } from '../catalogue.js';

export const account: Catalogue['account'] = {
  nextStep: {
    SYNC_PENDING:
      'Die Daten sind auf dem Tablet gespeichert; sie werden an den CSM-Server gesendet, sobald die Verbindung es erlaubt.',
    EMAIL_PENDING: 'Nächster Schritt: den per E-Mail erhaltenen Token-Code eingeben.',
    IDENT_PENDING: 'Nächster Schritt: die IDnow-Identifizierung mit einem Smartphone durchführen.',
    IDENT_REVIEW: 'Die Identifizierung wird geprüft. Aktualisieren Sie in einigen Minuten.',
    ACTIVE: 'Ihre Identifizierung wurde erfolgreich bestätigt: Sie können CSM nutzen.',
    IDENT_FAILED:
      'Die Identifizierung wurde abgelehnt oder abgebrochen: Fordern Sie einen neuen IDnow-Code an.',
  },
  open: {
    EMAIL_PENDING: 'Token-Code eingeben',
    IDENT_PENDING: 'Identifizierung durchführen',
    IDENT_REVIEW: 'Identifizierung verfolgen',
    IDENT_FAILED: 'Identifizierung ansehen',
    ACTIVE: 'Identifizierung ansehen',
  },
  tracker: {
    label: 'Fortschritt',
    registered: 'Registriert',
    email: 'E-Mail bestätigt',
    ident: 'IDnow',
    active: 'Freigegeben',
    doneAt: '✔ {{time}}',
    done: '✔',
    waitingSince: 'wartet seit {{time}}',
    waiting: 'wartet',
    todo: 'folgt',
  },
  refresh: 'Aktualisieren',
  refreshing: 'Wird aktualisiert…',
  remove: 'Von diesem Tablet entfernen',
  confirmRemove:
    '{{name}} von diesem Tablet entfernen? Die Daten werden vom Tablet gelöscht; das CSM-Konto bleibt auf dem Server.',
  confirmYes: 'Entfernen',
  confirmNo: 'Abbrechen',
  support: {
    title: 'Support',
    identId: 'Ident-ID',
    supportRef: 'Support-Referenz',
    email: 'E-Mail',
    lastSync: 'Letzte Synchronisierung',
    lastError: 'Letzter Fehler',
    none: '—',
  },
};
