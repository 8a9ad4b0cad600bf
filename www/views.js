// What the page shows of a report: figures, the reading view with its highlights, the
// quotations by speaker, the same quote across articles, and the duplicates (matrix or
// clusters, side by side). Every figure and span comes from the report; this module only
// lays them out. User text reaches the DOM only as text nodes and textContent.

import { fill, onOpen } from './pace.js';
import { bringInto, readable, renderDiff, syncScroll } from './diff.js';

export const numbers = new Intl.NumberFormat();
const percent = (x) => `${Math.round(x * 100)}%`;

/**
 * A speaker's colour, the same in every article: the k-th speaker of the report takes the
 * hue k golden angles round the wheel (neighbours in the order stay far apart however many
 * there are) and one of three lightnesses; the style sheet makes it light or dark.
 */
const hues = new WeakMap();
function paint(node, report, name) {
  if (!hues.has(report)) {
    const order = new Map();
    for (const doc of report.documents) for (const q of doc.quotes) if (q.speech && !order.has(who(q))) order.set(who(q), order.size);
    hues.set(report, order);
  }
  const k = hues.get(report).get(name) ?? 0;
  node.style.setProperty('--h', String(Math.round(k * 137.508) % 360));
  node.style.setProperty('--l', String(k % 3));
  return node;
}
/** Colours for the articles a passage also appears in. */
const SOURCES = 6;
/** Paragraphs rendered at most in the reading view; a 10 MB paste shows its beginning. */
const MAX_PARAGRAPHS = 1500;
/** More list items than this would cost the page a pause; the rest are counted. */
export const MAX_LISTED = 200;
/** Articles beyond this make an unreadable matrix; the clusters are listed instead. */
export const MAX_MATRIX = 30;

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** "Article 2 · wire.txt", or "Article 2" for an unnamed one. */
export function label(article, index) {
  return article?.name ? `Article ${index + 1} · ${article.name}` : `Article ${index + 1}`;
}

/** The speaker a quotation is listed under. */
const who = (q) => q.speaker ?? (q.kind === 'scare' ? 'term' : 'unattributed');

/**
 * The text of each article's shared passages with the others: [{span, other}] per
 * document index, from the report's pairs.
 */
function sharedByDocument(report) {
  const out = report.documents.map(() => []);
  for (const pair of report.pairs) {
    for (const p of pair.shared) {
      out[pair.a].push({ span: p.a, other: pair.b, share: pair.containment[0] });
      out[pair.b].push({ span: p.b, other: pair.a, share: pair.containment[1] });
    }
  }
  return out;
}

/**
 * The article's text as a reader sees it, with highlights: junk dimmed, each speaker's
 * quotations in a colour, scare quotes in italics, repeated passages underlined in red,
 * passages shared with another article barred underneath. Only spans are added around the
 * text's own characters, so the text is never altered.
 */
