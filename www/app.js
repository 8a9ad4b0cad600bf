// The page: keeps the reader's articles (in memory and in this browser's storage), asks the
// worker for a report whenever they change, and shows it. It decides nothing about the text:
// every figure comes from the report. User text only ever reaches the DOM as textContent or
// a textarea's value.

import { Analyzer } from './analyzer.js';
import { MAX_CHARS, megabytes, readFile, splitArticles } from './inputs.js';
import * as pace from './pace.js';
import * as store from './store.js';
import { showResults } from './overview.js';
import {
  applyFilter, filter, MAX_MATRIX, label, numbers, pairsCsv, quotesCsv, sharedByDocument, showArticle, showClusters, showGroups,
  showHeatmap, showInText, showOverview, showPairsTable, showSideBySide, showSpeakers, summaryText,
} from './views.js';

const DEBOUNCE_MS = 250;
/** The report's per-article figures the overview shows, in its column order. */
const STATS = ['words', 'content_words', 'sentences', 'paragraphs', 'junk_paragraphs', 'characters'];

const $ = (id) => document.getElementById(id);
const els = {
  articles: $('articles'),
  template: $('article-template'),
  notice: $('notice'),
  summary: $('summary'),
  progress: $('progress'),
  files: $('open-files'),
  version: $('core-version'),
};

/** @type {{id: string, name: string, text: string}[]} */
let articles = [];
/** The articles as they were before the last removal, split or clearing, for Undo. */
let undoState = null;
/** What is on screen: the report and the articles it was made from. */
let shown = null;
/** The pair open side by side, by article ids, so it follows the articles as they change. */
let openPair = null;
/** Once storage has been read: before that, saving would overwrite the reader's drafts. */
let restored = false;

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
    if (action.cls) button.className = action.cls;
    button.addEventListener('click', action.run);
    els.notice.append(' ', button);
  }
}

const totalChars = (list) => list.reduce((sum, a) => sum + a.text.length, 0);

// ---- analysis -------------------------------------------------------------------------

let ticker = 0;
const analyzer = new Analyzer({
  report(report, snapshot, ms, version) {
    if (version) els.version.textContent = version;
    showReport(report, snapshot, ms);
  },
  failure(message) {
    say(`Analysis failed: ${message}. Your text is kept; edit it or reload to try again.`, { error: true });
  },
  restarted(reason) {
    say(`The analysis engine stopped (${reason}) and was restarted; your articles are kept.`, { error: true });
  },
  busy(running) {
    clearInterval(ticker);
    if (!running) {
      els.progress.hidden = true;
      return;
    }
    // Short work shows nothing; long work (many files, a big paste) shows how far it is.
    const update = () => {
      const seconds = (performance.now() - running.started) / 1000;
      if (seconds < 0.4) return;
      els.progress.hidden = false;
      const bar = els.progress.querySelector('progress');
      if (running.done > 0) bar.value = running.done;
      else bar.removeAttribute('value');
      const n = running.snapshot.length;
      els.progress.querySelector('.what').textContent =
        `Analysing ${n} article${n === 1 ? '' : 's'} (${megabytes(totalChars(running.snapshot))})… ${running.done > 0 ? `${Math.round(running.done * 100)}% · ` : ''}${seconds.toFixed(1)} s`;
    };
    update();
    ticker = setInterval(update, 200);
  },
});

// Drawing a long report (pace.js) shows how far it has got, once it has taken 0.4 s.
let drawing = false;
pace.watch((done, total, since) => {
  if (analyzer.running) return; // the analysis shows its own progress
  if (done === null || performance.now() - since < 400) {
    if (done === null && drawing) els.progress.hidden = true;
    drawing = drawing && done !== null;
    return;
  }
  drawing = true;
  els.progress.hidden = false;
  els.progress.querySelector('progress').value = done / total;
  els.progress.querySelector('.what').textContent = `Showing the results… ${Math.round((done / total) * 100)}%`;
});

