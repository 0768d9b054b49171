// Serves the fixture sites for e2e tests, the benchmarks and `npm run demo`.
// Chromium runs with `--host-resolver-rules=MAP * 127.0.0.1`, so every request for e.g.
// http://grosshandel-weber.de:4173/impressum arrives here and is answered from
// tests/fixtures/sites/grosshandel-weber.de/impressum(.html|/index.html) by its Host header.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITES = resolve(fileURLToPath(import.meta.url), '../../fixtures/sites');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a request to a file, or null. Paths cannot climb out of the site folder. */
export function resolveFixture(host, pathname) {
  const name = (host ?? '').replace(/:\d+$/, '').toLowerCase();
  const site = name === '127.0.0.1' || name === 'localhost' ? SITES : join(SITES, name);
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = join(site, clean);
  if (!base.startsWith(SITES)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The landing page of `npm run demo`: one link per fixture site. */
function siteIndex(hostWithPort) {
  const port = hostWithPort.split(':')[1] ?? '80';
  const sites = readdirSync(SITES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes('.'))
    .map((d) => d.name)
    .sort();
  const items = sites.map((s) => `<li><a href="http://${s}:${port}/">${s}</a></li>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>TierScout demo sites</title>
<style>body{font:16px system-ui;margin:2rem auto;max-width:44rem;color:#1f2933}a{color:#0b63c5}</style>
<h1>TierScout demo prospect sites</h1>
<p>Invented companies on invented domains, served from this machine. To try TierScout:</p>
<ol><li>Open one of the sites below and click the TierScout toolbar button (pin it from the puzzle-piece menu).</li>
<li>The first time, it asks you to describe your products: choose <b>Describe my products</b>, then
<b>Start from an example… → LED lighting</b> (or write your own).</li>
<li>Back on a site, the popup suggests a tier and a buyer type; press A–D to set the tier, Enter to save.
Alt+Shift+S saves the site you are on without opening the popup.</li></ol><ul>${items}</ul>`;
}

export function startFixtureServer(port) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    // A page that never finishes loading, for "navigates away mid-scan" tests.
    if (url.pathname === '/__slow') {
      setTimeout(() => res.end('<!doctype html><title>slow</title><p>late</p>'), 5000);
      return;
    }
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if ((host === '127.0.0.1' || host === 'localhost') && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(siteIndex(req.headers.host ?? ''));
      return;
    }
    const file = resolveFixture(req.headers.host, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404 Not Found</title><h1>Not Found</h1>');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.FIXTURE_PORT ?? 4173);
  await startFixtureServer(port);
  console.log(`fixture sites on http://127.0.0.1:${port} (any host name mapped here)`);
}
