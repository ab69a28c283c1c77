// Dates and times read as the chosen language writes them; an unknown language reads as French.
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatMoment, formatTime } from '../../../../src/renderer/i18n/format.js';

const at = new Date(2026, 2, 5, 21, 35);
const nextDay = new Date(2026, 2, 6, 8, 0);

describe('date and time formats', () => {
  it('gives a 24-hour time in every language', () => {
    expect(['fr', 'de', 'en'].map((language) => formatTime(at, language))).toEqual([
      '21:35',
      '21:35',
      '21:35',
    ]);
  });

  it('adds the day to a time that was not today, in the language’s order and marks', () => {
    expect(formatMoment(at, 'fr', nextDay)).toBe('05/03 21:35');
    expect(formatMoment(at, 'de', nextDay)).toBe('05.03. 21:35');
    expect(formatMoment(at, 'en', nextDay)).toBe('05/03 21:35');
    expect(formatMoment(at, 'de', new Date(2026, 2, 5, 23, 0))).toBe('21:35');
  });

  it('writes a full date and time as each language does', () => {
    expect(formatDateTime(at, 'fr')).toBe('05/03/2026 21:35');
    expect(formatDateTime(at, 'de')).toBe('05.03.2026, 21:35');
    expect(formatDateTime(at, 'en')).toBe('05/03/2026, 21:35');
    expect(formatDateTime(at, 'xx')).toBe(formatDateTime(at, 'fr'));
  });
});
