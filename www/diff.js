// Two articles as a diff: the passages the report found in both, aligned, with the words
// one has and the other lacks marked (<del> on the left, <ins> on the right), the text only
// one holds marked whole, both columns scrolling together, and a way to step from one
// difference to the next. The report finds the passages; this only lines up their words.

import { el } from './views.js';

/** Longest passage (in words, each side) compared word by word; longer ones are marked whole. */
const MAX_WORDS = 3000;

/** Words and the space after each: [{text, key, start, end}], offsets into `text`. */
function words(text, start, end) {
  const out = [];
  const re = /\S+/g;
  re.lastIndex = 0;
  const part = text.slice(start, end);
  for (let m; (m = re.exec(part)); ) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, key: m[0].toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"') });
  }
  return out;
}

/** Which words of `a` and of `b` the longest common subsequence keeps: two arrays of booleans. */
export function common(a, b) {
  const [n, m] = [a.length, b.length];
  const keepA = new Array(n).fill(false);
  const keepB = new Array(m).fill(false);
  if (n > MAX_WORDS || m > MAX_WORDS || n === 0 || m === 0) return [keepA, keepB];
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[i].key === b[j].key ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i].key === b[j].key) {
      keepA[i++] = true;
      keepB[j++] = true;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
    else j++;
  }
  return [keepA, keepB];
}

/**
 * The text a reader sees of `text`, and where each of its positions is in `text` and back:
 * the report's `markup` ([start, end, instead]) put in place. `at(i)` is the clean position
 * of original position i.
 */
export function readable(text, markup = []) {
  const parts = [];
  const edits = []; // [start, end, where it starts in the clean text, how long it is there]
  let [from, clean] = [0, 0];
  for (const [start, end, instead] of markup) {
    parts.push(text.slice(from, start), instead);
    clean += start - from;
    edits.push([start, end, clean, instead.length]);
    clean += instead.length;
    from = end;
  }
  parts.push(text.slice(from));
  const at = (i) => {
    let [lo, hi] = [0, edits.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid][0] <= i) lo = mid + 1;
      else hi = mid;
    }
    if (!lo) return i;
    const [, end, start, length] = edits[lo - 1];
    return i < end ? start : start + length + i - end;
  };
  return { text: parts.join(''), at };
}

/**
 * The pair's passages in order on both sides (a passage that would run backwards in b is
 * left to the text around it), as [[aStart, aEnd], [bStart, bEnd]].
 */
function aligned(pair) {
  const out = [];
  let lastB = 0;
  let lastA = 0;
  for (const p of [...pair.shared].sort((x, y) => x.a[0] - y.a[0])) {
    if (p.a[0] < lastA || p.b[0] < lastB) continue;
    out.push([p.a, p.b]);
    [lastA, lastB] = [p.a[1], p.b[1]];
  }
  return out;
}

/**
 * Lays out `ta` from `ra[0]` to `ra[1]` in `boxA` and `tb` over `rb` in `boxB`, each run of
 * words only one of them has in a <del> (left) or <ins> (right) of class `cls` (given for
 * the text between passages); adds each run, as [markInA | null, markInB | null], to
 * `changes`.
 */
