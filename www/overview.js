// The first screen once an analysis ends: who is quoted (speakers by articles, with how many
// of their quotations are distinct utterances and how many recur across outlets) and who
// copied whom (the report's lineages: each group's likely original and each copy in words).
// Every number is a button to the passage it counts. The report decides; this draws.

import { el, label, numbers } from './views.js';

/** Speakers shown on the first screen; the full list is further down. */
const TOP_SPEAKERS = 6;
/** Articles given a column each; more are counted in one. */
const MAX_COLUMNS = 8;
const TOP_LINEAGES = 5;

/** Who is quoted: [{name, quotes: [[d, q]], byDoc: Map(d → [q]), distinct, recurring}]. */
export function speakerTable(report) {
  // Those the report names (people, organisations) lead; descriptions ("one US official")
  // are listed further down.
  const named = new Set(report.documents.flatMap((doc) => doc.names.map((n) => n.name)));
  const bySpeaker = new Map();
  report.documents.forEach((doc, d) =>
    doc.quotes.forEach((q, i) => {
      if (!q.speech || q.depth > 0 || !named.has(q.speaker)) return;
      if (!bySpeaker.has(q.speaker)) bySpeaker.set(q.speaker, { name: q.speaker, quotes: [], byDoc: new Map(), distinct: 0, recurring: 0 });
      const s = bySpeaker.get(q.speaker);
      s.quotes.push([d, i]);
      if (!s.byDoc.has(d)) s.byDoc.set(d, []);
      s.byDoc.get(d).push(i);
    }),
  );
  // A quotation in a group of renderings across articles is one utterance, said once.
  const repeats = new Map();
  // Only the renderings counted as this speaker's quotations above: a group's speaker is its
  // members' vote, and some members may name another speaker or none.
  report.quote_groups.forEach((g, k) => {
    const s = g.speaker && bySpeaker.get(g.speaker);
    if (!s) return;
    const mine = g.members.filter(([d, i]) => {
      const q = report.documents[d]?.quotes[i];
      return q && q.speech && !(q.depth > 0) && q.speaker === g.speaker;
    }).length;
    if (!mine) return;
    s.recurring++;
    repeats.set(g.speaker, (repeats.get(g.speaker) ?? 0) + mine - 1);
    s.firstGroup ??= k;
  });
  for (const s of bySpeaker.values()) s.distinct = s.quotes.length - (repeats.get(s.name) ?? 0);
  return [...bySpeaker.values()].sort((x, y) => y.quotes.length - x.quotes.length || x.name.localeCompare(y.name));
}

const plural = (n, one, many = `${one}s`) => `${numbers.format(n)} ${n === 1 ? one : many}`;

function countButton(n, aria, go) {
  return el('button', { type: 'button', class: 'count', text: numbers.format(n), 'aria-label': aria, onclick: go });
}

/**
 * Fills the overview: `go(d, q)` shows quotation q of article d in its text, `group(k)` the
 * k-th quote group, `open(pair)` a pair side by side.
 */
