// The tablet side of the reference backend's QA control API (loopback only, served with --qa):
// what the demo's inbox and the QA console read and steer. Same answer reading as the CSM
// client; a backend without the API answers NOT_FOUND, which the callers show as "no QA API".
import { z } from 'zod/mini';
import {
  qaAccountsResponse,
  qaDecideResponse,
  qaFaultsResponse,
  qaIdentsResponse,
  qaMessagesResponse,
  qaRoutes,
  qaSimulation,
  type FaultRule,
  type QaSimulationPatch,
} from '../../../contract/csm/qa-api.js';
import type { IdentResult } from '../../../contract/csm/idnow.js';
import type { Result } from '../../../contract/kiosk/errors.js';
import { fetchAnswer } from './read-answer.js';

export const QA_REQUEST_TIMEOUT_MS = 5_000;

export interface QaClient {
  readonly baseUrl: string;
  messages(): Promise<Result<z.output<typeof qaMessagesResponse>>>;
  accounts(): Promise<Result<z.output<typeof qaAccountsResponse>>>;
  idents(): Promise<Result<z.output<typeof qaIdentsResponse>>>;
  faults(): Promise<Result<z.output<typeof qaFaultsResponse>>>;
  setFaults(rules: FaultRule[]): Promise<Result<z.output<typeof qaFaultsResponse>>>;
  decide(identId: string, result: IdentResult): Promise<Result<z.output<typeof qaDecideResponse>>>;
  simulation(): Promise<Result<z.output<typeof qaSimulation>>>;
  setSimulation(patch: QaSimulationPatch): Promise<Result<z.output<typeof qaSimulation>>>;
  /** Empties the backend's data (accounts, messages, IDnow sessions) and its fault rules. */
  reset(): Promise<Result<undefined>>;
}

export function createQaClient(baseUrl: string, timeoutMs = QA_REQUEST_TIMEOUT_MS): QaClient {
  const root = baseUrl.replace(/\/+$/, '');
  async function call<S extends z.ZodMiniType>(
    route: { method: string; path: string },
    schema: S,
    body?: unknown,
    path = route.path,
  ): Promise<Result<z.output<S>>> {
    const headers = { accept: 'application/json' };
    return fetchAnswer(root + path, { method: route.method, headers, body, timeoutMs }, schema);
  }
  return {
    baseUrl: root,
    messages: () => call(qaRoutes.messages, qaMessagesResponse),
    accounts: () => call(qaRoutes.accounts, qaAccountsResponse),
    idents: () => call(qaRoutes.idents, qaIdentsResponse),
    faults: () => call({ method: 'GET', path: qaRoutes.faults.path }, qaFaultsResponse),
    setFaults: (rules) => call(qaRoutes.faults, qaFaultsResponse, { rules }),
    decide: (identId, result) =>
      call(
        qaRoutes.decide,
        qaDecideResponse,
        { result },
        qaRoutes.decide.path.replace(':identId', encodeURIComponent(identId)),
      ),
    simulation: () => call(qaRoutes.simulation, qaSimulation),
    setSimulation: (patch) => call(qaRoutes.setSimulation, qaSimulation, patch),
    reset: () => call(qaRoutes.reset, z.undefined()),
  };
}
