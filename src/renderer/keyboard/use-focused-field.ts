// The field that has the focus, while it takes typing: set when one gets the focus, cleared
// when the focus goes to something that is not a field (Suite, Interrompre, ⌂, a blank part of
// the screen) or when the field leaves the page with its screen.
import { useEffect, useState } from 'react';
import { isTypingField, type TypingField } from './field-kind.js';

const focusedField = () => {
  const active = document.activeElement;
  return isTypingField(active) ? active : null;
};

export function useFocusedField(): TypingField | null {
  const [field, setField] = useState<TypingField | null>(focusedField);

  useEffect(() => {
    // Closing gives the keyboard's room back to the screen, which moves the action bar. Done
    // while a finger is still on Suite, the button would slide away before the finger lifts and
    // the touch would not be a click: so the keyboard closes once no pointer is down, with the
    // click the release brings (its target is settled by then, and what the click changes, the
    // next screen for Suite, shows in the same frame as the keys going), or one task later when
    // the release brings none.
    const pointersDown = new Set<number>();
    let closing = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const close = () => {
      clearTimeout(timer);
      timer = undefined;
      setField(focusedField());
    };
    const closeAfterRelease = () => {
      if (!closing || pointersDown.size > 0) return;
      closing = false;
      clearTimeout(timer);
      timer = setTimeout(close, 0);
    };
    const click = () => {
      if (timer !== undefined) close();
    };
    const pointerDown = (event: PointerEvent) => pointersDown.add(event.pointerId);
    const pointerUp = (event: PointerEvent) => {
      pointersDown.delete(event.pointerId);
      closeAfterRelease();
    };
    const focusIn = (event: FocusEvent) => {
      if (!isTypingField(event.target)) return;
      closing = false;
      setField(event.target);
    };
    // From one field to the next the keyboard stays open: focusin names the new field.
    const focusOut = (event: FocusEvent) => {
      if (isTypingField(event.relatedTarget)) return;
      closing = true;
      closeAfterRelease();
    };
    const listeners = [
      ['pointerdown', pointerDown],
      ['pointerup', pointerUp],
      ['pointercancel', pointerUp],
      ['focusin', focusIn],
      ['focusout', focusOut],
      ['click', click],
    ] as const;
    for (const [type, listener] of listeners)
      document.addEventListener(type, listener as EventListener, true);
    return () => {
      clearTimeout(timer);
      for (const [type, listener] of listeners)
        document.removeEventListener(type, listener as EventListener, true);
    };
  }, []);

  // A focused field removed with its screen does not blur in every browser: watch for it.
  useEffect(() => {
    if (!field) return;
    const observer = new MutationObserver(() => {
      if (!field.isConnected) setField(null);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [field]);

  return field;
}