function renderReader(item, text, doc, shared, snapshot, report) {
  const speakers = [];
  const marks = [];
  doc.quotes.forEach((q, index) => {
    if (q.depth > 0) return;
    let cls = 'hl-scare';
    let title = 'term or scare quote';
    let name = null;
    if (q.speech) {
      name = who(q);
      if (!speakers.includes(name)) speakers.push(name);
      cls = 'hl-quote';
      title = `${name}${q.cue ? ` (${q.cue})` : ''}`;
    }
    marks.push({ start: q.start, end: q.end, cls, title, quote: index, who: name, kind: q.kind, speaker: who(q) });
  });
  for (const r of doc.repeats) {
    for (const [start, end] of [r.first, r.again]) marks.push({ start, end, cls: 'hl-repeat', title: 'repeated in this article' });
  }
  // The match report: each passage coloured by the article it also appears in, the
  // articles in order of how much of this one they hold.
  const sources = [...new Map(shared.map(({ other, share }) => [other, share])).entries()].sort((x, y) => y[1] - x[1]);
  const colour = new Map(sources.map(([other], k) => [other, k % SOURCES]));
  for (const { span, other } of shared) {
    marks.push({ start: span[0], end: span[1], cls: `hl-shared hl-o${colour.get(other)}`, title: `also in ${label(snapshot[other], other)}` });
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
    const p = el('p', { class: `para ${para.class}`, dir: 'auto' });
    if (para.junk) p.title = `page junk: ${para.junk}`;
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const covering = here.filter((m) => m.start <= a && m.end >= b);
      const piece = text.slice(a, b);
      if (!covering.length) {
        p.append(piece);
        continue;
      }
      const span = el('span', { class: covering.map((m) => m.cls).join(' '), title: covering.map((m) => m.title).join('; '), text: piece });
      const quote = covering.find((m) => m.quote !== undefined);
      if (quote) {
        span.dataset.quote = String(quote.quote);
        span.dataset.kind = quote.kind;
        span.dataset.speaker = quote.speaker;
        // The speaker's name in words where the quotation opens, not in colour alone; drawn
        // by the style sheet, so the text itself (and a copy of it) stays the article's.
        if (quote.who && a === quote.start) span.dataset.who = quote.who;
        if (quote.who) paint(span, report, quote.who);
      }
      p.append(span);
    }
    paragraphs.push(p);
  }
  if (doc.paragraphs.length > MAX_PARAGRAPHS) {
    paragraphs.push(el('p', { class: 'hint', text: `… the first ${numbers.format(MAX_PARAGRAPHS)} of ${numbers.format(doc.paragraphs.length)} paragraphs are shown.` }));
  }
  item.querySelector('.reader-text').replaceChildren(...paragraphs);
  applyFilter(item);
  // The legend names what this article has: each speaker in their colour, then the kinds
  // of marks present.
  const legend = speakers.slice(0, 16).map((name) => paint(key('hl-quote', name), report, name));
  if (speakers.length > 16) legend.push(key('', `and ${speakers.length - 16} more speakers`));
  const has = (cls) => marks.some((m) => m.cls === cls);
  if (has('hl-scare')) legend.push(key('hl-scare', 'term or scare quote'));
  if (has('hl-repeat')) legend.push(key('hl-repeat', 'repeated passage'));
  for (const [other, share] of sources.slice(0, 12)) {
    legend.push(key(`hl-shared hl-o${colour.get(other)}`, `${percent(share)} also in ${label(snapshot[other], other)}`));
  }
  if (doc.paragraphs.some((p) => p.class === 'junk')) legend.push(key('para junk', 'page junk'));
  item.querySelector('.legend').replaceChildren(...legend);
}

const key = (cls, text) => el('span', { class: `key ${cls}`, text });

/** Which quotations the reader asked to see: a speaker, a kind, or '' for all. */
export const filter = { speaker: '', kind: '' };

/** Dims quotations in `root`'s texts, and hides those in its lists, that the filter leaves out. */
/** Marks `node` (a quotation, in the text or a list) as filtered out or not; returns it. */
function filtered(node) {
  if (node.dataset?.kind === undefined) return node;
  const out = (filter.speaker && node.dataset.speaker !== filter.speaker) || (filter.kind && node.dataset.kind !== filter.kind);
  node.classList.toggle('filtered', Boolean(out));
  return node;
}

export function applyFilter(root) {
  for (const node of root.querySelectorAll('[data-kind]')) filtered(node);
  for (const list of root.querySelectorAll('#speakers > li')) {
    list.hidden = Boolean(filter.speaker) && list.dataset.speaker !== filter.speaker;
  }
}

/** Opens the article's reading view at a quotation, and gives it focus. */
export function showInText(item, quoteIndex) {
  const details = item.querySelector('.reader');
  details.open = true;
  item.readerView?.();
  // A quotation cut by other marks is several pieces: all are outlined, the first focused.
  const pieces = [...item.querySelectorAll(`.reader-text [data-quote="${quoteIndex}"]`)];
  if (!pieces.length) return;
  const [target] = pieces;
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  for (const piece of pieces) piece.classList.add('flash');
  setTimeout(() => pieces.forEach((piece) => piece.classList.remove('flash')), 1600);
}

/** "2 passages: “Oops! Something went…” (100%), …" — offsets are UTF-16, as JS slices. */
function repeatsText(text, repeats) {
  if (!repeats.length) return 'none';
  const shown = repeats.slice(0, 3).map((r) => `“${excerpt(text.slice(r.first[0], r.first[1]), 48)}” (${percent(r.similarity)})`);
  const more = repeats.length > 3 ? `, and ${numbers.format(repeats.length - 3)} more` : '';
  return `${numbers.format(repeats.length)} passage${repeats.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}`;
}

function excerpt(text, length) {
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length > length ? `${words.slice(0, length)}…` : words;
}