const canAnalyse = typeof WebAssembly === 'object';

/** Asks for a report of the articles as they are now (names filled in, as the page shows them). */
function analyse() {
  if (!canAnalyse) return;
  const chars = totalChars(articles);
  if (chars > MAX_CHARS) {
    analyzer.cancel();
    say(`These articles hold ${megabytes(chars)} of text; this page analyses up to ${megabytes(MAX_CHARS)} at once. Your text is kept: remove or shorten some articles, or use the command-line tool.`, { error: true });
    return;
  }
  // An unnamed article is named by the core: its headline, else "Article N".
  analyzer.request(articles.map((a) => ({ id: a.id, name: a.name, text: a.text })));
}

// ---- changes and storage ------------------------------------------------------------------

let debounce = 0;
let saveTimer = 0;
/**
 * Whether the reader has changed anything since the page loaded (set only once storage was
 * read): only then is anything stored.
 */
let dirty = false;
function changed({ now = false } = {}) {
  // The change is logged at once (store.note), so a reload a moment later keeps it; what
  // is too big to log is stored at once instead.
  if (restored) {
    dirty = true;
    if (!store.note(articles)) now = true;
  }
  clearTimeout(debounce);
  // Even "now" is a task of its own: handing 40 MB to the worker should not lengthen the
  // task that took the paste.
  debounce = setTimeout(analyse, now ? 0 : DEBOUNCE_MS);
  clearTimeout(saveTimer);
  saveTimer = setTimeout(persist, now ? 0 : DEBOUNCE_MS);
  updateButtons();
}

let saveProblem = false;
/** Set once the page is going: what its last moments do (an aborted fetch) is not kept. */
let leaving = false;
function persist() {
  clearTimeout(saveTimer);
  if (!dirty || leaving) return;
  store.save(articles).then(
    ({ conflict }) => {
      if (conflict) return resync();
      if (saveProblem) say('Your articles are kept in this browser again.');
      saveProblem = false;
    },
    (err) => {
      saveProblem = true;
      say(`These articles could not be kept across a reload (${err?.message ?? 'storage refused'}); they stay here until you close the tab. Export the report to keep a copy.`, { error: true });
    },
  );
}
// Closing or hiding the tab writes at once, not after the debounce (what IndexedDB has not
// finished when the page is gone, the store's log replays on the next load).
function persistNow() {
  if (!dirty || leaving) return;
  persist();
}

/**
 * Another tab saved, or this tab's save found that one had: show the stored articles, this
 * tab's unsaved work laid over them (an article both changed comes back as a copy), and
 * store the result.
 */
let resyncing = null;
function resync() {
  if (!restored) return;
  // Articles this tab has not touched (the samples of a first visit) are not its work: the
  // stored ones replace them.
  resyncing ??= store.merge(() => articles, { untouched: !dirty }).then(
    ({ articles: merged, copies }) => {
      resyncing = null;
      const same = merged.length === articles.length && merged.every((a, i) => a.id === articles[i].id && a.text === articles[i].text && a.name === articles[i].name);
      if (same) return;
      forgetUndo();
      articles = merged;
      render();
      changed({ now: true });
      if (copies.length) {
        say(`These articles were changed in another tab at the same time; its version is shown, and this tab's is kept as ${copies.join(', ')}.`, { error: true });
      } else say('Updated with the changes made in another tab.');
    },
    () => {
      resyncing = null;
    },
  );
}
store.subscribe(resync);
addEventListener('pagehide', () => {
  persistNow();
  leaving = true;
});
addEventListener('pageshow', () => {
  leaving = false; // back from the back-forward cache
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') persistNow();
});

function updateButtons() {
  const empty = articles.every((a) => a.text.trim() === '');
  for (const id of ['export-json', 'export-csv', 'export-pairs', 'copy-summary']) $(id).disabled = empty || !shown;
  $('clear-all').disabled = articles.length === 0;
}

