// The tablet's on-screen keyboard, mounted once for the whole kiosk: it opens when a field that
// takes typing gets the focus, with the keys that field needs, in the kiosk's language, and
// closes when the focus leaves the fields.
import { useSettings } from '../settings/settings-context.js';
import { keyboardKindOf } from './field-kind.js';
import { OnScreenKeyboard } from './on-screen-keyboard.js';
import { useFocusedField } from './use-focused-field.js';

export function KeyboardHost() {
  const field = useFocusedField();
  const { settings } = useSettings();
  const kind = keyboardKindOf(field);
  if (!field || !kind) return null;
  return <OnScreenKeyboard field={field} kind={kind} language={settings.language} />;
}
