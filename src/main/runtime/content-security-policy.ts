// The renderer's Content Security Policy, the same for both hosts (Electron's app:// scheme and
// the emulation server). It starts from nothing and allows only what the Vite build needs from
// its own origin: the page talks to the core through the bridge, so nothing beyond 'self'. In
// the emulation's demo mode the page frames one more origin: the demo backend's phone page.

export function contentSecurityPolicy(frameOrigins: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...(frameOrigins.length > 0 ? [`frame-src ${frameOrigins.join(' ')}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
