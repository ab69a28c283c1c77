// What each key shows and what it is called: captions and names come from the language's
// catalogue; a key's state (shift on or locked, no next field) is shown on the key and said
// to assistive technology (aria-pressed, aria-disabled). simple-keyboard writes captions as HTML,
// so every caption is escaped here.
import { KEY } from './keyboard-layouts.js';
import type { Shift } from './keyboard-layers.js';

export interface KeyCaptions {
  next: string;
  close: string;
  closeLabel: string;
  backspace: string;
  shift: string;
  space: string;
  accentsKey: string;
  accents: string;
  lettersKey: string;
  letters: string;
}

export interface KeyState {
  shift: Shift;
  hasNextField: boolean;
}

interface ButtonAttribute {
  attribute: string;
  value: string;
  buttons: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The caption of every key (simple-keyboard's `display`); letters show as themselves. */
export function displayOf(keys: string[], captions: KeyCaptions, shift: Shift) {
  const special: Record<string, string> = {
    [KEY.backspace]: '⌫',
    [KEY.shift]: shift === 'locked' ? '⇪' : '⇧',
    [KEY.space]: captions.space,
    [KEY.accents]: captions.accentsKey,
    [KEY.letters]: captions.lettersKey,
    [KEY.next]: captions.next,
    [KEY.close]: captions.close,
  };
  return Object.fromEntries(keys.map((key) => [key, escapeHtml(special[key] ?? key)]));
}

/** Every key is a button named by what it does; the glyph-only keys get a name. */
export function attributesOf(keys: string[], captions: KeyCaptions, state: KeyState) {
  const present = (key: string) => keys.includes(key);
  const attributes: ButtonAttribute[] = [
    { attribute: 'role', value: 'button', buttons: keys.join(' ') },
  ];
  const names: [string, string][] = [
    [KEY.backspace, captions.backspace],
    [KEY.shift, captions.shift],
    [KEY.space, captions.space],
    // A name holds what the key shows (WCAG 2.5.3, label in name), then what it does.
    [KEY.accents, `${captions.accentsKey} ${captions.accents}`],
    [KEY.letters, `${captions.lettersKey} ${captions.letters}`],
    [KEY.close, captions.closeLabel],
    // Its arrow is drawn by CSS, which would otherwise end up in its name.
    [KEY.next, captions.next],
  ];
  for (const [key, name] of names) {
    if (present(key)) attributes.push({ attribute: 'aria-label', value: name, buttons: key });
  }
  if (present(KEY.shift)) {
    const pressed = state.shift === 'off' ? 'false' : 'true';
    attributes.push({ attribute: 'aria-pressed', value: pressed, buttons: KEY.shift });
  }
  if (present(KEY.next) && !state.hasNextField) {
    attributes.push({ attribute: 'aria-disabled', value: 'true', buttons: KEY.next });
  }
  return attributes;
}

/** Classes for simple-keyboard's `buttonTheme`: the look of keys that act and of their state. */
export function themesOf(state: KeyState) {
  const themes = [
    {
      class: 'osk-action',
      buttons: [KEY.backspace, KEY.shift, KEY.accents, KEY.letters].join(' '),
    },
    { class: 'osk-space', buttons: KEY.space },
    { class: 'osk-next', buttons: KEY.next },
    { class: 'osk-close', buttons: KEY.close },
    { class: 'osk-ending', buttons: '.fr .de .com' },
  ];
  if (state.shift !== 'off') themes.push({ class: `osk-shift-${state.shift}`, buttons: KEY.shift });
  if (!state.hasNextField) themes.push({ class: 'osk-disabled', buttons: KEY.next });
  return themes;
}
