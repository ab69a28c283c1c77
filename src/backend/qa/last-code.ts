// Finds the last code sent to an address in the message log. The log keeps bodies sealed and
// codes are stored only as HMACs, so the code is read back from the unsealed body: nothing new
// about it is ever written to disk in clear.
import type { z } from 'zod';
import type { QaMessage, qaLastCodeResponse } from '../../contract/csm/qa-api.js';

export type LastCode = z.infer<typeof qaLastCodeResponse>;

// The code follows the word "code" in every message that carries one, in every language, German
// compounds included ("Votre code Token de vérification : 123456", "Bestätigungscode: 123456");
// other six-digit numbers in a text are not codes.
const CODE_IN_TEXT = /code\b[^\d\n]{0,80}?(?<!\d)(\d{6})(?!\d)/i;

function kindOf(message: QaMessage): LastCode['kind'] {
  const text = `${message.subject}\n${message.body}`;
  if (/\btoken\b/i.test(text)) return 'token';
  if (/mot de passe|passwor[dt]/i.test(text)) return 'password';
  return 'mobile';
}

/** `messages` oldest first, as the log lists them. */
export function lastCodeIn(messages: readonly QaMessage[]): LastCode | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    const code = message && CODE_IN_TEXT.exec(message.body)?.[1];
    if (message && code) {
      return { code, kind: kindOf(message), channel: message.channel, sentAt: message.sentAt };
    }
  }
  return null;
}
