// CSM's password rules, the one copy the form, the core and the backend apply: 12 to 128
// characters, not only spaces, neither the e-mail address nor its local part, and hard to guess
// (zxcvbn-ts score ≥ 3 against common passwords, French, German and English words and keyboard
// patterns, AZERTY and QWERTZ included). A refusal says why and how to do better, as keys that
// each side words in its own language. The word lists are loaded on first use, in a chunk of
// their own: `loadPasswordPolicy()`.
import { PASSWORD_MAX, PASSWORD_MIN } from './field-limits.js';
import type { FieldErrorKey } from './fields.js';

/** zxcvbn's score a password needs: 3 is "safely unguessable" (≥ 10⁸ guesses). */
export const MIN_PASSWORD_STRENGTH = 3;
/** Enough advice to act on, few enough lines to read under the field. */
const MAX_SUGGESTIONS = 3;

/** How to do better, in the order a refusal lists them. */
export const passwordSuggestionKeys = [
  'make_longer',
  'use_passphrase',
  'add_words',
  'avoid_common',
  'avoid_personal',
  'avoid_keyboard_patterns',
  'avoid_repeats',
  'avoid_sequences',
  'avoid_dates',
  'avoid_names',
  'avoid_predictable_substitutions',
  'avoid_reversed_words',
  'vary_capitals',
] as const;
export type PasswordSuggestionKey = (typeof passwordSuggestionKeys)[number];

export type PasswordRefusal = Extract<
  FieldErrorKey,
  | 'password_too_short'
  | 'password_too_long'
  | 'password_blank'
  | 'password_is_email'
  | 'password_common'
  | 'password_weak'
>;

/** 0 (guessed at once) to 4 (very hard); 0 for a password refused before it is estimated. */
export type PasswordStrength = 0 | 1 | 2 | 3 | 4;

export type PasswordVerdict =
  | { ok: true; strength: PasswordStrength }
  | {
      ok: false;
      reason: PasswordRefusal;
      suggestions: PasswordSuggestionKey[];
      strength: PasswordStrength;
    };

/** The policy once its word lists are loaded. Pure: same password and e-mail, same verdict. */
export type CheckPassword = (password: string, email: string) => PasswordVerdict;

/** What password-strength.ts answers; declared here so this file imports none of it. */
export type EstimateStrength = (
  password: string,
  userInputs: readonly string[],
) => { score: PasswordStrength; warning: string | null; suggestions: string[] };

// zxcvbn's feedback keys (its `translationKeys`) → ours. Its warning says what is wrong; its
// suggestions say what to change.
const FROM_WARNING = new Map<string, PasswordSuggestionKey>(
  Object.entries({
    straightRow: 'avoid_keyboard_patterns',
    keyPattern: 'avoid_keyboard_patterns',
    simpleRepeat: 'avoid_repeats',
    extendedRepeat: 'avoid_repeats',
    sequences: 'avoid_sequences',
    recentYears: 'avoid_dates',
    dates: 'avoid_dates',
    topTen: 'avoid_common',
    topHundred: 'avoid_common',
    common: 'avoid_common',
    similarToCommon: 'avoid_common',
    pwned: 'avoid_common',
    wordByItself: 'add_words',
    namesByThemselves: 'avoid_names',
    commonNames: 'avoid_names',
    userInputs: 'avoid_personal',
  } as const),
);
const FROM_SUGGESTION = new Map<string, PasswordSuggestionKey>(
  Object.entries({
    l33t: 'avoid_predictable_substitutions',
    reverseWords: 'avoid_reversed_words',
    allUppercase: 'vary_capitals',
    capitalization: 'vary_capitals',
    dates: 'avoid_dates',
    recentYears: 'avoid_dates',
    associatedYears: 'avoid_dates',
    sequences: 'avoid_sequences',
    repeated: 'avoid_repeats',
    longerKeyboardPattern: 'avoid_keyboard_patterns',
    anotherWord: 'add_words',
    useWords: 'use_passphrase',
    noNeed: 'use_passphrase',
    pwned: 'avoid_common',
  } as const),
);
/** Warnings that mean "this is (close to) a well-known password". */
const COMMON_WARNINGS = new Set(['topTen', 'topHundred', 'common', 'similarToCommon', 'pwned']);

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** The e-mail, its local part, and the words in it and in the domain ("jean", "dupont",
 * "jeandupont", "garage"): what someone who knows the address tries first. */
function personalWords(email: string): string[] {
  const address = fold(email);
  const at = address.lastIndexOf('@');
  if (at <= 0) return address ? [address] : [];
  const local = address.slice(0, at);
  const domainLabels = address
    .slice(at + 1)
    .split('.')
    .slice(0, -1);
  const words = [local, ...domainLabels].flatMap((part) => part.split(/[^\p{L}\p{N}]+/u));
  // "jean.dupont" is typed "jeandupont" too.
  const joined = local.replace(/[^\p{L}\p{N}]+/gu, '');
  return [...new Set([address, local, joined, ...words].filter((word) => word.length >= 3))];
}

function isEmailOrLocalPart(password: string, email: string): boolean {
  const typed = fold(password);
  const address = fold(email);
  if (!address) return false;
  const at = address.lastIndexOf('@');
  return typed === address || (at > 0 && typed === address.slice(0, at));
}

const refused = (
  reason: PasswordRefusal,
  suggestions: PasswordSuggestionKey[],
  strength: PasswordStrength = 0,
): PasswordVerdict => ({ ok: false, reason, suggestions, strength });

/** The policy with a given estimator; `loadPasswordPolicy()` gives it zxcvbn's. `email` may be
 * empty or half typed (the form checks as the technician types). */
export function checkPasswordWith(
  estimate: EstimateStrength,
  password: string,
  email: string,
): PasswordVerdict {
  if (password.length < PASSWORD_MIN) return refused('password_too_short', ['make_longer']);
  if (password.length > PASSWORD_MAX) return refused('password_too_long', []);
  if (/^\s*$/u.test(password)) return refused('password_blank', ['use_passphrase']);
  if (isEmailOrLocalPart(password, email)) {
    return refused('password_is_email', ['avoid_personal', 'use_passphrase']);
  }
  const { score, warning, suggestions } = estimate(password, personalWords(email));
  if (score >= MIN_PASSWORD_STRENGTH) return { ok: true, strength: score };
  const advice = [
    ...(warning ? [FROM_WARNING.get(warning)] : []),
    ...suggestions.map((key) => FROM_SUGGESTION.get(key)),
    // Always worth saying, and said last: length in words beats any trick.
    'add_words' as const,
  ].filter((key): key is PasswordSuggestionKey => key !== undefined);
  const reason = warning && COMMON_WARNINGS.has(warning) ? 'password_common' : 'password_weak';
  return refused(reason, [...new Set(advice)].slice(0, MAX_SUGGESTIONS), score);
}

let loading: Promise<CheckPassword> | null = null;

/** The policy, its word lists loaded on the first call (a dynamic import: a chunk of its own in
 * the renderer, a bundle of its own in Electron); later calls share that load. */
export function loadPasswordPolicy(): Promise<CheckPassword> {
  if (loading) return loading;
  const load = import('./password-strength.js').then(
    ({ estimateStrength }): CheckPassword =>
      (password, email) =>
        checkPasswordWith(estimateStrength, password, email),
  );
  // A load that failed (a chunk gone after an update) is tried again by the next call.
  void load.catch(() => {
    if (loading === load) loading = null;
  });
  loading = load;
  return load;
}
