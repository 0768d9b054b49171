// `npm run demo`: builds the extension, serves the demo prospect sites on this machine and opens Chromium with
// TierScout loaded, in a throw-away profile. Works offline; nothing to sign up for.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from './fixture-server.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const port = Number(process.env.FIXTURE_PORT ?? 4173);
const candidates = [
  process.env.CHROMIUM_BIN,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
];
const browserBin = candidates.find((c) => c && existsSync(c));
if (!browserBin) {
  console.error(
    'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_BIN.\n' +
      'Branded Google Chrome (137+) ignores --load-extension: load .output/chrome-mv3 by hand there\n' +
      '(chrome://extensions → Developer mode → Load unpacked).',
  );
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display: run this on a desktop session (or under `xvfb-run -a npm run demo`).');
  process.exit(1);
}

const build = spawnSync(resolve(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

await startFixtureServer(port);
const sites = readdirSync(join(root, 'tests/fixtures/sites'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.includes('.'))
  .map((d) => d.name);
// Only the demo domains resolve to this machine; the rest of the web behaves as usual.
const rules = sites.map((s) => `MAP ${s} 127.0.0.1`).join(', ');
const extDir = join(root, '.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'tierscout-demo-'));
console.log(
  `\nTierScout demo: ${sites.length} prospect sites on http://127.0.0.1:${port}/ — close the browser to stop.`,
);
const child = spawn(
  browserBin,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    `--host-resolver-rules=${rules}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root with its sandbox (containers, CI boxes); a desktop user keeps it.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `http://127.0.0.1:${port}/`,
  ],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
let stderr = '';
child.stderr.on('data', (chunk) => {
  stderr = (stderr + chunk).slice(-4000);
});
child.on('exit', (code) => {
  if (code) console.error(`Chromium exited with code ${code}:\n${stderr}`);
  process.exit(code ?? 0);
});
