import { describe, expect, it } from 'vitest';
import { IDNOW_COMPANION_PATH } from '../../../src/contract/csm/idnow.js';
import type { BackendOptions } from '../../../src/backend/server.js';
import { useBackends } from './support/backend-harness.js';

const { backend } = useBackends();
const DEMO_BUTTON = 'Utiliser une image de démonstration';

async function page(options: Partial<BackendOptions>) {
  const { app } = await backend(options);
  const html = await app.inject(IDNOW_COMPANION_PATH);
  const script = await app.inject(`${IDNOW_COMPANION_PATH}companion.js`);
  const frameAncestors = /frame-ancestors ([^;]+)/.exec(
    String(html.headers['content-security-policy']),
  )?.[1];
  return { html, script, frameAncestors };
}

describe('IDnow companion page in demo mode', () => {
  it('offers no demo picture and cannot be framed without demo', async () => {
    const { html, script, frameAncestors } = await page({});
    expect(html.body).not.toContain(DEMO_BUTTON);
    expect(script.body).not.toContain('demoPicture');
    expect(frameAncestors).toBe("'none'");
  });

  it('offers a demo picture at each of the three photo steps', async () => {
    const { html, script } = await page({ demo: true });
    const buttons = html.body.match(/<button[^>]*class="demo-photo"[^>]*>\s*([^<]+?)\s*</g) ?? [];
    expect(buttons).toHaveLength(3);
    for (const slot of ['document', 'selfie-near', 'selfie-far']) {
      expect(html.body).toMatch(
        new RegExp(`data-slot="${slot}" aria-describedby="label-${slot}">\\s*${DEMO_BUTTON}`),
      );
      expect(html.body).toContain(`id="label-${slot}"`);
    }
    expect(script.body).toContain('demoPicture');
    expect(() => new Function(script.body)).not.toThrow();
  });

  it('may be framed by loopback pages in demo mode, keeping every other header', async () => {
    const plain = await page({});
    const demo = await page({ demo: true });
    expect(demo.frameAncestors).toBe('http://127.0.0.1:* http://localhost:*');
    const otherThan = (headers: Record<string, unknown>) => {
      const { date: _date, 'content-length': _length, ...rest } = headers;
      return {
        ...rest,
        'content-security-policy': String(rest['content-security-policy']).replace(
          /frame-ancestors [^;]+/,
          '',
        ),
      };
    };
    expect(otherThan(demo.html.headers)).toEqual(otherThan(plain.html.headers));
  });

  it('names the framing origins given, with or without demo, and refuses a malformed one', async () => {
    const given = await page({ companionFrameAncestors: ['http://127.0.0.1:5173'] });
    expect(given.frameAncestors).toBe('http://127.0.0.1:5173');
    const demo = await page({ demo: true, companionFrameAncestors: [] });
    expect(demo.frameAncestors).toBe("'none'");
    await expect(
      backend({ companionFrameAncestors: ["http://a; script-src 'unsafe-inline'"] }),
    ).rejects.toThrow(/companionFrameAncestors/);
  });
});
