// Ordered list of the tablet store's migrations. Version N is the N-th entry; never reorder or
// edit a shipped one, add the next instead.
import type { Migration } from '../../../../node/sqlite/migrate.js';
import { up as initial } from './001-initial.js';
import { up as accountStatus } from './002-account-status.js';
import { up as wizardProgress } from './003-wizard-progress.js';
import { up as journal } from './004-journal.js';
import { up as outboxDueIndex } from './005-outbox-due-index.js';
import { up as userProfile } from './006-user-profile.js';
import { up as deviceCredential } from './007-device-credential.js';
import { up as stepTimes } from './008-step-times.js';
import { up as usersOrderIndex } from './009-users-order-index.js';

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'account-status', up: accountStatus },
  { version: 3, name: 'wizard-progress', up: wizardProgress },
  { version: 4, name: 'journal', up: journal },
  { version: 5, name: 'outbox-due-index', up: outboxDueIndex },
  { version: 6, name: 'user-profile', up: userProfile },
  { version: 7, name: 'device-credential', up: deviceCredential },
  { version: 8, name: 'step-times', up: stepTimes },
  { version: 9, name: 'users-order-index', up: usersOrderIndex },
];
