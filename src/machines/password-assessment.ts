// What the password forms share: CSM's policy assesses the password as it is typed. A form
// invokes `passwordPolicy` while its fields are open and, once typing pauses (a delayed
// `PASSWORD_TYPING_PAUSED` to itself), sends it `ASSESS_PASSWORD`; the policy answers
// `PASSWORD_ASSESSED`. The host provides the real one (the policy's
// word lists are the host's to load); this default never answers, which the forms read as "no
// advice": the core still checks at the save. Answers carry the number of the request, so one
// about a password typed since is ignored.
import { fromCallback } from 'xstate';
import type { PasswordVerdict } from '../contract/csm/password-policy.js';

export interface AssessPasswordEvent {
  type: 'ASSESS_PASSWORD';
  seq: number;
  password: string;
  /** The address the password may not be, nor be made of; possibly half typed. */
  email: string;
}

/** Raised by a form to itself once typing has paused for PASSWORD_ASSESS_DELAY_MS. */
export interface PasswordTypingPausedEvent {
  type: 'PASSWORD_TYPING_PAUSED';
}

export interface PasswordAssessedEvent {
  type: 'PASSWORD_ASSESSED';
  seq: number;
  verdict: PasswordVerdict;
}

/** How long typing must pause before the password is assessed (a check costs tens of ms). */
export const PASSWORD_ASSESS_DELAY_MS = 250;

export const unansweredPasswordPolicy = fromCallback<AssessPasswordEvent>(() => undefined);
