// A new deployment arrives: the site served as a host serves it (every file cacheable for
// ten minutes), version 1 then version 2. An open page is told a new version is ready, and
// after one reload it runs version 2's JS with version 2's module, never one with the other.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, analysed, launch, serve } from './harness.mjs';

/** The build names `make site` wrote into the service worker and the page. */
const builtAs = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/"([0-9a-f]{16})"/)[1];

const v1 = mkdtempSync(join(tmpdir(), 'verbatim-v1-'));
const v2 = mkdtempSync(join(tmpdir(), 'verbatim-v2-'));
let live = v1;
const log = [];
let server, browser;
before(async () => {
  cpSync(join(ROOT, 'dist'), v1, { recursive: true });
  cpSync(join(ROOT, 'dist'), v2, { recursive: true });
  // Version 2: another build of the page's JS and another core, which names its own version.
  const build = builtAs(v1);
  for (const file of ['sw.js', 'app.js']) {
    const text = readFileSync(join(v2, file), 'utf8');
    assert.ok(text.includes(build), `${file} names its build`);
    writeFileSync(join(v2, file), text.replaceAll(build, 'feedfacefeedface'));
  }
  const wasm = readFileSync(join(v2, 'pkg/verbatim_bg.wasm'));
  const at = wasm.indexOf('0.1.0');
  assert.ok(at > 0 && wasm.indexOf('0.1.0', at + 1) < 0, 'the module names its version once');
  wasm.write('9.9.9', at);
  writeFileSync(join(v2, 'pkg/verbatim_bg.wasm'), wasm);
  server = await serve(() => live, '/verbatim/', log, { 'cache-control': 'public, max-age=600' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  // Nothing asked for anything but the site's own files.
  assert.deepEqual(log.filter((r) => r.status !== 200), []);
});

/**
 * A page as a reader has it: no request interception (which would turn the browser's caches
 * off), console errors collected, every request logged by the server.
 */
async function open() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto(server.url);
  return { context, page, problems };
}

const running = (page) => page.evaluate(() => ({ js: document.documentElement.dataset.build, core: document.getElementById('core-version').textContent }));

test('a deployment is announced to an open page, and one reload runs the new JS with the new module', async () => {
  const { context, page, problems } = await open();
  await analysed(page, 5);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((ok) => setTimeout(ok, 50));
  });
  // Once more, now from the service worker and the browser's caches.
  await page.goto(server.url);
  await analysed(page, 5);
  assert.deepEqual(await running(page), { js: builtAs(v1), core: '0.1.0' });

  live = v2;
  // The reader comes back to the tab: the page checks for an update, and is told.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.getByRole('status').filter({ hasText: 'A new version of Verbatim is ready.' }).waitFor();
  await page.getByRole('button', { name: 'Reload to use it' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.build === 'feedfacefeedface');
  await analysed(page, 5);
  assert.deepEqual(await running(page), { js: 'feedfacefeedface', core: '9.9.9' });
  // And the kept copies, for offline use, are version 2's.
  const kept = await page.evaluate(async () => (await (await caches.match('app.js')).text()).includes('feedfacefeedface'));
  assert.ok(kept, 'the service worker keeps version 2');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page opened after a deployment runs the new version at once, with no notice', async () => {
  live = v1;
  const { context, page, problems } = await open();
  await analysed(page, 5);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((ok) => setTimeout(ok, 50));
  });
  // A visit from the service worker: the page's files are now in the browser's memory too.
  await page.goto(server.url);
  await analysed(page, 5);
  assert.deepEqual(await running(page), { js: builtAs(v1), core: '0.1.0' });
  live = v2;
  await page.goto(server.url);
  await analysed(page, 5);
  assert.deepEqual(await running(page), { js: 'feedfacefeedface', core: '9.9.9' });
  await page.waitForTimeout(1000);
  assert.equal(await page.getByRole('status').filter({ hasText: 'A new version' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
