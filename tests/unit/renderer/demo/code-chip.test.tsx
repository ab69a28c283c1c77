// A chip's accessible name holds what the chip shows (WCAG 2.5.3, axe's label-content-name-
// mismatch): the wrong Token's caption, then its digits, in every language.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CodeChip } from '../../../../src/renderer/demo/code-chip.js';
import { demo as de } from '../../../../src/renderer/i18n/de/demo.js';
import { demo as en } from '../../../../src/renderer/i18n/en/demo.js';
import { demo as fr } from '../../../../src/renderer/i18n/fr/demo.js';

describe('CodeChip', () => {
  it('names the wrong Token with the words and digits it shows', () => {
    render(
      <CodeChip
        wrong
        code="937468"
        caption="Token erroné"
        label="Saisir un Token erroné 937468"
        onFilled={() => {}}
      />,
    );
    const chip = screen.getByRole('button', { name: 'Saisir un Token erroné 937468' });
    const shown = (chip.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(shown).toBe('Token erroné 937468');
  });

  it.each([
    ['fr', fr],
    ['de', de],
    ['en', en],
  ])('%s: the wrong chip’s label contains its caption and the code', (_, words) => {
    const label = words.inbox.wrongChipLabel.replace('{{code}}', '937468').toLowerCase();
    expect(label).toContain(`${words.inbox.wrongChip.toLowerCase()} 937468`);
  });
});