/** People first-class, organisations marked: "Mark Milley (8), NATO (organisation, 2)". */
function namesText(names) {
  if (!names.length) return '–';
  return names
    .slice(0, 8)
    .map((n) => `${n.name} (${n.kind === 'organization' ? 'organisation, ' : ''}${n.mentions})`)
    .join(', ');
}

/** Each reading-ease formula's name, as its author is cited. */
const FORMULAS = {
  flesch: 'Flesch',
  amstad: 'Amstad',
  kandel_moles: 'Kandel–Moles',
  fernandez_huerta: 'Fernández Huerta',
  flesch_vacca: 'Flesch–Vacca',
  douma: 'Douma',
  martins: 'Martins et al.',
};

/** "German", from the browser's own names of languages; the code alone without them. */
function languageName(code) {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
  } catch {
    return code;
  }
}

/** The article's language, and what that means for what the page shows of it. */
function languageText(code, words) {
  if (!words) return '–';
  if (code === null) {
    return 'Language not recognised — it is not one of the seven read fully (English, German, French, Spanish, Italian, Portuguese, Dutch): speakers may be missing, and reading ease is left out.';
  }
  return `Language: ${languageName(code)} (${code}).`;
}

/** The reading figures as a reader wants to see them. */
function readingTexts(reading) {
  const ease = reading.flesch_reading_ease;
  return {
    minutes: reading.minutes < 1 ? 'under a minute' : `${numbers.format(Math.round(reading.minutes))} min`,
    words_per_sentence: numbers.format(reading.words_per_sentence),
    flesch_reading_ease:
      ease === null ? 'n/a' : `${numbers.format(ease)} (${reading.ease.replace('_', ' ')}) · ${FORMULAS[reading.formula] ?? reading.formula}`,
    top_terms: reading.top_terms.length ? reading.top_terms.map((t) => `${t.term} (${t.count})`).join(', ') : '–',
  };
}

/** "show in text", named for a screen reader by the quotation and where it is. */
function showButton(quote, where, go) {
  const label = `Show in text${where ? `, ${where}` : ''}: “${excerpt(quote.text, 40)}”`;
  return el('button', { type: 'button', class: 'link', text: 'show in text', 'aria-label': label, onclick: go });
}

/** One quotation as a list item: who, how, the words, and a way to its place in the text. */
function quoteItem(quote, { where = '', go = null } = {}) {
  const li = el('li', { class: `quote ${quote.kind}`, 'data-speaker': who(quote), 'data-kind': quote.kind });
  const how = [quote.cue, quote.kind, quote.closed ? '' : 'never closed', where].filter(Boolean).join(' · ');
  li.append(el('span', { class: 'speaker', text: who(quote) }), ' ', el('span', { class: 'cue', text: how }));
  if (go) li.append(' ', showButton(quote, where, go));
  li.append(el('br'), el('q', { dir: 'auto', text: quote.text }));
  return li;
}

function showQuotes(item, doc, go) {
  item.querySelector('[data-quote-count]').textContent = numbers.format(doc.quotes.length);
  // Speech first, terms after: a reader scanning for who said what reads the top.
  const indexed = doc.quotes.map((q, i) => [q, i]);
  const ordered = [...indexed.filter(([q]) => q.kind !== 'scare'), ...indexed.filter(([q]) => q.kind === 'scare')];
  const more = ordered.length > MAX_LISTED ? el('li', { class: 'hint', text: `… and ${numbers.format(ordered.length - MAX_LISTED)} more` }) : null;
  fill(item.querySelector('.quote-list'), ordered.slice(0, MAX_LISTED), ([q, i]) => quoteItem(q, { go: q.depth === 0 ? () => go(i) : null }), more);
}

