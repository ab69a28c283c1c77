// The keyboard panel at the bottom of the screen, typing into the focused field. simple-keyboard
// draws the keys; what a key does is ours: it edits the field as a typed key would (React and
// the machines see an input event), moves to the next field, or closes. Keys never take the
// focus from the field, and a physical keyboard keeps typing into it as before.
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type SimpleKeyboard from 'simple-keyboard/build/index.modern.esm.js';
import type { KeyboardKind, TypingField } from './field-kind.js';
import { attributesOf, displayOf, themesOf, type KeyCaptions } from './key-captions.js';
import {
  afterAccentsKey,
  afterCharacter,
  afterShiftKey,
  layerName,
  NO_LAYER,
  type Layers,
} from './keyboard-layers.js';
import { KEY, keysOf, layoutFor, type KeyboardLanguage } from './keyboard-layouts.js';
import { loadKeyboard } from './load-keyboard.js';
import { nextField } from './next-field.js';
import { typeBackspace, typeText } from './type-into-field.js';
import { afterNextFrame } from '../hooks/after-next-frame.js';
import { useKeyboardRoom } from './use-keyboard-room.js';
import './keyboard.css';

export interface OnScreenKeyboardProps {
  /** The field typed into; null while the keyboard is closed (hidden, its keys kept). */
  field: TypingField | null;
  /** The keys to draw: the field's, or while closed those last drawn (or to draw ahead). */
  kind: KeyboardKind;
  /** While closed with no keys drawn yet: whether the field drawn ahead for has a next one. */
  nextFieldAhead?: boolean;
  language: KeyboardLanguage;
}

// Touch with gloves: a key acts once per touch (no repeat while held), on the way down.
const BEHAVIOUR = {
  theme: 'osk-keys',
  layout: { default: [] },
  preventMouseDownDefault: true,
  disableButtonHold: true,
};

interface Loaded {
  keyboard: SimpleKeyboard;
  letters: string[][];
}

export function OnScreenKeyboard({
  field,
  kind,
  nextFieldAhead = false,
  language,
}: OnScreenKeyboardProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const keys = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Shift and accents belong to the field they were set on: a new field starts on letters.
  const [layersOf, setLayersOf] = useState<{ field: TypingField; layers: Layers } | null>(null);
  const layers = layersOf?.field === field ? layersOf.layers : NO_LAYER;
  // Closed, the keyboard stays mounted: it lets go of the field (and the screen around it).
  if (!field && layersOf) setLayersOf(null);
  useKeyboardRoom(panel, field);
  /** What the keys were last drawn with: the same again is not drawn again. */
  const drawnWith = useRef<unknown[] | null>(null);
  /** The keyboard not destroyed yet: a change of language destroys it before the commit's
   * effects run with it still in their render's state. */
  const live = useRef<SimpleKeyboard | null>(null);

  const press = useEffectEvent((key: string) => {
    if (!field) return;
    const changeLayers = (change: (layers: Layers) => Layers) =>
      setLayersOf({ field, layers: change(layers) });
    switch (key) {
      case KEY.backspace:
        return typeBackspace(field);
      case KEY.shift:
        return changeLayers(afterShiftKey);
      case KEY.accents:
      case KEY.letters:
        return changeLayers(afterAccentsKey);
      case KEY.next:
        return nextField(field)?.focus({ preventScroll: true });
      case KEY.close:
        return field.blur();
      case KEY.space:
        return typeText(field, ' ');
      default:
        typeText(field, key);
        if (kind === 'text') changeLayers(afterCharacter);
    }
  });

  useEffect(() => {
    let current = true;
    let keyboard: SimpleKeyboard | null = null;
    loadKeyboard(language).then(
      ({ SimpleKeyboard, letters }) => {
        if (!current || !keys.current) return;
        keyboard = new SimpleKeyboard(keys.current, {
          ...BEHAVIOUR,
          onKeyPress: (key: string) => press(key),
        });
        live.current = keyboard;
        setLoaded({ keyboard, letters });
      },
      // Without its code the panel stays empty: a physical keyboard still types.
      () => undefined,
    );
    return () => {
      current = false;
      keyboard?.destroy();
      live.current = null;
      setLoaded(null);
    };
  }, [language]);

  const captions = useMemo<KeyCaptions>(
    () => ({
      next: t('keyboard.next'),
      close: t('keyboard.close'),
      closeLabel: t('keyboard.closeLabel'),
      backspace: t('keyboard.backspace'),
      shift: t('keyboard.shift'),
      space: t('keyboard.space'),
      accentsKey: t('keyboard.accentsKey'),
      accents: t('keyboard.accents'),
      lettersKey: t('keyboard.lettersKey'),
      letters: t('keyboard.letters'),
    }),
    [t],
  );
  const hasNextField = useMemo(
    () => (field ? nextField(field) !== null : nextFieldAhead),
    [field, nextFieldAhead],
  );
  const letters = loaded?.letters;
  const layout = useMemo(
    () => (letters ? layoutFor(kind, language, letters) : null),
    [kind, language, letters],
  );

  const pad = kind === 'digits' || kind === 'phone';
  /** The field (and whether it took the pad) as of the last commit: says a focus just moved. */
  const focused = useRef<{ field: TypingField; pad: boolean } | null>(null);

  // simple-keyboard draws every key again on each change of options: most of the work of a tap
  // that moves the focus to a field with other keys (6 to 8 ms of a 16.7 ms frame). So the keys
  // are drawn only when what they show changes, and while closed only if none are drawn yet
  // (ahead of the first touch, keyboard-host.tsx). When the focus has just moved to a field
  // drawn differently but alike (letters to letters, pad to pad), the frame that shows the new
  // focus goes out first and the keys follow in the next one; a first draw, Shift, the accents
  // and a switch between letters and the pad are drawn at once.
  const drawKeys = useEffectEvent((keyboard: SimpleKeyboard, drawn: NonNullable<typeof layout>) => {
    if (keyboard !== live.current) return;
    // Closed: drawn once per keyboard, ahead of the first touch, and then left as it is.
    if (!field && drawnWith.current?.[0] === keyboard) return;
    const layoutName = kind === 'text' ? layerName(layers) : 'default';
    const state = { shift: layers.shift, hasNextField };
    const inputs = [keyboard, drawn, layoutName, state.shift, hasNextField, captions];
    if (drawnWith.current?.every((input, i) => input === inputs[i])) return;
    const draw = () => {
      drawnWith.current = inputs;
      const all = keysOf(drawn);
      keyboard.setOptions({
        layout: drawn,
        layoutName,
        display: displayOf(all, captions, layers.shift),
        buttonAttributes: attributesOf(all, captions, state),
        buttonTheme: themesOf(state),
      });
    };
    const before = focused.current;
    if (before && before.field !== field && before.pad === pad) return afterNextFrame(draw);
    draw();
  });
  useEffect(() => {
    if (!loaded || !layout) return;
    return drawKeys(loaded.keyboard, layout);
  }, [loaded, layout, kind, layers, captions, hasNextField, field]);
  // After the keys' effect: it compares with the focus of the commit before.
  useEffect(() => {
    focused.current = field ? { field, pad } : null;
  }, [field, pad]);

  return (
    <div
      ref={panel}
      role="region"
      aria-label={t('keyboard.label')}
      className={pad ? 'osk osk-pad' : 'osk'}
      data-kind={kind}
      hidden={!loaded || !field}
      // The field keeps the focus whatever part of the panel is touched.
      onMouseDown={(event) => event.preventDefault()}
    >
      <div ref={keys} className="osk-keys" />
    </div>
  );
}
