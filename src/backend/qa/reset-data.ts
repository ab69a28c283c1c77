// Empties every table of the backend in one transaction: accounts, codes, messages, idempotency
// keys, IDnow sessions, and whatever a later migration adds, without a list to keep up to date.
import type { Db } from '../db/open-database.js';

export function resetData(db: Db): void {
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    .all()
    .map((row) => row.name);
  db.transaction(() => {
    // Foreign keys are checked at commit, when every table is already empty, so the order of
    // the deletes does not matter.
    db.pragma('defer_foreign_keys = ON');
    for (const table of tables) db.prepare(`DELETE FROM "${table.replaceAll('"', '""')}"`).run();
    // AUTOINCREMENT counters too: a reset backend numbers its messages from 1 again.
    const hasSequence = db
      .prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_sequence'`)
      .get();
    if (hasSequence) db.prepare(`DELETE FROM sqlite_sequence`).run();
  }).immediate();
}
