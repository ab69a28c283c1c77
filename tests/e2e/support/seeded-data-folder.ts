// A tablet's data folder with registrations already saved and waiting to be sent, written
// through the core's own users service before the emulation starts: as fast as SQLite, and
// without the form's checks (a registration an older, laxer tablet saved, say).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewRegistration } from '../../../src/contract/kiosk/registration.js';
import { systemClock } from '../../../src/main/core/clock.js';
import { STORE_FILE } from '../../../src/main/core/create-core.js';
import { keyFileProvider } from '../../../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../../../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../../../src/main/core/services/users-service.js';
import { openStores } from '../../../src/main/core/store/stores.js';

export function seededDataFolder(registrations: readonly NewRegistration[]): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'csm-e2e-seeded-'));
  const stores = openStores(join(dataDir, STORE_FILE));
  try {
    const secrets = createSecretBox(keyFileProvider(join(dataDir, 'secret.key')).loadKey());
    const users = createUsersService({ ...stores, secrets, clock: systemClock });
    for (const registration of registrations) users.register(registration);
  } finally {
    stores.db.close();
  }
  return dataDir;
}
