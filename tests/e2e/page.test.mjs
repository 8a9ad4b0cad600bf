// The page as a reader uses it, in headless Chromium, served from a sub-path.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, useSite, openPage, screenshot } from './harness.mjs';

const CLI = join(ROOT, 'target/release/verbatim');
const SEEDS = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const SEED_TEXTS = SEEDS.map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

/** The CLI's report, the reference the page must agree with. */
function cli(args, input) {
  return JSON.parse(execFileSync(CLI, ['--json', ...args], { cwd: ROOT, input, maxBuffer: 1 << 28 }));
}

const articleBoxes = (page) => page.getByRole('textbox', { name: /^Article/ });

const SHOWN = ['characters', 'words', 'content_words', 'sentences', 'paragraphs', 'junk_paragraphs'];

/** The figures of a report's document that the page shows. */
const shown = (stats) => Object.fromEntries(SHOWN.map((k) => [k, stats[k]]));

/** The figures shown under article `index` (0-based), as numbers. */
async function shownStats(page, index) {
  const item = page.locator('#articles > li').nth(index);
  const stats = {};
  for (const stat of SHOWN) {
    const text = await item.locator(`[data-stat="${stat}"]`).textContent();
    stats[stat] = Number(text.replace(/\D/g, ''));
  }
  return stats;
}

const site = useSite();

test('opens with the five samples analysed, showing the same figures as the CLI', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.getByRole('status').filter({ hasText: 'Analysed 5 articles' }).waitFor();
  assert.equal(await articleBoxes(page).count(), 5);
  const expected = cli(SEEDS.map((f) => `seeds/${f}`));
  for (const [i, name] of SEEDS.entries()) {
    await page.getByRole('textbox', { name: `Article ${i + 1} · ${name}` }).waitFor();
    assert.deepEqual(await shownStats(page, i), shown(expected.documents[i].stats), name);
  }
  // The reading figures come from the report too: the top term and the reading ease.
  const first = page.locator('#articles > li').first();
  const top = expected.documents[0].reading.top_terms[0];
  assert.match(await first.locator('[data-reading="top_terms"]').textContent(), new RegExp(`^${top.term} \\(${top.count}\\)`));
  assert.match(await first.locator('[data-reading="flesch_reading_ease"]').textContent(), /^\d+(\.\d)? \((easy|plain|fairly hard|hard|very hard)\)$/);
  // The people named, merged however each outlet wrote them, most mentioned first.
  const fifth = page.locator('#articles > li').nth(4);
  const milley = expected.documents[4].names[0];
  assert.equal(milley.name, 'Mark Milley');
  assert.match(await fifth.locator('[data-names]').textContent(), new RegExp(`^Mark Milley \\(${milley.mentions}\\), `));
  // Who said what: Biden's quotation under the fifth article, Milley's across three.
  await fifth.locator('.quotes summary').click();
  const biden = fifth.locator('.quote', { hasText: 'This is up to the Ukrainians.' });
  assert.equal(await biden.locator('.speaker').textContent(), 'Joe Biden');
  const groups = page.locator('#quote-groups .quote');
  assert.equal(await groups.count(), expected.quote_groups.length);
  const seize = groups.filter({ hasText: 'Article 2, Article 3, Article 5' });
  assert.equal(await seize.locator('.speaker').textContent(), 'Mark Milley');
  // Copies: the repost inside the comment page is the one pair shown, in plain words.
  const pairs = page.locator('#pairs tbody tr');
  assert.equal(await pairs.count(), 1);
  assert.match(await pairs.first().textContent(), /^Article 2 · Article 3.*contains \d+% of 001_339dcb377220b435\.txt: likely a repost/);
  assert.match(await page.locator('#articles > li').nth(3).locator('[data-repeats]').textContent(), /^1 passage: “Oops! Something went wrong/);
  await screenshot(page, 'quotes');

  // The matrix: choose the cell for articles 2 and 3, read them side by side.
  const repost = expected.pairs[0];
  await page.getByRole('button', { name: `Articles ${repost.a + 1} and ${repost.b + 1}: ${Math.round(repost.resemblance * 100)}% alike` }).click();
  const sideA = page.locator('#side-a mark');
  assert.equal(await sideA.count(), repost.shared.length);
  assert.equal(await sideA.first().textContent(), SEED_TEXTS[repost.a].slice(...repost.shared[0].a));
  assert.equal(await page.locator('#side-title').textContent(), repost.verdict);
  const contained = Math.round(Math.max(...repost.containment) * 100);
  assert.ok(await page.getByRole('button', { name: `${contained}% of article ${repost.a + 1} is in article ${repost.b + 1}` }).isVisible());
  await screenshot(page, 'side-by-side');

  // The reading view: highlights around the text, never instead of it.
  await fifth.locator('.reader summary').click();
  const reader = fifth.locator('.reader-text');
  const fifthText = SEED_TEXTS[4];
  const paragraphs = expected.documents[4].paragraphs.map((p) => fifthText.slice(...p.span));
  assert.deepEqual(await reader.locator('p.para').allTextContents(), paragraphs);
  const bidenQuote = expected.documents[4].quotes.find((q) => q.speaker === 'Joe Biden');
  const highlighted = await reader.locator('.hl-quote').allTextContents();
  assert.ok(highlighted.includes(fifthText.slice(bidenQuote.start, bidenQuote.end)), highlighted.join(' | '));
  assert.equal(await reader.locator('p.para.junk').count(), expected.documents[4].stats.junk_paragraphs);
  assert.ok((await reader.locator('.hl-repeat').count()) >= 2, 'the repeated caption, both times');
  await fifth.locator('.reader').scrollIntoViewIfNeeded();
  await screenshot(page, 'reader');
  const rows = page.locator('#overview tbody tr');
  assert.equal(await rows.count(), 5);
  await screenshot(page, 'samples');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page and the CLI produce identical reports for the same texts', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  const inputs = SEEDS.map((name) => ({ name, text: execFileSync('cat', [join(ROOT, 'seeds', name)], { encoding: 'utf8' }) }));
  const fromPage = await page.evaluate(async (inputs) => {
    const core = await import('./pkg/verbatim.js');
    await core.default();
    return core.analyze(inputs);
  }, inputs);
  assert.deepEqual(fromPage, cli(SEEDS.map((f) => `seeds/${f}`)));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new article gets its figures as it is typed, and survives a reload', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.getByRole('status').filter({ hasText: 'Analysed 5 articles' }).waitFor();
  await page.getByRole('button', { name: 'Add article' }).click();
  const box = page.getByRole('textbox', { name: 'Article 6' });
  await assert.doesNotReject(box.waitFor());
  const text = 'Gen. Mark Milley spoke on Wednesday. “Seize the moment,” he said! 👍🏽\n\nA second paragraph, in Kyiv.';
  await box.focus();
  await page.keyboard.type(text.slice(0, 20));
  await box.fill(text); // the rest at once, as a paste
  const expected = shown(cli(['-'], text).documents[0].stats);
  assert.equal(expected.paragraphs, 2);
  await page.waitForFunction(
    (words) => document.querySelector('#articles > li:nth-child(6) [data-stat="words"]')?.textContent === String(words),
    expected.words,
  );
  assert.deepEqual(await shownStats(page, 5), expected);

  await page.waitForTimeout(400); // past the debounce, so the draft is stored
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Analysed 6 articles' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Article 6' }).inputValue(), text);
  assert.deepEqual(await shownStats(page, 5), expected);
  await screenshot(page, 'typed-article');
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening files adds each text file and names any file that is not text', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.getByRole('status').filter({ hasText: 'Analysed 5 articles' }).waitFor();
  await page.getByLabel('Open files').setInputFiles([
    { name: 'wire.txt', mimeType: 'text/plain', buffer: Buffer.from('One sentence. Two sentences.\n') },
    { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Heading\n\nBody text here.') },
    { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9]) },
  ]);
  await page.getByRole('textbox', { name: 'Article 7 · notes.md' }).waitFor();
  const notice = page.getByRole('status').filter({ hasText: 'photo.jpg looks like a binary file' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /latin1\.txt is not UTF-8 text/);
  assert.equal(await articleBoxes(page).count(), 7);
  assert.deepEqual(await shownStats(page, 5), shown(cli(['-'], 'One sentence. Two sentences.\n').documents[0].stats));
  assert.deepEqual(problems, []);
  await context.close();
});

