// Side by side as a real diff: a changed word marked on both sides, the columns scrolling
// together, a step to each difference; and the match report of one article.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysed, useSite, openPage, paste } from './harness.mjs';

const site = useSite();

const PARAS = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of the wire story says that the talks in the capital went on for ${i + 2} hours without a break, officials said on Tuesday.`);
const WIRE = PARAS.join('\n\n');
// The copy changes one word in paragraph 30 and adds a line of its own at the top.
const COPY = ['Our own introduction to the story, written by the local desk.', ...PARAS.map((p, i) => (i === 29 ? p.replace('capital', 'city') : p))].join('\n\n');

test('two articles side by side mark a changed word, scroll together and step through the differences', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
  await analysed(page, 5);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await paste(page.getByRole('textbox', { name: /^Article 1/ }), `${WIRE}\n\n---\n\n${COPY}`);
  await analysed(page, 2);
  await page.locator('.who-copied .verdict').first().click();
  const box = page.locator('#side-by-side');
  await box.waitFor();
  assert.deepEqual(await box.locator('#side-a del:not(.gap)').allTextContents(), ['capital']);
  assert.deepEqual(await box.locator('#side-b ins:not(.gap)').allTextContents(), ['city']);
  assert.match(await box.locator('#side-b ins.gap').first().textContent(), /^Our own introduction/);
  // Next difference: the introduction first, then on to the changed word, brought into view
  // on both sides.
  await box.getByRole('button', { name: 'Next difference' }).click();
  assert.match(await box.locator('#side-b ins.current').textContent(), /^Our own introduction/);
  const current = async () => ((await box.locator('#side-a del.current').count()) ? box.locator('#side-a del.current').textContent() : '');
  for (let i = 0; i < 5 && (await current()) !== 'capital'; i++) {
    await box.getByRole('button', { name: 'Next difference' }).click();
  }
  assert.match(await box.locator('.diff-where').textContent(), /^Difference \d+ of \d+$/);
  assert.equal(await box.locator('#side-b ins.current').textContent(), 'city');
  const visible = (sel) => page.locator(sel).evaluate((n) => {
    const col = n.closest('.column').getBoundingClientRect();
    const r = n.getBoundingClientRect();
    return r.top >= col.top && r.bottom <= col.bottom;
  });
  assert.equal(await visible('#side-a del.current'), true);
  assert.equal(await visible('#side-b ins.current'), true);
  // Scrolling one column scrolls the other to the same passage.
  await page.locator('#side-a').evaluate((c) => { c.scrollTop = 0; });
  await page.locator('#side-b').evaluate((c) => { c.scrollTop = 0; });
  await page.waitForTimeout(400); // past the moment the last column scrolled leads
  await page.locator('#side-a').evaluate((c) => { c.scrollTop = c.scrollHeight / 2; });
  await page.waitForFunction(() => document.querySelector('#side-b').scrollTop > 0);
  const tops = await page.evaluate(() => ['#side-a', '#side-b'].map((s) => document.querySelector(s).scrollTop));
  assert.ok(tops[1] > 0 && Math.abs(tops[0] - tops[1]) < 200, JSON.stringify(tops));
  // The match report: the copy's text coloured by its source, with the source's share.
  const second = page.locator('#articles > li').nth(1);
  await second.locator('.reader summary').click();
  await second.locator('.legend .key.hl-shared').first().waitFor(); // drawn when the view opens
  const legend = await second.locator('.legend .key.hl-shared').allTextContents();
  assert.equal(legend.length, 1);
  assert.match(legend[0], /^\d+% also in Article 1/);
  assert.ok((await second.locator('.reader-text .hl-shared.hl-o0').count()) > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

// The same wire story, once as plain text and once as a page copied with its Markdown and
// HTML residue, one word changed.
const PLAIN = PARAS.slice(0, 12).join('\n\n');
const MARKED = PARAS.slice(0, 12).map((p, i) => {
  if (i === 0) return `# ${p}`;
  if (i === 3) return p.replace('wire story', '**wire story**');
  if (i === 5) return p.replace('the talks in the capital', '[the talks in the capital](https://example.com/talks)');
  if (i === 7) return p.replace('officials said', 'officials&nbsp;said').replace('hours', 'long hours');
  return p;
}).join('\n\n');

test('side by side, markup residue is put in place, not marked as a difference', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
  await analysed(page, 5);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await paste(page.getByRole('textbox', { name: /^Article 1/ }), `${PLAIN}\n\n---\n\n${MARKED}`);
  await analysed(page, 2);
  await page.locator('.who-copied .verdict').first().click();
  const box = page.locator('#side-by-side');
  await box.waitFor();
  const right = await box.locator('#side-b').textContent();
  for (const residue of ['**', '](', '&nbsp;', '# Paragraph']) assert.ok(!right.includes(residue), `${residue} is shown`);
  assert.ok(right.includes('Paragraph 6 of the wire story says that the talks in the capital went on'), right.slice(0, 400));
  // The one word added is the one difference.
  assert.deepEqual(await box.locator('#side-b ins').allTextContents(), ['long']);
  assert.deepEqual(await box.locator('#side-a del').allTextContents(), []);
  assert.equal(await box.locator('.diff-where').textContent(), '1 difference');
  assert.deepEqual(problems, []);
  await context.close();
});

test('two copies of one article are called identical, on the first screen and in the pairs', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
  await analysed(page, 5);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await paste(page.getByRole('textbox', { name: /^Article 1/ }), `${WIRE}\n\n---\n\n${WIRE.replace('capital', 'Capital')}`);
  await analysed(page, 2);
  assert.match(await page.locator('.who-copied .verdict').first().textContent(), /^Article 2 and Article 1 are identical$/);
  assert.match(await page.locator('#pairs tbody tr').first().textContent(), /Article 2 and Article 1 are identical/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two unrelated reports sharing only wire-style stock phrases are not copies: no pair, no shared passage marked', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
  await analysed(page, 5);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  const council = [
    'The city council approved the new school budget late on Monday after a debate that ran past midnight, with seven members in favour.',
    'The mayor’s office did not immediately respond to a request for comment.',
    'The White House said in a statement on Tuesday that it was watching the vote closely.',
  ].join('\n\n');
  const floods = [
    'Floods closed three highways in the north of the state over the weekend, and two towns were cut off for most of Sunday.',
    'The transport agency did not immediately respond to a request for comment.',
    'The White House said in a statement on Tuesday that it would send help to the region.',
  ].join('\n\n');
  await paste(page.getByRole('textbox', { name: /^Article 1/ }), `${council}\n\n---\n\n${floods}`);
  await analysed(page, 2);
  assert.match(await page.locator('.who-copied').textContent(), /No article copies another\.$/);
  assert.equal(await page.locator('#pairs-empty').isVisible(), true);
  const first = page.locator('#articles > li').first();
  await first.locator('.reader summary').click();
  await first.locator('.reader-text p.para').first().waitFor();
  assert.equal(await first.locator('.reader-text .hl-shared').count(), 0);
  assert.equal(await first.locator('.legend .key.hl-shared').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
