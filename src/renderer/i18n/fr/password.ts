// French wording of CSM's password policy under a password field: how hard the password is to
// guess, and how to do better (the policy's advice keys). Why a password is refused is a field
// error key, worded in errors.ts.
import type {
  PasswordStrength,
  PasswordSuggestionKey,
} from '../../../contract/csm/password-policy.js';

export const passwordAdvice = {
  strength: 'Robustesse : {{level}}',
  levels: {
    0: 'très faible',
    1: 'faible',
    2: 'insuffisante',
    3: 'bonne',
    4: 'excellente',
  } satisfies Record<PasswordStrength, string>,
  howToImprove: 'Pour faire mieux :',
  suggestions: {
    make_longer: 'Allongez-le : 12 caractères au moins, par exemple trois ou quatre mots.',
    use_passphrase: 'Assemblez plusieurs mots, mais pas une phrase connue.',
    add_words: 'Ajoutez un ou deux mots peu courants.',
    avoid_common: 'Évitez les mots de passe courants et leurs variantes (Motdepasse1, azerty…).',
    avoid_personal: 'N’y mettez ni votre adresse E-Mail, ni votre nom, ni celui du garage.',
    avoid_keyboard_patterns:
      'Évitez les touches voisines du clavier (azertyuiop, wxcvbn, qwertz…).',
    avoid_repeats: 'Évitez les caractères et les mots répétés (aaaa, abcabc).',
    avoid_sequences: 'Évitez les suites comme abcd ou 1234.',
    avoid_dates: 'Évitez les dates et les années, surtout celles qui vous concernent.',
    avoid_names: 'Évitez les prénoms et les noms de famille.',
    avoid_predictable_substitutions:
      'Remplacer des lettres par des signes (@ pour a, 0 pour o) ne suffit pas.',
    avoid_reversed_words: 'Écrire un mot à l’envers ne suffit pas.',
    vary_capitals:
      'Une majuscule au début, ou tout en majuscules, n’aide guère : ajoutez plutôt un mot.',
  } satisfies Record<PasswordSuggestionKey, string>,
} as const;
