// The page: keeps the reader's articles (in memory and in this browser's storage), asks the
// worker for a report whenever they change, and shows it. It decides nothing about the text:
// every figure comes from the report. User text only ever reaches the DOM as textContent or
// a textarea's value.

const STORE_KEY = 'verbatim.articles.v1';
const DEBOUNCE_MS = 250;
const numbers = new Intl.NumberFormat();
/** The report's per-article figures the page shows, in the overview's column order. */
const STATS = ['words', 'content_words', 'sentences', 'paragraphs', 'junk_paragraphs', 'characters'];

const $ = (id) => document.getElementById(id);
const els = {
  articles: $('articles'),
  template: $('article-template'),
  notice: $('notice'),
  summary: $('summary'),
  overview: $('overview').tBodies[0],
  files: $('open-files'),
  version: $('core-version'),
};

/** @type {{id: number, name: string, text: string}[]} */
let articles = [];
let nextId = 1;
let lastRemoved = null;
/** The report on screen, for export. */
let shownReport = null;

// ---- status ---------------------------------------------------------------------------

// Notices (problems, undo) and the analysis summary live apart, so a fresh analysis never
// wipes a message the reader has not read yet.
function say(message, { error = false, action = null } = {}) {
  els.notice.replaceChildren(message);
  els.notice.classList.toggle('error', error);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    els.notice.append(' ', button);
  }
}

// ---- the worker -----------------------------------------------------------------------

// One analysis at a time; while one runs, only the newest request waits, so a burst of
// typing costs at most one extra run and the page never falls behind.
const analyzer = {
  worker: null,
  busy: false,
  pending: false,
  started: 0,

  request() {
    if (this.busy) {
      this.pending = true;
      return;
    }
    this.send();
  },

  send() {
    this.pending = false;
    this.busy = true;
    this.started = performance.now();
    if (!this.worker) this.start();
    this.worker.postMessage({ inputs: articles.map(({ name, text }) => ({ name, text })) });
  },

  start() {
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event) => this.done(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.restart();
      this.done({ ok: false, error: `the analysis engine could not start (${event.message || 'no details'})` });
    });
  },

  restart() {
    this.worker?.terminate();
    this.worker = null;
  },

  done(message) {
    this.busy = false;
    if (message.version) els.version.textContent = message.version;
    if (message.ok) {
      showReport(message.report, performance.now() - this.started);
    } else {
      // The engine may be in a bad state after a crash: the next request gets a fresh one.
      if (message.fatal) this.restart();
      say(`Analysis failed: ${message.error}. Your text is kept; edit it or reload to try again.`, { error: true });
    }
    if (this.pending) this.send();
  },
};

// ---- changes ------------------------------------------------------------------------------

let debounce = 0;
function changed({ now = false } = {}) {
  clearTimeout(debounce);
  const run = () => {
    save();
    analyzer.request();
  };
  if (now) run();
  else debounce = setTimeout(run, DEBOUNCE_MS);
}

function save() {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(articles.map(({ name, text }) => ({ name, text }))));
  } catch {
    say('These articles are too large to keep across a reload; they stay here until you close the tab.', { error: true });
  }
}

function restore() {
  let raw = null;
  try {
    raw = localStorage.getItem(STORE_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const stored = JSON.parse(raw);
    if (Array.isArray(stored) && stored.every((a) => typeof a?.name === 'string' && typeof a?.text === 'string')) {
      return stored;
    }
  } catch {
    // fall through: the stored copy is unreadable
  }
  say('The articles saved in this browser could not be read, so the samples are shown instead.', { error: true });
  return null;
}

function addArticles(list, { replaceEmpty = true } = {}) {
  if (replaceEmpty && articles.every((a) => a.text.trim() === '')) articles = [];
  for (const { name, text } of list) articles.push({ id: nextId++, name, text });
  renderArticles();
  changed({ now: true });
}

function removeArticle(id) {
  const index = articles.findIndex((a) => a.id === id);
  if (index < 0) return;
  const [article] = articles.splice(index, 1);
  lastRemoved = { article, index };
  renderArticles();
  changed({ now: true });
  say(`Removed ${label(article, index)}.`, {
    action: {
      label: 'Undo',
      run: () => {
        if (!lastRemoved) return;
        articles.splice(Math.min(lastRemoved.index, articles.length), 0, lastRemoved.article);
        lastRemoved = null;
        renderArticles();
        changed({ now: true });
        say('Restored.');
      },
    },
  });
}

// ---- inputs -------------------------------------------------------------------------------

async function loadSamples() {
  say('Loading the sample articles…');
  try {
    const index = await fetchOk('seeds/index.json').then((r) => r.json());
    const texts = await Promise.all(index.map((name) => fetchOk(`seeds/${encodeURIComponent(name)}`).then((r) => r.text())));
    say('');
    addArticles(index.map((name, i) => ({ name, text: texts[i] })));
  } catch (err) {
    say(`The sample articles could not be loaded (${err.message}). Paste an article instead.`, { error: true });
    if (articles.length === 0) addArticles([{ name: '', text: '' }]);
  }
}

async function fetchOk(path) {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one file as text, or explains why it is not text. */
async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.subarray(0, 8192).includes(0)) throw new Error(`${file.name} looks like a binary file, not text`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error(`${file.name} is not UTF-8 text; save it as UTF-8 and try again`);
  }
}

