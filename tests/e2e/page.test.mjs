// The page as a reader uses it, in headless Chromium, served from a sub-path.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLES, analysed, cli, cliArticles, useSite, openPage, screenshot } from './harness.mjs';

const SEED_TEXTS = SAMPLES.map((s) => s.text);

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
  await analysed(page, 5);
  assert.equal(await articleBoxes(page).count(), 5);
  const expected = cliArticles(SAMPLES);
  for (const [i, { name }] of SAMPLES.entries()) {
    await page.getByRole('textbox', { name: `Article ${i + 1} · ${name}` }).waitFor();
    assert.deepEqual(await shownStats(page, i), shown(expected.documents[i].stats), name);
  }
  // The reading figures come from the report too: the top term and the reading ease.
  const first = page.locator('#articles > li').first();
  const top = expected.documents[0].reading.top_terms[0];
  assert.match(await first.locator('[data-reading="top_terms"]').textContent(), new RegExp(`^${top.term} \\(${top.count}\\)`));
  const { ease } = expected.documents[0].reading;
  assert.match(await first.locator('[data-reading="flesch_reading_ease"]').textContent(), new RegExp(`^\\d+(\\.\\d)? \\(${ease.replace('_', ' ')}\\) · Flesch$`));
  assert.equal(await first.locator('[data-language]').textContent(), 'Language: English (en).');
  // The people named, merged however each outlet wrote them, most mentioned first.
  const fifth = page.locator('#articles > li').nth(4);
  const milley = expected.documents[4].names[0];
  assert.equal(milley.name, 'Mark Milley');
  assert.match(await fifth.locator('[data-names]').textContent(), new RegExp(`^Mark Milley \\(${milley.mentions}\\), `));
  // Who said what: Biden's quotation under the fifth article, Milley's across three.
  await fifth.locator('.quotes summary').click();
  const biden = fifth.locator('.quote', { hasText: 'This is up to the Ukrainians.' });
  assert.equal(await biden.locator('.speaker').textContent(), 'Joe Biden');
  const groups = page.locator('#quote-groups > li');
  assert.equal(await groups.count(), expected.quote_groups.length);
  const seize = groups.filter({ hasText: 'When there is an opportunity to negotiate, when peace can be achieved, seize it.' });
  assert.equal(await seize.locator('.speaker').textContent(), 'Mark Milley');
  // The fullest rendering (CNN's, article 5) first; the others with their changes marked.
  const group = expected.quote_groups.find((g) => g.members.some(([d]) => d === 4));
  assert.deepEqual(group.members[group.reference], [4, 0]);
  const cues = await seize.locator('.variants > li .cue').allTextContents();
  assert.equal(cues[0], `Article 5 · ${SAMPLES[4].name} · the fullest rendering`);
  const others = group.members.filter(([d]) => d !== 4);
  assert.equal(cues.length, group.members.length);
  others.forEach(([d], i) => assert.ok(cues[i + 1].startsWith(`Article ${d + 1} · ${SAMPLES[d].name} · `), cues[i + 1]));
  assert.match(cues[1], /· 1 change marked, leaves out 2 words$/);
  // The one word Antiwar's rendering has and CNN's does not: "there’s" for "there is".
  assert.deepEqual(await seize.locator('.variants > li').nth(1).locator('ins').allTextContents(), ['there’s']);
  // Who is quoted, across the articles: Milley first, with his count; each quotation leads
  // to its place in its article's text.
  const speakers = page.locator('#speakers > li');
  const said = (name) => expected.documents.flatMap((d) => d.quotes).filter((q) => q.speaker === name && q.kind !== 'scare' && q.depth === 0).length;
  assert.match(await speakers.first().locator('summary').textContent(), new RegExp(`^Mark Milley — ${said('Mark Milley')} quotations in 4 articles$`));
  const sullivan = speakers.filter({ hasText: 'Jake Sullivan' });
  await sullivan.locator('summary').click();
  await sullivan.getByRole('button', { name: /^Show in text, Article 4 · .*: “The United States is not pressuring/ }).click();
  const focused = await page.evaluate(() => ({ text: document.activeElement.textContent, reader: !!document.activeElement.closest('.reader[open]') }));
  assert.ok(focused.reader && focused.text.includes('The United States is not pressuring Ukraine'), JSON.stringify(focused));
  // Copies: the comment page's article (its comments set aside) inside the repost is the one
  // pair shown, in plain words.
  const pairs = page.locator('#pairs tbody tr');
  assert.equal(await pairs.count(), 1);
  assert.match(await pairs.first().textContent(), new RegExp(`^Article 2 · Article 3.*contains \\d+% of ${SAMPLES[2].name}: likely a repost`));
  assert.match(await page.locator('#articles > li').nth(3).locator('[data-repeats]').textContent(), /^1 passage: “Oops! Something went wrong/);
  await screenshot(page, 'quotes');

  // The matrix: choose the cell for articles 2 and 3, read them side by side.
  const repost = expected.pairs[0];
  await page.getByRole('button', { name: `Articles ${repost.a + 1} and ${repost.b + 1}: ${Math.round(repost.resemblance * 100)}% alike` }).click();
  const sideA = page.locator('#side-a .passage');
  assert.ok((await sideA.count()) >= 1 && (await sideA.count()) <= repost.shared.length);
  const leading = [...repost.shared].sort((x, y) => x.a[0] - y.a[0])[0];
  // The passage as a reader sees it: the article's Markdown put in place.
  const markup = expected.documents[repost.a].markup ?? [];
  const text = SEED_TEXTS[repost.a];
  let clean = '';
  let from = leading.a[0];
  for (const [start, end, instead] of markup.filter(([s, e]) => s >= leading.a[0] && e <= leading.a[1])) {
    clean += text.slice(from, start) + instead;
    from = end;
  }
  clean += text.slice(from, leading.a[1]);
  assert.ok(markup.length > 0 && !clean.includes(']('));
  assert.equal(await sideA.first().textContent(), clean);
  assert.equal(await page.locator('#side-by-side .side-title').textContent(), repost.verdict);
  const contained = Math.round(Math.max(...repost.containment) * 100);
  const holder = repost.held === repost.a ? repost.b : repost.a;
  assert.ok(await page.getByRole('button', { name: `${contained}% of article ${repost.held + 1} is in article ${holder + 1}` }).isVisible());
  await screenshot(page, 'side-by-side');

  // The reading view: highlights around the text, never instead of it.
  await fifth.locator('.reader summary').click();
  const reader = fifth.locator('.reader-text');
  await reader.locator('p.para').first().waitFor(); // drawn on the toggle event, a task later
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
  const inputs = SAMPLES.map(({ file, text }) => ({ name: file, text }));
  // Through the page's own analysis worker, as the page asks it.
  const fromPage = await page.evaluate((inputs) => new Promise((resolve, reject) => {
    const worker = new Worker('./worker.js', { type: 'module' });
    worker.onerror = (event) => reject(new Error(event.message));
    worker.onmessage = ({ data }) => {
      if (data.job !== 'same' || 'progress' in data) return;
      worker.terminate();
      if (data.ok) resolve(data.report);
      else reject(new Error(data.error));
    };
    worker.postMessage({ job: 'same', inputs });
  }), inputs);
  assert.deepEqual(fromPage, cli(SAMPLES.map((s) => `seeds/${s.file}`)));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new article gets its figures as it is typed, and survives a reload', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByRole('button', { name: 'Add article' }).click();
  const box = page.getByRole('textbox', { name: 'Article 6', exact: true });
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
  await analysed(page, 6);
  assert.equal(await page.getByRole('textbox', { name: 'Article 6', exact: true }).inputValue(), text);
  assert.deepEqual(await shownStats(page, 5), expected);
  await screenshot(page, 'typed-article');
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening files adds each text file and names any file that is not text', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByLabel('Open files').setInputFiles([
    { name: 'wire.txt', mimeType: 'text/plain', buffer: Buffer.from('One sentence. Two sentences.\n') },
    { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Heading\n\nBody text here.') },
    { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]) },
    { name: 'data.txt', mimeType: 'text/plain', buffer: Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]) },
  ]);
  await page.getByRole('textbox', { name: 'Article 7 · notes.md' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Opened wire.txt, notes.md, latin1.txt. Not opened: photo.jpg is not a text file (Verbatim opens .txt, .md and .html); data.txt looks like a binary file, not text.' }).waitFor();
  // A file from an older Western editor is read as Windows-1252, not refused.
  assert.equal(await page.getByRole('textbox', { name: 'Article 8 · latin1.txt' }).inputValue(), 'café.');
  assert.equal(await articleBoxes(page).count(), 8);
  assert.deepEqual(await shownStats(page, 5), shown(cli(['-'], 'One sentence. Two sentences.\n').documents[0].stats));
  assert.deepEqual(problems, []);
  await context.close();
});

