// The CSP hash source of an inline script or style, as the browser computes it: SHA-256 of the
// element's text in UTF-8, base64. Web Crypto, so this build step needs no Node import.

export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}
