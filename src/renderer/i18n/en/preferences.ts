// The tablet's own choices in Settings: the language of the screens and how long an untouched
// screen stays before the tablet goes back home.
import type { Catalogue } from '../catalogue.js';

export const preferences: Catalogue['preferences'] = {
  language: 'Language',
  idle: 'Sleep after',
  idleHint:
    'Without a touch for this long, the tablet warns you, then erases unsaved input and goes back to the home screen.',
  minutes: '{{count}} min',
};
