// The README's pictures: the overview, a match report and a diff at desktop and phone
// width, from the built site (make site first): node scripts/screenshots.mjs
import { join } from 'node:path';
import { ROOT, analysed, launch, serve } from '../tests/e2e/harness.mjs';

const server = await serve('dist', '/verbatim/');
const browser = await launch();
for (const [width, height] of [[1280, 800], [375, 740]]) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(server.url);
  await analysed(page, 5);
  const shot = (name) => page.screenshot({ path: join(ROOT, 'docs', `${name}-${width}.png`) });
  await shot('overview');
  // The match report of the repost: its text coloured by the article it also appears in.
  const second = page.locator('#articles > li').nth(1);
  await second.locator('.reader summary').click();
  await second.locator('.legend').evaluate((n) => n.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => scrollBy(0, -8));
  await page.locator('.reader-text .hl-shared').first().waitFor();
  const shared = second.locator('.reader-text .hl-shared').first();
  await page.evaluate(() => scrollBy(0, 0));
  await shared.evaluate((n) => { const y = n.getBoundingClientRect().top; if (y > innerHeight * 0.6) scrollBy(0, y - innerHeight * 0.35); });
  await shot('match-report');
  // The diff of the copy and its original, at its first changed word.
  await page.locator('.who-copied .verdict').first().click();
  const box = page.locator('#side-by-side');
  await box.waitFor();
  for (let i = 0; i < 8 && !(await box.locator('del.current:not(.gap), ins.current:not(.gap)').count()); i++) {
    await box.getByRole('button', { name: 'Next difference' }).click();
  }
  await box.evaluate((n) => n.scrollIntoView({ block: 'start' }));
  await shot('diff');
  await context.close();
}
await browser.close();
await server.close();