/** Fills one article's card from its document report. */
export function showArticle(item, article, index, report, shared, snapshot, go) {
  const doc = report.documents[index];
  for (const [stat, value] of Object.entries(doc.stats)) {
    const cell = item.querySelector(`[data-stat="${stat}"]`);
    if (cell) cell.textContent = numbers.format(value);
  }
  for (const [name, text] of Object.entries(readingTexts(doc.reading))) {
    item.querySelector(`[data-reading="${name}"]`).textContent = text;
  }
  item.querySelector('[data-language]').textContent = languageText(doc.language, doc.stats.words);
  // Where the article says it is from, and when.
  const about = [doc.outlet, doc.date && `dated ${doc.date}`, doc.url].filter(Boolean).join(' · ');
  const aboutLine = item.querySelector('[data-about]');
  aboutLine.textContent = about;
  aboutLine.hidden = !about;
  item.querySelector('[data-names]').textContent = namesText(doc.names);
  item.querySelector('[data-repeats]').textContent = repeatsText(article.text, doc.repeats);
  showQuotes(item, doc, (q) => go(index, q));
  // The reading view is built when first opened, once per report: a large article costs
  // nothing until the reader asks for it.
  const details = item.querySelector('.reader');
  let fresh = false;
  item.readerView = () => {
    if (fresh) return;
    fresh = true;
    renderReader(item, article.text, doc, shared[index], snapshot, report);
  };
  details.ontoggle = () => {
    if (details.open) item.readerView();
  };
  // The clean reader: the article's text and its quotations, junk and other marks hidden.
  const clean = item.querySelector('.clean-toggle');
  clean.onclick = () => clean.setAttribute('aria-pressed', String(details.classList.toggle('clean')));
  if (details.open) item.readerView();
}

const STAT_NAMES = ['Words', 'Article words', 'Sentences', 'Paragraphs', 'Junk paragraphs', 'Characters'];

/** The overview table: one row per article. */
export function showOverview(tbody, report, snapshot, stats) {
  fill(tbody, report.documents, (doc, i) => {
    const row = el('tr', {}, el('th', { scope: 'row', text: label(snapshot[i], i) }));
    for (const [k, stat] of stats.entries()) row.append(el('td', { text: numbers.format(doc.stats[stat]), 'data-label': STAT_NAMES[k] }));
    return row;
  });
}

/**
 * Who is quoted, across all articles: each speaker with a count, most quoted first, and
 * under each their quotations, each a way to its place in its article.
 */
export function showSpeakers(list, empty, report, snapshot, go) {
  const bySpeaker = new Map();
  report.documents.forEach((doc, d) =>
    doc.quotes.forEach((q, i) => {
      if (!q.speech) return;
      const name = who(q);
      if (!bySpeaker.has(name)) bySpeaker.set(name, []);
      bySpeaker.get(name).push([d, i]);
    }),
  );
  const speakers = [...bySpeaker.entries()].sort((x, y) => (x[0] === 'unattributed') - (y[0] === 'unattributed') || y[1].length - x[1].length);
  // Each speaker's quotations are drawn when the reader opens them.
  fill(list, speakers.slice(0, MAX_LISTED), ([name, quotes]) => {
    const inArticles = new Set(quotes.map(([d]) => d)).size;
    const summary = el('summary', {}, el('span', { class: 'speaker', text: name }), ` — ${quotes.length} quotation${quotes.length === 1 ? '' : 's'} in ${inArticles} article${inArticles === 1 ? '' : 's'}`);
    const inner = el('ol', { class: 'quote-list' });
    const details = el('details', { open: name === filter.speaker }, summary, inner);
    onOpen(details, () => fill(inner, quotes.slice(0, MAX_LISTED), ([d, i]) => filtered(quoteItem(report.documents[d].quotes[i], { where: label(snapshot[d], d), go: () => go(d, i) }))));
    return el('li', { 'data-speaker': name, hidden: Boolean(filter.speaker) && name !== filter.speaker }, details);
  });
  empty.hidden = speakers.length > 0;
  // The filter offers every speaker, most quoted first.
  const select = document.getElementById('filter-speaker');
  if (select) {
    select.replaceChildren(el('option', { value: '', text: 'everyone' }), ...speakers.map(([name, q]) => el('option', { value: name, text: `${name} (${q.length})` })));
    select.value = speakers.some(([name]) => name === filter.speaker) ? filter.speaker : '';
    filter.speaker = select.value;
  }
  applyFilter(list);
}

/**
 * The same quotation across articles: the fullest rendering first, then each other one with
 * the words it changed or added marked, and how many of the fullest one's words it leaves out.
 */
