/**
 * Checks on the production build that the browser suite cannot see: least privilege, no test hook, a small
 * content script. `npm test` builds `.output/chrome-mv3` before running Playwright.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const PROD = resolve(process.env.PROD_DIR ?? '.output/chrome-mv3');

test.describe('production build', () => {
  test.skip(!existsSync(join(PROD, 'manifest.json')), 'run `npm run build` first');

  // contextMenus adds the "Send selection to TierScout inquiries" item; Chrome shows no install warning for it.
  test('asks only for activeTab, scripting, storage and contextMenus, with tabs and the reminder optional', () => {
    const manifest = JSON.parse(readFileSync(join(PROD, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions).toEqual(['tabs', 'alarms', 'notifications']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    const keyed = Object.values(manifest.commands as Record<string, { suggested_key?: unknown }>).filter(
      (c) => c.suggested_key,
    );
    expect(keyed.length).toBeLessThanOrEqual(4);
  });

  test('contains no e2e test hook', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.js')) files.push(path);
      }
    };
    walk(PROD);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain('__tierscout');
  });

  test('keeps the content script small (no zod, tldts or libphonenumber inside)', () => {
    const script = readFileSync(join(PROD, 'scan.js'), 'utf8');
    expect(script.length).toBeLessThan(40_000);
    expect(script).not.toMatch(/libphonenumber|publicsuffix|ZodError/);
    // Nothing announces the scan to the page (WXT's content-script context posts its start with the extension id).
    expect(script).not.toMatch(/postMessage|content-script-started/);
  });
});
