// What the backend's event loop and its password-check worker say to each other.
import type { PasswordVerdict } from '../../contract/csm/password-policy.js';

export interface CheckRequest {
  id: number;
  password: string;
  email: string;
}

export interface CheckReply {
  id: number;
  verdict: PasswordVerdict;
}
