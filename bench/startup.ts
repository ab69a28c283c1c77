// How soon the tablet can be used after it is opened: in Debian's Chromium, a fresh context each
// run, from navigation to the frame that paints the home screen's "Réglages" tile, enabled, for
// the desktop emulation (started as the e2e tests start it), against the same tile alone on a
// trivial page from a loopback server in this process. Measured in the page (performance.now()
// from the navigation's start, at the first animation frame after the tile is in the DOM), so
// Playwright's own polling adds nothing. Median of 9 of each, interleaved; prints one JSON line.
// Target: ratio ≤ 1.5. The emulation must be built first (`npm run build:renderer`).
// `npx tsx bench/startup.ts [--runs 9]`
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { KIOSK_CHROMIUM_FLAGS, findBrowser } from '../src/main/emulation/find-browser.js';
import { startEmulation } from '../tests/e2e/support/emulation-process.js';
import { median } from './support/percentiles.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const RUNS = Number(values.runs);
const TILE = 'Réglages';

const round = (x: number) => Math.round(x * 10) / 10;

/** Installed before any script of the page: notes the frame in which an enabled button saying
 * the tile's word first exists. A string, not a function: tsx would wrap a function's inner
 * functions in a helper the page does not have. */
const WATCH_FOR_TILE = `
window.__tileAt = new Promise((resolve) => {
  const ready = () => [...document.querySelectorAll('button')].some(
    (b) => !b.disabled && b.textContent.trim() === ${JSON.stringify(TILE)});
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
});`;

async function timeTo(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: WATCH_FOR_TILE });
    await page.goto(url, { waitUntil: 'commit' });
    const at = Number(await page.evaluate('window.__tileAt'));
    // The same tile through Playwright's eyes: visible and enabled (tappable).
    const button = page.getByRole('button', { name: TILE });
    await button.waitFor({ state: 'visible' });
    if (!(await button.isEnabled())) throw new Error(`${url}: ${TILE} is disabled`);
    return at;
  } finally {
    await context.close();
  }
}

const TRIVIAL = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Base</title></head><body><button type="button">${TILE}</button></body></html>`;
const trivial = createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(TRIVIAL);
});
await new Promise<void>((resolve) => trivial.listen(0, '127.0.0.1', resolve));
const baselineUrl = `http://127.0.0.1:${(trivial.address() as AddressInfo).port}/`;

const executablePath = findBrowser();
if (!executablePath) throw new Error('no Chromium: apt-get install -y chromium');
const emulation = await startEmulation();
const browser = await chromium.launch({ executablePath, args: KIOSK_CHROMIUM_FLAGS });
try {
  // One of each first, not counted: the browser's and the server's first request are colder.
  await timeTo(browser, emulation.url);
  await timeTo(browser, baselineUrl);
  const kiosk: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    kiosk.push(await timeTo(browser, emulation.url));
    baseline.push(await timeTo(browser, baselineUrl));
    console.error(
      `run ${run + 1}: kiosk ${round(kiosk.at(-1) ?? 0)} ms, baseline ${round(baseline.at(-1) ?? 0)} ms`,
    );
  }
  const kioskMs = median(kiosk);
  const baselineMs = median(baseline);
  console.log(
    JSON.stringify({
      name: 'startup',
      ratio: Math.round((kioskMs / baselineMs) * 100) / 100,
      kiosk_ms: round(kioskMs),
      baseline_ms: round(baselineMs),
      runs: RUNS,
      target_ratio: 1.5,
    }),
  );
} finally {
  await browser.close();
  await emulation.stop();
  trivial.close();
}
