import { chromium } from 'playwright';
import { CHROMIUM_FLAGS, findBrowser } from '../src/main/emulation/find-browser.js';
import { startEmulation } from '../tests/e2e/support/emulation-process.js';
const emulation = await startEmulation();
const browser = await chromium.launch({ executablePath: findBrowser()!, args: CHROMIUM_FLAGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(emulation.url);
await page.getByRole('button', { name: /Réglages/ }).waitFor();
await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
async function prof(label: string, act: () => Promise<unknown>) {
  await cdp.send('Profiler.start');
  await act();
  await page.waitForTimeout(300);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const self = new Map<number, number>();
  const dt = profile.timeDeltas as number[];
  profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
  const agg = new Map<string, number>();
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    const k = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
    agg.set(k, (agg.get(k) ?? 0) + (self.get(n.id) ?? 0));
  }
  const top = [...agg].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`== ${label}`);
  for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(7), k);
}
await prof('Réglages', () => page.getByRole('button', { name: /Réglages/ }).click());
await prof('Gestion', () => page.getByRole('button', { name: /Gestion des utilisateurs CSM/ }).click());
await prof('Enregistrer', () => page.getByRole('button', { name: 'Enregistrer un nouvel utilisateur CSM' }).click());
await prof('E-Mail', () => page.getByLabel('E-Mail', { exact: true }).click());
await browser.close();
await emulation.stop();
