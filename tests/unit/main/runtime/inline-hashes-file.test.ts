// The renderer build's inline hashes as the hosts read them into their CSP: exactly the build's
// hash sources, nothing that could add a directive, never 'unsafe-inline'.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INLINE_HASHES_FILE } from '../../../../src/contract/kiosk/inline-hashes.js';
import { contentSecurityPolicy } from '../../../../src/main/runtime/content-security-policy.js';
import { readInlineHashes } from '../../../../src/main/runtime/inline-hashes-file.js';
import { useTempDir } from '../../../support/temp-dir.js';

const SCRIPT = 'sha256-6maUFVHfYHw15FT4IqbiP0AA1tLy7PhwpFMspJWWuEs=';
const STYLE = 'sha256-/gN6tv8eQTzPTLb/+6ik2J/3rEd2/OsoBP9l/GE5CPs=';

describe('inline hashes file', () => {
  const tempDir = useTempDir();
  const withFile = (content: string) => {
    const dir = tempDir();
    writeFileSync(join(dir, INLINE_HASHES_FILE), content);
    return dir;
  };

  it('reads the hashes the build wrote', async () => {
    const dir = withFile(JSON.stringify({ scripts: [SCRIPT], styles: [STYLE] }));
    await expect(readInlineHashes(dir)).resolves.toEqual({ scripts: [SCRIPT], styles: [STYLE] });
  });

  it('allows no inline code when the build wrote none', async () => {
    await expect(readInlineHashes(tempDir())).resolves.toEqual({ scripts: [], styles: [] });
  });

  it.each([
    ['a source that would add a directive', { scripts: [`${SCRIPT}'; script-src *`], styles: [] }],
    ["'unsafe-inline'", { scripts: ['unsafe-inline'], styles: [] }],
    ['a hash of another length', { scripts: ['sha256-AAAA'], styles: [] }],
    ['another key', { scripts: [], styles: [], fonts: [] }],
  ])('refuses %s', async (_what, content) => {
    await expect(readInlineHashes(withFile(JSON.stringify(content)))).rejects.toThrow(
      INLINE_HASHES_FILE,
    );
  });

  it('refuses a file that is not JSON', async () => {
    await expect(readInlineHashes(withFile('script-src *'))).rejects.toThrow();
  });
});

describe('content security policy with inline hashes', () => {
  it('allows the inline script and styles by their hash only, beside self', () => {
    const csp = contentSecurityPolicy([], { scripts: [SCRIPT], styles: [STYLE] });
    expect(csp).toContain(`script-src 'self' '${SCRIPT}';`);
    expect(csp).toContain(`style-src 'self' '${STYLE}';`);
    expect(csp.startsWith("default-src 'none'")).toBe(true);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("is 'self' alone without hashes", () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
  });
});
