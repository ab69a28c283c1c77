// How soon the on-screen keyboard shows its keys: a tap on the register form's first field
// (E-Mail) → the frame that paints the panel with its keys, in Debian's Chromium against the
// desktop emulation, a fresh emulation and context each run. Twice per run's form: once after
// a second on the form (a technician reads it first: the keyboard's code is fetched and its
// keys drawn while the page is idle, keyboard-host.tsx) and once at once (the form tapped the
// moment it shows, on a fresh run). Measured in the page (bench/interaction.ts's way: the first
// animation frame in which the panel is shown with its keys, then a task posted from it, which
// runs once that frame is out). No target of its own: the interaction bench's taps measure the
// frame showing the field's focus, and this one what the technician waits for.
// `npx tsx bench/keyboard-open.ts [--runs 7]` (needs `npm run build:renderer` first).
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright';
import {
  KIOSK_CHROMIUM_FLAGS,
  findBrowser,
  INSTALL_HINT,
} from '../src/main/emulation/find-browser.js';
import { startEmulation } from '../tests/e2e/support/emulation-process.js';
import { median } from './support/percentiles.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(values.runs);
/** A technician's look at the form before the first touch. */
const READING_MS = 1_000;
/** Longer than this, the keyboard did not open: the run fails. */
const GIVE_UP_MS = 2_000;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Installed before the page's scripts. From the next pointer down, each animation frame looks
 * for the panel shown with its keys. A string: the bench's TypeScript has no DOM types. */
const KEYS_PROBE = `(() => {
  window.__keysShown = null;
  window.__watchKeys = () => {
    window.__keysShown = new Promise((resolve) => {
      window.addEventListener('pointerdown', () => {
        const down = performance.now();
        const look = () => {
          const panel = document.querySelector('.osk');
          const shown = panel && !panel.hidden && panel.getBoundingClientRect().height > 0 &&
            panel.querySelectorAll('.hg-button').length > 20;
          if (shown) setTimeout(() => resolve(performance.now() - down), 0);
          else if (performance.now() - down < ${GIVE_UP_MS}) requestAnimationFrame(look);
          else resolve(NaN);
        };
        requestAnimationFrame(look);
      }, { capture: true, once: true });
    });
  };
})();`;

async function firstFieldTap(browser: Browser, readingMs: number): Promise<number> {
  const emulation = await startEmulation();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(KEYS_PROBE);
    await page.goto(emulation.url);
    await page.getByRole('button', { name: /Réglages/ }).click();
    await page.getByRole('button', { name: /Gestion des utilisateurs CSM/ }).click();
    await page.getByRole('button', { name: 'Enregistrer un nouvel utilisateur CSM' }).click();
    const email = page.getByLabel('E-Mail', { exact: true });
    await email.waitFor();
    // The technician's reading time, not a wait for the page: nothing is awaited in it.
    if (readingMs > 0) await page.waitForTimeout(readingMs);
    await page.evaluate('window.__watchKeys()');
    await email.click();
    const ms = (await page.evaluate('window.__keysShown')) as number;
    if (!Number.isFinite(ms)) throw new Error('keyboard-open : le clavier ne s’est pas ouvert');
    return ms;
  } finally {
    await context.close();
    await emulation.stop();
  }
}

const executablePath = findBrowser();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: KIOSK_CHROMIUM_FLAGS });
const afterReading: number[] = [];
const atOnce: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    afterReading.push(await firstFieldTap(browser, READING_MS));
    atOnce.push(await firstFieldTap(browser, 0));
    console.error(
      `keyboard-open: run ${run + 1}/${RUNS}: ${round1(afterReading.at(-1) ?? NaN)} ms after reading, ` +
        `${round1(atOnce.at(-1) ?? NaN)} ms at once`,
    );
  }
} finally {
  await browser.close();
}
console.log(
  JSON.stringify({
    name: 'keyboard-open',
    runs: RUNS,
    after_reading_p50_ms: round1(median(afterReading)),
    after_reading_max_ms: round1(Math.max(...afterReading)),
    at_once_p50_ms: round1(median(atOnce)),
    at_once_max_ms: round1(Math.max(...atOnce)),
    measure: `tap on the register form's first field → the frame showing the keyboard with its keys (rAF then setTimeout 0); after ${READING_MS} ms on the form, and at once`,
  }),
);
