// The tablet's on-screen keyboard, mounted once for the whole kiosk: it opens when a field that
// takes typing gets the focus, with the keys that field needs, in the kiosk's language, and
// closes when the focus leaves the fields. Once its code is here it stays mounted, hidden while
// closed, its keys as last drawn: drawing them (simple-keyboard builds every key) is most of an
// opening's work, so it is done ahead, while idle, for the screen's first field, and not again
// when the next field or the next screen wants the same keys.
import { useState, useSyncExternalStore } from 'react';
import { useSettings } from '../settings/settings-context.js';
import { keyboardKindOf, type KeyboardKind } from './field-kind.js';
import { OnScreenKeyboard } from './on-screen-keyboard.js';
import { keyboardAhead, onKeyboardAhead } from './prefetch-keyboard.js';
import { useFocusedField } from './use-focused-field.js';

export function KeyboardHost() {
  const field = useFocusedField();
  const { settings } = useSettings();
  const ahead = useSyncExternalStore(onKeyboardAhead, keyboardAhead, () => null);
  const kind = keyboardKindOf(field);
  // The keys last opened for, kept while closed: closing redraws nothing.
  const [lastKind, setLastKind] = useState<KeyboardKind | null>(null);
  if (kind && kind !== lastKind) setLastKind(kind);
  const keys = kind ?? lastKind ?? ahead?.kind;
  if (!keys) return null;
  return (
    <OnScreenKeyboard
      field={kind ? field : null}
      kind={keys}
      nextFieldAhead={ahead?.hasNextField ?? false}
      language={settings.language}
    />
  );
}
