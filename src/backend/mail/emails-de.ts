// The e-mails in German, formal ("Sie"); the tablet's words as its German screens say them
// (CSM-Benutzerverwaltung, Verifizierungs-Token, Weiter, Aktualisieren).
import { email, type Emails } from './emails.js';

const SIGNATURE =
  'Cyber Security Management\nDiese Nachricht wurde automatisch versendet. Bitte antworten Sie nicht darauf.';

export const emailsDe: Emails = {
  tokenEmail: (to, code, validMinutes) =>
    email(to, 'Cyber Security Management: Ihr Token-Code', [
      'Guten Tag,',
      '',
      'Mit dieser E-Mail-Adresse wurde auf einem mega macs ONE Tablet die Registrierung eines CSM-Benutzers angefordert.',
      '',
      `Ihr Token-Code zur Verifizierung: ${code}`,
      '',
      `Geben Sie diesen Code auf dem Tablet in der CSM-Benutzerverwaltung in das Feld „Verifizierungs-Token“ ein und wählen Sie Weiter. Der Code ist ${validMinutes} Minuten gültig.`,
      '',
      'Falls Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese Nachricht: Ohne diesen Code wird kein Konto aktiviert.',
      '',
      SIGNATURE,
    ]),

  alreadyRegisteredEmail: (to) =>
    email(to, 'Cyber Security Management: Registrierungsversuch mit Ihrer Adresse', [
      'Guten Tag,',
      '',
      'Soeben hat jemand die Registrierung eines neuen CSM-Benutzers mit Ihrer E-Mail-Adresse angefordert, für die bereits ein Konto bei Cyber Security Management besteht.',
      '',
      'Ihr Konto wurde nicht geändert, und es wurde kein Code versendet.',
      '',
      'Falls Sie das waren, nutzen Sie einfach weiterhin Ihr bestehendes Konto. Andernfalls können Sie diese Nachricht ignorieren.',
      '',
      SIGNATURE,
    ]),

  identEmail: (to, identId, companionUrl) =>
    email(to, 'Cyber Security Management: Ihre IDnow Ident-ID', [
      'Guten Tag,',
      '',
      'Ihre E-Mail-Adresse ist bestätigt. Nun muss noch Ihre Identität mit IDnow auf einem Smartphone geprüft werden.',
      '',
      `Ihre Ident-ID: ${identId}`,
      '',
      'Für die nächsten Schritte benötigen Sie ein Smartphone:',
      '1. Installieren Sie die IDnow App.',
      '2. Geben Sie Ihre oben genannte Ident-ID ein und wählen Sie Starten.',
      '3. Akzeptieren Sie die Allgemeinen Geschäftsbedingungen (Datenschutzerklärung und Nutzungsbedingungen des IDnow Dienstes).',
      '4. Halten Sie Ihr Ausweisdokument bereit und sorgen Sie für ausreichend Licht.',
      '5. Fotografieren Sie Ihren Personalausweis oder Reisepass.',
      '6. Machen Sie 2 Selfies aus zwei unterschiedlichen Entfernungen.',
      '7. Bestätigen Sie den letzten Schritt mit Beenden.',
      '',
      `Ohne die App können Sie auch diese Seite auf dem Smartphone öffnen: ${companionUrl}`,
      '',
      'Auf dem Tablet zeigt anschließend die Funktion Aktualisieren in der CSM-Benutzerverwaltung, wie weit Ihre Identifizierung ist.',
      '',
      SIGNATURE,
    ]),

  passwordCodeEmail(to, code, purpose, validMinutes) {
    const what = purpose === 'INIT' ? 'einzurichten' : 'zu ändern';
    return email(to, 'Cyber Security Management: Ihr Bestätigungscode', [
      'Guten Tag,',
      '',
      `Sie haben angefordert, das Passwort Ihres Kontos bei Cyber Security Management ${what}. Da keine Mobilnummer hinterlegt ist, erhalten Sie den Code per E-Mail.`,
      '',
      `Bestätigungscode: ${code}`,
      '',
      `Geben Sie diesen Code zusammen mit Ihrem neuen Passwort auf dem Tablet ein. Er ist ${validMinutes} Minuten gültig.`,
      '',
      'Falls Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese Nachricht: Ohne diesen Code ändert sich Ihr Passwort nicht.',
      '',
      SIGNATURE,
    ]);
  },

  mobileChangedEmail: (to, maskedMobile) =>
    email(to, 'Cyber Security Management: Mobilnummer hinterlegt', [
      'Guten Tag,',
      '',
      `Die Mobilnummer ${maskedMobile} wurde soeben für Ihr Konto bei Cyber Security Management hinterlegt. Bestätigungscodes für Ihr Passwort werden ab jetzt per SMS an diese Nummer gesendet.`,
      '',
      'Falls Sie diese Änderung nicht vorgenommen haben, wenden Sie sich an Ihren CSM-Administrator.',
      '',
      SIGNATURE,
    ]),

  mobileReplacedEmail: (to, maskedMobile, maskedPrevious) =>
    email(to, 'Cyber Security Management: Mobilnummer geändert', [
      'Guten Tag,',
      '',
      `Die Mobilnummer Ihres Kontos bei Cyber Security Management wurde soeben geändert: ${maskedMobile} ersetzt ${maskedPrevious}. Bestätigungscodes für Ihr Passwort werden ab jetzt per SMS an die neue Nummer gesendet.`,
      '',
      'Falls Sie diese Änderung nicht vorgenommen haben, ändern Sie Ihr Passwort und wenden Sie sich an Ihren CSM-Administrator.',
      '',
      SIGNATURE,
    ]),

  passwordChangedEmail(to, purpose) {
    const done = purpose === 'INIT' ? 'eingerichtet' : 'geändert';
    return email(to, `Cyber Security Management: Ihr Passwort wurde ${done}`, [
      'Guten Tag,',
      '',
      `Das Passwort Ihres Kontos bei Cyber Security Management wurde soeben ${done}.`,
      '',
      'Falls Sie diese Änderung nicht vorgenommen haben, wenden Sie sich an Ihren CSM-Administrator.',
      '',
      SIGNATURE,
    ]);
  },
};
