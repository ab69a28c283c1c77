// The calls a user's screens make on the CSM account: Token, Ident-ID, mobile number, password
// by confirmation code, signing in. Each goes straight to the account calls service, which
// applies and announces what CSM answered; a new password CSM's policy refuses never leaves.
import type { HandlerMap } from '../command-handlers.js';
import type { AccountCallsService } from '../services/account-calls-service.js';
import { weakPasswordRefusal } from './password-precheck.js';

/** The tablet's users, for the e-mail a new password is checked against. */
export interface UserEmails {
  get(userId: string): { email: string } | null;
}

export function accountHandlers(calls: AccountCallsService, users: UserEmails) {
  return {
    'users.verifyToken': (input) => calls.verifyToken(input),
    'users.resendToken': (input) => calls.resendToken(input),
    'users.newIdent': (input) => calls.newIdent(input),
    'users.setMobile': (input) => calls.setMobile(input),
    'users.confirmMobile': (input) => calls.confirmMobile(input),
    'users.requestPasswordCode': (input) => calls.requestPasswordCode(input),
    'users.setPassword': async (input) => {
      // An unknown user is the service's to refuse (NOT_FOUND).
      const email = users.get(input.userId)?.email;
      const refused =
        email === undefined
          ? null
          : await weakPasswordRefusal('newPassword', input.newPassword, email);
      return refused ?? calls.setPassword(input);
    },
    'users.signIn': (input) => calls.signIn(input),
  } satisfies HandlerMap;
}
