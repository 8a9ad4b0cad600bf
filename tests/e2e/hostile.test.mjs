// Pasted text is data: markup, scripts and links in an article never run and never leave.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysed, paste, useSite, openPage } from './harness.mjs';

const site = useSite();

test('hostile pasted text is shown as text and nothing in it runs', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { acceptDownloads: true });
  await analysed(page, 5);
  await page.exposeFunction('__pwned', () => problems.push('pasted script ran'));
  page.on('dialog', (d) => {
    problems.push(`dialog opened: ${d.message()}`);
    return d.dismiss();
  });
  const hostile = [
    '“<img src=x onerror=window.__pwned()>,” the attacker said.',
    '</textarea><script>window.__pwned()</script>',
    '[click me](javascript:window.__pwned()) and <a href="javascript:window.__pwned()">here</a>',
    '<svg onload=window.__pwned()></svg> “Quote with <b onmouseover=window.__pwned()>bold</b>,” he said.',
    'Oops! Something went wrong. Please try again later.',
    'Oops! Something went wrong. Please try again later.',
    '“=SUM(A1:A9)+cmd|calc is what they typed in the sheet,” the engineer said.',
  ].join('\n');
  await page.getByRole('button', { name: 'Add article' }).click();
  const box = page.getByRole('textbox', { name: 'Article 6', exact: true });
  await box.fill(hostile);
  await analysed(page, 6);
  const item = page.locator('#articles > li').nth(5);
  await item.locator('.reader summary').click();
  await item.locator('.quotes summary').click();
  await item.locator('.reader-text p').first().waitFor();
  // Every place the page shows pasted text holds it as text: no element was made from it.
  for (const where of ['.reader-text', '.quote-list']) {
    const injected = await item.locator(`${where} img, ${where} script, ${where} svg, ${where} a, ${where} b`).count();
    assert.equal(injected, 0, `no element made from the paste in ${where}`);
  }
  const shown = (await item.locator('.reader-text').textContent()) ?? '';
  assert.ok(shown.includes('<img src=x onerror=window.__pwned()>'), JSON.stringify(shown));
  // A pasted <script> block is markup a reader never saw: no paragraph of the article.
  assert.ok(!shown.includes('</textarea>'), JSON.stringify(shown));
  assert.equal(await item.locator('.reader-text p.para').count(), 6);
  await item.locator('.reader-text').hover();
  await page.waitForTimeout(300);
  assert.equal(await box.inputValue(), hostile, 'the article is untouched');
  // Exported, a quotation that starts like a formula stays text in a spreadsheet.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export quotes (CSV)' }).click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  const csv = Buffer.concat(chunks).toString('utf8');
  assert.ok(csv.includes(`"'=SUM(A1:A9)+cmd|calc is what they typed in the sheet,"`), csv);
  assert.deepEqual(problems, []);
  await context.close();
});

test('more text than the page can take gets a clear message, and the text is kept', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByRole('button', { name: 'Add article' }).click();
  // 41 million characters, pasted as the browser delivers a paste.
  await paste(page.getByRole('textbox', { name: 'Article 6', exact: true }), 'Words of a very long paste. ', 1_465_000);
  await page.getByRole('status').filter({ hasText: /These articles hold 41 MB of text; this page analyses up to 40 MB at once\. Your text is kept/ }).waitFor();
  const item = page.locator('#articles > li').nth(5);
  assert.match(await item.locator('.big').textContent(), /^This article is 41 MB of text/);
  // Removing it brings the analysis back for what remains.
  await item.getByRole('button', { name: /^Remove/ }).click();
  await analysed(page, 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a lone surrogate from JavaScript is analysed, and every highlight still fits the text', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByRole('button', { name: 'Add article' }).click();
  const text = 'Broken \uD83D pair. Anna Berg spoke. “It is fine, we will manage \uDE00,” she said. 👍🏽 Done.';
  await page.getByRole('textbox', { name: 'Article 6', exact: true }).evaluate((box, text) => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await analysed(page, 6);
  const item = page.locator('#articles > li').nth(5);
  await item.locator('.reader summary').click();
  const quote = await item.locator('.reader-text .hl-quote').textContent();
  assert.equal(quote, '“It is fine, we will manage \uDE00,”');
  assert.equal(await item.locator('.reader-text .hl-quote').getAttribute('title'), 'Anna Berg (said)');
  assert.equal(await item.locator('.reader-text').textContent(), text);
  assert.deepEqual(problems, []);
  await context.close();
});
