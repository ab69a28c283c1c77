// How soon a tap shows: about 20 taps through the wizard in Debian's Chromium against the
// desktop emulation (Réglages, the users, the register form's fields and the keyboard's first
// opening, Suite, the account, the Token, the identification with its QR code, Retour, ⌂).
// Per tap, in the page (bench/support/tap-probe.ts): pointer down → the frame painted after the
// first DOM change it caused (or the focus it gave a field), and the Event Timing duration of
// its pointer events. A trivial
// page (a button toggling a div) in the same browser, tapped the same way, is the baseline.
// Each round has a fresh emulation (own data folder) and a fresh browser context; the JSON line
// gives the median over rounds of each figure.
// - The main figures are the kiosk as the technician's tablet runs it: the emulation without
//   --qa (a packaged kiosk refuses --qa), against the reference backend in a process of its own
//   (CSM is another machine; its QA API gives the bench the e-mailed Token). A second pass with
//   --qa (the trace of every machine transition, as the e2e tests and a QA desktop run the
//   kiosk) gives `qa_mode`.
// Targets: frame_p95_ms ≤ 16.7 (one 60 Hz frame), event_duration_p95_ms ≤ 50.
// `npx tsx bench/interaction.ts [--rounds 3] [--verbose]` (needs `npm run build:renderer` first);
// --verbose lists, per tap, the long animation frames up to its frame and what filled them.
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Locator, type Page } from 'playwright';
import { qaLastCodeResponse } from '../src/contract/csm/qa-api.js';
import {
  KIOSK_CHROMIUM_FLAGS,
  findBrowser,
  INSTALL_HINT,
} from '../src/main/emulation/find-browser.js';
import { startEmulation } from '../tests/e2e/support/emulation-process.js';
import { startBackendChild } from './support/backend-child.js';
import { percentile, median } from './support/percentiles.js';
import { LOAF_PROBE, loafLines, type LoafEntry } from './support/loaf-probe.js';
import { TAP_PROBE, type ProbeEvent, type ProbeTap } from './support/tap-probe.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    verbose: { type: 'boolean', default: false },
    /** A Chromium trace of each wizard round, written as <trace>-<round>[-qa].json for DevTools. */
    trace: { type: 'string' },
  },
});
const ROUNDS = Number(values.rounds);
const VERBOSE = values.verbose;
/** Event Timing reports nothing under this; a tap with no entry took at most this long. */
const EVENT_THRESHOLD_MS = 16;
const POINTER_EVENTS = new Set(['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click']);
const VIEWPORT = { width: 1280, height: 800 };
const TRIVIAL_PAGE = `<!doctype html><button id="b" style="width:200px;height:80px">Basculer</button>
<div id="d">un</div><script>b.onclick = () => { d.textContent = d.textContent === 'un' ? 'deux' : 'un'; };</script>`;

const round1 = (x: number) => Math.round(x * 10) / 10;

interface ProbeWindow {
  __tapProbe: { taps: ProbeTap[] };
}

interface Tap {
  label: string;
  frameMs: number;
  eventMs: number;
  /** --verbose: where the time up to the tap's frame went. */
  detail?: string[];
  /** --verbose: pointer down → its first DOM change (the handlers' and React's share). */
  changeMs?: number;
}

