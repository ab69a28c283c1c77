// i18next with the French catalogue; every word on screen is looked up here.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr.js';

export async function setupI18n() {
  await i18next.use(initReactI18next).init({
    lng: 'fr',
    fallbackLng: 'fr',
    resources: { fr: { translation: fr } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