/**
 * Any other change makes an offered Undo stale: taking it would throw away what was done
 * since, so the offer goes.
 */
function forgetUndo() {
  if (!undoState) return;
  undoState = null;
  els.notice.querySelector('button.undo')?.remove();
}

/**
 * Changes the list of articles so that Undo can bring the old one back. `focus` moves the
 * focus to Undo (after a button press), not when the reader is typing.
 */
function withUndo(message, change, { afterUndo = null, undoLabel = 'Undo', undone = 'Restored.', focus = true } = {}) {
  const before = articles.map((a) => ({ ...a }));
  change();
  undoState = before;
  render();
  changed({ now: true });
  say(message, {
    action: {
      label: undoLabel,
      cls: 'undo',
      run: () => {
        if (!undoState) return;
        articles = undoState;
        undoState = null;
        render();
        changed({ now: true });
        say(undone);
        afterUndo?.();
      },
    },
  });
  if (focus) els.notice.querySelector('button')?.focus();
}

function addArticles(list, { after = null } = {}) {
  // An empty box is a place to paste, not an article: it makes way for what arrives.
  forgetUndo();
  if (articles.length === 1 && articles[0].text.trim() === '' && !articles[0].name && after === null) articles = [];
  const added = list.map(({ id, name, text }) => ({ id: id ?? store.newId(), name, text }));
  const at = after === null ? articles.length : articles.findIndex((a) => a.id === after) + 1;
  articles.splice(at, 0, ...added);
  render();
  changed({ now: true });
  return added;
}

function removeArticle(id) {
  const index = articles.findIndex((a) => a.id === id);
  if (index < 0) return;
  const gone = articles[index];
  withUndo(`Removed ${label(gone, index)}.`, () => articles.splice(index, 1), {
    afterUndo: () => focusIn(gone.id, 'textarea'),
  });
}

function moveArticle(id, by) {
  const from = articles.findIndex((a) => a.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= articles.length) return;
  forgetUndo();
  const [article] = articles.splice(from, 1);
  articles.splice(to, 0, article);
  render();
  changed({ now: true });
  focusIn(id, by < 0 ? '.move-up' : '.move-down');
}

function clearAll() {
  if (!articles.length) return;
  const n = articles.length;
  if (!confirm(`Remove all ${n} article${n === 1 ? '' : 's'}? You can undo this until you reload.`)) return;
  withUndo(`Removed all ${n} article${n === 1 ? '' : 's'}.`, () => {
    articles = [{ id: store.newId(), name: '', text: '' }];
  });
}

// ---- inputs -------------------------------------------------------------------------------

