// What GitHub Pages serves: the built dist/ at /<repository>/, not at the root. Every URL the
// page, its analysis worker and its service worker request must resolve under that sub-path,
// and none may be missing: checked on the server's side, so the workers' requests (which the
// page never sees) are counted too.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SAMPLES, analysed, launch, openPage, serve } from './harness.mjs';

const PREFIX = '/some-repository/';
const log = [];
let server, browser;
before(async () => {
  server = await serve('dist', PREFIX, log);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('from a sub-path, every file the page, the worker and the service worker ask for is there', async () => {
  const { context, page, problems } = await openPage(browser, server);
  await analysed(page, 5);
  // The service worker has cached the whole site (its install fetches every file it keeps).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((ok) => setTimeout(ok, 50));
  });
  const kept = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  const missing = log.filter((r) => r.status !== 200);
  assert.deepEqual(missing, [], 'every request is answered');
  const outside = log.filter((r) => !r.path.startsWith(PREFIX));
  assert.deepEqual(outside, [], 'every request stays under the sub-path');
  const asked = new Set(log.map((r) => r.path.slice(PREFIX.length)));
  for (const file of ['', 'app.js', 'style.css', 'worker.js', 'sw.js', 'pkg/verbatim.js', 'pkg/verbatim_bg.wasm', 'seeds/index.json',
    ...SAMPLES.map((s) => `seeds/${s.file}`)]) {
    assert.ok(asked.has(file), `${PREFIX}${file} was requested`);
  }
  // Everything the service worker keeps for offline use was there to keep.
  for (const file of ['', 'index.html', 'app.js', 'worker.js', 'pkg/verbatim.js', 'pkg/verbatim_bg.wasm']) {
    assert.ok(kept.includes(PREFIX + file), `${PREFIX}${file} is kept for offline use`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('every file the service worker keeps is built, and nothing the page loads names a root-absolute URL', () => {
  const built = (dir) => readdirSync(join(ROOT, 'dist', dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? built(join(dir, e.name)) : [join(dir, e.name)]));
  const files = new Set(built(''));
  // The service worker's list of the site's own files, as built.
  const sw = readFileSync(join(ROOT, 'dist/sw.js'), 'utf8');
  const shell = JSON.parse(sw.match(/\[("\.\/"[^\]]*)\]/)[0]);
  for (const file of shell.filter((f) => f !== './')) assert.ok(files.has(file), `dist/${file} exists`);
  for (const s of SAMPLES) assert.ok(files.has(`seeds/${s.file}`), `dist/seeds/${s.file} exists`);
  // No absolute path anywhere in what the page loads: it would leave the sub-path.
  for (const file of ['index.html', 'app.js', 'worker.js', 'sw.js']) {
    const text = readFileSync(join(ROOT, 'dist', file), 'utf8');
    assert.doesNotMatch(text, /(?:src|href)="\/(?!\/)/, `${file} names no root-absolute URL`);
  }
});
