// Which layer of the text keyboard shows: shift (once for the next letter, or locked by a second
// touch, as on a phone) and the accents-and-symbols layer, which also lasts one character, so
// "Hélène" is H, é, l, è, n, e without going back by hand.

export type Shift = 'off' | 'once' | 'locked';

export interface Layers {
  shift: Shift;
  accents: boolean;
}

export const NO_LAYER: Layers = { shift: 'off', accents: false };

const NEXT_SHIFT: Record<Shift, Shift> = { off: 'once', once: 'locked', locked: 'off' };

export function afterShiftKey(layers: Layers): Layers {
  return { ...layers, shift: NEXT_SHIFT[layers.shift] };
}

export function afterAccentsKey(layers: Layers): Layers {
  return { ...layers, accents: !layers.accents };
}

/** A character typed: a one-time shift and the accents layer are used up. */
export function afterCharacter(layers: Layers): Layers {
  return { shift: layers.shift === 'locked' ? 'locked' : 'off', accents: false };
}

/** The layer's name in keyboard-layouts' text layout. */
export function layerName({ shift, accents }: Layers): string {
  const up = shift !== 'off';
  if (accents) return up ? 'accentsShift' : 'accents';
  return up ? 'shift' : 'default';
}
