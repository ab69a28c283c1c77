// What the backend sends a person, whatever carries it: an e-mail now, an SMS later.
export type Channel = 'email' | 'sms';

export interface OutgoingMessage {
  channel: Channel;
  to: string;
  /** Empty for an SMS. */
  subject: string;
  body: string;
}

/** A message once it is in the log: the id QA sees and the time it was sent. */
export interface LoggedMessage extends OutgoingMessage {
  id: string;
  sentAt: string;
}
