// A message's code as a large chip: a tap types it into the current screen's code field. On a
// screen without one the chip stays, disabled, and says why.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeField, fillCode } from './fill-code.js';

export interface CodeChipProps {
  code: string;
  /** Shown above the digits ("Token erroné"); the label must contain it, then the code. */
  caption?: string;
  label: string;
  wrong?: boolean;
  onFilled: () => void;
}

export function CodeChip({ code, caption, label, wrong = false, onFilled }: CodeChipProps) {
  const { t } = useTranslation();
  // The screen behind the tray does not change while the tray is open.
  const [hasField] = useState(() => codeField() !== null);
  return (
    <div className="demo-chip-row">
      <button
        type="button"
        className={wrong ? 'demo-chip wrong' : 'demo-chip'}
        aria-label={label}
        disabled={!hasField}
        onClick={() => {
          if (fillCode(code)) onFilled();
        }}
      >
        {/* The caption and the digits read as the label says them (axe: label in name). */}
        {caption && <span className="demo-chip-caption">{caption} </span>}
        <span className="demo-chip-code">{code}</span>
      </button>
      {!hasField && !wrong && <p className="hint">{t('demo.inbox.noField')}</p>}
    </div>
  );
}