export function showGroups(list, empty, report, snapshot, go) {
  const groups = report.quote_groups.slice(0, MAX_LISTED);
  fill(list, groups, (group) => {
    const li = el('li', { class: 'group' });
    const outlets = new Set(group.members.map(([d]) => d)).size;
    li.append(el('span', { class: 'speaker', text: group.speaker ?? 'unattributed' }), ` — ${group.members.length} renderings in ${outlets} articles`);
    const order = group.members.map((_, k) => k).sort((x, y) => (y === group.reference) - (x === group.reference));
    const variants = el('ol', { class: 'variants' });
    for (const k of order) {
      const [d, q] = group.members[k];
      const quote = report.documents[d].quotes[q];
      const diff = group.differences[k];
      let note = 'the fullest rendering';
      if (k !== group.reference) {
        const parts = [];
        if (diff.changed.length) parts.push(`${diff.changed.length} change${diff.changed.length === 1 ? '' : 's'} marked`);
        if (diff.omitted) parts.push(`leaves out ${diff.omitted} word${diff.omitted === 1 ? '' : 's'}`);
        note = parts.length ? parts.join(', ') : 'the same words';
      }
      variants.append(
        el('li', { class: k === group.reference ? 'reference' : '' },
          el('span', { class: 'cue', text: `${label(snapshot[d], d)} · ${note}` }), ' ',
          showButton(quote, label(snapshot[d], d), () => go(d, q)),
          el('br'),
          marked('q', quote.text, diff.changed)),
      );
    }
    li.append(variants);
    return li;
  });
  empty.hidden = groups.length > 0;
}

/** `text` in a `tag` element, the UTF-16 ranges in `ranges` wrapped in <ins>. */
function marked(tag, text, ranges) {
  const node = el(tag, { dir: 'auto' });
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    node.append(text.slice(at, start), el('ins', { text: text.slice(start, end), title: 'not in the fullest rendering' }));
    at = end;
  }
  node.append(text.slice(at));
  return node;
}

/** The direction a reader cares about, as the report decided it: how much of which article is inside which. */
function stronger(pair) {
  return pair.held === pair.a
    ? { held: pair.a, holder: pair.b, share: pair.containment[0] }
    : { held: pair.b, holder: pair.a, share: pair.containment[1] };
}

/**
 * The similarity matrix: resemblance above the diagonal, containment (row in column) below,
 * each cell a button that opens the pair side by side. One cell is in the tab order; the
 * arrow keys move between cells, as in any grid.
 */
export function showHeatmap(table, report, snapshot, open) {
  const n = report.documents.length;
  const byPair = new Map(report.pairs.map((p) => [`${p.a},${p.b}`, p]));
  const head = el('tr', {}, el('td'));
  for (let j = 0; j < n; j++) head.append(el('th', { scope: 'col', text: String(j + 1), title: label(snapshot[j], j) }));
  table.tHead.replaceChildren(head);
  const rows = [];
  let first = true;
  for (let i = 0; i < n; i++) {
    const row = el('tr', {}, el('th', { scope: 'row', text: String(i + 1), title: label(snapshot[i], i) }));
    for (let j = 0; j < n; j++) {
      const pair = i === j ? null : byPair.get(`${Math.min(i, j)},${Math.max(i, j)}`);
      if (!pair) {
        row.append(el('td', { class: i === j ? 'diagonal' : 'none' }));
        continue;
      }
      const { held, holder, share } = stronger(pair);
      const value = i < j ? pair.resemblance : share;
      const button = el('button', {
        type: 'button',
        class: 'cell',
        tabIndex: first ? 0 : -1,
        'aria-label': i < j ? `Articles ${i + 1} and ${j + 1}: ${percent(value)} alike` : `${percent(value)} of article ${held + 1} is in article ${holder + 1}`,
        onclick: () => open(pair),
      });
      first = false;
      button.append(el('span', { class: 'num', text: `${Math.round(value * 100)}` }));
      button.style.setProperty('--v', String(value));
      button.dataset.row = String(i);
      button.dataset.col = String(j);
      row.append(el('td', {}, button));
    }
    rows.push(row);
  }
  table.tBodies[0].replaceChildren(...rows);
  table.onkeydown = (event) => moveInGrid(table, event);
  // The numbers' key, visible: a phone has no hover to read the headers' titles.
  document.getElementById('matrix-key')?.replaceChildren(...snapshot.map((a, i) => el('li', { text: a.name || `Article ${i + 1}` })));
}

const STEPS = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0], Home: [0, -Infinity], End: [0, Infinity] };