async function loadSamples() {
  say('Loading the sample articles…');
  try {
    const index = await fetchOk('seeds/index.json').then((r) => r.json());
    const texts = await Promise.all(index.map(({ file }) => fetchOk(`seeds/${encodeURIComponent(file)}`).then((r) => r.text())));
    const fresh = index.map(({ name }, i) => ({ name, text: texts[i] })).filter((s) => !articles.some((a) => a.text === s.text));
    if (!fresh.length) {
      say('The sample articles are already here.');
      return;
    }
    if (els.notice.textContent.startsWith('Loading the sample')) say('');
    addArticles(fresh);
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

async function openFiles(files) {
  const added = [];
  const problems = [];
  for (const file of files) {
    try {
      added.push(await readFile(file));
    } catch (err) {
      problems.push(err.message);
    }
  }
  if (added.length) addArticles(added);
  const opened = added.length ? `Opened ${added.map((a) => a.name).join(', ')}. ` : '';
  if (problems.length) say(`${opened}Not opened: ${problems.join('; ')}.`, { error: true });
  else if (added.length) say(opened.trim());
}

/** A paste holding several articles, separated by lines of `---`, becomes several articles. */
function pasted(event, id, textarea) {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.length > BIG_CHARS && !event.later) {
    // Megabytes are taken now and placed in a task of their own: taking 40 MB from the
    // clipboard and looking through it for --- lines are each most of a task's worth.
    event.preventDefault();
    const later = { later: true, clipboardData: { getData: () => text }, preventDefault() {} };
    setTimeout(() => pasted(later, id, textarea), 0);
    return;
  }
  const parts = splitArticles(text);
  if (parts.length < 2) {
    // Into an empty box, the paste itself (not a copy of 40 MB joined to nothing).
    const whole = textarea.value === '' ? text : textarea.value.slice(0, textarea.selectionStart) + text + textarea.value.slice(textarea.selectionEnd);
    if (whole.length <= BIG_CHARS) return;
    // A huge paste skips the text box, whose layout would freeze the page for seconds.
    event.preventDefault();
    forgetUndo();
    articles.find((a) => a.id === id).text = whole;
    render();
    changed({ now: true });
    return;
  }
  event.preventDefault();
  const [before, from, to] = [textarea.value, textarea.selectionStart, textarea.selectionEnd];
  const keepAsOne = () => {
    const article = articles.find((a) => a.id === id);
    if (!article) return;
    article.text = before.slice(0, from) + text + before.slice(to);
    render();
    changed({ now: true });
    focusIn(id, 'textarea');
  };
  withUndo(`The paste held ${parts.length} parts separated by --- lines, so each became an article.`, () => {
    textarea.setRangeText(parts[0], from, to, 'end');
    const at = articles.findIndex((a) => a.id === id) + 1;
    articles[at - 1].text = textarea.value;
    articles.splice(at, 0, ...parts.slice(1).map((t) => ({ id: store.newId(), name: '', text: t })));
  }, { undoLabel: 'Keep as one article', undone: 'Kept as one article.', afterUndo: keepAsOne, focus: false });
}

// ---- the articles on screen -----------------------------------------------------------------

/** Each article's card, by id: kept across renders, so typing never loses its place. */
const cards = new Map();
/**
 * Longer texts are kept out of a text box unless the reader asks: a browser lays out a
 * multi-megabyte text box for seconds, with the page frozen.
 */
const BIG_CHARS = 1_000_000;

function card(article) {
  const id = article.id;
  let item = cards.get(id);
  if (item) return item;
  // Handlers find the article by id: Undo brings back copies, not the objects they held.
  const current = () => articles.find((a) => a.id === id);
  item = els.template.content.firstElementChild.cloneNode(true);
  item.dataset.id = String(id);
  // A card off screen is not laid out until it scrolls near (40 cards at once took the
  // page a third of a second of layout); its last size holds its place meanwhile.
  item.style.contentVisibility = 'auto';
  item.style.containIntrinsicBlockSize = 'auto 36rem';
  const textarea = item.querySelector('textarea');
  textarea.id = `article-text-${id}`;
  textarea.addEventListener('input', () => {
    forgetUndo();
    current().text = textarea.value;
    changed();
  });
  textarea.addEventListener('paste', (event) => pasted(event, id, textarea));
  item.querySelector('.article-label').htmlFor = textarea.id;
  const name = item.querySelector('.name');
  name.id = `article-name-${id}`;
  name.addEventListener('input', () => {
    forgetUndo();
    current().name = name.value;
    labelCard(item, current(), articles.indexOf(current()));
    changed();
  });
  item.querySelector('.name-label').htmlFor = name.id;
  item.querySelector('.remove').addEventListener('click', () => removeArticle(id));
  item.querySelector('.move-up').addEventListener('click', () => moveArticle(id, -1));
  item.querySelector('.move-down').addEventListener('click', () => moveArticle(id, 1));
  item.querySelector('.edit-big').addEventListener('click', () => {
    item.dataset.editing = 'yes';
    render();
    textarea.focus();
  });
  cards.set(id, item);
  return item;
}

/** Each article's headline as the last report found it, by id: its name until the reader gives one. */
const headlines = new Map();

function labelCard(item, article, index) {
  const name = label({ name: article.name || headlines.get(article.id) }, index);
  item.querySelector('.name').placeholder = headlines.get(article.id) || 'a name, e.g. the outlet';
  item.querySelector('.article-label').textContent = name;
  item.querySelector('.name-label').textContent = `Name of article ${index + 1}`;
  item.querySelector('.remove').setAttribute('aria-label', `Remove ${name}`);
  item.querySelector('.move-up').setAttribute('aria-label', `Move ${name} up`);
  item.querySelector('.move-down').setAttribute('aria-label', `Move ${name} down`);
  item.querySelector('.move-up').disabled = index === 0;
  item.querySelector('.move-down').disabled = index === articles.length - 1;
}

function render() {
  const items = articles.map((article, index) => {
    const item = card(article);
    const textarea = item.querySelector('textarea');
    const big = article.text.length > BIG_CHARS && item.dataset.editing !== 'yes';
    textarea.hidden = big;
    item.querySelector('.big').hidden = !big;
    if (big) {
      item.querySelector('.big-size').textContent = megabytes(article.text.length);
      if (textarea.value) textarea.value = '';
    } else if (textarea.value !== article.text) textarea.value = article.text;
    const name = item.querySelector('.name');
    if (name.value !== article.name) name.value = article.name;
    labelCard(item, article, index);
    return item;
  });
  for (const id of cards.keys()) if (!articles.some((a) => a.id === id)) cards.delete(id);
  // Only moved cards are moved: a card moved in the DOM loses focus and scroll.
  items.forEach((item, i) => {
    if (els.articles.children[i] !== item) els.articles.insertBefore(item, els.articles.children[i] ?? null);
  });
  while (els.articles.children.length > items.length) els.articles.lastElementChild.remove();
  // Many articles: smaller boxes, so the list stays a list.
  els.articles.classList.toggle('many', articles.length > 6);
  updateButtons();
}

async function takeDamaged() {
  try {
    download('verbatim-damaged-copy.json', 'application/json', await store.takeDamaged());
    say('The damaged copy was saved as a file; it is also still kept in this browser.');
  } catch (err) {
    say(`The damaged copy could not be read out (${err.message}).`, { error: true });
  }
}

function focusIn(id, selector) {
  const target = cards.get(id)?.querySelector(selector);
  if (target && !target.disabled) target.focus();
  else cards.get(id)?.querySelector('textarea')?.focus();
}

// ---- the report on screen -------------------------------------------------------------------

/** Articles whose cards are filled in the report's first task; the rest follow (pace.js). */
const FIRST_CARDS = 4;

function showReport(given, snapshot, ms) {
  // The names the report gave: the reader's, else each article's headline.
  snapshot.forEach((article, i) => {
    article.name = given.documents[i]?.name ?? article.name;
    headlines.set(article.id, given.documents[i]?.title ?? '');
  });
  // An article identical to an earlier one comes as a pointer to that one's analysis
  // (`copy_of`): it is drawn (and its quotations exported) as that one, under its own name.
  const documents = given.documents.map((d) => (d.copy_of == null ? d : { ...given.documents[d.copy_of], name: d.name, copy_of: d.copy_of }));
  const report = { ...given, documents };
  shown = { report: given, drawn: report, snapshot };
  pace.restart();
  const shared = sharedByDocument(report);
  const waiting = new Map();
  const go = (d, q) => {
    waiting.get(d)?.(); // a card not yet filled with this report is filled first
    const item = cards.get(snapshot[d]?.id);
    if (item) showInText(item, q);
  };
  snapshot.forEach((article, index) => {
    const draw = () => {
      if (!waiting.delete(index)) return;
      const item = cards.get(article.id);
      if (item) showArticle(item, article, index, report, shared, snapshot, go);
    };
    waiting.set(index, draw);
    if (index < FIRST_CARDS) draw();
    else pace.later(draw);
  });
  showOverview($('overview').tBodies[0], report, snapshot, STATS);
  showResults($('results'), report, snapshot, {
    go,
    group: (k) => {
      const item = $('quote-groups').children[k];
      if (!item) return;
      item.tabIndex = -1;
      item.scrollIntoView({ block: 'start' });
      item.focus({ preventScroll: true });
    },
    open: (pair) => openSideBySide(pair, snapshot),
  });
  snapshot.forEach((article, index) => {
    const item = cards.get(article.id);
    const current = articles.find((a) => a.id === article.id);
    if (item && current) labelCard(item, current, articles.indexOf(current));
  });
  showSpeakers($('speakers'), $('speakers-empty'), report, snapshot, go);
  showGroups($('quote-groups'), $('groups-empty'), report, snapshot, go);
  applyFilter(document);
  showDuplicates(report, snapshot);
  const words = report.documents.reduce((sum, d) => sum + d.stats.words, 0);
  const n = report.documents.length;
  els.summary.textContent = `Analysed ${n} article${n === 1 ? '' : 's'}, ${numbers.format(words)} words, in ${numbers.format(Math.round(ms))} ms.`;
  announce(`Analysed ${n} article${n === 1 ? '' : 's'}, ${numbers.format(words)} words.`);
  updateButtons();
}

/**
 * Tells a screen reader the result once the reader pauses, not on every keystroke's
 * analysis, and only when it says something new.
 */
let announceTimer = 0;
let announced = '';
function announce(text) {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    if (text === announced) return;
    announced = text;
    $('announce').textContent = text;
  }, 1500);
}

