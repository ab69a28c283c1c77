import { describe, expect, it } from 'vitest';
import { imageTypeOf } from '../../../src/backend/idnow/image-check.js';
import { checkPhoto } from '../../../src/backend/idnow/photo-check.js';
import { tinyPng } from '../../support/tiny-png.js';

const limits = { maxPhotoBytes: 1024 };
const bytes = (...values: number[]) => Buffer.from(values);
const ascii = (text: string) => Buffer.from(text, 'latin1');

describe('photos from the smartphone page', () => {
  it('recognises the formats a phone camera produces by their first bytes', () => {
    expect(imageTypeOf(tinyPng([1, 2, 3]))).toBe('image/png');
    expect(imageTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(imageTypeOf(ascii('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(imageTypeOf(ascii('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00'))).toBe('image/heic');
  });

  it('calls nothing else an image: PDF, SVG, video, a cut JPEG, an empty file', () => {
    for (const other of [
      ascii('%PDF-1.7\n'),
      ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      ascii('\x00\x00\x00\x18ftypmp42'),
      bytes(0xff, 0xd8),
      Buffer.alloc(0),
    ]) {
      expect(imageTypeOf(other)).toBeNull();
    }
  });

  it('keeps only the fingerprint and size of an accepted photo', () => {
    const png = tinyPng([200, 10, 10]);
    const accepted = checkPhoto(png, [], { maxPhotoBytes: 10_000 });
    expect(accepted).toEqual({
      ok: true,
      value: {
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        size: png.length,
        mediaType: 'image/png',
      },
    });
  });

  it('refuses an empty file, a file over the limit and a file that is not an image', () => {
    const refusal = (body: Buffer) => {
      const result = checkPhoto(body, [], limits);
      return result.ok ? null : result.error;
    };
    expect(refusal(Buffer.alloc(0))?.message).toBe('La photo est vide. Reprenez-la.');
    expect(refusal(Buffer.concat([tinyPng([0, 0, 0]), Buffer.alloc(1024)]))?.message).toMatch(
      /^La photo dépasse 0 Mo/,
    );
    expect(refusal(ascii('%PDF-1.7'))).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Ce fichier n’est pas une photo (JPEG, PNG, WebP ou HEIC attendu).',
    });
  });

  it('refuses the same photo sent for a second step', () => {
    const png = tinyPng([5, 5, 5]);
    const first = checkPhoto(png, [], { maxPhotoBytes: 10_000 });
    if (!first.ok) throw new Error('first photo refused');
    const again = checkPhoto(png, [first.value], { maxPhotoBytes: 10_000 });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/déjà été envoyée pour une autre étape/);
  });
});