function moveInGrid(table, event) {
  const step = STEPS[event.key];
  const from = event.target.closest('button.cell');
  if (!step || !from) return;
  event.preventDefault();
  const cells = [...table.querySelectorAll('button.cell')];
  let [r, c] = [Number(from.dataset.row), Number(from.dataset.col)];
  const n = table.tBodies[0].rows.length;
  if (!Number.isFinite(step[1])) {
    // Home and End: the first or last cell of the row.
    const row = cells.filter((b) => Number(b.dataset.row) === r);
    const to = step[1] < 0 ? row[0] : row.at(-1);
    from.tabIndex = -1;
    to.tabIndex = 0;
    to.focus();
    return;
  }
  for (let k = 0; k < n; k++) {
    [r, c] = [r + step[0], c + step[1]];
    if (r < 0 || c < 0 || r >= n || c >= n) return;
    const to = cells.find((b) => Number(b.dataset.row) === r && Number(b.dataset.col) === c);
    if (to) {
      from.tabIndex = -1;
      to.tabIndex = 0;
      to.focus();
      return;
    }
  }
}

/** Many articles: the groups of copies, each with its closest pair to open side by side. */
export function showClusters(list, report, snapshot, open) {
  const items = report.clusters.slice(0, MAX_LISTED).map((members, k) => {
    const inside = new Set(members);
    const best = report.pairs
      .filter((p) => inside.has(p.a) && inside.has(p.b))
      .reduce((x, p) => (x && stronger(x).share >= stronger(p).share ? x : p), null);
    const names = members.slice(0, 12).map((d) => label(snapshot[d], d));
    if (members.length > 12) names.push(`and ${numbers.format(members.length - 12)} more`);
    return el('li', {},
      el('strong', { text: `Copies ${k + 1}: ${members.length} articles` }), ` — ${names.join('; ')} `,
      best ? el('button', { type: 'button', class: 'link', text: 'compare the closest two', onclick: () => open(best) }) : null);
  });
  list.replaceChildren(...items);
}

/** Pairs worth a reader's look: all but those with little in common. */
export function showPairsTable(table, empty, report, snapshot, open) {
  const shown = report.pairs.filter((p) => p.kind !== 'slight').slice(0, MAX_LISTED);
  // The button to compare sits with the pair's name, where a narrow screen still shows it.
  fill(table.tBodies[0], shown, (p) =>
    el('tr', {},
      el('th', { scope: 'row' }, `Article ${p.a + 1} · Article ${p.b + 1} `,
        el('button', { type: 'button', class: 'link', text: 'compare', 'aria-label': `Compare articles ${p.a + 1} and ${p.b + 1} side by side`, onclick: () => open(p) })),
      el('td', { dir: 'auto', text: p.verdict, 'data-label': 'Verdict' }),
      el('td', { text: percent(p.resemblance), 'data-label': 'Resemblance' }),
      el('td', { text: numbers.format(p.shared.length), 'data-label': 'Shared passages' })),
  );
  table.hidden = shown.length === 0;
  empty.hidden = shown.length > 0;
}

/**
 * Two articles side by side as a diff (see diff.js): shared passages aligned, words one has
 * and the other lacks marked, the columns scrolling together, a step to each difference.
 */
export function showSideBySide(box, pair, snapshot, report) {
  box.querySelector('.side-title').textContent = pair.verdict;
  box.querySelector('.side-a-name').textContent = label(snapshot[pair.a], pair.a);
  box.querySelector('.side-b-name').textContent = label(snapshot[pair.b], pair.b);
  const [colA, colB] = [box.querySelector('#side-a'), box.querySelector('#side-b')];
  // The texts as a reader sees them, markup put in place, the passages moved with them.
  const [a, b] = [pair.a, pair.b].map((d) => readable(snapshot[d]?.text ?? '', report.documents[d]?.markup));
  const shared = pair.shared.map((p) => ({ a: p.a.map(a.at), b: p.b.map(b.at) }));
  const { changes, anchors } = renderDiff(colA, colB, a.text, b.text, { shared });
  syncScroll(colA, colB, anchors);
  const where = box.querySelector('.diff-where');
  let at = -1;
  const step = (by) => {
    if (!changes.length) return;
    for (const node of box.querySelectorAll('.current')) node.classList.remove('current');
    at = (at + by + changes.length) % changes.length;
    const [x, y] = changes[at];
    if (x) {
      x.classList.add('current');
      bringInto(colA, x);
    }
    if (y) {
      y.classList.add('current');
      bringInto(colB, y);
    }
    where.textContent = `Difference ${numbers.format(at + 1)} of ${numbers.format(changes.length)}`;
  };
  box.querySelector('.diff-next').onclick = () => step(1);
  box.querySelector('.diff-prev').onclick = () => step(-1);
  box.querySelector('.diff-next').disabled = box.querySelector('.diff-prev').disabled = !changes.length;
  where.textContent = changes.length ? `${numbers.format(changes.length)} difference${changes.length === 1 ? '' : 's'}` : 'No differences';
  box.hidden = false;
}

