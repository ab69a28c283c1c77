// What the page and the password policy's worker say to each other.
import type { PasswordVerdict } from '../../contract/csm/password-policy.js';

export type PolicyQuestion =
  { kind: 'warm' } | { kind: 'check'; id: number; password: string; email: string };

/** A verdict, or null when the policy could not load. */
export interface PolicyAnswer {
  id: number;
  verdict: PasswordVerdict | null;
}
