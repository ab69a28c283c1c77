// One screen, checked and pictured at both tablet sizes: the root font size the viewport calls
// for, axe-core's WCAG 2.2 AA rules with no violation, no visible text under 18 px at
// 1280×800, and a picture in docs/screenshots/<lang>/<width>x<height>/<name>.jpg for the README.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Language } from './words.js';

export const TABLET_SIZES = [
  { width: 1280, height: 800, rootPx: 16 },
  { width: 1920, height: 1200, rootPx: 24 },
] as const;
const [SMALL] = TABLET_SIZES;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MIN_TEXT_PX = 18;
const PICTURES = join(import.meta.dirname, '../../../docs/screenshots');

/** Text nodes a person can see, with their computed size, when under the minimum. */
function smallTextOnScreen(minPx: number): string[] {
  const small: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const parent = node.parentElement;
    if (!text || !parent || !parent.checkVisibility({ opacityProperty: true })) continue;
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < minPx) small.push(`${text.slice(0, 40)} (${size} px)`);
  }
  return small;
}

/** Layout and fonts done after a resize: two frames, then the fonts. */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => void document.fonts.ready.then(() => done())),
        ),
      ),
  );

/** Takes the focus off the field being typed in, so the on-screen keyboard closes and the
 * picture shows the whole screen; `withKeyboard` keeps it open (checked by axe-core too). */
async function closeKeyboard(page: Page) {
  await page.evaluate(() => {
    // Only a field: a dialog's focused answer keeps its focus (Escape goes to the dialog).
    const focused = document.activeElement;
    if (focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) {
      focused.blur();
    }
  });
  // Closed is hidden: its keys stay drawn for the next field.
  await expect(page.locator('.osk:not([hidden])')).toHaveCount(0);
}

export async function captureScreen(
  page: Page,
  lang: Language,
  name: string,
  { withKeyboard = false } = {},
) {
  if (!withKeyboard) await closeKeyboard(page);
  for (const size of TABLET_SIZES) {
    const where = `${name} (${lang}, ${size.width}×${size.height})`;
    await page.setViewportSize(size);
    await settled(page);
    const rootPx = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    expect.soft(rootPx, `root font size on ${where}`).toBe(size.rootPx);
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect
      .soft(
        violations.map((v) => ({
          rule: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
        })),
        `axe-core violations on ${where}`,
      )
      .toEqual([]);
    if (size.width === SMALL.width) {
      const small = await page.evaluate(smallTextOnScreen, MIN_TEXT_PX);
      expect.soft(small, `text under ${MIN_TEXT_PX} px on ${where}`).toEqual([]);
    }
    await page.screenshot({
      path: join(PICTURES, lang, `${size.width}x${size.height}`, `${name}.jpg`),
      type: 'jpeg',
      quality: 60,
    });
  }
  await page.setViewportSize(SMALL);
  await settled(page);
}
