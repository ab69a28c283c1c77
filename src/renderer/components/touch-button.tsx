// A button sized for a gloved finger (at least 48 px, 56 px at 1280×800). `danger` (red, filled)
// confirms a removal; `danger-outline` offers one without pushing it.
import type { ComponentProps } from 'react';

export interface TouchButtonProps extends ComponentProps<'button'> {
  variant?: 'primary' | 'secondary' | 'danger' | 'danger-outline';
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
