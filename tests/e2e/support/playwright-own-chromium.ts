// Playwright's own Chromium, when one was ever downloaded (it cannot be here): the last choice.
import { chromium } from '@playwright/test';

export function playwrightOwnChromium(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}
