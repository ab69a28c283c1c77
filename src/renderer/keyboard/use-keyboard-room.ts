// Room for the keyboard: the screen above it is shortened by CSS alone (the keyboard is the last
// item of #root's column, see app.css and keyboard.css), so no size is copied into a style or a
// state. While the keys show, the focused field is scrolled into the part of the screen left to
// it, and kept there as the keys get their rows or the form above the field grows.
import { useLayoutEffect, type RefObject } from 'react';
import type { TypingField } from './field-kind.js';

export function useKeyboardRoom(panel: RefObject<HTMLElement | null>, field: TypingField | null) {
  useLayoutEffect(() => {
    const keys = panel.current;
    // Closed (field null): the keys are hidden and the screen has its whole height.
    if (!keys || !field) return;
    // The field with its label and the error said under it, not the bare input.
    const target = field.closest('.text-field') ?? field;
    const keepInView = () => {
      if (keys.offsetHeight > 0) target.scrollIntoView({ block: 'nearest' });
    };
    // The keys getting their rows, and what grows above the field once it is shown (the
    // password advice arriving from its worker, an error said under another field), must not
    // leave it under the keys. An observer reports each element once when it starts.
    const observer = new ResizeObserver(keepInView);
    observer.observe(keys);
    const content = field.closest('form') ?? target.parentElement;
    if (content) observer.observe(content);
    return () => observer.disconnect();
  }, [panel, field]);
}
