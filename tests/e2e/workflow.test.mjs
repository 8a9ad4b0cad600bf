// The whole experience around the analysis: getting articles in (drops, HTML, pastes of
// several articles), keeping them (rename, reorder, reload, clear), working by keyboard,
// cancelling stale work, surviving a crashed engine, and working offline.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLES, analysed, cli, paste, useSite, openPage, screenshot } from './harness.mjs';

const site = useSite();
const boxes = (page) => page.getByRole('textbox', { name: /^Article \d+/ });
const names = (page) => page.locator('#articles .article-label').allTextContents();

test('files dropped on the page become articles: HTML as the text a reader sees, UTF-16 decoded', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style><script>window.__ran = 1</script></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <h1>Talks &amp; tensions</h1><p>“We will talk,” the minister said&#8217;s aide.</p>
    <p>A second<br>line, and <b>bold</b> text.</p><script>document.write('x')</script></body></html>`;
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Köln, 12 Nov. “Guten Tag,” sagte sie.', 'utf16le')]);
  const dropped = await page.evaluateHandle(
    ([html, utf16]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([html], 'page.html', { type: 'text/html' }));
      dt.items.add(new File([new Uint8Array(utf16)], 'windows.txt', { type: 'text/plain' }));
      return dt;
    },
    [html, [...utf16]],
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dropped });
  assert.ok(await page.evaluate(() => document.body.classList.contains('dropping')), 'the page shows where files land');
  await page.dispatchEvent('main', 'drop', { dataTransfer: dropped });
  await analysed(page, 7);
  assert.equal(
    await page.getByRole('textbox', { name: 'Article 6 · page.html' }).inputValue(),
    'Home World\n\nTalks & tensions\n\n“We will talk,” the minister said’s aide.\n\nA second\nline, and bold text.',
  );
  assert.equal(await page.getByRole('textbox', { name: 'Article 7 · windows.txt' }).inputValue(), 'Köln, 12 Nov. “Guten Tag,” sagte sie.');
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing in the HTML ran');
  assert.ok(!(await page.evaluate(() => document.body.classList.contains('dropping'))));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a paste of several articles separated by --- lines becomes several articles, and can be undone', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await analysed(page, 5);
  await page.getByRole('button', { name: 'Add article' }).click();
  const parts = ['First story. It has “a quote,” she said.', 'Second story, from the wire.', 'Third story.\n\nWith two paragraphs.'];
  await page.evaluate((text) => navigator.clipboard.writeText(text), parts.join('\n\n---\n\n'));
  await page.getByRole('textbox', { name: 'Article 6', exact: true }).focus();
  await page.keyboard.press('Control+V');
  await analysed(page, 8);
  assert.deepEqual(await Promise.all([5, 6, 7].map((i) => boxes(page).nth(i).inputValue())), parts);
  await page.getByRole('status').filter({ hasText: 'The paste held 3 parts' }).waitFor();
  // Focus stays where the reader was typing; the split can be taken back.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
  await page.getByRole('button', { name: 'Keep as one article' }).click();
  await analysed(page, 6);
  assert.equal(await boxes(page).nth(5).inputValue(), parts.join('\n\n---\n\n'));
  await boxes(page).nth(5).fill('');
  // A single article with a rule inside it but nothing after is one article.
  await boxes(page).nth(5).focus();
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'Only one.\n---\n');
  await page.keyboard.press('Control+V');
  await page.waitForTimeout(400);
  assert.equal(await boxes(page).count(), 6);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Undo never takes back edits made after what it undoes', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByRole('button', { name: `Remove Article 5 · ${SAMPLES[4].name}` }).click();
  await analysed(page, 4);
  await boxes(page).first().fill('Edited after the removal.');
  assert.equal(await page.getByRole('button', { name: 'Undo' }).count(), 0, 'the stale Undo is gone');
  assert.equal(await boxes(page).first().inputValue(), 'Edited after the removal.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('articles are renamed, reordered and cleared, and the page remembers it all across a reload', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByRole('textbox', { name: 'Name of article 4' }).fill('Yahoo portal');
  await page.getByRole('button', { name: 'Move Article 4 · Yahoo portal up' }).click();
  // The button keeps focus as its article moves, so it can be pressed again.
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Move Article 3 · Yahoo portal up');
  const order = [SAMPLES[0].name, SAMPLES[1].name, 'Yahoo portal', SAMPLES[2].name, SAMPLES[4].name].map((n, i) => `Article ${i + 1} · ${n}`);
  assert.deepEqual(await names(page), order);
  // The report follows: the repost pair is now articles 2 and 4, named in its verdict.
  await page.locator('#pairs tbody tr', { hasText: 'Article 2 · Article 4' }).waitFor();
  await page.waitForTimeout(400);
  await page.reload();
  await analysed(page, 5);
  assert.deepEqual(await names(page), order);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await analysed(page, 1);
  assert.equal(await boxes(page).count(), 1);
  assert.equal(await boxes(page).first().inputValue(), '');
  await page.waitForTimeout(400);
  await page.reload();
  // Cleared stays cleared: the samples do not come back on their own.
  await analysed(page, 1);
  assert.equal(await boxes(page).count(), 1);
  for (const name of ['Export report (JSON)', 'Export quotes (CSV)', 'Copy summary']) {
    assert.ok(await page.getByRole('button', { name }).isDisabled(), `${name} waits for text`);
  }
  await page.getByRole('button', { name: 'Load sample articles' }).click();
  await analysed(page, 5);
  await page.getByRole('button', { name: 'Load sample articles' }).click();
  await page.getByRole('status').filter({ hasText: 'The sample articles are already here.' }).waitFor();
  assert.equal(await boxes(page).count(), 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('words typed just before a reload are kept', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await boxes(page).first().fill('Typed a moment before the reload.');
  await page.reload(); // at once: well inside the debounce
  await boxes(page).first().waitFor();
  assert.equal(await boxes(page).first().inputValue(), 'Typed a moment before the reload.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the main flow works by keyboard alone, with focus always visible', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.locator('body').focus();
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { label: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 40), outline: getComputedStyle(el).outlineStyle };
  });
  // First the links to each section, then the article controls.
  await page.keyboard.press('Tab');
  assert.deepEqual(await focused(), { label: 'Results', outline: 'solid' });
  await page.keyboard.press('Tab');
  assert.deepEqual(await focused(), { label: 'Articles', outline: 'solid' });
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  assert.deepEqual(await focused(), { label: 'Add article', outline: 'solid' });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gen. Mark Milley spoke. “Seize the moment,” he said.');
  await analysed(page, 6);
  assert.equal(await boxes(page).nth(5).inputValue(), 'Gen. Mark Milley spoke. “Seize the moment,” he said.');
  // Tab on through to the matrix: one stop for the whole grid, arrows within it.
  const cell = page.locator('#heatmap button.cell').first();
  for (let i = 0; i < 1000 && !(await cell.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.equal((await focused()).outline, 'solid');
  const stops = await page.locator('#heatmap button.cell[tabindex="0"]').count();
  assert.equal(stops, 1, 'the matrix is one tab stop');
  await page.keyboard.press('ArrowDown');
  assert.match((await focused()).label, /^\d+% of article \d is in article \d$/);
  await page.keyboard.press('Enter');
  await page.locator('#side-by-side').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.className), 'side-title');
  await screenshot(page, 'keyboard-side-by-side');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a huge paste stays out of the text box, and a newer change cancels its long analysis', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  const summaries = [];
  await page.exposeFunction('__summary', (text) => summaries.push(text));
  await page.evaluate(() => new MutationObserver(() => window.__summary(document.getElementById('summary').textContent))
    .observe(document.getElementById('summary'), { childList: true, characterData: true, subtree: true }));
  const big = SAMPLES.map((s) => s.text).join('\n\n').repeat(900); // about 30 MB: seconds of work (10 MB took under a second once the analysis was faster)
  await page.getByRole('button', { name: 'Add article' }).click();
  // A paste as the browser delivers it: a paste event carrying the clipboard's text.
  await paste(page.getByRole('textbox', { name: 'Article 6', exact: true }), big);
  const item = page.locator('#articles > li').nth(5);
  await item.locator('.big', { hasText: /^This article is \d+(\.\d)? MB of text/ }).waitFor();
  await page.locator('#progress').waitFor(); // long work shows itself
  await item.getByRole('button', { name: /^Remove/ }).click();
  await analysed(page, 5);
  await page.locator('#progress').waitFor({ state: 'hidden' });
  await page.waitForTimeout(500);
  const bigWords = cli(['-'], big).documents[0].stats.words;
  assert.ok(bigWords > 100000);
  const stale = summaries.filter((s) => Number(s.match(/, ([\d,]+) words/)?.[1].replaceAll(',', '')) > bigWords);
  assert.deepEqual(stale, [], 'the big report was cancelled, never shown');
  // Undo brings the big article back, still out of the text box; its analysis shows how far
  // it has got, and its report arrives.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('#progress .what', { hasText: /^Analysing 6 articles \(\d+(\.\d)? MB\)… \d+% · [\d.]+ s$/ }).waitFor();
  assert.ok((await page.locator('#progress progress').evaluate((bar) => bar.value)) > 0);
  await screenshot(page, 'progress');
  await analysed(page, 6);
  assert.ok(await item.locator('textarea').isHidden());
  assert.equal(await item.locator('[data-stat="words"]').textContent(), new Intl.NumberFormat('en-US').format(bigWords));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a crashed analysis engine is restarted and the articles are kept', async () => {
  // Without the service worker, whose own fetches the test's route cannot replace.
  const { context, page, problems } = await openPage(site.browser, site.server, { serviceWorkers: 'block' });
  await analysed(page, 5); // the first page's engine is loaded: the next one will crash
  let crashes = 0;
  await context.route('**/worker.js', (route) => {
    if (crashes++ > 0) return route.continue();
    return route.fulfill({ contentType: 'text/javascript', body: "self.onmessage = () => { throw new Error('engine exploded'); };" });
  });
  await page.reload(); // so the very first engine is the one that crashes
  await analysed(page, 5);
  await page.getByRole('status').filter({ hasText: 'restarted' }).waitFor();
  assert.ok(crashes >= 2, 'one crash, then a fresh engine');
  assert.equal(await boxes(page).count(), 5);
  // The crash is an uncaught error inside the worker, which the page reports to the reader.
  assert.deepEqual(problems.filter((p) => !p.includes('engine exploded') && !p.includes('Service Worker registration blocked')), []);
  await context.close();
});

test('without WebAssembly the page says so and keeps the text', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await context.addInitScript(() => delete globalThis.WebAssembly);
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'cannot run WebAssembly' }).waitFor();
  await boxes(page).first().waitFor();
  assert.equal(await boxes(page).first().inputValue(), SAMPLES[0].text);
  assert.deepEqual(problems, []);
  await context.close();
});

test('once loaded, the page works offline', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    // Wait until the engine itself is kept.
    for (let i = 0; i < 100 && !(await caches.match('seeds/004_b2af7ddbd8c37f82.txt')); i++) await new Promise((r) => setTimeout(r, 50));
  });
  await context.setOffline(true);
  await page.reload();
  await analysed(page, 5);
  // The samples come from the kept copies too.
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await analysed(page, 1);
  await page.getByRole('button', { name: 'Load sample articles' }).click();
  await analysed(page, 5);
  await boxes(page).first().fill('Offline and still reading. “Yes,” he said.');
  await page.locator('#articles > li [data-stat="sentences"]', { hasText: /^2$/ }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with many articles, the copies are listed as clusters instead of a matrix', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  // 36 articles of their own words, drawn from the samples' vocabulary; three of them are
  // edited copies of the first, one a copy of the second.
  const vocabulary = [...new Set(SAMPLES.map((s) => s.text).join(' ').toLowerCase().match(/\p{L}+/gu))];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const article = () => Array.from({ length: 30 }, () => Array.from({ length: 12 }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ') + '.').join(' ');
  const texts = Array.from({ length: 32 }, article);
  const edit = (text, n) => text.split(' ').map((w, i) => (i % 37 === n ? 'changed' : w)).join(' ');
  texts.push(edit(texts[0], 1), edit(texts[0], 2), edit(texts[0], 3), edit(texts[1], 4));
  await page.getByLabel('Open files').setInputFiles(texts.map((t, i) => ({ name: `story-${String(i + 1).padStart(2, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(t) })));
  await analysed(page, 41);
  assert.ok(await page.locator('#heatmap-box').isHidden(), 'no unreadable matrix');
  const clusters = page.locator('#clusters > li');
  assert.equal(await clusters.count(), 3, 'the samples\' repost, and the two made here');
  assert.match(await clusters.first().textContent(), /^Copies 1: 4 articles — Article 6 · story-01\.txt; Article 38 · story-33\.txt; Article 39 · story-34\.txt; Article 40 · story-35\.txt/);
  assert.match(await clusters.nth(1).textContent(), /^Copies 2: 2 articles — Article 2 · .*; Article 3 · /);
  // The first screen says who copied whom: the edited copies under the story they edit.
  const lineages = page.locator('.who-copied .lineage');
  assert.equal(await lineages.count(), 3);
  assert.match(await lineages.first().locator('.original').textContent(), /^Likely original: Article 6 · story-01\.txt/);
  assert.equal(await lineages.first().locator('.copies li').count(), 3);
  await screenshot(page, 'results-41-articles', { fullPage: false });
  assert.match(await clusters.nth(2).textContent(), /^Copies 3: 2 articles — Article 7 · story-02\.txt; Article 41 · story-36\.txt/);
  await clusters.first().getByRole('button', { name: 'compare the closest two' }).click();
  await page.locator('#side-by-side .side-title', { hasText: 'likely a repost' }).waitFor();
  await page.locator('#pairs-heading').scrollIntoViewIfNeeded();
  await screenshot(page, 'clusters', { fullPage: false });
  assert.deepEqual(problems, []);
  await context.close();
});
