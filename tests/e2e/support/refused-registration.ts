// A data folder holding a registration saved by an older tablet whose checks were laxer (the
// e-mail as password), waiting to be sent: CSM refuses its password once the emulation starts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../../src/main/core/clock.js';
import { STORE_FILE } from '../../../src/main/core/create-core.js';
import { keyFileProvider } from '../../../src/main/core/secrets/key-file-provider.js';
import { createSecretBox } from '../../../src/main/core/secrets/secret-box.js';
import { createUsersService } from '../../../src/main/core/services/users-service.js';
import { openStores } from '../../../src/main/core/store/stores.js';

export function dataFolderWithARegistrationCsmWillRefuse(
  email: string,
  name = { firstName: 'Luc', lastName: 'Moreau' },
): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'csm-e2e-refused-'));
  const stores = openStores(join(dataDir, STORE_FILE));
  const secrets = createSecretBox(keyFileProvider(join(dataDir, 'secret.key')).loadKey());
  createUsersService({ ...stores, secrets, clock: systemClock }).register({
    email,
    ...name,
    password: email,
    passwordRepeat: email,
  });
  stores.db.close();
  return dataDir;
}