/** A tap as a finger gives it, then what should follow it, then the probe's figures. */
async function tapper(page: Page) {
  const labels: string[] = [];
  /** Per tap, the probe's record of the pointer down that acted (see below). */
  const acted: number[] = [];
  const tapsSeen = () =>
    page.evaluate(() => (globalThis as unknown as ProbeWindow).__tapProbe.taps.length);
  const tap = async (label: string, target: Locator, then?: () => Promise<unknown>) => {
    const before = await tapsSeen();
    labels.push(label);
    await target.click();
    if (then) await then();
    // Playwright gives up a click whose target was replaced under its pointer down (the first
    // frame's tile hydrated at that moment) and clicks again: the page then saw two pointer
    // downs, and the last one is the tap that acted.
    const index = Math.max(before, (await tapsSeen()) - 1);
    acted.push(index);
    // A function, not a string: the kiosk's CSP forbids the eval a string predicate needs.
    await page
      .waitForFunction(
        (i) => (globalThis as unknown as ProbeWindow).__tapProbe.taps[i]?.frame != null,
        index,
        { polling: 'raf', timeout: 10_000 },
      )
      .catch((error: unknown) => {
        // Which tap never showed a change: the figure a rerun needs to look at.
        throw new Error(`interaction : « ${label} » sans changement mesuré en 10 s`, {
          cause: error,
        });
      });
  };
  const results = async (): Promise<Tap[]> => {
    // Event Timing entries arrive after the frame that ends them: let one more frame pass.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))');
    const probe = (await page.evaluate('window.__tapProbe')) as {
      taps: ProbeTap[];
      events: ProbeEvent[];
    };
    const loafs = VERBOSE ? ((await page.evaluate('window.__loafProbe')) as LoafEntry[]) : [];
    return acted.map((index, i) => {
      const t = probe.taps[index];
      if (!t) throw new Error(`interaction : aucun appui noté pour « ${labels[i] ?? '?'} »`);
      const until = probe.taps[index + 1]?.down ?? Infinity;
      const durations = probe.events
        .filter((e) => POINTER_EVENTS.has(e.name) && e.start >= t.down - 2 && e.start < until - 2)
        .map((e) => e.duration);
      return {
        label: labels[i] ?? '?',
        frameMs: (t.frame ?? NaN) - t.down,
        eventMs: Math.max(EVENT_THRESHOLD_MS, ...durations),
        ...(VERBOSE && {
          detail: loafLines(loafs, t.down, t.frame ?? t.down),
          changeMs: (t.mutation ?? NaN) - t.down,
        }),
      };
    });
  };
  return { tap, results };
}

async function lastCode(backendUrl: string, to: string): Promise<string> {
  const response = await fetch(`${backendUrl}/qa/codes/last?to=${encodeURIComponent(to)}`);
  return qaLastCodeResponse.parse(await response.json()).code;
}

async function wizardRound(browser: Browser, round: number, qa: boolean): Promise<Tap[]> {
  const backend = await startBackendChild(['--qa']);
  const emulation = await startEmulation(undefined, backend.url, [], { qa });
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.addInitScript(TAP_PROBE);
    if (VERBOSE) await page.addInitScript(LOAF_PROBE);
    await page.goto(emulation.url);
    const button = (name: string | RegExp) => page.getByRole('button', { name });
    const field = (label: string) => page.getByLabel(label, { exact: true });
    const visible = (l: Locator) => () => l.waitFor({ state: 'visible' });
    const email = `tap-${round}-${Date.now()}@bench.csm-kiosk.test`;
    const row = page.getByTestId('csm-user').filter({ hasText: email });
    const { tap, results } = await tapper(page);
    await button(/Réglages/).waitFor();
    if (values.trace)
      await browser.startTracing(page, {
        path: `${values.trace}-${round + 1}${qa ? '-qa' : ''}.json`,
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          'disabled-by-default-v8.cpu_profiler',
        ],
      });

    await tap('Réglages', button(/Réglages/), visible(button(/Gestion des utilisateurs CSM/)));
    await tap(
      'Gestion des utilisateurs CSM',
      button(/Gestion des utilisateurs CSM/),
      visible(page.getByRole('heading', { name: 'Gestion des utilisateurs CSM' })),
    );
    await tap(
      'Enregistrer',
      button('Enregistrer un nouvel utilisateur CSM'),
      visible(field('E-Mail')),
    );
    const form: [string, string][] = [
      ['E-Mail', email],
      ['Prénom', 'Banc'],
      ['Nom', `Tapes ${round}`],
      ['Mot de passe', 'courroie-distribution-26'],
      ['Ressaisir le mot de passe', 'courroie-distribution-26'],
    ];
    for (const [label, value] of form) {
      await tap(`champ ${label}`, field(label));
      await field(label).fill(value);
    }
    await tap('Suite (enregistrer)', button('Suite'), () =>
      row.filter({ hasText: 'E-Mail à valider' }).waitFor(),
    );
    await tap(
      'ligne de l’utilisateur',
      row.getByRole('button'),
      visible(button('Saisir le code Token')),
    );
    await tap(
      'Saisir le code Token',
      button('Saisir le code Token'),
      visible(field('Token de vérification')),
    );
    await tap('champ Token', field('Token de vérification'));
    await field('Token de vérification').fill(await lastCode(backend.url, email));
    await tap(
      'Suite (Token)',
      button('Suite'),
      visible(page.getByText('Vérification du code Token réussie')),
    );
    await tap('Suite (après le Token)', button('Suite'), () =>
      row.filter({ hasText: 'identification à effectuer' }).waitFor(),
    );
    await tap(
      'ligne de l’utilisateur (2)',
      row.getByRole('button'),
      visible(button('Effectuer l’identification')),
    );
    await tap(
      'Effectuer l’identification',
      button('Effectuer l’identification'),
      visible(button('OK, je suis prêt(e) !')),
    );
    await tap(
      'OK, je suis prêt(e) ! (code QR)',
      button('OK, je suis prêt(e) !'),
      visible(page.getByRole('img', { name: 'Code QR de l’étape IDnow' })),
    );
    await tap(
      'Retour au compte',
      button('Retour au compte'),
      visible(button('Effectuer l’identification')),
    );
    await tap('⌂ Accueil', button('Accueil'), visible(button(/Réglages/)));
    await tap('Réglages (2)', button(/Réglages/), visible(button(/Gestion des utilisateurs CSM/)));
    await tap('Retour', button('Retour'), visible(button(/Réglages/)));
    if (values.trace) await browser.stopTracing();
    return await results();
  } finally {
    await context.close();
    await emulation.stop();
    await backend.stop();
    backend.remove();
  }
}

