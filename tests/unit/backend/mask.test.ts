import { describe, expect, it } from 'vitest';
import { maskEmail, maskMobile } from '../../../src/backend/mask.js';

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

describe('maskMobile', () => {
  it('shows a French mobile as the CGM NET confirmation does', () => {
    expect(maskMobile('+33612345612')).toBe('06 •• •• •• 12');
    expect(maskMobile('+33798765434')).toBe('07 •• •• •• 34');
  });

  it('keeps the country code and the last two digits of another country', () => {
    expect(maskMobile('+4915112345678')).toBe('+49 •• •• •• 78');
  });
});