export { sharedByDocument };

/**
 * One CSV field: quoted, and defused so a spreadsheet never runs it as a formula (OWASP's
 * rule: a cell whose first character after any white space is =, +, -, @, a tab or a carriage
 * return, or the full-width ＝ ＋ － ＠ that spreadsheets also read as operators, starts with ').
 */
function csvField(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^\s*[=+\-@\t\r＝＋－＠]/u.test(s)) s = `'${s}`;
  return `"${s.replaceAll('"', '""')}"`;
}

/** With a byte-order mark, so spreadsheets read the file as UTF-8 (“don’t” stays “don’t”). */
const csv = (rows) => '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/**
 * Every quotation, one row each, with what a researcher joins on: the article (index from 1,
 * name, headline, outlet, address, date), the paragraph and sentence (from 1, as the report
 * places it), offsets (UTF-16, half-open), kind, speaker, cue, the rule that named the
 * speaker, the quote group (from 1).
 */
export function quotesCsv(report) {
  const rows = [['article_index', 'article', 'title', 'outlet', 'url', 'date', 'paragraph', 'sentence', 'start', 'end', 'kind', 'speech', 'speaker', 'cue', 'rule', 'quote_group', 'text']];
  const from1 = (i) => (i == null ? '' : i + 1);
  report.documents.forEach((doc, d) => {
    for (const q of doc.quotes) {
      rows.push([d + 1, doc.name, doc.title, doc.outlet, doc.url, doc.date, from1(q.paragraph), from1(q.sentence), q.start, q.end, q.kind, q.speech, q.speaker, q.cue, q.rule, from1(q.group), q.text]);
    }
  });
  return csv(rows);
}

/**
 * Every pair, with both measures both ways and the text of the passages they share, as each
 * article has it (markup put in place).
 */
export function pairsCsv(report, snapshot = []) {
  const rows = [['article_a_index', 'article_a', 'article_b_index', 'article_b', 'resemblance', 'a_in_b', 'b_in_a', 'kind', 'verdict', 'shared_passages', 'shared_text', 'shared_text_b']];
  const clean = new Map();
  for (const p of report.pairs) {
    const text = (d, side) => {
      if (!clean.has(d)) clean.set(d, readable(snapshot[d]?.text ?? '', report.documents[d].markup));
      const { text: seen, at } = clean.get(d);
      return p.shared.map((s) => seen.slice(at(s[side][0]), at(s[side][1])).replace(/\s+/g, ' ').trim()).join(' ¶ ');
    };
    rows.push([p.a + 1, report.documents[p.a].name, p.b + 1, report.documents[p.b].name, p.resemblance, p.containment[0], p.containment[1], p.kind, p.verdict, p.shared.length, text(p.a, 'a'), text(p.b, 'b')]);
  }
  return csv(rows);
}

/** A plain-text summary for the clipboard: figures, copies, and who is quoted most. */
export function summaryText(report, snapshot) {
  const lines = [];
  const words = report.documents.reduce((sum, d) => sum + d.stats.words, 0);
  lines.push(`Verbatim: ${report.documents.length} articles, ${numbers.format(words)} words`);
  report.documents.forEach((doc, i) => {
    const s = doc.stats;
    lines.push(`${label(snapshot[i], i)}: ${numbers.format(s.words)} words, ${numbers.format(s.sentences)} sentences, ${numbers.format(doc.quotes.length)} quotations, ${s.junk_paragraphs} junk paragraphs`);
  });
  const copies = report.pairs.filter((p) => p.kind === 'repost' || p.kind === 'reuse');
  if (copies.length) {
    lines.push('', 'Copies:');
    for (const p of copies.slice(0, 20)) lines.push(`- ${p.verdict}`);
  }
  const counts = new Map();
  for (const doc of report.documents) {
    for (const q of doc.quotes) if (q.speaker && q.speech) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
  if (top.length) lines.push('', `Quoted most: ${top.map(([name, n]) => `${name} (${n})`).join(', ')}`);
  return lines.join('\n') + '\n';
}