async function baselineRound(browser: Browser): Promise<Tap[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(TAP_PROBE);
    if (VERBOSE) await page.addInitScript(LOAF_PROBE);
    // A navigation, not setContent: the probe is installed on navigations.
    await page.goto(`data:text/html,${encodeURIComponent(TRIVIAL_PAGE)}`);
    const { tap, results } = await tapper(page);
    for (let i = 0; i < 20; i++) await tap(`bouton ${i + 1}`, page.locator('#b'));
    return await results();
  } finally {
    await context.close();
  }
}

const summary = (taps: Tap[]) => {
  const frames = taps.map((t) => t.frameMs);
  const worst = taps.reduce((a, b) => (b.frameMs > a.frameMs ? b : a));
  return {
    p50: percentile(frames, 50) ?? NaN,
    p95: percentile(frames, 95) ?? NaN,
    event95:
      percentile(
        taps.map((t) => t.eventMs),
        95,
      ) ?? NaN,
    worst,
  };
};

const executablePath = findBrowser();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, args: KIOSK_CHROMIUM_FLAGS });
type Summary = ReturnType<typeof summary>;

/** The JSON figures of one pass's rounds: the median over rounds of each. */
function figures(rounds: Summary[]) {
  const worst = rounds.map((s) => s.worst).reduce((a, b) => (b.frameMs > a.frameMs ? b : a));
  return {
    frame_p50_ms: round1(median(rounds.map((s) => s.p50))),
    frame_p95_ms: round1(median(rounds.map((s) => s.p95))),
    event_duration_p95_ms: round1(median(rounds.map((s) => s.event95))),
    worst: { tap: worst.label, ms: round1(worst.frameMs) },
    frame_p95_rounds_ms: rounds.map((s) => s.p95),
  };
}

try {
  const field: Summary[] = [];
  const qaMode: Summary[] = [];
  const baselines: Summary[] = [];
  let taps = 0;
  // Interleaved, so the machine's noise of the moment falls on both passes alike.
  for (let r = 0; r < ROUNDS; r++) {
    const base = summary(await baselineRound(browser));
    baselines.push(base);
    for (const qa of [false, true]) {
      const wizard = await wizardRound(browser, r, qa);
      taps = wizard.length;
      const s = summary(wizard);
      (qa ? qaMode : field).push(s);
      console.error(
        `interaction${qa ? ' --qa' : ''}: round ${r + 1}/${ROUNDS}: p50 ${s.p50} p95 ${s.p95}` +
          ` event p95 ${s.event95} (baseline p95 ${base.p95})\n` +
          wizard
            .map(
              (t) =>
                `  ${t.label}: ${round1(t.frameMs)} ms, events ${round1(t.eventMs)} ms` +
                (t.changeMs === undefined ? '' : `, first change +${round1(t.changeMs)} ms`) +
                (t.detail ?? []).map((line) => `\n    ${line}`).join(''),
            )
            .join('\n'),
      );
    }
  }
  console.log(
    JSON.stringify({
      name: 'interaction',
      taps,
      ...figures(field),
      baseline_frame_p95_ms: round1(median(baselines.map((s) => s.p95))),
      rounds: ROUNDS,
      // The same taps with --qa, as the e2e tests and a QA desktop run the kiosk.
      qa_mode: figures(qaMode),
      measure:
        'pointerdown → first DOM change or focus → rAF then setTimeout 0; Event Timing ≥ 16 ms, a tap with no entry counted as 16',
    }),
  );
} finally {
  await browser.close();
}
