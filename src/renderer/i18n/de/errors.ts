// Jede Ablehnung, die das Tablet zeigen kann (nach Fehlercode), und die Feldprüfungen (nach
// Feldfehler). Varianten mit Zahl wie im französischen Katalog (`<CODE>_<detail>_one|other`).
import type { Catalogue } from '../catalogue.js';

export const errorMessagesDe: Catalogue['errors'] = {
  INVALID_INPUT: 'Einige eingegebene Daten sind ungültig.',
  UNKNOWN_COMMAND: 'Unbekannter Befehl.',
  NOT_FOUND: 'Element nicht gefunden.',
  NETWORK: 'Der CSM-Server ist nicht erreichbar. Die Daten bleiben auf dem Tablet.',
  TIMEOUT: 'Der CSM-Server antwortet nicht rechtzeitig.',
  SERVER: 'Beim CSM-Server ist ein Fehler aufgetreten. Neuer Versuch folgt automatisch.',
  REJECTED: 'Der CSM-Server hat die Anfrage abgelehnt.',
  UNAUTHENTICATED:
    'Dieses Tablet hat keinen Zugriff mehr auf dieses CSM-Konto. Entfernen Sie den Benutzer und fügen Sie ihn mit „Vorhandenen CSM-Benutzer hinzufügen“ wieder hinzu.',
  FORBIDDEN:
    'Anfrage abgelehnt: Dieses Tablet darf nicht auf dieses CSM-Konto zugreifen (Zugriff entzogen oder ersetzt). ' +
    'Entfernen Sie den Benutzer und fügen Sie ihn mit „Vorhandenen CSM-Benutzer hinzufügen“ wieder hinzu.',
  IDEMPOTENCY_CONFLICT: 'Diese Anfrage wurde bereits mit anderen Daten gesendet.',
  RATE_LIMITED: 'Zu viele Anfragen. Bitte warten Sie einen Moment.',
  RATE_LIMITED_retryAfterS_one:
    'Zu viele Anfragen. Warten Sie {{count}} Sekunde und versuchen Sie es erneut.',
  RATE_LIMITED_retryAfterS_other:
    'Zu viele Anfragen. Warten Sie {{count}} Sekunden und versuchen Sie es erneut.',
  CODE_INVALID: 'Falscher Code. Prüfen Sie den erhaltenen Code und versuchen Sie es erneut.',
  CODE_INVALID_triesLeft_one: 'Falscher Code: noch {{count}} Versuch.',
  CODE_INVALID_triesLeft_other: 'Falscher Code: noch {{count}} Versuche.',
  CODE_EXPIRED: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an.',
  CODE_VOID:
    'Zu viele Fehlversuche: Dieser Code ist nicht mehr gültig. Fordern Sie einen neuen an.',
  TOO_SOON: 'Gerade wurde ein Code gesendet. Warten Sie, bevor Sie einen neuen anfordern.',
  TOO_SOON_retryAfterS_one:
    'Gerade wurde ein Code gesendet. Warten Sie {{count}} Sekunde, bevor Sie einen neuen anfordern.',
  TOO_SOON_retryAfterS_other:
    'Gerade wurde ein Code gesendet. Warten Sie {{count}} Sekunden, bevor Sie einen neuen anfordern.',
  CREDENTIALS_INVALID: 'E-Mail oder Passwort falsch.',
  PASSWORD_WEAK:
    'Dieses Passwort ist zu leicht zu erraten oder enthält die E-Mail-Adresse. Wählen Sie ein anderes.',
  WRONG_STATE: 'Dieser Schritt passt nicht zum aktuellen Stand des Kontos. Aktualisieren Sie.',
  INTERNAL: 'Interner Fehler. Bitte versuchen Sie es erneut.',
  SECRET_LOST:
    'Das wartende Passwort kann auf diesem Tablet nicht mehr gelesen werden. ' +
    'Entfernen Sie diesen Benutzer vom Tablet und registrieren Sie ihn erneut.',
  OUTBOX_DAMAGED:
    'Diese gespeicherte Aktion ist nicht lesbar. Entfernen Sie diesen Benutzer und beginnen Sie erneut.',
};

export const validationMessagesDe: Catalogue['validation'] = {
  required: 'Dieses Feld ist ein Pflichtfeld.',
  email_invalid: 'Ungültige E-Mail-Adresse (Beispiel: name@werkstatt.de).',
  too_long: 'Dieses Feld darf höchstens 200 Zeichen enthalten.',
  password_too_short: 'Das Passwort muss mindestens 12 Zeichen enthalten.',
  password_too_long: 'Das Passwort darf höchstens 128 Zeichen enthalten.',
  password_mismatch: 'Die beiden Passwörter stimmen nicht überein.',
  password_blank: 'Das Passwort darf nicht nur aus Leerzeichen bestehen.',
  password_common: 'Dieses Passwort gehört zu den häufigsten. Wählen Sie ein anderes.',
  password_is_email: 'Das Passwort darf weder die E-Mail-Adresse noch der Teil vor dem „@“ sein.',
  password_weak: 'Dieses Passwort ist zu leicht zu erraten. Wählen Sie ein längeres.',
  code_format: 'Der Code besteht aus 6 Ziffern.',
  mobile_invalid: 'Ungültige Mobilnummer (Beispiel: +49 151 23456789).',
  host_invalid: 'Ungültiger Servername (Beispiel: csm.beispiel.de).',
  port_invalid: 'Ungültiger Port: eine Zahl zwischen 1 und 65535.',
  invalid: 'Ungültiger Wert.',
  insecure_not_allowed:
    'Unverschlüsselte Verbindung (http) zu einem entfernten CSM-Server abgelehnt: Verwenden Sie https.',
};
