// `make bench`, browser half: builds the benchmark texts from seeds/, bundles the peers
// (dev-dependencies only: they never ship in the page), serves dist/ and bench/ on
// 127.0.0.1, and in Debian's Chromium (playwright-core) runs every tool on the same texts
// in one page, then loads the real page to time its first analysis. Writes
// target/bench/browser.json; bench/report.mjs turns it into tables.

import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'target/bench');
const SIZES = [['10 KB', 10e3], ['100 KB', 100e3], ['1 MB', 1e6], ['10 MB', 10e6]];
// BENCH_TEXTS=1MB,10MB measures only those (all texts are still written).
const ONLY = process.env.BENCH_TEXTS?.split(',');
const RUNS = { '10 KB': 21, '100 KB': 11, '1 MB': 7, '10 MB': 5 };

/** Real news prose at each size: the seeds, in order, repeated, cut at a line end. */
export function texts() {
  const dir = join(ROOT, 'seeds');
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
  const out = [];
  for (const [label, size] of SIZES) {
    let text = '';
    for (let i = 0; Buffer.byteLength(text) < size + 40e3; i += 1) text += seeds[i % seeds.length] + '\n\n';
    let bytes = Buffer.from(text).subarray(0, size).toString('utf8');
    bytes = bytes.slice(0, bytes.lastIndexOf('\n')).trimEnd() + '\n';
    out.push({ label, text: bytes });
  }
  return out;
}

async function bundle() {
  mkdirSync(join(OUT, 'out'), { recursive: true });
  const entries = {
    compromise: "export { default } from 'compromise';",
    wink: `import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
const tokensOnly = winkNLP(model, []);
const withSentences = winkNLP(model, ['sbd']);
export const winkTokens = (t) => tokensOnly.readDoc(t).tokens().out().length;
export const winkSentences = (t) => {
  const doc = withSentences.readDoc(t);
  return doc.tokens().out().length + doc.sentences().out().length;
};`,
  };
  const weights = {};
  for (const [name, contents] of Object.entries(entries)) {
    const file = join(OUT, 'out', `${name}.js`);
    await build({
      stdin: { contents, resolveDir: ROOT, loader: 'js' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
      outfile: file, logLevel: 'error',
    });
    weights[name] = sizes(readFileSync(file));
  }
  return weights;
}

const sizes = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
};

/** / is dist/ (the page as shipped); /bench/ the bench page, its bundles and texts. */
function serve(routes) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const [prefix, dir] = routes.find(([p]) => path.startsWith(p));
    let file = normalize(join(dir, path.slice(prefix.length)));
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const peers = await bundle();
  mkdirSync(join(OUT, 'texts'), { recursive: true });
  for (const { label, text } of texts()) writeFileSync(join(OUT, 'texts', `${label.replace(' ', '')}.txt`), text);
  const server = await serve([
    ['/bench/out/', join(OUT, 'out')],
    ['/bench/pkg/', join(OUT, 'pkg')],
    ['/bench/texts/', join(OUT, 'texts')],
    ['/bench/', join(ROOT, 'bench')],
    ['/', join(ROOT, 'dist')],
  ]);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--js-flags=--expose-gc'],
  });
  const errors = [];
  const watch = (page) => {
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
      else if (process.env.VERBOSE) process.stderr.write(`  ${m.text()}\n`);
    });
  };

  // 1. The page as shipped: what it loads, and navigation to the samples' first analysis.
  const loads = [];
  let loaded = [];
  for (let i = 0; i < 7; i += 1) {
    const context = await browser.newContext();
    const requested = [];
    context.on('request', (r) => requested.push(new URL(r.url()).pathname)); // workers' too
    const page = await context.newPage();
    watch(page);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => /^Analysed 5 articles/.test(document.getElementById('summary')?.textContent ?? ''), null, { timeout: 60e3 });
    loads.push(await page.evaluate(() => performance.now()));
    loaded = requested;
    await context.close();
  }
  const files = [...new Set(loaded)].map((p) => (p.endsWith('/') ? p + 'index.html' : p));
  const shipped = files.map((p) => ({ path: p, ...sizes(readFileSync(join(ROOT, 'dist', p))) }));

  // 2. Throughput: every tool on the same texts in one page.
  const context = await browser.newContext();
  const page = await context.newPage();
  watch(page);
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => typeof window.bench === 'function');
  const results = await page.evaluate((config) => window.bench(config), {
    texts: SIZES.filter(([label]) => !ONLY || ONLY.includes(label.replace(' ', ''))).map(([label]) => ({ label, url: `/bench/texts/${label.replace(' ', '')}.txt` })),
    runs: RUNS, budgetMs: 60e3, skipAfterMs: 120e3,
  });
  const chromeVersion = browser.version();
  await browser.close();
  server.close();
  if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
  const report = { chromium: chromeVersion, shipped, peers, loadMs: median(loads), loads, results };
  writeFileSync(join(OUT, 'browser.json'), JSON.stringify(report, null, 1));
  console.error(`browser: wrote ${join(OUT, 'browser.json')}`);
}

if (process.argv[1] === import.meta.filename) await main();
