// The words an account's e-mails and SMS are written in: its language, kept in its profile (the
// tablet's at registration, then the last sign-in's), French for an account that has none
// (registered by an older tablet, or before CSM knew languages).
import {
  accountLanguage,
  DEFAULT_ACCOUNT_LANGUAGE,
  type AccountLanguage,
} from '../../contract/csm/language.js';
import type { Emails } from '../mail/emails.js';
import { emailsDe } from '../mail/emails-de.js';
import { emailsEn } from '../mail/emails-en.js';
import { emailsFr } from '../mail/emails-fr.js';
import type { Sms } from '../sms/sms.js';
import { smsDe } from '../sms/sms-de.js';
import { smsEn } from '../sms/sms-en.js';
import { smsFr } from '../sms/sms-fr.js';
import type { Account } from './accounts-repo.js';

export interface Messages {
  emails: Emails;
  sms: Sms;
}

const byLanguage: Record<AccountLanguage, Messages> = {
  fr: { emails: emailsFr, sms: smsFr },
  de: { emails: emailsDe, sms: smsDe },
  en: { emails: emailsEn, sms: smsEn },
};

/** The profile is JSON kept beside the columns: a value this version does not know is French. */
export function languageOf(account: Pick<Account, 'profile'>): AccountLanguage {
  const parsed = accountLanguage.safeParse(account.profile.language);
  return parsed.success ? parsed.data : DEFAULT_ACCOUNT_LANGUAGE;
}

export const messagesIn = (language: AccountLanguage | undefined): Messages =>
  byLanguage[language ?? DEFAULT_ACCOUNT_LANGUAGE];

export const messagesOf = (account: Pick<Account, 'profile'>): Messages =>
  byLanguage[languageOf(account)];
