// Device credentials in the backend database (migration 005): rows found by id, the secret
// only as its SHA-256.
import type { Db } from '../db/open-database.js';

export interface CredentialRow {
  id: string;
  accountId: string;
  deviceId: string;
  secretSha256: Buffer;
  createdAt: string;
  lastUsedAt: string | null;
  replacedBy: string | null;
  revokedAt: string | null;
}

export interface DeviceCredentialsRepo {
  get(id: string): CredentialRow | null;
  insert(
    row: Pick<CredentialRow, 'id' | 'accountId' | 'deviceId' | 'secretSha256' | 'createdAt'>,
  ): void;
  /** Revokes every live credential of this tablet for this account, but `keep`. */
  revokeDevice(accountId: string, deviceId: string, at: string, keep?: string): void;
  /** The credential stays live until `replacement` is first used. */
  replace(id: string, replacement: string): void;
  /** Stamps a use; the first use of a replacement voids what it replaced. */
  used(id: string, at: string, first: boolean): void;
}

const COLUMNS = `id, account_id AS accountId, device_id AS deviceId, secret_sha256 AS secretSha256,
                 created_at AS createdAt, last_used_at AS lastUsedAt, replaced_by AS replacedBy,
                 revoked_at AS revokedAt`;

export function createDeviceCredentialsRepo(db: Db): DeviceCredentialsRepo {
  const get = db.prepare<[string], CredentialRow>(
    `SELECT ${COLUMNS} FROM device_credentials WHERE id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO device_credentials (id, account_id, device_id, secret_sha256, created_at)
     VALUES (@id, @accountId, @deviceId, @secretSha256, @createdAt)`,
  );
  const revokeDevice = db.prepare(
    `UPDATE device_credentials SET revoked_at = @at
     WHERE account_id = @accountId AND device_id = @deviceId AND revoked_at IS NULL
       AND id IS NOT @keep`,
  );
  const replace = db.prepare(`UPDATE device_credentials SET replaced_by = ? WHERE id = ?`);
  const stamp = db.prepare(`UPDATE device_credentials SET last_used_at = ? WHERE id = ?`);
  const voidReplaced = db.prepare(
    `UPDATE device_credentials SET revoked_at = ? WHERE replaced_by = ? AND revoked_at IS NULL`,
  );
  return {
    get: (id) => get.get(id) ?? null,
    insert: (row) => void insert.run(row),
    revokeDevice: (accountId, deviceId, at, keep) =>
      void revokeDevice.run({ accountId, deviceId, at, keep: keep ?? null }),
    replace: (id, replacement) => void replace.run(replacement, id),
    used: db.transaction((id: string, at: string, first: boolean) => {
      stamp.run(at, id);
      if (first) voidReplaced.run(at, id);
    }),
  };
}
