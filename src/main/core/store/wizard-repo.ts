// The wizard's saved progress: one snapshot (JSON, secrets already blanked) per machine id.
import type { Db } from './open-store.js';

type Raw = { snapshot: string; saved_at: string };

export function createWizardRepo(db: Db) {
  const save = db.prepare(
    `INSERT INTO wizard_progress (machine_id, user_id, snapshot, saved_at)
     VALUES (@machineId, @userId, @snapshot, @savedAt)
     ON CONFLICT(machine_id) DO UPDATE SET
       user_id = excluded.user_id, snapshot = excluded.snapshot, saved_at = excluded.saved_at`,
  );
  const load = db.prepare<[string], Raw>(
    'SELECT snapshot, saved_at FROM wizard_progress WHERE machine_id = ?',
  );
  const clear = db.prepare('DELETE FROM wizard_progress WHERE machine_id = ?');
  // A snapshot may name a user without the caller having said so (the app machine keeps the
  // open user in its context): a local id is a UUID, so finding it in the JSON is exact enough.
  const clearFor = db.prepare(
    `DELETE FROM wizard_progress WHERE user_id = @userId OR instr(snapshot, @userId) > 0`,
  );
  return {
    save(p: { machineId: string; userId: string | null; snapshot: string; savedAt: string }) {
      save.run(p);
    },
    load(machineId: string): { snapshot: unknown; savedAt: string } | null {
      const row = load.get(machineId);
      return row ? { snapshot: JSON.parse(row.snapshot) as unknown, savedAt: row.saved_at } : null;
    },
    clear: (machineId: string): boolean => clear.run(machineId).changes > 0,
    /** Removes every saved progress about this user; returns how many. */
    clearForUser: (userId: string): number => clearFor.run({ userId }).changes,
  };
}
export type WizardRepo = ReturnType<typeof createWizardRepo>;
