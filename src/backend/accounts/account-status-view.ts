// An account as the tablet sees it (`accountStatus` of the contract): masked contact details,
// the IDnow identification, what the technician has to do next, and the reference to give
// support.
import type { AccountStatus, NextStep } from '../../contract/csm/account.js';
import { maskEmail, maskMobile } from '../mask.js';
import type { Account, AccountState } from './accounts-repo.js';

const nextByState: Record<AccountState, NextStep> = {
  EMAIL_PENDING: 'VERIFY_EMAIL',
  IDENT_PENDING: 'IDENTIFY',
  IDENT_REVIEW: 'WAIT_REVIEW',
  ACTIVE: 'NONE',
  IDENT_FAILED: 'NEW_IDENT',
};

/** `refs` gives the support reference, derived with a server key (see support-ref.ts). */
export function toAccountStatus(
  refs: { supportRef(accountId: string): string },
  account: Account,
): AccountStatus {
  return {
    accountId: account.id,
    supportRef: refs.supportRef(account.id),
    status: account.status,
    maskedEmail: maskEmail(account.email),
    identId: account.identId,
    identResult: account.identResult,
    next: nextByState[account.status],
    maskedMobile: account.mobile === null ? null : maskMobile(account.mobile),
    hasPassword: account.passwordHash !== null,
    updatedAt: account.updatedAt,
    emailVerifiedAt: account.emailVerifiedAt ?? null,
    identSubmittedAt: account.identSubmittedAt ?? null,
    identDecidedAt: account.identDecidedAt ?? null,
  };
}
