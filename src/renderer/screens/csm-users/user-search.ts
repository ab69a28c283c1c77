// The list's search: a technician types part of a name or an e-mail, with or without accents
// or capitals, in any order ("dupont jé" finds Jérôme Dupont).
import type { CsmUser } from '../../../contract/kiosk/user.js';

/** Letters a keyboard may type as two ("oe" for "œ"): NFD does not split them. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case without accents or ligatures: "Émile Œuvray" → "emile oeuvray". */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter);
}

/** The words typed; none means every user. */
export function searchWords(query: string): string[] {
  return folded(query).split(/\s+/).filter(Boolean);
}

/** Every word typed is part of the user's first name, last name or e-mail. */
export function matchesSearch(user: CsmUser, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = folded(`${user.firstName} ${user.lastName} ${user.email}`);
  return words.every((word) => haystack.includes(word));
}