async function openFiles(files) {
  const added = [];
  const problems = [];
  for (const file of files) {
    try {
      added.push({ name: file.name, text: await readFile(file) });
    } catch (err) {
      problems.push(err.message);
    }
  }
  if (added.length) addArticles(added);
  if (problems.length) say(`Not opened: ${problems.join('; ')}.`, { error: true });
}

// ---- rendering ----------------------------------------------------------------------------

function label(article, index) {
  return article.name ? `Article ${index + 1} · ${article.name}` : `Article ${index + 1}`;
}

function renderArticles() {
  const items = articles.map((article, index) => {
    const item = els.template.content.firstElementChild.cloneNode(true);
    const textarea = item.querySelector('textarea');
    const name = label(article, index);
    item.dataset.id = String(article.id);
    textarea.id = `article-text-${article.id}`;
    textarea.value = article.text;
    textarea.addEventListener('input', () => {
      article.text = textarea.value;
      changed();
    });
    const labelEl = item.querySelector('label');
    labelEl.htmlFor = textarea.id;
    labelEl.textContent = name;
    const remove = item.querySelector('.remove');
    remove.setAttribute('aria-label', `Remove ${name}`);
    remove.addEventListener('click', () => removeArticle(article.id));
    return item;
  });
  els.articles.replaceChildren(...items);
}

/** Speaker colours: as many as the palette has, in order of first appearance. */
const PALETTE = 6;
/** Paragraphs rendered at most in the reading view; a 10 MB paste shows its beginning. */
const MAX_PARAGRAPHS = 1500;

/**
 * The article's text as a reader sees it, with highlights: junk dimmed, each speaker's
 * quotations in a colour, scare quotes in italics, repeated passages underlined. Only
 * spans are added around the text's own characters, so the text is never altered.
 * Rendered when the reader opens it, and again on each report while open.
 */
function showReader(item, text, doc) {
  const details = item.querySelector('.reader');
  const render = () => renderReader(item, text, doc);
  details.ontoggle = () => {
    if (details.open) render();
  };
  if (details.open) render();
}

function renderReader(item, text, doc) {
  const speakers = [];
  const marks = [];
  for (const q of doc.quotes) {
    if (q.depth > 0) continue;
    let cls = 'hl-scare';
    let title = 'term or scare quote';
    if (q.kind !== 'scare') {
      const who = q.speaker ?? 'unattributed';
      if (!speakers.includes(who)) speakers.push(who);
      cls = `hl-quote hl-s${speakers.indexOf(who) % PALETTE}`;
      title = `${who}${q.cue ? ` (${q.cue})` : ''}`;
    }
    marks.push({ start: q.start, end: q.end, cls, title });
  }
  for (const r of doc.repeats) {
    for (const [start, end] of [r.first, r.again]) marks.push({ start, end, cls: 'hl-repeat', title: 'repeated in this article' });
  }
  marks.sort((a, b) => a.start - b.start);
  const paragraphs = [];
  let next = 0;
  let open = [];
  for (const para of doc.paragraphs.slice(0, MAX_PARAGRAPHS)) {
    const [start, end] = para.span;
    while (next < marks.length && marks[next].start < end) open.push(marks[next++]);
    open = open.filter((m) => m.end > start);
    const here = open.filter((m) => m.start < end);
    const cuts = new Set([start, end]);
    for (const m of here) {
      if (m.start > start) cuts.add(m.start);
      if (m.end < end) cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const p = document.createElement('p');
    p.className = `para ${para.class}`;
    if (para.junk) p.title = `page junk: ${para.junk}`;
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const covering = here.filter((m) => m.start <= a && m.end >= b);
      const piece = text.slice(a, b);
      if (!covering.length) {
        p.append(piece);
        continue;
      }
      const span = document.createElement('span');
      span.className = covering.map((m) => m.cls).join(' ');
      span.title = covering.map((m) => m.title).join('; ');
      span.textContent = piece;
      p.append(span);
    }
    paragraphs.push(p);
  }
  if (doc.paragraphs.length > MAX_PARAGRAPHS) {
    const more = document.createElement('p');
    more.className = 'hint';
    more.textContent = `… the first ${numbers.format(MAX_PARAGRAPHS)} of ${numbers.format(doc.paragraphs.length)} paragraphs are shown.`;
    paragraphs.push(more);
  }
  item.querySelector('.reader-text').replaceChildren(...paragraphs);
  const legend = speakers.slice(0, 12).map((who, i) => legendItem(`hl-quote hl-s${i % PALETTE}`, who));
  legend.push(legendItem('hl-scare', 'term or scare quote'), legendItem('hl-repeat', 'repeated passage'), legendItem('para junk', 'page junk'));
  item.querySelector('.legend').replaceChildren(...legend);
}

