// A machine's state value as one line for the QA console: "editing", "form.submitting", and
// parallel regions side by side ("a.x, b.y").
import type { StateValue } from 'xstate';

const MAX_LENGTH = 200;

export function flattenState(value: StateValue): string {
  return flatten(value).slice(0, MAX_LENGTH);
}

function flatten(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, inner]) => (inner === undefined ? key : `${key}.${flatten(inner)}`))
    .join(', ');
}
