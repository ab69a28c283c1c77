import { describe, expect, it } from 'vitest';
import { maskEmail } from '../../../src/backend/mask.js';

describe('maskEmail', () => {
  it('shows the first letter, three dots and the domain', () => {
    expect(maskEmail('jean.dupont@garage.fr')).toBe('j•••@garage.fr');
  });

  it('hides the length of the name', () => {
    expect(maskEmail('j@garage.fr')).toBe(maskEmail('jxxxxxxxxxxx@garage.fr'));
  });

  it('keeps a non-ASCII first letter whole', () => {
    expect(maskEmail('élodie@garage.fr')).toBe('é•••@garage.fr');
  });
});
