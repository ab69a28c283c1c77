// qa.*: the QA console's commands, only with --qa (FORBIDDEN otherwise). The kiosk page's
// machines, the outbox and sync as the core sees them, and the CSM server's QA API reached
// through the server in use: the console has no other way in.
import { fail, ok } from '../../../contract/kiosk/errors.js';
import type { OutboxEntry } from '../../../contract/kiosk/qa-console.js';
import type { HandlerMap } from '../command-handlers.js';
import { createQaClient, type QaClient } from '../csm/qa-client.js';
import { readBackendView } from '../qa/backend-view.js';
import { nudgeReachability } from '../qa/fault-nudge.js';
import type { MachineTraces } from '../qa/machine-traces.js';
import type { SyncEngine } from '../sync/sync-engine.js';

/** The overview is polled every second: a server that does not answer must not hold it long. */
export const QA_OVERVIEW_TIMEOUT_MS = 2_000;

export interface QaHandlerDeps {
  qa: boolean;
  machines: MachineTraces;
  outbox: () => OutboxEntry[];
  sync: Pick<SyncEngine, 'status' | 'checkNow' | 'retryNow'>;
  /** The CSM server in use now (it may change with the settings). */
  backendUrl: () => string;
  connect?: (url: string) => QaClient;
}

export function qaHandlers(deps: QaHandlerDeps) {
  if (!deps.qa) {
    const forbidden = () => fail('FORBIDDEN');
    return {
      'qa.trace': forbidden,
      'qa.overview': forbidden,
      'qa.setFaults': forbidden,
      'qa.decideIdent': forbidden,
    } satisfies HandlerMap;
  }
  const connect = deps.connect ?? ((url) => createQaClient(url, QA_OVERVIEW_TIMEOUT_MS));
  const backend = () => connect(deps.backendUrl());
  return {
    'qa.trace': ({ machines }) => {
      deps.machines.report(machines);
      return ok({});
    },
    'qa.overview': async () =>
      ok({
        machines: deps.machines.current(),
        outbox: deps.outbox(),
        sync: deps.sync.status(),
        backendUrl: deps.backendUrl(),
        backend: await readBackendView(backend()),
      }),
    'qa.setFaults': async ({ rules }) => {
      const set = await backend().setFaults(rules);
      if (set.ok) nudgeReachability(deps.sync, set.value.rules);
      return set;
    },
    'qa.decideIdent': ({ identId, result }) => backend().decide(identId, result),
  } satisfies HandlerMap;
}
