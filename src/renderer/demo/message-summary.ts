// What tells one message from another in the tray's list at a glance: every CSM mail starts
// "Cyber Security Management : vot…", so a row leads with what the message is for (Token,
// Ident-ID, SMS code, password) and what it carries (the code, the Ident-ID).
import type { DemoMessage } from '../../contract/kiosk/demo.js';

export type MessageKind = 'token' | 'ident' | 'mobile' | 'password' | 'other';

export interface MessageSummary {
  kind: MessageKind;
  /** The code or the Ident-ID the message carries, else null. */
  carries: string | null;
  /** For a message without either: the subject's own words, past the sender's name. */
  topic: string | null;
}

// An Ident-ID as IDnow writes it (ABC-DEFGH); an IDnow mail carries one and no code.
const IDENT_ID = /\b[A-Z]{3}-[A-Z]{5}\b/;
// "Cyber Security Management : votre code Token" (fr), "…: Ihr Token-Code" (de, en).
const SENDER_PREFIX = /^.*?\s?:\s+/;

/** What a row says of a message: an e-mail's subject, an SMS's first line. */
export function headline(message: DemoMessage): string {
  if (message.channel === 'email' && message.subject) return message.subject;
  return message.body.split('\n').find((line) => line.trim() !== '') ?? '';
}

export function summarize(message: DemoMessage): MessageSummary {
  const code = message.code ?? null;
  if (code) return { kind: code.kind, carries: code.code, topic: null };
  const identId = IDENT_ID.exec(message.body)?.[0];
  if (message.channel === 'email' && identId) {
    return { kind: 'ident', carries: identId, topic: null };
  }
  const topic = headline(message).replace(SENDER_PREFIX, '');
  return { kind: 'other', carries: null, topic: topic || null };
}