function showDuplicates(report, snapshot) {
  const n = report.documents.length;
  const matrix = n >= 2 && n <= MAX_MATRIX && report.pairs.length > 0;
  $('heatmap-box').hidden = !matrix;
  if (matrix) showHeatmap($('heatmap'), report, snapshot, (pair) => openSideBySide(pair, snapshot));
  const clusters = n > MAX_MATRIX && report.clusters.length > 0;
  $('clusters-box').hidden = !clusters;
  if (clusters) showClusters($('clusters'), report, snapshot, (pair) => openSideBySide(pair, snapshot));
  showPairsTable($('pairs'), $('pairs-empty'), report, snapshot, (pair) => openSideBySide(pair, snapshot));
  // The open pair follows its two articles; if either is gone, so is the view.
  const box = $('side-by-side');
  const pair = openPair && report.pairs.find((p) => snapshot[p.a].id === openPair.a && snapshot[p.b].id === openPair.b);
  if (pair) showSideBySide(box, pair, snapshot, report);
  else {
    box.hidden = true;
    openPair = null;
  }
}

function openSideBySide(pair, snapshot) {
  openPair = { a: snapshot[pair.a].id, b: snapshot[pair.b].id };
  const box = $('side-by-side');
  showSideBySide(box, pair, snapshot, shown.drawn);
  box.scrollIntoView({ block: 'start' });
  box.querySelector('h3').focus();
}

