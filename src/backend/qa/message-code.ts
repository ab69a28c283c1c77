// Reads the Token or confirmation code a message carries back from its text. The log keeps
// bodies sealed and codes only as HMACs, so this is the one way QA and the demo's inbox learn a
// code: nothing about it is ever written to disk in clear.
import type { QaMessage } from '../../contract/csm/qa-api.js';

export type MessageCode = NonNullable<QaMessage['code']>;

// The code follows the word "code" in every message that carries one, in every language, German
// compounds included ("Votre code Token de vérification : 123456", "Bestätigungscode: 123456");
// other six-digit numbers in a text are not codes.
const CODE_IN_TEXT = /code\b[^\d\n]{0,80}?(?<!\d)(\d{6})(?!\d)/i;

function kindOf(text: string): MessageCode['kind'] {
  if (/\btoken\b/i.test(text)) return 'token';
  if (/mot de passe|passwor[dt]/i.test(text)) return 'password';
  return 'mobile';
}

/** The code in the message's body and what it is for; null when it carries none. */
export function codeOf(message: Pick<QaMessage, 'subject' | 'body'>): MessageCode | null {
  const code = CODE_IN_TEXT.exec(message.body)?.[1];
  if (!code) return null;
  return { code, kind: kindOf(`${message.subject}\n${message.body}`) };
}
