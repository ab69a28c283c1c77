// Search in the list: part of a name or an e-mail, without caring for accents, capitals,
// ligatures or word order.
import { describe, expect, it } from 'vitest';
import {
  folded,
  matchesSearch,
  searchWords,
} from '../../../../../src/renderer/screens/csm-users/user-search.js';
import { aUser } from '../../../../support/sample-users.js';

const jerome = aUser('ACTIVE', {
  firstName: 'Jérôme',
  lastName: 'Œuvray-Müller',
  email: 'j.oeuvray@garage-martin.fr',
});
const finds = (query: string) => matchesSearch(jerome, searchWords(query));

describe('user search', () => {
  it('folds accents, capitals and ligatures', () => {
    expect(folded('Émile ŒUVRAY Straße')).toBe('emile oeuvray strasse');
  });

  it('finds a user by part of the name, with or without accents or capitals', () => {
    expect(finds('jérôme')).toBe(true);
    expect(finds('JEROME')).toBe(true);
    expect(finds('muller')).toBe(true);
    expect(finds('oeuvray')).toBe(true);
    expect(finds('Œuv')).toBe(true);
  });

  it('finds a user by part of the e-mail', () => {
    expect(finds('garage-martin')).toBe(true);
    expect(finds('j.oeuv')).toBe(true);
  });

  it('needs every word typed, in any order', () => {
    expect(finds('  muller   jer ')).toBe(true);
    expect(finds('jerome dupont')).toBe(false);
  });

  it('finds everyone when nothing is typed, and no one for a name not there', () => {
    expect(finds('   ')).toBe(true);
    expect(finds('dupont')).toBe(false);
  });
});
