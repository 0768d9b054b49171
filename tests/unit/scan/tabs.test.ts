/**
 * lib/tabs.ts against a stand-in for `browser.scripting` (fakeBrowser does not implement it): the injected
 * functions are run for real against a fake isolated-world global, so the calling convention is checked too.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageCapture } from '../../../lib/model';
import { SCAN_GLOBAL } from '../../../lib/scan/scan-global';
import { captureSiteInTab, captureTab } from '../../../lib/tabs';
import { scanFailureKindOf, TIMEOUT_MESSAGE } from '../../../lib/background/scan-failure';

const capture = { url: 'https://x.de/', title: 'X' } as PageCapture;
type Injection = {
  target: { tabId: number };
  files?: string[];
  func?: (...args: never[]) => unknown;
  args?: unknown[];
};

function installScripting(world: Record<string, unknown>) {
  const calls: Injection[] = [];
  const executeScript = vi.fn(async (injection: Injection) => {
    calls.push(injection);
    if (injection.files) {
      // What the built content script's main() does: install the API, return the capture.
      world[SCAN_GLOBAL] = {
        capture: () => capture,
        captureSite: async (urls: string[]) => ({
          captures: urls.filter((u) => u.endsWith('/kontakt')).map((url) => ({ ...capture, url })),
          failures: urls.filter((u) => !u.endsWith('/kontakt')).map((url) => ({ url, error: 'HTTP 404' })),
        }),
      };
      return [{ result: capture }];
    }
    const saved = Object.getOwnPropertyDescriptor(globalThis, SCAN_GLOBAL);
    Object.defineProperty(globalThis, SCAN_GLOBAL, { value: world[SCAN_GLOBAL], configurable: true });
    try {
      const fn = injection.func as (...args: unknown[]) => unknown;
      return [{ result: await fn(...(injection.args ?? [])) }];
    } finally {
      if (saved) Object.defineProperty(globalThis, SCAN_GLOBAL, saved);
      else delete (globalThis as Record<string, unknown>)[SCAN_GLOBAL];
    }
  });
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return { calls, executeScript };
}

afterEach(() => {
  delete (fakeBrowser as unknown as { scripting?: unknown }).scripting;
});

describe('captureTab', () => {
  it('injects the scan script into the tab and returns its capture', async () => {
    const { calls } = installScripting({});
    await expect(captureTab(7)).resolves.toEqual(capture);
    expect(calls).toEqual([{ target: { tabId: 7 }, files: ['/scan.js'] }]);
  });

  it('rejects when the page returns nothing', async () => {
    (fakeBrowser as unknown as { scripting: unknown }).scripting = {
      executeScript: async () => [{ result: null }],
    };
    await expect(captureTab(7)).rejects.toThrow('no scan result');
  });
});

describe('captureSiteInTab', () => {
  it('injects the script first when it is missing, then captures the pages and reports failures', async () => {
    const { calls } = installScripting({});
    const result = await captureSiteInTab(3, ['https://x.de/kontakt', 'https://x.de/impressum']);
    expect(result.captures.map((c) => c.url)).toEqual(['https://x.de/kontakt']);
    expect(result.failures).toEqual([{ url: 'https://x.de/impressum', error: 'HTTP 404' }]);
    expect(calls.map((c) => (c.files ? 'files' : 'func'))).toEqual(['func', 'files', 'func']);
  });

  it('does not re-inject into a tab that already has the script', async () => {
    const world: Record<string, unknown> = {};
    const { calls } = installScripting(world);
    await captureTab(3);
    await captureSiteInTab(3, ['https://x.de/kontakt']);
    expect(calls.filter((c) => c.files)).toHaveLength(1);
  });

  it('does nothing for an empty list', async () => {
    const { executeScript } = installScripting({});
    await expect(captureSiteInTab(3, [])).resolves.toEqual({ captures: [], failures: [] });
    expect(executeScript).not.toHaveBeenCalled();
  });
});

describe('a page that never answers', () => {
  it('times out a capture with the timeout message (the popup and the command say so)', async () => {
    vi.useFakeTimers();
    try {
      (fakeBrowser as unknown as { scripting: unknown }).scripting = {
        executeScript: () => new Promise(() => undefined),
      };
      const read = captureTab(7, 15_000);
      const failed = expect(read).rejects.toThrow(TIMEOUT_MESSAGE);
      await vi.advanceTimersByTimeAsync(15_000);
      await failed;
      await read.catch((e: Error) => expect(scanFailureKindOf(e.message)).toBe('timeout'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('ends a site scan that never answers with every page failed, not a wait forever', async () => {
    vi.useFakeTimers();
    try {
      const world: Record<string, unknown> = {};
      const { executeScript } = installScripting(world);
      await captureTab(3);
      executeScript.mockImplementation(() => new Promise(() => undefined));
      const scan = captureSiteInTab(3, ['https://x.de/kontakt', 'https://x.de/impressum'], {
        budgetMs: 1_000,
      });
      await vi.advanceTimersByTimeAsync(15_000 + 6_000);
      const result = await scan;
      expect(result.captures).toEqual([]);
      expect(result.failures.map((f) => f.url)).toEqual(['https://x.de/kontakt', 'https://x.de/impressum']);
      expect(result.failures.every((f) => f.error.startsWith(TIMEOUT_MESSAGE))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
