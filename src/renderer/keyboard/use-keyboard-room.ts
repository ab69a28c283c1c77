// Room for the keyboard: while it is open the screen above it is shortened by its height (the
// `--keyboard-height` variable and the `keyboard-open` class on <html>, see keyboard.css), so
// the action bar (Suite, Interrompre) stays above the keys and the form scrolls; the focused
// field is scrolled into the part that shows, and kept there while the form above it grows.
import { useEffect, useState, type RefObject } from 'react';
import type { TypingField } from './field-kind.js';

export function useKeyboardRoom(panel: RefObject<HTMLElement | null>, field: TypingField) {
  const [height, setHeight] = useState(0);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const measured = element.offsetHeight;
      root.style.setProperty('--keyboard-height', `${measured}px`);
      root.classList.toggle('keyboard-open', measured > 0);
      setHeight(measured);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.classList.remove('keyboard-open');
      root.style.removeProperty('--keyboard-height');
    };
  }, [panel]);

  useEffect(() => {
    if (height === 0) return;
    // The field with its label and the error said under it, not the bare input.
    const shown = field.closest('.text-field') ?? field;
    const keepInView = () => shown.scrollIntoView({ block: 'nearest' });
    keepInView();
    // What grows above the field once it is shown (the password advice arriving from its worker,
    // an error said under another field) must not push it under the keys.
    const content = field.closest('form') ?? shown.parentElement;
    if (!content) return;
    const observer = new ResizeObserver(keepInView);
    observer.observe(content);
    return () => observer.disconnect();
  }, [field, height]);
}
