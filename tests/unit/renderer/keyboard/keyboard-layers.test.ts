// Shift lasts one letter unless touched twice (locked); the accents layer lasts one character.
import { describe, expect, it } from 'vitest';
import {
  afterAccentsKey,
  afterCharacter,
  afterShiftKey,
  layerName,
  NO_LAYER,
} from '../../../../src/renderer/keyboard/keyboard-layers.js';

describe('keyboard layers', () => {
  it('shift: once, then locked, then off', () => {
    const once = afterShiftKey(NO_LAYER);
    const locked = afterShiftKey(once);
    expect([once.shift, locked.shift, afterShiftKey(locked).shift]).toEqual([
      'once',
      'locked',
      'off',
    ]);
  });

  it('a typed character uses up a one-time shift and the accents layer, not a lock', () => {
    expect(afterCharacter({ shift: 'once', accents: true })).toEqual(NO_LAYER);
    expect(afterCharacter({ shift: 'locked', accents: true })).toEqual({
      shift: 'locked',
      accents: false,
    });
  });

  it('names the layer to show', () => {
    expect(layerName(NO_LAYER)).toBe('default');
    expect(layerName(afterShiftKey(NO_LAYER))).toBe('shift');
    expect(layerName(afterAccentsKey(NO_LAYER))).toBe('accents');
    expect(layerName({ shift: 'locked', accents: true })).toBe('accentsShift');
    expect(afterAccentsKey(afterAccentsKey(NO_LAYER))).toEqual(NO_LAYER);
  });
});