// ---- export and copy ----------------------------------------------------------------------

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

$('export-json').addEventListener('click', () => {
  if (shown) download('verbatim-report.json', 'application/json', JSON.stringify(shown.report, null, 2));
});
$('export-csv').addEventListener('click', () => {
  if (shown) download('verbatim-quotes.csv', 'text/csv', quotesCsv(shown.drawn));
});
$('export-pairs').addEventListener('click', () => {
  if (shown) download('verbatim-pairs.csv', 'text/csv', pairsCsv(shown.drawn, shown.snapshot));
});
$('copy-summary').addEventListener('click', async () => {
  if (!shown) return;
  try {
    await navigator.clipboard.writeText(summaryText(shown.report, shown.snapshot));
    say('The summary is on the clipboard.');
  } catch {
    say('This browser did not allow copying; use Export instead.', { error: true });
  }
});

// ---- start ------------------------------------------------------------------------------

$('add-article').addEventListener('click', () => {
  const [article] = addArticles([{ name: '', text: '' }], { after: articles.at(-1)?.id ?? null });
  focusIn(article.id, 'textarea');
});
$('load-samples').addEventListener('click', loadSamples);
for (const [id, field] of [['filter-speaker', 'speaker'], ['filter-kind', 'kind']]) {
  $(id).addEventListener('change', () => {
    filter[field] = $(id).value;
    applyFilter(document);
    if (field === 'speaker') $('speakers').querySelector(`li:not([hidden]) details`)?.setAttribute('open', '');
  });
}
$('clear-all').addEventListener('click', clearAll);
els.files.addEventListener('change', async () => {
  await openFiles([...els.files.files]);
  els.files.value = '';
});
$('progress-stop').addEventListener('click', () => {
  analyzer.cancel();
  say('Analysis stopped. Edit an article to start it again.');
});

