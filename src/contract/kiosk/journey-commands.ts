// Commands of the journey after registration (Token, IDnow) and of the CGM NET flows (mobile,
// password by code, existing account, server test). Joined into the one command table.
import type { z } from 'zod/mini';
import {
  codeRequested,
  confirmMobileInput,
  passwordCodeInput,
  setMobileInput,
  setPasswordInput,
  signInInput,
} from './account-commands.js';
import { connectionTest, serverAddress } from './server-address.js';
import { codeSent, tokenOutcome, userRef, verifyTokenInput } from './journey.js';
import { csmUser } from './user.js';

export const journeyCommands = {
  'users.verifyToken': { input: verifyTokenInput, output: tokenOutcome },
  'users.resendToken': { input: userRef, output: codeSent },
  'users.newIdent': { input: userRef, output: csmUser },
  'users.setMobile': { input: setMobileInput, output: codeRequested },
  'users.confirmMobile': { input: confirmMobileInput, output: csmUser },
  'users.requestPasswordCode': { input: passwordCodeInput, output: codeRequested },
  'users.setPassword': { input: setPasswordInput, output: csmUser },
  'users.signIn': { input: signInInput, output: csmUser },
  'server.test': { input: serverAddress, output: connectionTest },
} as const satisfies Record<string, { input: z.ZodMiniType; output: z.ZodMiniType }>;
