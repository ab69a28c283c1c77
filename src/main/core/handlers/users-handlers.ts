// The users on this tablet: list, register, remove, and Actualiser (every status from CSM).
// The services raise their own change signals; nothing here publishes. A registration whose
// password CSM's policy refuses is refused before anything is saved.
import { fail, ok } from '../../../contract/kiosk/errors.js';
import type { HandlerMap } from '../command-handlers.js';
import type { UsersService } from '../services/users-service.js';
import type { StatusRefresh } from '../sync/status-refresh.js';
import type { SyncEngine } from '../sync/sync-engine.js';
import { weakPasswordRefusal } from './password-precheck.js';

export interface UsersHandlersDeps {
  users: Pick<UsersService, 'list' | 'register' | 'remove' | 'replacePassword'>;
  refresh: Pick<StatusRefresh, 'refreshAll'>;
  sync: Pick<SyncEngine, 'retryNow'>;
}

export function usersHandlers({ users, refresh, sync }: UsersHandlersDeps) {
  return {
    'users.list': () => ok(users.list()),
    'users.register': async (input) =>
      (await weakPasswordRefusal('password', input.password, input.email)) ??
      ok(users.register(input)),
    'users.remove': ({ userId }) => users.remove(userId),
    // CSM refused the registration's password: the same policy checks the new one first.
    'users.replacePassword': async ({ userId, password }) => {
      const user = users.list().find((u) => u.id === userId);
      if (!user) return fail('NOT_FOUND');
      return (
        (await weakPasswordRefusal('password', password, user.email)) ??
        users.replacePassword(userId, password)
      );
    },
    'users.refresh': async () => {
      const result = await refresh.refreshAll();
      if (!result.ok) return result;
      // The technician asked for news: what waits on a backoff is tried now too.
      sync.retryNow();
      return ok(users.list());
    },
  } satisfies HandlerMap;
}
