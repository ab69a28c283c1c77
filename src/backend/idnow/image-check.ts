// Tells an image from anything else by its first bytes, whatever the Content-Type claims:
// the formats a smartphone camera or gallery hands to a file input.
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// ISO-BMFF brands of HEIC/HEIF stills (iPhones, recent Android phones).
const HEIF_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'];

export function imageTypeOf(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (
    startsWith(bytes, ascii('ftyp'), 4) &&
    HEIF_BRANDS.some((brand) => startsWith(bytes, ascii(brand), 8))
  ) {
    return 'image/heic';
  }
  return null;
}
