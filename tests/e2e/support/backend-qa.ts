// Reads what the reference backend sent, through its QA control API.
import { qaMessagesResponse, qaRoutes, type QaMessage } from '../../../src/contract/csm/qa-api.js';

export async function messagesTo(backendUrl: string, to: string): Promise<QaMessage[]> {
  const response = await fetch(
    `${backendUrl}${qaRoutes.messages.path}?to=${encodeURIComponent(to)}`,
  );
  if (!response.ok) throw new Error(`QA messages: HTTP ${response.status}`);
  return qaMessagesResponse.parse(await response.json()).messages;
}
