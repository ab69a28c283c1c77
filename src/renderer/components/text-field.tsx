// A labelled input laid out as on the device ("E-Mail →  [      ]"), with what is wrong said
// right under it.
import { useEffect, useId, type InputHTMLAttributes } from 'react';
import { prefetchKeyboardWhenIdle } from '../keyboard/prefetch-keyboard.js';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string;
  error?: string | null;
  onValueChange: (value: string) => void;
}

export function TextField({ label, error, onValueChange, ...input }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  // This field will be touched: the keyboard it opens gets ready meanwhile.
  useEffect(prefetchKeyboardWhenIdle, []);
  return (
    <div className={error ? 'text-field has-error' : 'text-field'}>
      <label htmlFor={id}>{label}</label>
      <div className="text-field-input">
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onValueChange(e.target.value)}
          {...input}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
