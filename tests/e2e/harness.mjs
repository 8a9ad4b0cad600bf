// What every browser test needs: the built site served under a sub-path on 127.0.0.1 (as
// GitHub Pages serves a project site), Debian's Chromium driven by playwright-core, and a
// watch on each page that records console errors and any request leaving the origin.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
const CLI = join(ROOT, 'target/release/verbatim');

/** The sample articles the page offers: [{file, name, text}], in the page's order. */
export const SAMPLES = JSON.parse(readFileSync(join(ROOT, 'seeds/index.json'), 'utf8')).map((s) => ({
  ...s,
  text: readFileSync(join(ROOT, 'seeds', s.file), 'utf8'),
}));

/**
 * Forty articles from the samples alone: each sample, reposted whole, trimmed to its first
 * paragraphs, with a line of its own added, and wrapped in another site's furniture, and
 * fifteen texts of the samples' sentences in a fixed shuffle (renderings of one quotation that
 * name different speakers). Copies of every kind and articles that copy nobody.
 */
export function fortyArticles() {
  const texts = [];
  for (const { text } of SAMPLES) {
    const paras = text.split(/\n\s*\n/);
    texts.push(text);
    texts.push(`${text}\n\nThis article first appeared elsewhere and is republished with permission.`);
    texts.push(paras.slice(0, Math.max(2, Math.ceil(paras.length / 2))).join('\n\n'));
    texts.push(`Editor's note: updated with reactions.\n\n${text}`);
    texts.push(`Home | World | Politics | Subscribe\n\n${text}\n\nShare this article\n\nMost read`);
  }
  const sentences = SAMPLES.flatMap((s) => s.text.split(/(?<=[.!?”])\s+/)).filter((s) => s.length > 40);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  while (texts.length < 40) {
    texts.push(Array.from({ length: 5 }, () =>
      Array.from({ length: 4 }, () => sentences[Math.floor(next() * sentences.length)]).join(' ')).join('\n\n'));
  }
  return texts;
}

/** The CLI's report for files or `-` (stdin), the reference the page must agree with. */
export function cli(args, input) {
  return JSON.parse(execFileSync(CLI, ['--json', ...args], { cwd: ROOT, input, maxBuffer: 1 << 28 }));
}

/** The CLI's report for articles given as [{name, text}], through a JSON Lines file. */
export function cliArticles(articles) {
  const file = join(mkdtempSync(join(tmpdir(), 'verbatim-')), 'articles.jsonl');
  writeFileSync(file, articles.map(({ name, text }) => JSON.stringify({ name, text })).join('\n') + '\n');
  return cli([file]);
}

/** Waits until the page has shown a report of `n` articles. */
export function analysed(page, n) {
  return page.locator('#summary', { hasText: `Analysed ${n} article${n === 1 ? '' : 's'}` }).waitFor();
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` at `prefix` (e.g. '/verbatim/'); everything else is a 404. If given, `log`
 * receives `{path, status}` for every request, from the page, its workers or anyone else.
 * `dir` may be a function, asked at each request (a deployment swaps what it returns);
 * `headers` are sent with every file (e.g. a host's cache-control).
 */
export async function serve(dir, prefix, log = null, headers = {}) {
  const server = createServer(async (req, res) => {
    const root = resolve(ROOT, typeof dir === 'function' ? dir() : dir);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    res.on('finish', () => log?.push({ path, status: res.statusCode }));
    if (!path.startsWith(prefix)) return notFound(res);
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return notFound(res);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + prefix, close: () => new Promise((ok) => server.close(ok)) };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context with a page, watched: `problems` collects console errors, page
 * errors and every request to another origin (which is also blocked).
 */
export async function openPage(browser, server, options = {}) {
  const context = await browser.newContext(options);
  const problems = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === server.origin || url.protocol === 'data:') return route.continue();
    problems.push(`request to another origin: ${url.href}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto(server.url);
  return { context, page, problems };
}

/**
 * Pastes `unit` repeated `times` into the text box `box` as the browser delivers a paste: a
 * paste event carrying the clipboard's text (the text is built in the page, so even tens of
 * megabytes cost no transfer).
 */
export function paste(box, unit, times = 1) {
  return box.evaluate(
    (box, [unit, times]) => {
      const data = new DataTransfer();
      data.setData('text/plain', unit.repeat(times));
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [unit, times],
  );
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/**
 * For a test file: the built site served under /verbatim/ and one browser, started before
 * its tests and closed after them. Returns an object whose `server` and `browser` are set
 * once `before` has run.
 */
export function useSite() {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await serve('dist', '/verbatim/');
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
