// Issues IDnow Ident-IDs ("TST-KXRZB"): eight letters from a CSPRNG, never one given before.
// 26^8 ≈ 2·10^11 of them, so a clash is rare and a few fresh draws always find a free one.
import { randomInt } from 'node:crypto';
import type { AccountsRepo } from './accounts-repo.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MAX_DRAWS = 16;

function drawIdentId(): string {
  const letters = Array.from({ length: 8 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
  return `${letters.slice(0, 3)}-${letters.slice(3)}`;
}

/** Inside the write's transaction, so the uniqueness check and the insert cannot interleave. */
export function issueIdentId(accounts: AccountsRepo, accountId: string, at: string): string {
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const identId = drawIdentId();
    if (accounts.isIdentIdTaken(identId)) continue;
    accounts.giveIdent(accountId, identId, at);
    return identId;
  }
  // Sixteen clashes in a row would mean a broken random source, not bad luck.
  throw new Error('Aucun Ident-ID libre après 16 tirages.');
}
