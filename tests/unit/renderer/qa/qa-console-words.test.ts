// The console's words live outside the kiosk's catalogues (its first load does not carry them):
// the same checks the catalogues get, on them — every French key in German and English, the
// same {{variables}}, and the page's language taking them without hiding its catalogue.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  addQaConsoleWords,
  QA_CONSOLE_WORDS,
} from '../../../../src/renderer/i18n/qa-console-words.js';

const variables = (sentence: string) =>
  [...sentence.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('QA console words', () => {
  const { fr, ...others } = QA_CONSOLE_WORDS;
  for (const [language, words] of Object.entries(others)) {
    it(`${language} says every French sentence with the same variables`, () => {
      expect(Object.keys(words).sort()).toEqual(Object.keys(fr).sort());
      for (const [key, sentence] of Object.entries(fr))
        expect(variables(words[key as keyof typeof fr])).toEqual(variables(sentence));
    });
  }

  it('joins the French catalogue, and no catalogue not yet loaded', () => {
    addQaConsoleWords();
    expect(i18next.t('qaConsole.cutCsm')).toBe('Couper CSM');
    expect(i18next.t('register.submit')).toBe('Suite');
    expect(i18next.hasResourceBundle('de', 'translation')).toBe(false);
  });
});
