// Accepts one photo from the smartphone page: an image by its bytes, not too large, not the same
// as another step's. Keeps only its fingerprint: the bytes are dropped with the request.
import { createHash } from 'node:crypto';
import { fail, ok, type Result } from '../result.js';
import { companionMessagesFr as messages } from './companion-messages-fr.js';
import type { Capture } from './idnow-sessions-repo.js';
import { imageTypeOf } from './image-check.js';

export interface PhotoLimits {
  maxPhotoBytes: number;
}

/** A phone camera's JPEG is 2 to 8 MB; 12 MiB leaves room without inviting abuse. */
export const DEFAULT_MAX_PHOTO_BYTES = 12 * 1024 * 1024;

export type PhotoPrint = Pick<Capture, 'sha256' | 'size' | 'mediaType'>;

export function checkPhoto(
  bytes: Buffer,
  others: readonly Pick<Capture, 'sha256'>[],
  limits: PhotoLimits,
): Result<PhotoPrint> {
  if (bytes.length === 0) return fail('INVALID_INPUT', messages.emptyImage, { photo: 'required' });
  if (bytes.length > limits.maxPhotoBytes) {
    const maxMb = Math.floor(limits.maxPhotoBytes / (1024 * 1024));
    return fail('INVALID_INPUT', messages.tooLarge(maxMb), { photo: 'invalid' });
  }
  const mediaType = imageTypeOf(bytes);
  if (mediaType === null) return fail('INVALID_INPUT', messages.notImage, { photo: 'invalid' });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (others.some((other) => other.sha256 === sha256)) {
    return fail('INVALID_INPUT', messages.samePhoto, { photo: 'invalid' });
  }
  return ok({ sha256, size: bytes.length, mediaType });
}
