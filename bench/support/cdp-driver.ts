// Drives the kiosk's page for the memory bench through CDP alone, running no JavaScript in it.
// Playwright's locators, clicks and fill() evaluate its injected script in the page: that
// script lives in the very V8 heap the bench measures, and V8 kept tiering it up cycle after
// cycle (hundreds of KB of its compiled code at 80 cycles). Here elements are found by XPath,
// which Blink evaluates natively (DOM.performSearch), and touched and typed into with input
// events (Input.*), as the browser would deliver a finger's and a keyboard's.
import type { CDPSession } from '@playwright/test';

const POLL_MS = 20;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface CdpDriver {
  /** Waits for an element the XPath finds, shown on the screen. */
  waitFor(xpath: string): Promise<void>;
  /** A finger's touch (as a mouse click) at the middle of the element, once it is shown. */
  tap(xpath: string): Promise<void>;
  /** Focuses the field and types `text` into it as a keyboard would (Input.insertText), then
   * waits until the page has taken it (a controlled input shows its value as an attribute). */
  type(xpath: string, text: string): Promise<void>;
}

export function cdpDriver(cdp: CDPSession, timeoutMs: number): CdpDriver {
  /** The first node the XPath finds now, or null. getDocument first: it drops the node ids
   * handed out before, so the DevTools agent holds on to no node of a screen gone since. */
  async function find(xpath: string): Promise<number | null> {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { searchId, resultCount } = await cdp.send('DOM.performSearch', { query: xpath });
    try {
      if (resultCount === 0) return null;
      const { nodeIds } = await cdp.send('DOM.getSearchResults', {
        searchId,
        fromIndex: 0,
        toIndex: 1,
      });
      return nodeIds[0] ?? null;
    } finally {
      await cdp.send('DOM.discardSearchResults', { searchId });
    }
  }

  /** The middle of the node on the screen, or null while it has no box (not laid out yet). */
  async function middleOf(nodeId: number): Promise<{ x: number; y: number } | null> {
    try {
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
      const { quads } = await cdp.send('DOM.getContentQuads', { nodeId });
      const quad = quads[0];
      if (!quad || quad.length < 8) return null;
      const xs = [quad[0], quad[2], quad[4], quad[6]] as number[];
      const ys = [quad[1], quad[3], quad[5], quad[7]] as number[];
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / 4;
      return { x: mean(xs), y: mean(ys) };
    } catch {
      return null; // removed or not rendered between the search and now: look again
    }
  }

  /** Polls until `attempt` gives something, for at most the step's timeout. */
  async function until<T>(what: string, attempt: () => Promise<T | null>): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = await attempt();
      if (found !== null) return found;
      if (performance.now() > deadline) throw new Error(`not found in ${timeoutMs} ms: ${what}`);
      await pause(POLL_MS);
    }
  }

  const shown = (xpath: string) =>
    until(xpath, async () => {
      const nodeId = await find(xpath);
      if (nodeId === null) return null;
      const middle = await middleOf(nodeId);
      return middle && { nodeId, middle };
    });

  return {
    async waitFor(xpath) {
      await shown(xpath);
    },
    async tap(xpath) {
      const { x, y } = (await shown(xpath)).middle;
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
      for (const type of ['mousePressed', 'mouseReleased'] as const)
        await cdp.send('Input.dispatchMouseEvent', {
          type,
          x,
          y,
          button: 'left',
          buttons: type === 'mousePressed' ? 1 : 0,
          clickCount: 1,
        });
    },
    async type(xpath, text) {
      // A field under the open on-screen keyboard cannot be touched; the technician reaches it
      // with Suivant, which focuses it: the focus is what either way gives.
      await cdp.send('DOM.focus', { nodeId: (await shown(xpath)).nodeId });
      await cdp.send('Input.insertText', { text });
      await until(`${xpath} holding ${text}`, async () => {
        const nodeId = await find(xpath);
        if (nodeId === null) return null;
        const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
        // [name, value, name, value…]
        for (let at = 0; at < attributes.length; at += 2)
          if (attributes[at] === 'value') return attributes[at + 1] === text ? true : null;
        return null;
      });
    },
  };
}