test('removing an article can be undone', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await page.getByRole('status').filter({ hasText: 'Analysed 5 articles' }).waitFor();
  await page.getByRole('button', { name: `Remove Article 2 · ${SEEDS[1]}` }).click();
  assert.equal(await articleBoxes(page).count(), 4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('textbox', { name: `Article 2 · ${SEEDS[1]}` }).waitFor();
  assert.equal(await articleBoxes(page).count(), 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a phone-width screen needs no sideways scrolling', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 375, height: 800 } });
  await page.getByRole('status').filter({ hasText: 'Analysed 5 articles' }).waitFor();
  await page.locator('#articles > li').nth(4).locator('.reader summary').click();
  await page.locator('#articles > li').nth(4).locator('.reader-text p').first().waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `page is ${width}px wide`);
  await screenshot(page, 'phone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the report and the quotes export as files a spreadsheet can open safely', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { acceptDownloads: true });
  await page.getByRole('status').filter({ hasText: 'Analysed 5 articles' }).waitFor();
  const read = async (name) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const chunks = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  };
  const json = await read('Export report (JSON)');
  assert.equal(json.name, 'verbatim-report.json');
  assert.deepEqual(JSON.parse(json.text), cli(SEEDS.map((f) => `seeds/${f}`)));
  const csv = await read('Export quotes (CSV)');
  const lines = csv.text.trimEnd().split('\r\n');
  const quotes = JSON.parse(json.text).documents.reduce((n, d) => n + d.quotes.length, 0);
  assert.equal(lines[0], '"article","start","end","kind","speaker","cue","text"');
  assert.equal(lines.length, quotes + 1);
  assert.ok(lines.some((l) => l.includes('"Joe Biden","said","This is up to the Ukrainians.')), lines.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});
