// The tablet's store opened once, with one repository per table.
import { createJournalRepo } from './journal-repo.js';
import { openStore } from './open-store.js';
import { createOutboxRepo } from './outbox-repo.js';
import { createRevocationsRepo } from './revocations-repo.js';
import { createSettingsRepo } from './settings-repo.js';
import { createUsersRepo } from './users-repo.js';
import { createWizardRepo } from './wizard-repo.js';

export function openStores(file: string) {
  const db = openStore(file);
  return {
    db,
    users: createUsersRepo(db),
    outbox: createOutboxRepo(db),
    revocations: createRevocationsRepo(db),
    settings: createSettingsRepo(db),
    wizard: createWizardRepo(db),
    journal: createJournalRepo(db),
  };
}
export type Stores = ReturnType<typeof openStores>;

/** The stored settings, read before the core starts (boot-core picks the CSM server from them). */
export function readStoredSettings(file: string) {
  const { db, settings } = openStores(file);
  try {
    return settings.kiosk();
  } finally {
    db.close();
  }
}
