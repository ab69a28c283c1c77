// Ordered list of the backend's schema migrations. Version N is the N-th entry; never reorder
// or edit a shipped one, add the next instead.
import type { Migration } from '../../../node/sqlite/migrate.js';
import { up as accounts } from './001-accounts.js';
import { up as identAndCodes } from './002-ident-and-codes.js';
import { up as idnowSessions } from './003-idnow-sessions.js';
import { up as accountProfile } from './004-account-profile.js';
import { up as deviceCredentials } from './005-device-credentials.js';
import { up as messageVisibility } from './006-message-visibility.js';

export const migrations: readonly Migration[] = [
  { version: 1, name: 'accounts', up: accounts },
  { version: 2, name: 'ident-and-codes', up: identAndCodes },
  { version: 3, name: 'idnow-sessions', up: idnowSessions },
  { version: 4, name: 'account-profile', up: accountProfile },
  { version: 5, name: 'device-credentials', up: deviceCredentials },
  { version: 6, name: 'message-visibility', up: messageVisibility },
];
