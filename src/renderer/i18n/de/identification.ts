// Wörter der IDnow-Identifizierung, in der Reihenfolge des Dokuments (Schritte 15–24).
import type { Catalogue } from '../catalogue.js';

export const identification: Catalogue['identification'] = {
  title: 'Identifizierung durchführen',
  titles: {
    IDENT_REVIEW: 'Identifizierung wird geprüft',
    ACTIVE: 'Identifizierung bestätigt',
    IDENT_FAILED: 'Identifizierung abgelehnt',
  },
  checklistTitle: 'Bevor Sie beginnen:',
  checklist: {
    document: 'Halten Sie Ihren Ausweis bereit',
    light: 'Sorgen Sie für ausreichend Licht',
    selfie: 'Bereiten Sie sich auf ein Selfie vor',
  },
  ready: 'OK, ich bin bereit!',
  smartphone: 'Für den nächsten Schritt wird ein Smartphone benötigt.',
  identId: 'Ident-ID',
  qrHint: 'Scannen Sie diesen Code mit dem Smartphone, um den IDnow-Schritt zu öffnen.',
  qrAlt: 'QR-Code des IDnow-Schritts',
  steps: {
    app: 'IDnow-App installieren',
    code: 'Den per E-Mail erhaltenen Code eingeben (Ident-ID)',
    terms: 'Die Nutzungsbedingungen bestätigen',
    document: 'Ihren Personalausweis oder Reisepass fotografieren',
    selfies: '2 Selfies aus zwei verschiedenen Abständen aufnehmen',
    finish: 'Den letzten Schritt mit Beenden bestätigen',
  },
  waiting: 'Der Status aktualisiert sich selbst; Aktualisieren prüft ihn jederzeit.',
  review: 'Identifizierung wird geprüft',
  reviewHint: 'Die Daten wurden übermittelt. Die Prüfung dauert meist wenige Minuten.',
  validated: 'Ihre Identifizierung wurde erfolgreich bestätigt',
  validatedHint: 'Sie können CSM jetzt auf diesem Tablet nutzen.',
  refused: 'Identifizierung abgelehnt',
  reasons: {
    FRAUD_SUSPICION_CONFIRMED: 'Die Prüfung konnte Ihre Identität nicht bestätigen.',
    CANCELED: 'Die Identifizierung wurde abgebrochen.',
    ABORTED: 'Die Identifizierung wurde vor dem Ende unterbrochen.',
    unknown: 'Die Identifizierung war nicht erfolgreich.',
  },
  whatToDo:
    'Fordern Sie einen neuen IDnow-Code an und beginnen Sie erneut mit einem gültigen Ausweis an einem gut beleuchteten Ort.',
  newIdent: 'Neuen IDnow-Code anfordern',
  requesting: 'Wird angefordert…',
  refresh: 'Aktualisieren',
  refreshing: 'Wird aktualisiert…',
  close: 'Zurück zum Konto',
};
