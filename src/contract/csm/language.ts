// The language CSM writes an account's e-mails and SMS in. The tablet sends its own with the
// registration (and with a sign-in), since the technician reads the tablet in that language.
import { z } from 'zod/mini';

export const accountLanguages = ['fr', 'de', 'en'] as const;
export const accountLanguage = z.enum(accountLanguages);
export type AccountLanguage = z.infer<typeof accountLanguage>;

/** An account registered without a language (by an older tablet, or before CSM knew any). */
export const DEFAULT_ACCOUNT_LANGUAGE: AccountLanguage = 'fr';