function legendItem(cls, label) {
  const span = document.createElement('span');
  span.className = `key ${cls}`;
  span.textContent = label;
  return span;
}

/** "2 passages: “Oops! Something went…” (100%), …" — offsets are UTF-16, as JS slices. */
function repeatsText(text, repeats) {
  if (!repeats.length) return 'none';
  const shown = repeats.slice(0, 3).map((r) => {
    const words = text.slice(r.first[0], r.first[1]).replace(/\s+/g, ' ');
    const head = words.length > 48 ? `${words.slice(0, 48)}…` : words;
    return `“${head}” (${Math.round(r.similarity * 100)}%)`;
  });
  const more = repeats.length > 3 ? `, and ${numbers.format(repeats.length - 3)} more` : '';
  return `${numbers.format(repeats.length)} passage${repeats.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}`;
}

/** Articles beyond this make an unreadable matrix; the pairs table and clusters remain. */
const MAX_MATRIX = 30;

/**
 * The similarity matrix: resemblance above the diagonal, containment (row in column)
 * below, each cell a button that opens the pair side by side.
 */
function showHeatmap(report) {
  const n = report.documents.length;
  const box = document.getElementById('heatmap-box');
  box.hidden = n < 2 || n > MAX_MATRIX || report.pairs.length === 0;
  if (box.hidden) return;
  const byPair = new Map(report.pairs.map((p) => [`${p.a},${p.b}`, p]));
  const table = document.getElementById('heatmap');
  const head = document.createElement('tr');
  head.append(document.createElement('td'));
  for (let j = 0; j < n; j++) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = String(j + 1);
    th.title = label(articles[j] ?? { name: '' }, j);
    head.append(th);
  }
  table.tHead.replaceChildren(head);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const row = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(i + 1);
    th.title = label(articles[i] ?? { name: '' }, i);
    row.append(th);
    for (let j = 0; j < n; j++) {
      const cell = document.createElement('td');
      const pair = i === j ? null : byPair.get(`${Math.min(i, j)},${Math.max(i, j)}`);
      if (pair) {
        // Above the diagonal the pair's resemblance; below, its stronger containment (the
        // direction a reader cares about: how much of one is inside the other).
        const inA = pair.containment[0] >= pair.containment[1];
        const [held, holder] = inA ? [pair.a, pair.b] : [pair.b, pair.a];
        const value = i < j ? pair.resemblance : Math.max(...pair.containment);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'cell';
        button.style.setProperty('--v', String(value));
        button.textContent = `${Math.round(value * 100)}`;
        button.setAttribute(
          'aria-label',
          i < j
            ? `Articles ${i + 1} and ${j + 1}: ${Math.round(value * 100)}% alike`
            : `${Math.round(value * 100)}% of article ${held + 1} is in article ${holder + 1}`,
        );
        button.addEventListener('click', () => showSideBySide(report, pair));
        cell.append(button);
      } else {
        cell.className = i === j ? 'diagonal' : 'none';
      }
      row.append(cell);
    }
    rows.push(row);
  }
  table.tBodies[0].replaceChildren(...rows);
}

