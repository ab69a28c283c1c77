// The wizard's saved progress: a machine's persisted snapshot (secrets blanked) under an id, so a
// tablet switched off mid-journey reopens at the same step.
import { z } from 'zod/mini';
import { localUserId } from './user.js';

/** Far above an app snapshot with its children (a few KiB), well under the bridges' body limit. */
export const WIZARD_SNAPSHOT_MAX_BYTES = 32 * 1024;

export const machineId = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'invalid' }));

/** UTF-8 length of a text. The contract also runs in the preload's sandbox, which has neither
 * Buffer nor TextEncoder. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4; // a surrogate pair: one character, four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const jsonSnapshot = z.unknown().check(
  z.refine(
    (value) => {
      if (value === undefined) return false;
      try {
        const json = JSON.stringify(value);
        return json !== undefined && utf8Length(json) <= WIZARD_SNAPSHOT_MAX_BYTES;
      } catch {
        return false; // a cycle or a BigInt: not a snapshot
      }
    },
    { error: 'too_long' },
  ),
);

export const wizardSaveInput = z.object({
  machineId,
  snapshot: jsonSnapshot,
  /** The user the journey is about, if any: removing that user also erases this progress. */
  userId: z.optional(localUserId),
});
export type WizardSaveInput = z.input<typeof wizardSaveInput>;

export const wizardRef = z.object({ machineId });

export const savedProgress = z.object({ snapshot: z.unknown(), savedAt: z.string() });
export type SavedProgress = z.infer<typeof savedProgress>;
