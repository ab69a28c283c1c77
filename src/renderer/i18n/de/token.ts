// Wörter der Token-Seite (Schritte 9–11 des Dokuments).
import type { Catalogue } from '../catalogue.js';

export const token: Catalogue['token'] = {
  intro: 'Geben Sie den per E-Mail erhaltenen Token-Code ein und wählen Sie Weiter',
  email: 'E-Mail',
  token: 'Verifizierungs-Token',
  cancel: 'Abbrechen',
  submit: 'Weiter',
  checking: 'Prüfung…',
  success: 'Token-Code erfolgreich geprüft',
  successHint: 'Sie erhalten eine E-Mail mit dem IDnow-Code. Fahren Sie mit Weiter fort.',
  resend: 'Code erneut senden',
  resendIn: 'Code erneut senden in {{time}}',
  resending: 'Wird gesendet…',
  newCodeSent: 'Ein neuer Token-Code wurde an {{email}} gesendet.',
  validity: 'Code noch {{time}} gültig',
  expired: 'Der Token-Code ist abgelaufen: Fordern Sie einen neuen an.',
  queued:
    'Offline: Der Token-Code bleibt auf dem Tablet gespeichert und wird geprüft, sobald die Verbindung wieder besteht.',
};
