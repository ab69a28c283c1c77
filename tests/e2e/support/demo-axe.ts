// axe-core's WCAG 2.2 AA rules over a demo piece at both tablet sizes (the screen-capture's
// tags and sizes), naming each failing node, so a violation says where it is.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { AXE_TAGS, TABLET_SIZES } from './screen-capture.js';

export async function expectNoAxeViolations(
  page: Page,
  name: string,
  { exclude = [] }: { exclude?: string[] } = {},
) {
  for (const size of TABLET_SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    let axe = new AxeBuilder({ page }).withTags(AXE_TAGS);
    for (const selector of exclude) axe = axe.exclude(selector);
    const { violations } = await axe.analyze();
    expect
      .soft(
        violations.map((v) => ({
          rule: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
        })),
        `axe-core violations on ${name} (${size.width}×${size.height})`,
      )
      .toEqual([]);
  }
  await page.setViewportSize(TABLET_SIZES[0]);
}