export function showResults(box, report, snapshot, { go, group, open }) {
  const n = report.documents.length;
  box.hidden = n === 0;
  // ---- who is quoted
  const speakers = speakerTable(report);
  const quoted = box.querySelector('.who-quoted');
  const columns = n <= MAX_COLUMNS;
  const head = el('tr', {}, el('th', { scope: 'col', text: 'Speaker' }), el('th', { scope: 'col', text: 'Quotes' }),
    el('th', { scope: 'col', text: 'Distinct', title: 'utterances, each counted once however many articles carry it' }),
    el('th', { scope: 'col', text: 'Repeated', title: 'utterances found in more than one article' }));
  if (columns) for (let d = 0; d < n; d++) head.append(el('th', { scope: 'col', class: 'doc-col', text: String(d + 1), title: label(snapshot[d], d) }));
  else head.append(el('th', { scope: 'col', text: 'Articles' }));
  const rows = speakers.slice(0, TOP_SPEAKERS).map((s) => {
    const [d0, q0] = s.quotes[0];
    const row = el('tr', {},
      el('th', { scope: 'row', text: s.name }),
      el('td', { 'data-label': 'Quotes' }, countButton(s.quotes.length, `${s.name}: ${plural(s.quotes.length, 'quotation')}, show the first`, () => go(d0, q0))),
      el('td', { 'data-label': 'Distinct', text: numbers.format(s.distinct) }),
      el('td', { 'data-label': 'Repeated' }, s.recurring ? countButton(s.recurring, `${s.name}: ${plural(s.recurring, 'utterance')} in several articles, show them`, () => group(s.firstGroup)) : '0'));
    if (columns) {
      for (let d = 0; d < n; d++) {
        const here = s.byDoc.get(d);
        row.append(el('td', { class: 'doc-col', 'data-label': label(snapshot[d], d) },
          here ? countButton(here.length, `${s.name} in ${label(snapshot[d], d)}: ${plural(here.length, 'quotation')}, show the first`, () => go(d, here[0])) : ''));
      }
    } else row.append(el('td', { 'data-label': 'Articles', text: numbers.format(s.byDoc.size) }));
    return row;
  });
  const table = el('table', { class: 'quoted-table reflow' }, el('thead', {}, head), el('tbody', {}, ...rows));
  const total = speakers.reduce((sum, s) => sum + s.quotes.length, 0);
  const distinct = speakers.reduce((sum, s) => sum + s.distinct, 0);
  const lead = speakers.length
    ? `${plural(speakers.length, 'named speaker')}, ${plural(total, 'quotation')}, ${plural(distinct, 'distinct utterance')}.`
    : 'Nobody named is quoted.';
  const more = speakers.length > TOP_SPEAKERS
    ? el('a', { href: '#speakers-heading', text: 'Every speaker, named or described, with their quotations' })
    : null;
  quoted.replaceChildren(
    el('h3', { text: 'Who is quoted' }),
    el('p', { class: 'hint', text: lead }, more ? ' ' : null, more),
    ...(rows.length ? [el('div', { class: 'table-scroll' }, table)] : []),
  );
  // An article in a language not read fully says so where its column is named, or, with
  // too many articles for a column each, in a line of its own.
  const unread = (d) => report.documents[d].language === null && report.documents[d].stats.words > 0;
  const NOT_READ = 'language not recognised: speakers may be missing';
  if (columns && rows.length) {
    quoted.append(el('ol', { class: 'article-key', 'aria-label': 'Which article each column is' },
      ...snapshot.map((a, d) => {
        const name = `${a.name || `Article ${d + 1}`}${unread(d) ? ` (${NOT_READ})` : ''}`;
        return el('li', { text: name, title: name });
      })));
  } else {
    const names = snapshot.map((a, d) => unread(d) && label(a, d)).filter(Boolean);
    if (names.length) {
      const shown = names.slice(0, 5).join('; ') + (names.length > 5 ? `; and ${numbers.format(names.length - 5)} more` : '');
      quoted.append(el('p', { class: 'hint unread', text: `${shown}: ${NOT_READ}.` }));
    }
  }
  // ---- who copied whom
  const copied = box.querySelector('.who-copied');
  const items = report.lineages.slice(0, TOP_LINEAGES).map((lineage) => {
    const o = lineage.original;
    const doc = report.documents[o];
    const why = lineage.basis === 'date' ? `the earliest, ${doc.date}` : 'it holds the most of the others';
    const li = el('li', { class: 'lineage' },
      el('span', { class: 'original' }, 'Likely original: ', el('strong', { text: label(snapshot[o], o) }), ` (${why})`));
    const copies = el('ul', { class: 'copies' });
    for (const c of lineage.copies.slice(0, 12)) {
      const pair = report.pairs.find((p) => p.a === Math.min(c.article, c.of) && p.b === Math.max(c.article, c.of));
      copies.append(el('li', {}, pair
        ? el('button', { type: 'button', class: 'link verdict', text: c.verdict, 'aria-label': `${c.verdict}: compare side by side`, onclick: () => open(pair) })
        : el('span', { text: c.verdict })));
    }
    if (lineage.copies.length > 12) copies.append(el('li', { class: 'hint', text: `and ${numbers.format(lineage.copies.length - 12)} more` }));
    li.append(copies);
    return li;
  });
  const shared = report.pairs.filter((p) => p.kind === 'topic').length;
  const none = n < 2 ? 'One article: nothing to compare.' : `No article copies another.${shared ? ` ${plural(shared, 'pair')} share a quotation or a topic.` : ''}`;
  copied.replaceChildren(
    el('h3', { text: 'Who copied whom' }),
    items.length ? el('ol', { class: 'lineages' }, ...items) : el('p', { class: 'hint', text: none }),
  );
  if (report.lineages.length > TOP_LINEAGES) {
    copied.append(el('a', { href: '#pairs-heading', text: `All ${numbers.format(report.lineages.length)} groups of copies` }));
  }
}
