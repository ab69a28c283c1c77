// Die eigenen Einstellungen des Tablets: Sprache der Anzeige und wie lange eine unberührte Seite
// bleibt, bevor das Tablet zur Startseite zurückkehrt.
import type { Catalogue } from '../catalogue.js';

export const preferences: Catalogue['preferences'] = {
  language: 'Sprache',
  idle: 'Ruhezustand nach',
  idleHint:
    'Ohne Berührung in dieser Zeit warnt das Tablet, löscht dann nicht gespeicherte Eingaben und kehrt zur Startseite zurück.',
  minutes: '{{count}} Min.',
};
