// The browser half of `make bench`: every tool on the same texts, in this one page and run.
// bench/browser.mjs serves it, calls window.bench(config) and prints what it returns.
//
// Each task takes a text and returns something proportional to what it found, so no engine
// can skip the work. Rounds interleave the tools (one run of each, then the next round), so
// a slow patch of the shared machine hits every tool alike and the ratios stay fair.

// The bench's build of the module (make wasm-bench: target/bench/pkg/, served as
// /bench/pkg/): the shipped module's code, compiled the same way, with two exports the page
// does without: `analyze` (the analysis the page's worker runs, returning the report instead
// of posting it) and `segment`.
import init, { analyze, segment } from './pkg/verbatim.js';
import nlp from './out/compromise.js';
import { winkTokens, winkSentences } from './out/wink.js';

const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Tools and tasks, in table order. `group` says which of ours each is compared with. */
export const TASKS = [
  { tool: 'Verbatim (wasm)', task: 'full analysis', ours: 'full',
    run: (t) => analyze([{ name: 'bench', text: t }]).documents[0].sentences.length },
  { tool: 'Verbatim (wasm)', task: 'words + sentences', ours: 'segment',
    run: (t) => segment(t).length },
  { tool: 'Intl.Segmenter', task: 'words + sentences', versus: 'segment',
    run: (t) => {
      const spans = [];
      for (const s of words.segment(t)) if (s.isWordLike) spans.push(s.index, s.index + s.segment.length);
      for (const s of sentences.segment(t)) spans.push(s.index, s.index + s.segment.length);
      return spans.length;
    } },
  { tool: 'Intl.Segmenter', task: 'words', versus: 'segment',
    run: (t) => {
      let n = 0;
      for (const s of words.segment(t)) if (s.isWordLike) n += 1;
      return n;
    } },
  { tool: 'wink-nlp', task: 'tokens', versus: 'full', run: winkTokens },
  { tool: 'wink-nlp', task: 'tokens + sentences', versus: 'full', run: winkSentences },
  { tool: 'compromise', task: 'sentences + .quotations()', versus: 'full',
    run: (t) => {
      const doc = nlp(t);
      return doc.sentences().out('array').length + doc.quotations().out('array').length;
    } },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const pause = () => new Promise((ok) => setTimeout(ok, 0));
const log = (msg) => {
  document.getElementById('status').textContent = msg;
  console.log(msg);
};

/**
 * config: {texts: [{label, url}], runs: {label: n}, budgetMs}. A tool stops taking runs at a
 * size once it has spent budgetMs there (it always gets one); a tool whose single run
 * exceeds skipAfterMs is not tried on larger texts.
 */
window.bench = async ({ texts, runs, budgetMs, skipAfterMs }) => {
  await init();
  const results = [];
  const skipped = new Set();
  // Warm-up: every engine runs for a second on the smallest text first, so what is measured
  // is its steady speed. Three runs were not enough: V8 first runs wasm (and JS) compiled
  // by a baseline compiler and optimises hot code in the background, and with three
  // warm-up runs our 10 KB figure was mostly that tier-up (4.7-4.9 MB/s against 7.4 after).
  // A cold start's cost is in the page table: navigation to the samples analysed.
  const warm = await (await fetch(texts[0].url)).text();
  for (const t of TASKS) {
    const until = performance.now() + 1000;
    do t.run(warm);
    while (performance.now() < until);
  }
  for (const { label, url } of texts) {
    const text = await (await fetch(url)).text();
    const bytes = new TextEncoder().encode(text).length;
    const times = TASKS.map(() => []);
    const outputs = TASKS.map(() => null);
    const spent = TASKS.map(() => 0);
    // Browsers coarsen performance.now() (to 0.1 ms here), so a run on a small text repeats
    // the task until it lasts some 20 ms; the time reported is per task.
    const reps = TASKS.map((t) => {
      const start = performance.now();
      t.run(text);
      const ms = performance.now() - start;
      return Math.max(1, Math.min(1000, Math.ceil(20 / Math.max(ms, 0.05))));
    });
    for (let round = 0; round < runs[label]; round += 1) {
      for (const [i, t] of TASKS.entries()) {
        const key = `${t.tool} ${t.task}`;
        if (skipped.has(key)) continue;
        if (round > 0 && spent[i] >= budgetMs) continue;
        if (self.gc) self.gc();
        await pause();
        const start = performance.now();
        for (let r = 0; r < reps[i]; r += 1) outputs[i] = t.run(text);
        const total = performance.now() - start;
        const ms = total / reps[i];
        times[i].push(ms);
        spent[i] += total;
        log(`${label} round ${round + 1}: ${key} ${ms.toFixed(1)} ms`);
      }
    }
    for (const [i, t] of TASKS.entries()) {
      const key = `${t.tool} ${t.task}`;
      if (!times[i].length) {
        results.push({ label, bytes, tool: t.tool, task: t.task, skipped: true });
        continue;
      }
      const ms = median(times[i]);
      results.push({ label, bytes, tool: t.tool, task: t.task, ours: t.ours, versus: t.versus,
        runs: times[i].length, reps: reps[i], ms, mbps: bytes / 1e6 / (ms / 1000), output: outputs[i] });
      if (Math.max(...times[i]) > skipAfterMs) skipped.add(key);
    }
  }
  log('done');
  return results;
};

log('ready');