test('removing an article can be undone', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByRole('button', { name: `Remove Article 2 · ${SAMPLES[1].name}` }).click();
  assert.equal(await articleBoxes(page).count(), 4);
  // Focus goes to Undo, so a keyboard user can take it back at once.
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: `Article 2 · ${SAMPLES[1].name}` }).waitFor();
  assert.equal(await articleBoxes(page).count(), 5);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.labels?.[0]?.textContent), `Article 2 · ${SAMPLES[1].name}`);
  await analysed(page, 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a phone-width screen needs no sideways scrolling', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 375, height: 800 } });
  await analysed(page, 5);
  await page.locator('#articles > li').nth(4).locator('.reader summary').click();
  await page.locator('#articles > li').nth(4).locator('.reader-text p').first().waitFor();
  // Every view open: each article's reader and quotations, every speaker, and a pair side by side.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.locator('.who-copied .verdict').first().click();
  await page.locator('#side-b .passage').first().waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `page is ${width}px wide`);
  // Every control is a target of at least 24 × 24 px (WCAG 2.2), words inside running text
  // (a link in a sentence) excepted, as the rule does.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea, summary, a[href], [role="button"], .button')]
      .filter((n) => n.checkVisibility() && !n.closest('p.hint, .reader-text, .column, .file-button'))
      .map((n) => [n.getBoundingClientRect(), n])
      .filter(([r]) => r.width < 24 || r.height < 24)
      .map(([r, n]) => `${n.tagName} “${(n.getAttribute('aria-label') ?? n.textContent).trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`));
  assert.deepEqual(small, []);
  // Tables are cards: the overview's figures each with their column's name.
  assert.equal(await page.locator('#overview tbody tr').first().evaluate((r) => getComputedStyle(r).display), 'block');
  assert.equal(await page.locator('.quoted-table tbody td').first().evaluate((c) => getComputedStyle(c, '::before').content), '"Quotes"');
  await screenshot(page, 'phone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the report and the quotes export as files a spreadsheet can open safely', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { acceptDownloads: true });
  await analysed(page, 5);
  const read = async (name) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const chunks = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk);
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  };
  const json = await read('Export report (JSON)');
  assert.equal(json.name, 'verbatim-report.json');
  assert.deepEqual(JSON.parse(json.text), cliArticles(SAMPLES));
  const csv = await read('Export quotes (CSV)');
  const lines = csv.text.trimEnd().split('\r\n');
  const quotes = JSON.parse(json.text).documents.reduce((n, d) => n + d.quotes.length, 0);
  // A byte-order mark first, so a spreadsheet reads UTF-8.
  assert.equal(lines[0], '\uFEFF"article_index","article","title","outlet","url","date","paragraph","sentence","start","end","kind","speech","speaker","cue","rule","quote_group","text"');
  assert.equal(lines.length, quotes + 1);
  // Biden's quotation: article 5, its paragraph and sentence counted from 1 as the report's
  // spans place it, its offsets, speaker, cue, rule; Milley's in article 5 joins its group.
  const expected = JSON.parse(json.text);
  const fifth = expected.documents[4];
  const b = fifth.quotes.findIndex((q) => q.text.startsWith('This is up to the Ukrainians.'));
  const biden = fifth.quotes[b];
  const paragraph = fifth.paragraphs.findIndex((p) => p.span[0] <= biden.start && biden.start < p.span[1]) + 1;
  const sentence = fifth.sentences.findIndex(([s, e]) => s <= biden.start && biden.start < e) + 1;
  assert.ok(paragraph > 0 && sentence > 0);
  const row = lines.find((l) => l.includes('"This is up to the Ukrainians.'));
  assert.ok(row.startsWith(`"5","${SAMPLES[4].name}","","","","2022-11-12","${paragraph}","${sentence}","${biden.start}","${biden.end}","direct","true","Joe Biden","said","${biden.rule}",""`), row);
  const group = expected.quote_groups.findIndex((g) => g.members.some(([d, q]) => d === 4 && q === 0)) + 1;
  assert.ok(group > 0 && lines[1 + expected.documents.slice(0, 4).reduce((n, d) => n + d.quotes.length, 0)].includes(`"Mark Milley","said","${fifth.quotes[0].rule}","${group}"`));
  // The JSON says the same of each quotation: its paragraph, sentence and group (from 0).
  assert.deepEqual([biden.paragraph + 1, biden.sentence + 1, biden.group], [paragraph, sentence, null]);
  assert.equal(fifth.quotes[0].group + 1, group);
  // The pairs, one row each, with both containments and the verdict.
  const pairs = (await read('Export pairs (CSV)')).text.trimEnd().split('\r\n');
  const report = JSON.parse(json.text);
  assert.equal(pairs[0], '\uFEFF"article_a_index","article_a","article_b_index","article_b","resemblance","a_in_b","b_in_a","kind","verdict","shared_passages","shared_text","shared_text_b"');
  assert.equal(pairs.length, report.pairs.length + 1);
  const top = report.pairs[0];
  // The shared passages' text, as each article has it (its Markdown put in place), one
  // after the other.
  const clean = (d, [from, to]) => {
    let out = '';
    for (const [start, end, instead] of (report.documents[d].markup ?? []).filter(([s, e]) => s >= from && e <= to)) {
      out += SAMPLES[d].text.slice(from, start) + instead;
      from = end;
    }
    return (out + SAMPLES[d].text.slice(from, to)).replace(/\s+/g, ' ').trim();
  };
  const shared = top.shared.map(({ a }) => clean(top.a, a)).join(' ¶ ');
  const sharedB = top.shared.map(({ b }) => clean(top.b, b)).join(' ¶ ');
  assert.ok(shared.length > 200 && !shared.includes(']('), shared);
  assert.equal(pairs[1], [top.a + 1, SAMPLES[top.a].name, top.b + 1, SAMPLES[top.b].name, top.resemblance, ...top.containment, top.kind, top.verdict, top.shared.length, shared, sharedB].map((v) => `"${String(v).replaceAll('"', '""')}"`).join(','));
  // A summary to paste into notes: the figures, the copy, and who is quoted most.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await page.getByRole('status').filter({ hasText: 'The summary is on the clipboard.' }).waitFor();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(summary, /^Verbatim: 5 articles, 5,916 words\n/);
  assert.ok(summary.includes(`- ${top.verdict}`), summary);
  assert.match(summary, /Quoted most: Mark Milley \(\d+\)/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an article in another language is named, read by its own formula, and said to be analysed in part', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByRole('button', { name: 'Add article' }).click();
  await articleBoxes(page).nth(5).fill(
    'Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Der Haushalt erhöht die Ausgaben für Schulen und Straßen, und die Bürgermeisterin sagte, die Schulen würden neue Lehrer bekommen.',
  );
  await analysed(page, 6);
  const sixth = page.locator('#articles > li').nth(5);
  await sixth.locator('[data-language]', { hasText: 'German' }).waitFor();
  assert.equal(
    await sixth.locator('[data-language]').textContent(),
    'Language: German (de).',
  );
  assert.match(await sixth.locator('[data-reading="flesch_reading_ease"]').textContent(), / · Amstad$/);
  await articleBoxes(page).nth(5).fill('Городской совет во вторник утвердил новый бюджет.');
  await sixth.locator('[data-language]', { hasText: 'not recognised' }).waitFor();
  assert.equal(await sixth.locator('[data-reading="flesch_reading_ease"]').textContent(), 'n/a');
  assert.deepEqual(problems, []);
  await context.close();
});
