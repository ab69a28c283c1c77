// Brings a database to the newest schema, one transaction per migration, and refuses a
// database written by a newer CSM Kiosk rather than guess at its tables.
import type { Database } from 'better-sqlite3';
import { migrations as defaultMigrations, type Migration } from './migrations/registry.js';

export class FutureSchemaError extends Error {
  constructor(found: number, known: number) {
    super(
      `La base de données a été créée par une version plus récente de CSM Kiosk (schéma ${found}, ` +
        `cette version connaît ${known}). Mettez à jour l’application.`,
    );
    this.name = 'FutureSchemaError';
  }
}

export function migrate(db: Database, migrations: readonly Migration[] = defaultMigrations): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new FutureSchemaError(current, migrations.length);
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return migrations.length;
}
