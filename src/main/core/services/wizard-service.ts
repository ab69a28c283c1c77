// The wizard's progress, saved at every step so a restarted tablet reopens where it was left.
// Secrets never reach the disk: the renderer blanks the fields named in persisted-progress.ts
// (password, passwordRepeat, newPassword, newPasswordRepeat, token, confirmationCode) before
// sending, and the core blanks them again with the same function, so a caller that forgot
// cannot write one either. Anything else in the snapshot is stored as given.
import { fail, ok, type Result } from '../../../contract/kiosk/errors.js';
import type { SavedProgress } from '../../../contract/kiosk/progress.js';
import { withoutSecrets } from '../../../machines/persisted-progress.js';
import type { Clock } from '../clock.js';
import type { UsersRepo } from '../store/users-repo.js';
import type { WizardRepo } from '../store/wizard-repo.js';

export interface WizardServiceDeps {
  wizard: WizardRepo;
  users: UsersRepo;
  clock: Clock;
}

export function createWizardService({ wizard, users, clock }: WizardServiceDeps) {
  return {
    save(input: { machineId: string; snapshot: unknown; userId?: string }): Result<{
      savedAt: string;
    }> {
      if (input.userId !== undefined && users.get(input.userId) === null) {
        return fail('NOT_FOUND');
      }
      const savedAt = new Date(clock.now()).toISOString();
      wizard.save({
        machineId: input.machineId,
        userId: input.userId ?? null,
        snapshot: JSON.stringify(withoutSecrets(input.snapshot)),
        savedAt,
      });
      return ok({ savedAt });
    },
    load: (machineId: string): SavedProgress | null => wizard.load(machineId),
    clear: (machineId: string) => ({ cleared: wizard.clear(machineId) }),
  };
}
export type WizardService = ReturnType<typeof createWizardService>;
