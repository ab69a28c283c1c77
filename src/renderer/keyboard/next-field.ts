// "Suivant": the next field of the same form that takes typing, in the order a person reads
// them (document order). Read-only and disabled fields are stepped over; after the last one
// there is none, and the key then does nothing rather than submit or jump elsewhere.
import { isTypingField, type TypingField } from './field-kind.js';

export function nextField(current: TypingField): TypingField | null {
  const scope: ParentNode = current.form ?? current.ownerDocument;
  const fields = Array.from(scope.querySelectorAll('input, textarea')).filter(isTypingField);
  const index = fields.indexOf(current);
  return index < 0 ? null : (fields[index + 1] ?? null);
}
