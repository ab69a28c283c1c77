// DNS rebinding in a real Chromium: a site's name resolving to 127.0.0.1 (as a rebinding DNS
// server makes it) gets neither the page, nor the commands, nor the event stream; the kiosk's
// own address still works. The browser's resolver is told the rebound answer with
// --host-resolver-rules, the way an attacker's DNS would give it.
import { chromium, type Browser } from '@playwright/test';
import { findBrowser, KIOSK_CHROMIUM_FLAGS } from '../../src/main/emulation/find-browser.js';
import { expect, test } from './support/fixtures.js';
import { playwrightOwnChromium } from './support/playwright-own-chromium.js';

const REBOUND = 'kiosk.rebind.test';

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: findBrowser(process.env, undefined, playwrightOwnChromium) ?? undefined,
    args: [...KIOSK_CHROMIUM_FLAGS, `--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`],
  });
});
test.afterAll(async () => {
  await browser.close();
});

test('a rebound site gets no page, no command and no event stream from the emulation', async ({
  emulation,
}) => {
  const port = new URL(emulation.url).port;
  const page = await browser.newPage();
  const answer = await page.goto(`http://${REBOUND}:${port}/`);
  expect([403, 421]).toContain(answer?.status());
  expect(await page.content()).not.toContain('csm-bridge');

  // The attacker's script runs on its own origin, which the browser believes is this server.
  const attempts = await page.evaluate(async () => {
    const command = await fetch('/ipc/users.list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csm-bridge': '1' },
      body: '{}',
    });
    const stream = await new Promise<string>((resolve) => {
      const source = new EventSource('/events');
      source.onmessage = (m) => resolve(`message ${String(m.data)}`);
      source.onerror = () => {
        source.close();
        resolve('refused');
      };
    });
    return { command: command.status, body: await command.text(), stream };
  });
  expect([403, 421]).toContain(attempts.command);
  expect(JSON.parse(attempts.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(attempts.stream).toBe('refused');
  await page.close();

  // The same browser at the kiosk's own address gets the kiosk.
  const own = await browser.newPage();
  await own.goto(emulation.url);
  await expect(own.getByText('mega macs ONE')).toBeVisible();
  await own.close();
});
