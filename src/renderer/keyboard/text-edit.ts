// What a key does to a field's text, as pure functions of the value and the selection: a key
// replaces the selection (or inserts at the caret), backspace removes the selection or the
// character before the caret. The field's own limit (maxLength) holds as for a real key.

export interface TextState {
  value: string;
  /** Caret or selection; null where the browser does not expose one (type="email"). */
  start: number | null;
  end: number | null;
}

export interface Edit {
  value: string;
  caret: number;
}

function selection({ value, start, end }: TextState): [number, number] {
  // Without a selection API the caret is taken to be at the end, where typing goes on.
  const from = Math.min(Math.max(start ?? value.length, 0), value.length);
  const to = Math.min(Math.max(end ?? from, from), value.length);
  return [from, to];
}

/** Types `text` over the selection; cut to what maxLength (< 0: none) still allows. */
export function insertText(state: TextState, text: string, maxLength = -1): Edit {
  const [from, to] = selection(state);
  const kept = state.value.length - (to - from);
  const room = maxLength < 0 ? text.length : Math.max(maxLength - kept, 0);
  // Cut by code points so an emoji or a combined letter is never split in half.
  const typed = Array.from(text).slice(0, room).join('');
  return {
    value: state.value.slice(0, from) + typed + state.value.slice(to),
    caret: from + typed.length,
  };
}

/** Backspace: removes the selection, else the character before the caret. */
export function deleteBackward(state: TextState): Edit {
  const [from, to] = selection(state);
  if (from !== to)
    return { value: state.value.slice(0, from) + state.value.slice(to), caret: from };
  if (from === 0) return { value: state.value, caret: 0 };
  const before = Array.from(state.value.slice(0, from));
  before.pop();
  const head = before.join('');
  return { value: head + state.value.slice(to), caret: head.length };
}
