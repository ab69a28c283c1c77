// "E-Mail →  [      ]": the label names the field, typing reports the text, and what is wrong
// is said under the field and read with it.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../../../../src/renderer/components/text-field.js';

const EMAIL_INVALID = 'Adresse E-Mail non valide (exemple : nom@garage.fr).';

describe('text field', () => {
  it('is found by its label and reports what the technician types', () => {
    const onValueChange = vi.fn();
    render(<TextField label="E-Mail" type="email" value="" onValueChange={onValueChange} />);
    fireEvent.change(screen.getByLabelText('E-Mail'), { target: { value: 'jean@garage.fr' } });
    expect(onValueChange).toHaveBeenCalledWith('jean@garage.fr');
  });

  it('says what is wrong under the field, as the field’s description', () => {
    render(
      <TextField label="E-Mail" value="jean@" error={EMAIL_INVALID} onValueChange={vi.fn()} />,
    );
    const input = screen.getByRole('textbox', { name: 'E-Mail', description: EMAIL_INVALID });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(EMAIL_INVALID);
  });

  it('shows no error and no invalid mark when the value is fine', () => {
    render(<TextField label="Prénom" value="Jean" error={null} onValueChange={vi.fn()} />);
    expect(screen.getByRole('textbox', { name: 'Prénom' }).hasAttribute('aria-invalid')).toBe(
      false,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