function lineUp(boxA, boxB, ta, ra, tb, rb, changes, cls = '') {
  const wa = words(ta, ra[0], ra[1]);
  const wb = words(tb, rb[0], rb[1]);
  const [keepA, keepB] = common(wa, wb);
  // Text around the passages that is mostly different is different whole: a few common
  // words ("the", "and") kept from two unrelated footers would only scatter the marks.
  if (cls && keepA.filter(Boolean).length * 2 < Math.max(wa.length, wb.length)) {
    keepA.fill(false);
    keepB.fill(false);
  }
  // Walk both word lists together: runs of dropped words become one mark each side.
  let [i, j, posA, posB] = [0, 0, ra[0], rb[0]];
  const run = (box, text, list, keep, from, pos, tag) => {
    let to = from;
    while (to < list.length && !keep[to]) to++;
    if (to === from) return [from, pos, null];
    box.append(text.slice(pos, list[from].start));
    const mark = el(tag, { class: cls, text: text.slice(list[from].start, list[to - 1].end) });
    box.append(mark);
    return [to, list[to - 1].end, mark];
  };
  while (i < wa.length || j < wb.length) {
    let ma;
    let mb;
    [i, posA, ma] = run(boxA, ta, wa, keepA, i, posA, 'del');
    [j, posB, mb] = run(boxB, tb, wb, keepB, j, posB, 'ins');
    if (ma || mb) changes.push([ma, mb]);
    if (i < wa.length && j < wb.length && keepA[i] && keepB[j]) {
      boxA.append(ta.slice(posA, wa[i].end));
      boxB.append(tb.slice(posB, wb[j].end));
      [posA, posB] = [wa[i].end, wb[j].end];
      i++;
      j++;
    } else if (!ma && !mb) break;
  }
  boxA.append(ta.slice(posA, ra[1]));
  boxB.append(tb.slice(posB, rb[1]));
}

/**
 * Fills the two columns with the diff of texts `ta` and `tb`: the shared passages aligned,
 * and between them the text around compared word by word too (what only one side has is of
 * class `gap`). Returns the differences in order, each [elementInA | null, elementInB |
 * null], and the aligned passages' anchors.
 */
export function renderDiff(colA, colB, ta, tb, pair) {
  const changes = [];
  const anchors = [];
  const [nodesA, nodesB] = [[], []];
  let [atA, atB] = [0, 0];
  const between = (toA, toB) => {
    const [a, b] = [document.createDocumentFragment(), document.createDocumentFragment()];
    lineUp(a, b, ta, [atA, toA], tb, [atB, toB], changes, 'gap');
    nodesA.push(a);
    nodesB.push(b);
  };
  for (const [k, [pa, pb]] of aligned(pair).entries()) {
    between(pa[0], pb[0]);
    const boxA = el('span', { class: 'passage', id: `side-a-${k}` });
    const boxB = el('span', { class: 'passage', id: `side-b-${k}` });
    anchors.push([boxA, boxB]);
    lineUp(boxA, boxB, ta, pa, tb, pb, changes);
    nodesA.push(boxA);
    nodesB.push(boxB);
    [atA, atB] = [pa[1], pb[1]];
  }
  between(ta.length, tb.length);
  colA.replaceChildren(...nodesA);
  colB.replaceChildren(...nodesB);
  return { changes, anchors };
}

/** Scrolls `column` so that `node` sits a third of the way down, without moving the page. */
export function bringInto(column, node) {
  const top = node.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop;
  column.scrollTop = Math.max(0, top - column.clientHeight / 3);
}

/**
 * Keeps two columns scrolled together: the passage at the top of the one scrolled is put
 * at the same height in the other.
 */
export function syncScroll(colA, colB, anchors) {
  let leader = null;
  let release = 0;
  const follow = (from, to, side) => () => {
    if (leader && leader !== from) return;
    leader = from;
    clearTimeout(release);
    release = setTimeout(() => (leader = null), 120);
    const top = from.getBoundingClientRect().top;
    const pick = anchors.find(([a, b]) => (side === 0 ? a : b).getBoundingClientRect().bottom > top) ?? anchors.at(-1);
    if (!pick) {
      to.scrollTop = (from.scrollTop / Math.max(1, from.scrollHeight - from.clientHeight)) * (to.scrollHeight - to.clientHeight);
      return;
    }
    const mine = pick[side];
    const twin = pick[1 - side];
    const offset = mine.getBoundingClientRect().top - top;
    to.scrollTop += twin.getBoundingClientRect().top - to.getBoundingClientRect().top - offset;
  };
  colA.onscroll = follow(colA, colB, 0);
  colB.onscroll = follow(colB, colA, 1);
}
