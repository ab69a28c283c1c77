// The calls a user's screens make on the CSM account: Token, Ident-ID, mobile number, password
// by confirmation code, signing in. Each goes straight to the account calls service, which
// applies and announces what CSM answered.
import type { HandlerMap } from '../command-handlers.js';
import type { AccountCallsService } from '../services/account-calls-service.js';

export function accountHandlers(calls: AccountCallsService) {
  return {
    'users.verifyToken': (input) => calls.verifyToken(input),
    'users.resendToken': (input) => calls.resendToken(input),
    'users.newIdent': (input) => calls.newIdent(input),
    'users.setMobile': (input) => calls.setMobile(input),
    'users.confirmMobile': (input) => calls.confirmMobile(input),
    'users.requestPasswordCode': (input) => calls.requestPasswordCode(input),
    'users.setPassword': (input) => calls.setPassword(input),
    'users.signIn': (input) => calls.signIn(input),
  } satisfies HandlerMap;
}