// Files dropped anywhere on the page are opened; the page shows where they will land.
let dragDepth = 0;
const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
document.addEventListener('dragenter', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth++;
  document.body.classList.add('dropping');
});
document.addEventListener('dragleave', () => {
  if (dragDepth > 0 && --dragDepth === 0) document.body.classList.remove('dropping');
});
document.addEventListener('dragover', (event) => {
  if (carriesFiles(event)) event.preventDefault();
});
document.addEventListener('drop', (event) => {
  dragDepth = 0;
  document.body.classList.remove('dropping');
  const files = [...(event.dataTransfer?.files ?? [])];
  if (!files.length) return;
  event.preventDefault();
  openFiles(files);
});

async function start() {
  // Many megabytes kept take a moment to read back: said, if it takes more than half a second.
  const slow = setTimeout(() => say('Opening the articles kept in this browser…'), 500);
  const { articles: stored, problem, damaged } = await store.load();
  clearTimeout(slow);
  if (els.notice.textContent.startsWith('Opening the articles kept')) say('');
  if (stored === null && !problem) await loadSamples();
  else if (stored?.length) addArticles(stored);
  else addArticles([{ name: '', text: '' }]);
  // Only now may saving begin: before, it would store a half-loaded page over the drafts.
  restored = true;
  // Said last, so nothing said while loading hides it.
  if (problem) {
    // A damaged copy stays set aside until the reader takes it, as a file.
    const action = damaged ? { label: 'Save the damaged copy as a file', run: takeDamaged } : null;
    say(problem, { error: true, action });
  }
  if (!canAnalyse) {
    say('This browser cannot run WebAssembly, which Verbatim needs for its analysis. Your text can still be pasted and kept here; try a current Chrome, Firefox, Safari or Edge.', { error: true });
  }
}

// ---- updates ------------------------------------------------------------------------------

// The service worker is checked past the HTTP cache on every load and whenever the tab comes
// back into view; a new one (a new deployment) takes over at once and says so, and the page
// offers a reload, which runs the new version's JS with its module (the articles are kept).
/** This build's name, as `make site` writes it here and in the service worker. */
const BUILD = '__BUILD__';
document.documentElement.dataset.build = BUILD;
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { updateViaCache: 'none' }).then(
    (registration) => {
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => {});
      });
    },
    () => {
      // Offline use is a bonus; the page works the same without it.
    },
  );
  navigator.serviceWorker.addEventListener('message', (event) => {
    // A worker of the build this page runs (a first visit's, or one installed by the very
    // load that brought this page) is no news.
    if (event.data?.type !== 'updated' || event.data.build === BUILD) return;
    say('A new version of Verbatim is ready.', { action: { label: 'Reload to use it', run: () => location.reload() } });
  });
}

start();
