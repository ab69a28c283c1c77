// What the CSM server's QA API says, for the QA console: its messages, accounts, IDnow
// sessions, fault rules and simulation, read in parallel. null when any of them does not answer
// (a CSM server started without --qa, or one out of reach): the console says "no QA API".
import type { QaBackendView } from '../../../contract/kiosk/qa-console.js';
import type { QaClient } from '../csm/qa-client.js';

export async function readBackendView(qa: QaClient): Promise<QaBackendView | null> {
  const [messages, accounts, idents, faults, simulation] = await Promise.all([
    qa.messages(),
    qa.accounts(),
    qa.idents(),
    qa.faults(),
    qa.simulation(),
  ]);
  if (!messages.ok || !accounts.ok || !idents.ok || !faults.ok || !simulation.ok) return null;
  return {
    messages: messages.value.messages,
    accounts: accounts.value.accounts,
    idents: idents.value.idents,
    faults: faults.value.rules,
    simulation: simulation.value,
  };
}
