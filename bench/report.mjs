// `make bench`, last step: turns what the other steps wrote in target/bench/ (browser.json,
// stages.jsonl, scale.jsonl, datasketch.jsonl) into Markdown tables on standard output.

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';

const OUT = resolve(import.meta.dirname, '../target/bench');
const lines = (f) => (existsSync(join(OUT, f)) ? readFileSync(join(OUT, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const f1 = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (b) => (b / 1024).toFixed(1);
const out = [];
const say = (s = '') => out.push(s);

say(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.versions.node}.`);

const browser = existsSync(join(OUT, 'browser.json')) ? JSON.parse(readFileSync(join(OUT, 'browser.json'), 'utf8')) : null;
if (browser) {
  const labels = [...new Set(browser.results.map((r) => r.label))];
  const ours = {};
  for (const r of browser.results) if (r.ours && !r.skipped) ours[`${r.ours} ${r.label}`] = r.mbps;
  say();
  say(`**In the browser** (headless Chromium ${browser.chromium}, one page, same texts, median of the runs shown): MB/s, and in brackets Verbatim's speed ÷ this tool's (full analysis against wink-nlp and compromise, words + sentences against Intl.Segmenter).`);
  say();
  say(`| tool | task | ${labels.join(' | ')} |`);
  say(`|---|---|${labels.map(() => '---:').join('|')}|`);
  const rows = [...new Set(browser.results.map((r) => `${r.tool}\t${r.task}`))];
  for (const row of rows) {
    const [tool, task] = row.split('\t');
    const cells = labels.map((label) => {
      const r = browser.results.find((x) => x.tool === tool && x.task === task && x.label === label);
      if (!r || r.skipped) return 'not run';
      const ratio = r.versus ? ` (×${f1(ours[`${r.versus} ${label}`] / r.mbps)})` : '';
      return `${f1(r.mbps)}${ratio} <sub>${r.runs}×</sub>`;
    });
    say(`| ${tool} | ${task} | ${cells.join(' | ')} |`);
  }
  say();
  const code = browser.shipped.filter((s) => /\.(js|wasm)$/.test(s.path));
  const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
  say(`**Page weight and start** (gzip -9; peers bundled and minified by esbuild):`);
  say();
  say('| what | raw KB | gzipped KB |');
  say('|---|---:|---:|');
  say(`| Verbatim page's own code: ${code.map((s) => s.path.slice(1)).join(', ')} | ${kb(sum(code, 'raw'))} | ${kb(sum(code, 'gzip'))} |`);
  for (const s of code) say(`| · ${s.path.slice(1)} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
  say(`| whole page, with HTML and CSS (${browser.shipped.length} files; the samples not counted) | ${kb(sum(browser.shipped.filter((s) => !s.path.includes('/seeds/')), 'raw'))} | ${kb(sum(browser.shipped.filter((s) => !s.path.includes('/seeds/')), 'gzip'))} |`);
  say(`| compromise (full build) | ${kb(browser.peers.compromise.raw)} | ${kb(browser.peers.compromise.gzip)} |`);
  say(`| wink-nlp + wink-eng-lite-web-model | ${kb(browser.peers.wink.raw)} | ${kb(browser.peers.wink.gzip)} |`);
  say('| Intl.Segmenter | 0 (built in) | 0 |');
  say(`| navigation → the five samples analysed and shown (median of ${browser.loads.length}) | ${browser.loadMs.toFixed(0)} ms | |`);
}

const stages = lines('stages.jsonl');
if (stages.length) {
  const labels = [...new Set(stages.map((s) => s.label))];
  say();
  say('**Natively, each stage** (MB/s, median of several runs, on the same texts; pair scoring on news-length articles adding up to the same size, their number in brackets):');
  say();
  say(`| stage | ${labels.map((l) => l.replace(/(\d)([KM])/, '$1 $2')).join(' | ')} |`);
  say(`|---|${labels.map(() => '---:').join('|')}|`);
  for (const stage of [...new Set(stages.map((s) => s.stage))]) {
    const cells = labels.map((l) => {
      const s = stages.find((x) => x.stage === stage && x.label === l);
      return s ? f1(s.mbps) + (s.articles > 1 ? ` (${s.articles})` : '') : '';
    });
    say(`| ${stage} | ${cells.join(' | ')} |`);
  }
}

const scale = lines('scale.jsonl');
const peer = lines('datasketch.jsonl');
if (scale.length) {
  const sizes = [...new Set(scale.map((s) => s.articles))];
  say();
  say('**Natively, 10 to 10,000 news-length articles** (each job in its own process; peak memory above the loaded input). Clusters = segmentation, junk, shingles, MinHash + LSH beyond 200 articles, exact scores, union-find; datasketch = MinHash (64 permutations) + MinHashLSH at 0.5 on the same documents:');
  say();
  say('| articles | MB | full analysis s | peak MB | clusters s | peak MB | datasketch s | peak MB | clusters ÷ datasketch time | clusters (articles in them): ours / datasketch |');
  say('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const n of sizes) {
    const full = scale.find((s) => s.articles === n && s.job === 'full') ?? {};
    const cl = scale.find((s) => s.articles === n && s.job === 'clusters') ?? {};
    const p = peer.find((s) => s.articles === n);
    const mb = (full.mb ?? cl.mb).toFixed(1);
    say(`| ${n} | ${mb} | ${full.full_s?.toFixed(2)} | ${full.full_mb?.toFixed(0)} | ${cl.clusters_s?.toFixed(2)} | ${cl.clusters_mb?.toFixed(0)} | ${p ? p.seconds.toFixed(2) : '—'} | ${p ? p.peak_mb.toFixed(0) : '—'} | ${p ? `×${f1(p.seconds / cl.clusters_s)} faster` : '—'} | ${cl.clusters} (${cl.in_clusters}) / ${p ? `${p.clusters} (${p.in_clusters})` : '—'} |`);
  }
}
console.log(out.join('\n'));
