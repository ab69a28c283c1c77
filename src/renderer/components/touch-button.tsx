// A button sized for a gloved finger (at least 48 px, 56 px here).
import type { ButtonHTMLAttributes } from 'react';

export interface TouchButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'danger';
}

export function TouchButton({
  variant = 'secondary',
  className,
  type = 'button',
  ...rest
}: TouchButtonProps) {
  return (
    <button type={type} className={`touch-button ${variant} ${className ?? ''}`.trim()} {...rest} />
  );
}
