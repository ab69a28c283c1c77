// Pictures of demo mode for the README, at both tablet sizes, in docs/screenshots/demo/: taken
// after the resize has been laid out, then back to 1280×800 for the rest of the test.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { TABLET_SIZES } from './screen-capture.js';

const PICTURES = join(import.meta.dirname, '../../../docs/screenshots/demo');

export async function pictureDemo(page: Page, name: string) {
  for (const size of TABLET_SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.screenshot({
      path: join(PICTURES, `${size.width}x${size.height}`, `${name}.jpg`),
      type: 'jpeg',
      quality: 60,
    });
  }
  await page.setViewportSize(TABLET_SIZES[0]);
}
