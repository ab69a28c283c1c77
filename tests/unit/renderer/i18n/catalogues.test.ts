// The three catalogues say the same things: every key of the French one in German and English and
// no other, each sentence with the same {{variables}}, and one way of writing across them
// ("E-Mail" as on the device labels, "…" never "...").
import { describe, expect, it } from 'vitest';
import { de } from '../../../../src/renderer/i18n/de.js';
import { en } from '../../../../src/renderer/i18n/en.js';
import { fr } from '../../../../src/renderer/i18n/fr.js';

type Tree = { readonly [key: string]: string | Tree };

/** Every sentence of a catalogue by its dotted key. */
function sentences(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const entry of sentences(value, path)) found.set(...entry);
  }
  return found;
}

const variables = (sentence: string) =>
  [...sentence.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Product names, the same words in every language. */
const NAMES = new Set(['brand']);

const french = sentences(fr);
const others = { de: sentences(de), en: sentences(en) };
const all = { fr: french, ...others };

describe('catalogues', () => {
  it('has sentences to compare', () => {
    expect(french.size).toBeGreaterThan(200);
    expect(french.get('register.submit')).toBe('Suite');
  });

  for (const [language, catalogue] of Object.entries(others)) {
    it(`${language} has every French key and no other`, () => {
      const missing = [...french.keys()].filter((key) => !catalogue.has(key));
      const extra = [...catalogue.keys()].filter((key) => !french.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${language} interpolates the same variables as French in every sentence`, () => {
      const differing = [...french].filter(
        ([key, sentence]) =>
          variables(catalogue.get(key) ?? '').join() !== variables(sentence).join(),
      );
      expect(differing.map(([key]) => key)).toEqual([]);
    });

    it(`${language} is not French left untranslated`, () => {
      const same = [...french].filter(
        ([key, sentence]) =>
          !NAMES.has(key) &&
          catalogue.get(key) === sentence &&
          /[a-zà-ÿ]{4,} [a-zà-ÿ]{4,}/i.test(sentence),
      );
      expect(same.map(([key]) => key)).toEqual([]);
    });
  }

  for (const [language, catalogue] of Object.entries(all)) {
    it(`${language} writes "…", never three dots`, () => {
      const dotted = [...catalogue].filter(([, sentence]) => sentence.includes('...'));
      expect(dotted.map(([key]) => key)).toEqual([]);
    });

    it(`${language} writes E-Mail as the device labels do`, () => {
      // Interpolation names ({{email}}) are code, not wording.
      const other = [...catalogue].filter(([, sentence]) =>
        /\b(e-mail|E-mail|email|Email|courriel)\b/.test(sentence.replace(/\{\{[^}]*\}\}/g, '')),
      );
      expect(other.map(([key]) => key)).toEqual([]);
    });
  }
});
