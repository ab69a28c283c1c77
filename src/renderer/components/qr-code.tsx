// A QR code drawn by the `qrcode` package as an SVG data: URL (the CSP allows img data:). It is
// drawn after the screen that shows it has painted: the tap that opened the screen shows its
// frame first, the code a moment later in the place kept for it. The package is a chunk of its
// own, and a code already drawn (the same Ident-ID shown again) comes from the cache at once.
import { useEffect, useState } from 'react';
import { drawnQrCode, drawQrCode } from './qr-code-drawing.js';

export function QrCode({
  text,
  label,
  size = 220,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const [drawn, setDrawn] = useState<{ text: string; src: string } | null>(null);
  // A text drawn before shows at once; a new one waits for its drawing.
  const src = drawnQrCode(text) ?? (drawn?.text === text ? drawn.src : undefined);
  useEffect(() => {
    if (drawnQrCode(text)) return;
    let live = true;
    void drawQrCode(text).then((src) => {
      if (live) setDrawn({ text, src });
    });
    return () => {
      live = false;
    };
  }, [text]);
  return src ? (
    <img className="qr-code" src={src} width={size} height={size} alt={label} data-qr-text={text} />
  ) : (
    <div className="qr-code" style={{ width: size, height: size }} aria-busy="true" />
  );
}
