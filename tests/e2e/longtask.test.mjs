// The page never freezes: with 40 articles, and with a 40 MB paste, no task on the main
// thread runs over 200 ms (the Long Tasks API), from the moment the text arrives until its
// report is on screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { SAMPLES, analysed, useSite, openPage } from './harness.mjs';

const site = useSite();
const LIMIT_MS = 200;

/** Starts recording the page's long tasks (over 50 ms) in `window.__long`. */
function watch(page) {
  return page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
}

const longTasks = (page) => page.evaluate(() => window.__long);

test('40 articles arrive and are drawn without a main-thread task over 200 ms', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  // 40 articles of 30 sentences each, drawn from the samples' sentences: they share
  // passages and quotations as articles on one story do.
  const sentences = SAMPLES.flatMap((s) => s.text.split(/(?<=[.!?”])\s+/)).filter((s) => s.length > 40);
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts = Array.from({ length: 40 }, () =>
    Array.from({ length: 6 }, () => Array.from({ length: 5 }, () => sentences[Math.floor(next() * sentences.length)]).join(' ')).join('\n\n'));
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await analysed(page, 1);
  await watch(page);
  await page.getByLabel('Open files').setInputFiles(texts.map((t, i) => ({ name: `story-${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(t) })));
  await analysed(page, 40);
  await page.locator('#speakers > li').first().waitFor();
  await page.waitForTimeout(1000); // anything drawn after the summary
  const long = await longTasks(page);
  assert.ok(long.every((ms) => ms <= LIMIT_MS), `main-thread tasks: ${JSON.stringify(long)} ms`);
  assert.equal(await page.locator('#articles > li').count(), 40);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a 40 MB paste is analysed and drawn without a main-thread task over 200 ms, its progress shown', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await analysed(page, 1);
  const unit = SAMPLES.map((s) => s.text).join('\n\n');
  const times = Math.floor(39.5e6 / unit.length);
  // The clipboard's text is made ready first: the browser, not the page, holds it.
  await page.evaluate(([unit, times]) => {
    window.__clipboard = new DataTransfer();
    window.__clipboard.setData('text/plain', unit.repeat(times));
  }, [unit, times]);
  await watch(page);
  await page.getByRole('textbox', { name: 'Article 1', exact: true }).evaluate((box) => {
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: window.__clipboard, bubbles: true, cancelable: true }));
  });
  await page.locator('#progress').waitFor();
  await page.locator('#summary', { hasText: /^Analysed 1 article, \d{1,3}(,\d{3}){2,} words/ }).waitFor({ timeout: 300_000 });
  await page.locator('#progress').waitFor({ state: 'hidden' });
  await page.waitForTimeout(1000);
  const long = await longTasks(page);
  assert.ok(long.every((ms) => ms <= LIMIT_MS), `main-thread tasks: ${JSON.stringify(long)} ms`);
  // The report came in parts (its lists hold hundreds of thousands of entries): it was put
  // back together whole, as its own counts say.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export report (JSON)' }).click()]);
  const doc = JSON.parse(await readFile(await download.path(), 'utf8')).documents[0];
  assert.ok(doc.stats.sentences > 100_000);
  assert.equal(doc.sentences.length, doc.stats.sentences);
  assert.equal(doc.paragraphs.length, doc.stats.paragraphs);
  assert.equal(await page.locator('[data-quote-count]').textContent(), new Intl.NumberFormat('en-US').format(doc.quotes.length));
  assert.deepEqual(problems, []);
  await context.close();
});
