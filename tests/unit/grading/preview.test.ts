/**
 * The options preview (lib/grading/preview.ts): the last used readable tab of the window is read once, the edited
 * profile is graded on it, and keywords the vocabulary does not know are listed.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from '#imports';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareKeywordCheck, unmappedKeywords } from '../../../lib/grading/keywords';
import { previewSuggestion, readPreviewPage } from '../../../lib/grading/preview';
import { classify } from '../../../lib/classify/index';
import type { PageCapture, Profile } from '../../../lib/model';
import { analyzeCaptures } from '../../../lib/scan/analyze';
import { DEFAULT_THRESHOLDS } from '../../../lib/profile/defaults';
import type { Vocabulary } from '../../../lib/vocabulary/index';
import { captureHtml } from '../../tools/scan-node';

let vocab: Vocabulary;
beforeAll(async () => {
  vocab = await prepareKeywordCheck();
});
beforeEach(() => fakeBrowser.reset());

const LED: Profile = {
  id: 'led',
  name: 'LED',
  lines: [
    { name: 'Panels', keywords: ['LED panel', 'downlight', 'floodlight'] },
    { name: 'Strips', keywords: ['LED strip', 'Xqz-Lumo 3000'] },
  ],
  industryKeywords: ['lighting', 'zzkw-trade'],
  excludeKeywords: [],
};

const svet = (): PageCapture =>
  captureHtml(
    readFileSync('tests/fixtures/sites/svet-distribution.ru/index.html', 'utf8'),
    'https://svet-distribution.ru/',
  );

describe('unmappedKeywords', () => {
  it('lists the keywords that name nothing in the vocabulary, each once, in the order written', () => {
    const twice = { ...LED, lines: [...LED.lines, { name: 'Again', keywords: ['Xqz-Lumo 3000'] }] };
    expect(unmappedKeywords(twice, vocab)).toEqual(['Xqz-Lumo 3000', 'zzkw-trade']);
  });

  it('says nothing before the vocabulary is loaded', () => {
    expect(unmappedKeywords(LED, null)).toEqual([]);
  });
});

describe('readPreviewPage', () => {
  it('reads the most recently used tab other than the options page, skipping tabs it may not read', async () => {
    vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue({ id: 1, windowId: 9 } as never);
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([
      { id: 1, windowId: 9, lastAccessed: 500 },
      { id: 2, windowId: 9, lastAccessed: 400 },
      { id: 3, windowId: 9, lastAccessed: 300 },
      { id: 4, windowId: 9, lastAccessed: 100, url: 'chrome://settings' },
    ] as never);
    const capture = vi.fn(async (tabId: number) => {
      if (tabId === 2) throw new Error('Cannot access contents of the page');
      return svet();
    });
    const page = await readPreviewPage(capture);
    expect(capture.mock.calls.map((c) => c[0])).toEqual([2, 3]);
    expect(page).toMatchObject({ domain: 'svet-distribution.ru' });
    expect(page!.reading.buyerType.value).toBe('distributor');

    // The preview grades the page exactly as the popup would.
    const captures = [svet()];
    expect(previewSuggestion(page!, LED, DEFAULT_THRESHOLDS)).toEqual(
      classify(captures, analyzeCaptures(captures), LED, DEFAULT_THRESHOLDS),
    );
    expect(previewSuggestion(page!, LED, DEFAULT_THRESHOLDS)?.tier.value).toMatch(/^[AB]$/);
    expect(previewSuggestion(page!, { ...LED, lines: [] }, DEFAULT_THRESHOLDS)).toBeNull();
  });

  it('answers null when no tab can be read', async () => {
    vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue({ id: 1, windowId: 9 } as never);
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 2, windowId: 9 }] as never);
    expect(await readPreviewPage(async () => Promise.reject(new Error('no')))).toBeNull();
  });
});
