// A QR code drawn by the `qrcode` package into a data: URL (the CSP allows img data:).
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export function QrCode({
  text,
  label,
  size = 220,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(text, { width: size, margin: 1, errorCorrectionLevel: 'M' }).then(
      (url) => {
        if (live) setSrc(url);
      },
    );
    return () => {
      live = false;
    };
  }, [text, size]);
  return src ? (
    <img className="qr-code" src={src} width={size} height={size} alt={label} data-qr-text={text} />
  ) : (
    <div className="qr-code" style={{ width: size, height: size }} aria-busy="true" />
  );
}
