// The first screen with 40 articles, at 1280 × 800, from the built site (make site first):
// node scripts/first-screen-40.mjs — writes docs/overview-40-1280.png and prints what the
// first screen says. The 40 are the five samples, each also reposted whole, trimmed to its
// first paragraphs, with a line of its own added, and wrapped in another site's furniture,
// and 15 texts built from the samples' sentences in a fixed shuffle: copies of every kind
// and articles that copy nobody, all from text already in the repository.
import { join } from 'node:path';
import { ROOT, SAMPLES, analysed, launch, serve } from '../tests/e2e/harness.mjs';

const texts = [];
for (const { text } of SAMPLES) {
  const paras = text.split(/\n\s*\n/);
  texts.push(text);
  texts.push(`${text}\n\nThis article first appeared elsewhere and is republished with permission.`);
  texts.push(paras.slice(0, Math.max(2, Math.ceil(paras.length / 2))).join('\n\n'));
  texts.push(`Editor's note: updated with reactions.\n\n${text}`);
  texts.push(`Home | World | Politics | Subscribe\n\n${text}\n\nShare this article\n\nMost read`);
}
const sentences = SAMPLES.flatMap((s) => s.text.split(/(?<=[.!?”])\s+/)).filter((s) => s.length > 40);
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
while (texts.length < 40) {
  texts.push(Array.from({ length: 5 }, () =>
    Array.from({ length: 4 }, () => sentences[Math.floor(next() * sentences.length)]).join(' ')).join('\n\n'));
}

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
