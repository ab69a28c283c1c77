// Brings a SQLite database to the newest schema, one transaction per migration, and refuses a
// database written by a newer version rather than guess at its tables. Shared by the tablet's
// store and the reference backend.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export class FutureSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
    owner: string,
  ) {
    super(
      `La base de données de ${owner} a été créée par une version plus récente ` +
        `(schéma ${found}, cette version connaît ${known}). Mettez à jour ${owner}.`,
    );
    this.name = 'FutureSchemaError';
  }
}

/** Returns the schema version the database is at afterwards. */
export function migrate(db: Database, migrations: readonly Migration[], owner: string): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
    }
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new FutureSchemaError(current, migrations.length, owner);
  for (const m of migrations.slice(current)) {
    // user_version is written inside the same transaction, so a crash leaves either the old
    // schema and number or the new ones, never a mix.
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return migrations.length;
}
