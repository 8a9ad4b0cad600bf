// Articles named as people name them, and speakers named in the text, not by colour alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analysed, useSite, openPage } from './harness.mjs';

const site = useSite();

const PAGE = [
  '# Milley urges talks before the winter',
  'Source: https://www.example-news.com/world/milley-talks',
  'Published November 13, 2022',
  'Gen. Mark Milley said on Wednesday that the two sides should talk. “Seize the moment,” Milley told the club.',
  'Other officials disagreed, saying Kyiv alone decides.',
].join('\n\n');

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

test('a pasted page is named by its headline, with its outlet and date, until the reader renames it', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('textbox', { name: 'Article 6', exact: true }).fill(PAGE);
  const card = page.locator('#articles > li').nth(5);
  await card.locator('.article-label', { hasText: 'Article 6 · Milley urges talks before the winter' }).waitFor();
  assert.equal(await card.locator('[data-about]').textContent(), 'example-news.com · dated 2022-11-13 · https://www.example-news.com/world/milley-talks');
  // The headline is what the exports call it.
  assert.match(await download(page, 'Export quotes (CSV)'), /"Milley urges talks before the winter"/);
  // The reader's own name wins, everywhere.
  await card.getByRole('textbox', { name: 'Name of article 6' }).fill('Example News');
  await card.locator('.article-label', { hasText: 'Article 6 · Example News' }).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('#overview th')].some((c) => c.textContent.includes('Article 6 · Example News')));
  assert.match(await download(page, 'Export quotes (CSV)'), /"Example News"/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each quotation in the text carries its speaker’s name, and a filter shows one speaker or one kind', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  const fifth = page.locator('#articles > li').nth(4);
  await fifth.locator('.reader summary').click();
  const quote = fifth.locator('.reader-text [data-quote]', { hasText: 'This is up to the Ukrainians' }).first();
  // The name is shown where the quotation opens, in words.
  const tag = await quote.evaluate((q) => getComputedStyle(q, '::before').content);
  assert.equal(tag, '"Joe Biden"');
  // One speaker: the list shows only them, and the text dims everyone else's words.
  await page.getByRole('combobox', { name: 'Speaker' }).selectOption('Jake Sullivan');
  assert.deepEqual(await page.locator('#speakers > li:not([hidden]) .speakers-name, #speakers > li:not([hidden]) summary .speaker').allTextContents(), ['Jake Sullivan']);
  assert.equal(await quote.evaluate((q) => q.classList.contains('filtered')), true);
  const fourth = page.locator('#articles > li').nth(3);
  await fourth.locator('.reader summary').click();
  const sullivan = fourth.locator('.reader-text [data-speaker="Jake Sullivan"]').first();
  assert.equal(await sullivan.evaluate((q) => q.classList.contains('filtered')), false);
  // One kind: scare quotes only; the others leave the lists.
  await page.getByRole('combobox', { name: 'Speaker' }).selectOption('');
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('scare');
  const third = page.locator('#articles > li').nth(2);
  await third.locator('.quotes summary').click();
  const visible = await third.locator('.quote-list > li.quote:visible').evaluateAll((items) => items.map((li) => li.dataset.kind));
  assert.ok(visible.length > 0 && visible.every((k) => k === 'scare'), JSON.stringify(visible));
  assert.deepEqual(problems, []);
  await context.close();
});

const PEOPLE = ['Anna Berg', 'Tom Reyes', 'Maria Lopez', 'John Carter', 'Lena Fischer', 'Omar Haddad', 'Grace Kim', 'Paul Novak', 'Sara Lind', 'Ivan Petrov', 'Nora Quinn', 'Felix Wong'];
const HEARING = [
  'Council hears twelve residents on the bridge',
  'Oops! Something went wrong.',
  ...PEOPLE.map((name, i) => `“We need the bridge open before winter, and I have said so for ${i + 2} years,” said ${name}, who spoke at the hearing on Monday.`),
  'Oops! Something went wrong.',
].join('\n\n');

/** The relative luminance of a CSS rgb() colour (WCAG 2). */
const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (x, y) => {
  const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (a + 0.05) / (b + 0.05);
};

test('twelve speakers get twelve colours, readable light and dark, and the clean reader shows the article and its quotations', async () => {
  const { context, page, problems } = await openPage(site.browser, site.server);
  await analysed(page, 5);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByRole('textbox', { name: /^Article 1/ }).fill(HEARING);
  await analysed(page, 1);
  const card = page.locator('#articles > li').first();
  await card.locator('.reader summary').click();
  const colours = async () => {
    const out = [];
    for (const name of PEOPLE) {
      const quote = card.locator(`.reader-text [data-who="${name}"]`);
      out.push(await quote.evaluate((q) => [getComputedStyle(q).backgroundColor, getComputedStyle(q).color]));
    }
    return out;
  };
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const seen = await colours();
    assert.equal(new Set(seen.map(([bg]) => bg)).size, PEOPLE.length, `${scheme}: ${seen.map(([bg]) => bg).join(' ')}`);
    for (const [bg, fg] of seen) assert.ok(contrast(bg, fg) >= 4.5, `${scheme}: ${fg} on ${bg}`);
  }
  // The same speaker is the same colour in the legend.
  const legend = await card.locator('.legend .key.hl-quote', { hasText: 'Grace Kim' }).evaluate((k) => getComputedStyle(k).backgroundColor);
  assert.equal(legend, (await colours())[PEOPLE.indexOf('Grace Kim')][0]);
  // The clean reader: the error messages go, every quotation stays.
  const junk = card.locator('.reader-text p.para.junk');
  assert.equal(await junk.count(), 2);
  assert.equal(await junk.first().isVisible(), true);
  const clean = card.getByRole('button', { name: 'Article text and quotations only' });
  await clean.click();
  assert.equal(await clean.getAttribute('aria-pressed'), 'true');
  assert.equal(await junk.first().isVisible(), false);
  const shown = await card.locator('.reader-text .hl-quote:visible').evaluateAll((q) => new Set(q.map((n) => n.dataset.quote)).size);
  assert.equal(shown, PEOPLE.length);
  await clean.click();
  assert.equal(await junk.first().isVisible(), true);
  assert.deepEqual(problems, []);
  await context.close();
});
