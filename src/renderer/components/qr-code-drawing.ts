// Drawing a QR code off the frame that opens its screen: the drawing (and the `qrcode` chunk's
// first load) waits until that frame is out, and each text is drawn once per session, so the
// same Ident-ID shown again costs nothing.
const drawn = new Map<string, string>();

/** The frame being prepared goes out first: a task posted from its animation-frame callback
 * runs once it has been painted (setTimeout alone where there are no frames). */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });

/** The data: URL already drawn for this text, if any. */
export const drawnQrCode = (text: string): string | undefined => drawn.get(text);

export async function drawQrCode(text: string): Promise<string> {
  const ready = drawn.get(text);
  if (ready) return ready;
  await afterNextPaint();
  const { default: QRCode } = await import('qrcode');
  // SVG, not a canvas encoded to PNG: no pixels to compress, and it stays sharp at any size.
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  drawn.set(text, src);
  return src;
}
