// The first screen with 40 articles, at 1280 × 800, from the built site (make site first):
// node scripts/first-screen-40.mjs — writes docs/overview-40-1280.png and prints what the
// first screen says, for the forty articles of the e2e harness's `fortyArticles`.
import { join } from 'node:path';
import { ROOT, analysed, fortyArticles, launch, serve } from '../tests/e2e/harness.mjs';

const texts = fortyArticles();

const server = await serve('dist', '/verbatim/');
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(server.url);
await analysed(page, 5);
page.once('dialog', (d) => d.accept());
await page.getByRole('button', { name: 'Clear all' }).click();
await analysed(page, 1);
await page.getByLabel('Open files').setInputFiles(texts.map((t, i) => ({ name: `story-${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(t) })));
await analysed(page, 40);
await page.locator('#speakers > li').first().waitFor();
await page.waitForTimeout(1000);
await page.evaluate(() => scrollTo(0, 0));
await page.screenshot({ path: join(ROOT, 'docs', 'overview-40-1280.png') });
// What a reader sees without scrolling: the visible text of the elements inside the viewport.
const seen = await page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('h1, h2, h3, #summary, #speakers > li, .who-copied li, .who-copied p')) {
    const r = el.getBoundingClientRect();
    if (r.bottom > 0 && r.top < innerHeight && el.innerText.trim()) out.push(el.innerText.trim().replace(/\s+/g, ' ').slice(0, 160));
  }
  return out;
});
console.log(seen.join('\n'));
await browser.close();
await server.close();
