// The first screen once the analysis ends: who is quoted and who copied whom, without
// scrolling, each number a way to the passage it counts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLES, analysed, cliArticles, fortyArticles, useSite, openPage, screenshot } from './harness.mjs';

const site = useSite();

test('at 1280 × 800 the first screen names who is quoted and which article copies which', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
  await analysed(page, 5);
  const expected = cliArticles(SAMPLES);
  const results = page.locator('#results');
  const box = await results.boundingBox();
  assert.ok(box && box.y + box.height <= 800, `the results end at ${box && box.y + box.height}px`);
  assert.equal(await page.evaluate(() => scrollY), 0);
  // Who is quoted: Milley first, his quotations counted as the report has them, and the
  // utterances several outlets carry counted once.
  const milley = results.locator('.quoted-table tbody tr').first();
  assert.equal(await milley.locator('th').textContent(), 'Mark Milley');
  const his = expected.documents.flatMap((d) => d.quotes).filter((q) => q.speaker === 'Mark Milley' && q.speech && q.depth === 0);
  const groups = expected.quote_groups.filter((g) => g.speaker === 'Mark Milley');
  const cells = await milley.locator('td').allTextContents();
  assert.equal(Number(cells[0]), his.length);
  assert.equal(Number(cells[1]), his.length - groups.reduce((n, g) => n + g.members.length - 1, 0));
  assert.ok(Number(cells[1]) < his.length, 'repeats across outlets are not distinct utterances');
  assert.equal(Number(cells[2]), groups.length);
  // Who copied whom: the report's likely original and its copy, in words.
  const lineage = expected.lineages[0];
  const copied = results.locator('.who-copied');
  assert.match(await copied.locator('.original').textContent(), new RegExp(`Likely original: Article ${lineage.original + 1} · `));
  const verdict = copied.getByRole('button', { name: new RegExp(`^${lineage.copies[0].verdict.replace(/[()]/g, '\\$&')}`) });
  await verdict.waitFor();
  await screenshot(page, 'results-1280', { fullPage: false });
  // A count leads to the passage: Milley's one quotation in article 5.
  const inFifth = expected.documents[4].quotes.find((q) => q.speaker === 'Mark Milley' && q.speech && q.depth === 0);
  await milley.getByRole('button', { name: /^Mark Milley in Article 5 · / }).click();
  const focused = await page.evaluate(() => ({ text: document.activeElement.textContent, reader: !!document.activeElement.closest('.reader[open]') }));
  assert.ok(focused.reader && inFifth.text.startsWith(focused.text.replace(/^[“"]/, '').slice(0, 20)), JSON.stringify(focused));
  // A verdict opens the two articles side by side.
  await verdict.click();
  assert.equal(await page.locator('#side-by-side').isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the reader comments under the third sample are page junk: not its words, quotations or speakers', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
  await analysed(page, 5);
  const third = page.locator('#articles > li').nth(2);
  const words = Number((await third.locator('[data-stat="words"]').textContent()).replace(/\D/g, ''));
  const article = Number((await third.locator('[data-stat="content_words"]').textContent()).replace(/\D/g, ''));
  // The thread is six times the article; the article is what is counted.
  assert.ok(words > 3000 && article < words / 5, `${article} of ${words} words counted`);
  // Its comments are shown set aside as junk, named as comments.
  await third.locator('.reader summary').click();
  const comment = third.locator('.reader-text p.para', { hasText: 'Hail to the chief' });
  assert.equal(await comment.getAttribute('class'), 'para junk');
  assert.equal(await comment.getAttribute('title'), 'page junk: comment');
  assert.equal(await comment.locator('[data-quote]').count(), 0, 'a commenter’s lyric is no quotation');
  // Nobody a commenter named or quoted is among who is quoted.
  const speakers = await page.locator('.quoted-table tbody th').allTextContents();
  assert.ok(speakers.length > 0 && !speakers.some((s) => /Perhaps|Boris/.test(s)), speakers.join(', '));
  const quotes = await third.locator('.quotes summary [data-quote-count]').textContent();
  assert.ok(Number(quotes) < 12, `${quotes} quotations in the article`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with too many articles for a column each, an article in a language not read fully is named on the first screen', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
  await analysed(page, 5);
  const more = [
    ...SAMPLES.slice(0, 3).map((s) => ({ name: `again-${s.file}`, text: s.text.replace(/Milley/g, 'Milley,') })),
    { name: 'sovet.txt', text: 'Городской совет во вторник утвердил новый бюджет. «Мы построим мост», — сказал мэр.' },
  ];
  await page.getByLabel('Open files').setInputFiles(more.map(({ name, text }) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })));
  await analysed(page, 9);
  const line = page.locator('#results .unread');
  assert.equal(await line.textContent(), 'Article 9 · sovet.txt: language not recognised: speakers may be missing.');
  const box = await line.boundingBox();
  assert.ok(box.y + box.height <= 800, 'on the first screen');
  assert.deepEqual(problems, []);
  await context.close();
});

test('with forty reposts, trims and edits of the samples, each speaker\'s distinct utterances are at least one and at most their quotations', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
  await analysed(page, 5);
  const texts = fortyArticles();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await analysed(page, 1);
  await page.getByLabel('Open files').setInputFiles(texts.map((t, i) => ({ name: `story-${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(t) })));
  await analysed(page, 40);
  await page.locator('#speakers > li, #speakers tr').first().waitFor();
  const rows = await page.locator('td[data-label="Distinct"]').evaluateAll((cells) => cells.map((c) => [
    Number(c.textContent.replaceAll(',', '')),
    Number(c.parentElement.querySelector('td[data-label="Quotes"]').textContent.replaceAll(',', '')),
  ]));
  assert.ok(rows.length > 0);
  for (const [distinct, quotes] of rows) assert.ok(distinct >= 1 && distinct <= quotes, `distinct ${distinct} of ${quotes} quotations`);
  assert.deepEqual(problems, []);
  await context.close();
});