/** Two articles side by side, shared passages marked; choosing one scrolls to its twin. */
function showSideBySide(report, pair) {
  const box = document.getElementById('side-by-side');
  document.getElementById('side-title').textContent = pair.verdict;
  // Passages are numbered in a's order; b's marks keep the numbers so twins find each other.
  markPassages('side-a', articles[pair.a]?.text ?? '', pair.shared.map((p, k) => [p.a, k]), 'side-b');
  markPassages('side-b', articles[pair.b]?.text ?? '', pair.shared.map((p, k) => [p.b, k]), 'side-a');
  box.hidden = false;
  box.scrollIntoView({ block: 'start' });
}

/**
 * Fills column `id` with `text`, each passage ([[start, end], number]) a focusable mark
 * that scrolls its twin in column `other` into view.
 */
function markPassages(id, text, passages, other) {
  const nodes = [];
  let at = 0;
  for (const [[start, end], k] of [...passages].sort((x, y) => x[0][0] - y[0][0])) {
    if (start < at) continue; // overlapping: the first one is marked
    if (start > at) nodes.push(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.id = `${id}-${k}`;
    mark.tabIndex = 0;
    mark.textContent = text.slice(start, end);
    const go = () => document.getElementById(`${other}-${k}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.addEventListener('click', go);
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') go();
    });
    nodes.push(mark);
    at = end;
  }
  nodes.push(text.slice(at));
  document.getElementById(id).replaceChildren(...nodes);
}

/** Pairs worth a reader's look: those sharing a tenth or more of either article. */
function showPairs(report) {
  showHeatmap(report);
  const shown = report.pairs.filter((p) => Math.max(...p.containment) >= 0.1).slice(0, MAX_LISTED);
  const rows = shown.map((p) => {
    const row = document.createElement('tr');
    const cells = [
      `Article ${p.a + 1} · Article ${p.b + 1}`,
      p.verdict,
      `${Math.round(p.resemblance * 100)}%`,
      numbers.format(p.shared.length),
    ];
    for (const [i, text] of cells.entries()) {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.scope = 'row';
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  const table = document.getElementById('pairs');
  table.tBodies[0].replaceChildren(...rows);
  table.hidden = rows.length === 0;
  document.getElementById('pairs-empty').hidden = rows.length > 0;
}

/** One quotation as a list item: who, how, and the words, all as text. */
function quoteItem(quote, where = '') {
  const li = document.createElement('li');
  li.className = `quote ${quote.kind}`;
  const who = document.createElement('span');
  who.className = 'speaker';
  who.textContent = quote.speaker ?? (quote.kind === 'scare' ? 'term' : 'unattributed');
  const how = document.createElement('span');
  how.className = 'cue';
  how.textContent = [quote.cue, quote.kind, quote.closed ? '' : 'never closed', where].filter(Boolean).join(' · ');
  const words = document.createElement('q');
  words.textContent = quote.text;
  li.append(who, ' ', how, document.createElement('br'), words);
  return li;
}

/** More list items than this would cost the page a pause; the rest are counted. */
const MAX_LISTED = 200;

function showQuotes(item, quotes) {
  item.querySelector('[data-quote-count]').textContent = numbers.format(quotes.length);
  // Speech first, terms after: a reader scanning for who said what reads the top.
  const ordered = [...quotes.filter((q) => q.kind !== 'scare'), ...quotes.filter((q) => q.kind === 'scare')];
  const items = ordered.slice(0, MAX_LISTED).map((q) => quoteItem(q));
  if (ordered.length > MAX_LISTED) {
    const more = document.createElement('li');
    more.className = 'hint';
    more.textContent = `… and ${numbers.format(ordered.length - MAX_LISTED)} more`;
    items.push(more);
  }
  item.querySelector('.quote-list').replaceChildren(...items);
}

function showGroups(report) {
  const items = report.quote_groups.slice(0, MAX_LISTED).map((group) => {
    const [d, q] = group.members[0];
    const articlesNamed = [...new Set(group.members.map(([doc]) => doc + 1))].map((n) => `Article ${n}`).join(', ');
    return quoteItem({ ...report.documents[d].quotes[q], speaker: group.speaker }, `in ${articlesNamed}`);
  });
  document.getElementById('quote-groups').replaceChildren(...items);
  document.getElementById('groups-empty').hidden = items.length > 0;
}

/** People first-class, organisations marked: "Mark Milley (8), NATO (organisation, 2)". */
function namesText(names) {
  if (!names.length) return '–';
  return names
    .slice(0, 8)
    .map((n) => `${n.name} (${n.kind === 'organization' ? 'organisation, ' : ''}${n.mentions})`)
    .join(', ');
}

/** Flesch's own bands: 60–70 is plain English, below 30 reads like an academic paper. */
function easeBand(ease) {
  if (ease >= 80) return 'easy';
  if (ease >= 60) return 'plain';
  if (ease >= 50) return 'fairly hard';
  if (ease >= 30) return 'hard';
  return 'very hard';
}

/** The reading figures as a reader wants to see them. */
function readingTexts(reading) {
  const ease = reading.flesch_reading_ease;
  return {
    minutes: reading.minutes < 1 ? 'under a minute' : `${numbers.format(Math.round(reading.minutes))} min`,
    words_per_sentence: numbers.format(reading.words_per_sentence),
    flesch_reading_ease: ease === null ? 'n/a' : `${numbers.format(ease)} (${easeBand(ease)})`,
    top_terms: reading.top_terms.length ? reading.top_terms.map((t) => `${t.term} (${t.count})`).join(', ') : '–',
  };
}

function showReport(report, ms) {
  shownReport = report;
  $('export-json').disabled = false;
  $('export-csv').disabled = false;
  const rows = [];
  report.documents.forEach((doc, index) => {
    const article = articles[index];
    if (!article) return;
    const item = els.articles.querySelector(`[data-id="${article.id}"]`);
    for (const stat of STATS) {
      const cell = item?.querySelector(`[data-stat="${stat}"]`);
      if (cell) cell.textContent = numbers.format(doc.stats[stat]);
    }
    if (item) showQuotes(item, doc.quotes);
    if (item) showReader(item, article.text, doc);
    const repeated = item?.querySelector('[data-repeats]');
    if (repeated) repeated.textContent = repeatsText(article.text, doc.repeats);
    const named = item?.querySelector('[data-names]');
    if (named) named.textContent = namesText(doc.names);
    for (const [key, text] of Object.entries(readingTexts(doc.reading))) {
      const cell = item?.querySelector(`[data-reading="${key}"]`);
      if (cell) cell.textContent = text;
    }
    const row = document.createElement('tr');
    const head = document.createElement('th');
    head.scope = 'row';
    head.textContent = label(article, index);
    row.append(head);
    for (const stat of STATS) {
      const cell = document.createElement('td');
      cell.textContent = numbers.format(doc.stats[stat]);
      row.append(cell);
    }
    rows.push(row);
  });
  els.overview.replaceChildren(...rows);
  showGroups(report);
  showPairs(report);
  const words = report.documents.reduce((sum, d) => sum + d.stats.words, 0);
  const n = report.documents.length;
  els.summary.textContent = `Analysed ${n} article${n === 1 ? '' : 's'}, ${numbers.format(words)} words, in ${numbers.format(Math.round(ms))} ms.`;
}

// ---- export ----------------------------------------------------------------------------

/** Offers `content` as a file download; nothing leaves the browser. */
function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One CSV field: quoted, and defused so a spreadsheet never runs it as a formula. */
function csvField(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replaceAll('"', '""')}"`;
}

function quotesCsv(report) {
  const rows = [['article', 'start', 'end', 'kind', 'speaker', 'cue', 'text']];
  for (const doc of report.documents) {
    for (const q of doc.quotes) rows.push([doc.name, q.start, q.end, q.kind, q.speaker, q.cue, q.text]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

$('export-json').addEventListener('click', () => {
  if (shownReport) download('verbatim-report.json', 'application/json', JSON.stringify(shownReport, null, 2));
});
$('export-csv').addEventListener('click', () => {
  if (shownReport) download('verbatim-quotes.csv', 'text/csv', quotesCsv(shownReport));
});

// ---- start ------------------------------------------------------------------------------

$('add-article').addEventListener('click', () => {
  addArticles([{ name: '', text: '' }], { replaceEmpty: false });
  els.articles.lastElementChild?.querySelector('textarea')?.focus();
});
$('load-samples').addEventListener('click', loadSamples);
els.files.addEventListener('change', async () => {
  await openFiles([...els.files.files]);
  els.files.value = '';
});

const stored = restore();
if (stored && stored.length) addArticles(stored);
else loadSamples();
