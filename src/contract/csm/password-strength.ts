// How hard a password is to guess: zxcvbn-ts with common passwords, French, German and English
// words, names and Wikipedia terms, and keyboard graphs (QWERTY, AZERTY, QWERTZ, Dvorak,
// keypads). The word lists weigh megabytes, so only password-policy.ts's loadPasswordPolicy()
// (a dynamic import: a chunk of its own) and the backend import this file.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as de } from '@zxcvbn-ts/language-de';
import { dictionary as en } from '@zxcvbn-ts/language-en';
import { dictionary as fr } from '@zxcvbn-ts/language-fr';

/** zxcvbn's score (0–4) and its feedback as its own keys (`straightRow`, `anotherWord`…),
 * never its sentences: no translations are loaded. */
export interface StrengthEstimate {
  score: 0 | 1 | 2 | 3 | 4;
  warning: string | null;
  suggestions: string[];
}

/**
 * One list per language: its lists (common words, names, Wikipedia, months…) interleaved rank by
 * rank, without repeats. zxcvbn looks every substring up in every list, so the cost grows with
 * their number: 40 lists cost ~20 ms a check, 5 lists ~4 ms, for the same scores. Interleaving
 * keeps a word's rank close to its rank in its own list (at most a few times it).
 */
function oneList(lists: Record<string, readonly string[]>): string[] {
  const all = Object.values(lists);
  const merged: string[] = [];
  const seen = new Set<string>();
  const longest = Math.max(...all.map((list) => list.length));
  for (let rank = 0; rank < longest; rank++) {
    for (const list of all) {
      const word = list[rank];
      if (word !== undefined && !seen.has(word)) {
        seen.add(word);
        merged.push(word);
      }
    }
  }
  return merged;
}

/** The characters zxcvbn looks at; the policy still counts every one against 12–128. */
export const ANALYSED_LENGTH = 32;

let factory: ZxcvbnFactory | null = null;

// Built on first use, not at import (≈ 0.5 s and 20 MB): the backend imports this file at start.
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: {
      ...common,
      words_fr: oneList(fr as Record<string, readonly string[]>),
      words_de: oneList(de as Record<string, readonly string[]>),
      words_en: oneList(en as Record<string, readonly string[]>),
    },
    // language-common 4 ships AZERTY and QWERTZ beside QWERTY, Dvorak and the keypads.
    graphs: adjacencyGraphs,
    // What a check costs grows faster than the length: 128 characters take up to a second,
    // 32 a tenth of that. A 32-character start that scores 3 makes the whole password score 3
    // at least; one that does not is refused, which a long password rarely deserves.
    maxLength: ANALYSED_LENGTH,
    // Bounds the l33t matcher, whose variants grow exponentially with the substitutable
    // characters: 100 (the default) costs seconds on a 32-character password of symbols and
    // digits, 5 keeps every check in tens of milliseconds and still reads "P@ssw0rd".
    l33tMaxSubstitutions: 5,
    // Levenshtein distance against every list multiplies a check's time by ten for little:
    // near-misses of common passwords are what the l33t and dictionary matchers already see.
    useLevenshteinDistance: false,
  });
  return factory;
}

/** `userInputs`: words the person is known by (the e-mail and its parts), guessed first. */
export function estimateStrength(
  password: string,
  userInputs: readonly string[],
): StrengthEstimate {
  const { score, feedback } = zxcvbn().check(password, [...userInputs]);
  return { score, warning: feedback.warning, suggestions: feedback.suggestions };
}
