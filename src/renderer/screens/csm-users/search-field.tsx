// The list's search box: a plain text field (the on-screen keyboard opens on it like on any
// other), with a button that empties it in one touch.
import { Search, X } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

export function SearchField({ value, onChange }: SearchFieldProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="search-field">
      <Search className="search-icon" aria-hidden="true" />
      <input
        ref={input}
        type="text"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-label={t('usersList.search')}
        placeholder={t('usersList.search')}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
      />
      {value && (
        <button
          type="button"
          className="search-clear"
          aria-label={t('usersList.clearSearch')}
          onClick={() => {
            onChange('');
            input.current?.focus();
          }}
        >
          <X aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
