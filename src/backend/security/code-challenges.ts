// The one rule book for every code a technician types (e-mail Token, SMS or e-mail confirmation
// codes): six digits from a CSPRNG, kept only as an HMAC, single use, valid 10 minutes, void
// after 5 wrong tries, a new one no sooner than 60 s after the last. Runs inside the caller's
// write transaction, so a counted wrong try commits with the answer that reports it.
import { randomUUID } from 'node:crypto';
import { CODE_MAX_TRIES, CODE_RESEND_AFTER_S, CODE_TTL_S } from '../../contract/csm/codes.js';
import { ok, type AppError, type ErrorCode, type Result } from '../result.js';
import { errorTexts } from '../http/error-texts.js';
import { codeMatches, hashCode, newCode } from './codes.js';
import type {
  Challenge,
  ChallengeChannel,
  ChallengeKind,
  CodeChallengesRepo,
} from './code-challenges-repo.js';

export interface IssuedCode {
  challengeId: string;
  /** In clear only on its way into the message; never stored. */
  code: string;
  expiresInS: number;
  resendAfterS: number;
}

export interface ChallengeRequest {
  accountId: string;
  kind: ChallengeKind;
  channel: ChallengeChannel;
  payload?: string | null;
}

/** The Token is found by its account; the other codes by the challenge id their answer gave. */
export interface ChallengeRef {
  accountId: string;
  kind: ChallengeKind;
  challengeId?: string;
}

export interface CodeChallenges {
  /** TOO_SOON within the cooldown; otherwise voids the previous code and stores a new one. */
  issue(request: ChallengeRequest): Result<IssuedCode>;
  /** The challenge, now used, when the code is right; a typed refusal otherwise. */
  redeem(ref: ChallengeRef, code: string): Result<Challenge>;
}

const refusal = (code: ErrorCode, message: string, details?: AppError['details']) =>
  ({ ok: false, error: details ? { code, message, details } : { code, message } }) as const;

export function createCodeChallenges(
  repo: CodeChallengesRepo,
  key: Buffer,
  now: () => Date,
): CodeChallenges {
  function cooldownS(accountId: string, kind: ChallengeKind): number {
    const last = repo.latest(accountId, kind);
    if (!last) return 0;
    const waitedMs = now().getTime() - new Date(last.createdAt).getTime();
    return Math.max(0, Math.ceil(CODE_RESEND_AFTER_S - waitedMs / 1000));
  }

  function find(ref: ChallengeRef): Challenge | null {
    const challenge =
      ref.challengeId === undefined
        ? repo.latest(ref.accountId, ref.kind)
        : repo.get(ref.challengeId);
    // Another account's or another kind's challenge is, for this call, no challenge at all.
    if (!challenge || challenge.accountId !== ref.accountId || challenge.kind !== ref.kind) {
      return null;
    }
    return challenge;
  }

  return {
    issue(request) {
      const wait = cooldownS(request.accountId, request.kind);
      if (wait > 0) {
        return refusal('TOO_SOON', errorTexts.TOO_SOON, { retryAfterS: wait });
      }
      const at = now();
      const id = randomUUID();
      const code = newCode();
      repo.replace({
        id,
        accountId: request.accountId,
        kind: request.kind,
        payload: request.payload ?? null,
        channel: request.channel,
        codeHash: hashCode(key, request.accountId, code),
        createdAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + CODE_TTL_S * 1000).toISOString(),
      });
      return ok({
        challengeId: id,
        code,
        expiresInS: CODE_TTL_S,
        resendAfterS: CODE_RESEND_AFTER_S,
      });
    },
    redeem(ref, code) {
      const challenge = find(ref);
      if (!challenge) {
        return refusal(
          'CODE_VOID',
          'Aucun code valable pour cette demande. Demandez un nouveau code.',
        );
      }
      if (challenge.usedAt !== null) {
        return refusal('WRONG_STATE', 'This code was already used; ask for a new one.');
      }
      if (challenge.supersededAt !== null) {
        return refusal('CODE_VOID', 'A newer code was sent: only the last one is valid.');
      }
      if (challenge.attempts >= CODE_MAX_TRIES) {
        return refusal('CODE_VOID', errorTexts.CODE_VOID, { triesLeft: 0 });
      }
      if (now().getTime() >= new Date(challenge.expiresAt).getTime()) {
        return refusal('CODE_EXPIRED', errorTexts.CODE_EXPIRED);
      }
      if (!codeMatches(key, challenge.accountId, code, challenge.codeHash)) {
        repo.countAttempt(challenge.id);
        const triesLeft = CODE_MAX_TRIES - challenge.attempts - 1;
        // The fifth wrong try voids the code at once: saying "0 tries left" would only invite
        // a sixth that cannot succeed.
        return triesLeft > 0
          ? refusal('CODE_INVALID', errorTexts.CODE_INVALID, { triesLeft })
          : refusal('CODE_VOID', errorTexts.CODE_VOID, { triesLeft: 0 });
      }
      repo.markUsed(challenge.id, now().toISOString());
      return ok(challenge);
    },
  };
}
