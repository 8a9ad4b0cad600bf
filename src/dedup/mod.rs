//! Who copied whom: passages repeated inside one article, and articles that share text.
//!
//! Both work on word shingles — runs of [`SHINGLE`] consecutive words of the reader's text,
//! lower-cased with apostrophes and quotation marks folded, so `there’s` and `there's`, or
//! `—` and ` - `, do not hide a copy (punctuation is not part of a word at all).
//! Five words: long enough that common phrases ("one of the most", "said in a statement")
//! rarely make two articles look alike, short enough that a copied quotation or a single
//! reused sentence is still caught. Across articles, junk paragraphs (footers, share
//! prompts) are left out, so two pages of one site do not look alike for their chrome.
//!
//! - [`repeats`]: passages that occur twice in one text, found by seed-and-extend over
//!   equal shingles.
//! - [`pairs`]: for each pair of documents sharing any shingle (found through an inverted
//!   index, not by comparing every pair), resemblance (Jaccard) and containment both ways
//!   (Broder, 1997), and the shared passages, seed-and-extend again, merged across small
//!   edits so a reader sees whole passages side by side.
//! - [`compare`]: the articles compared with each other as a reader needs it: copies grouped
//!   in one pass first (`copies.rs`), each group compared with the others through its first
//!   member, and no article listed in more than [`MAX_PAIRS_PER_ARTICLE`] pairs — so that
//!   thousands of copies cost time, memory and report in proportion to their number.

use std::ops::Range;

use crate::text::keys::{run_key, word_key};
use crate::text::{Class, Document};
use crate::util::{FastMap, FastState};

mod copies;
mod features;
pub mod minhash;
pub mod relation;
mod stock;

pub use copies::{near, words_key, CopyGroup, NEAR_COPY, NEAR_ROWS};
pub use features::Features;
pub use relation::Relation;

/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Shortest repeat reported inside one article, in words: a sentence ("Oops! Something
/// went wrong. Please try again later." is eight), not a phrase ("Chairman of the Joint
/// Chiefs of Staff" is seven, and articles repeat titles all the time).
pub const MIN_REPEAT_WORDS: usize = 8;
/// A shorter repeat must cover at least half of a paragraph it stands in; from this many
/// words on, a repeat counts wherever it stands.
const LONG_REPEAT_WORDS: usize = 20;
/// Words of difference bridged when merging shared passages (a changed word, an inserted
/// comma-phrase).
const MERGE_GAP: usize = 3;
/// Places one shingle is tried at, to keep pathological text (the same word 10,000 times)
/// linear.
const MAX_SEEDS: usize = 8;

/// Values listed under hash keys, each key's list in the order given, with no vector per
/// key: an index of where each shingle stands used to allocate one list per distinct
/// shingle, which was most of the allocations of a whole analysis. A key's slot holds its
/// first and last item; each item links to the next of the same key and knows its place in
/// the list.
///
/// The keys are hashes already, so the slots are a plain open-addressed table (linear
/// probing, at most two thirds full) rather than a [`FastMap`]: hashing a key again and
/// the general map's probing were most of the cost of listing a shingle. A key's home slot
/// is multiply-shift with an odd multiplier drawn once per process (Dietzfelbinger's
/// universal hashing), so no text can be written to pile its keys into one run of slots.
/// Nothing reported depends on the order of the slots.
struct Chains {
    slots: Vec<Slot>,
    /// 64 minus log2 of the number of slots: the shift that turns a product into a slot.
    shift: u32,
    multiplier: u64,
    items: Vec<Item>,
}

/// A key and its list; `first` is [`END`] in an empty slot.
#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    first: u32,
    last: u32,
}

struct Item {
    value: usize,
    next: u32,
    /// Its place in its key's list, from 1.
    place: u32,
}

/// No next item; an empty slot.
const END: u32 = u32::MAX;

impl Chains {
    /// Room for `n` items, as many keys at most.
    fn with_capacity(n: usize) -> Chains {
        let multiplier = FastState::default().0 | 1;
        let mut chains = Chains {
            slots: Vec::new(),
            shift: 0,
            multiplier,
            items: Vec::with_capacity(n),
        };
        chains.make_room(n);
        chains
    }

    /// Empty slots for `n` keys, at most two thirds full, with the keys listed so far.
    fn make_room(&mut self, n: usize) {
        let len = (n + n / 2 + 1).next_power_of_two().max(2);
        let empty = Slot {
            key: 0,
            first: END,
            last: END,
        };
        let old = std::mem::replace(&mut self.slots, vec![empty; len]);
        self.shift = 64 - len.trailing_zeros();
        for slot in old.into_iter().filter(|s| s.first != END) {
            let at = self.find(slot.key);
            self.slots[at] = slot;
        }
    }

    /// The slot of `key`, or the empty slot where it belongs.
    #[inline]
    fn find(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = (key.wrapping_mul(self.multiplier) >> self.shift) as usize & mask;
        while self.slots[at].first != END && self.slots[at].key != key {
            at = (at + 1) & mask;
        }
        at
    }

    /// Lists `value` under `key`, unless the key already lists `limit` values.
    fn push(&mut self, key: u64, value: usize, limit: usize) {
        // Items outnumber keys: while they fit two thirds of the slots, so do the keys.
        if self.items.len() * 3 >= self.slots.len() * 2 {
            self.make_room(self.slots.len());
        }
        let at = self.items.len() as u32;
        let s = self.find(key);
        let slot = &mut self.slots[s];
        let place = if slot.first == END {
            *slot = Slot {
                key,
                first: at,
                last: at,
            };
            1
        } else {
            let last = &mut self.items[slot.last as usize];
            if last.place as usize >= limit {
                return;
            }
            last.next = at;
            slot.last = at;
            last.place + 1
        };
        self.items.push(Item {
            value,
            next: END,
            place,
        });
    }

    /// The values under `key`, in the order they were listed.
    fn get(&self, key: u64) -> impl Iterator<Item = usize> + '_ {
        self.from(self.slots[self.find(key)].first)
    }

    /// Every key's values, one list after another.
    fn lists(&self) -> impl Iterator<Item = impl Iterator<Item = usize> + Clone + '_> + '_ {
        self.slots
            .iter()
            .filter(|s| s.first != END)
            .map(|s| self.from(s.first))
    }

    fn from(&self, first: u32) -> impl Iterator<Item = usize> + Clone + '_ {
        std::iter::successors(
            (first != END).then(|| &self.items[first as usize]),
            |item| (item.next != END).then(|| &self.items[item.next as usize]),
        )
        .map(|item| item.value)
    }
}

/// A document's words, ready for comparison.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// Each word's byte range in the document's view text.
    pub ranges: Vec<Range<usize>>,
    /// Each word, normalised, as a hash.
    pub keys: Vec<u64>,
    /// The paragraph each word is in.
    pub paragraph: Vec<usize>,
}

impl Words {
    /// The words of `doc`; with `content_only`, only those outside junk paragraphs.
    pub fn of(doc: &Document, content_only: bool) -> Words {
        let text = doc.text();
        let n = doc.words().len();
        let mut out = Words {
            ranges: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
            paragraph: Vec::with_capacity(n),
        };
        let paragraphs = doc.paragraphs();
        let verdicts = doc.verdicts();
        let mut p = 0;
        for r in doc.words() {
            while p < paragraphs.len() && paragraphs[p].end <= r.start {
                p += 1;
            }
            if content_only && verdicts.get(p).is_some_and(|v| v.class == Class::Junk) {
                continue;
            }
            out.keys.push(word_key(&text[r.clone()]));
            out.ranges.push(r.clone());
            out.paragraph.push(p);
        }
        out
    }

    /// Those of `all` (from [`Words::of`] `doc` with every paragraph) outside junk
    /// paragraphs: [`Words::of`] with `content_only`, without hashing the words again.
    pub fn content_of(all: &Words, doc: &Document) -> Words {
        let verdicts = doc.verdicts();
        let n = all.len();
        let mut out = Words {
            ranges: Vec::with_capacity(n),
            keys: Vec::with_capacity(n),
            paragraph: Vec::with_capacity(n),
        };
        for (i, &p) in all.paragraph.iter().enumerate() {
            if verdicts.get(p).is_some_and(|v| v.class == Class::Junk) {
                continue;
            }
            out.keys.push(all.keys[i]);
            out.ranges.push(all.ranges[i].clone());
            out.paragraph.push(p);
        }
        out
    }

    fn len(&self) -> usize {
        self.keys.len()
    }

    /// The shingle starting at each word that has [`SHINGLE`] words after it.
    pub fn shingles(&self) -> Vec<u64> {
        self.keys.windows(SHINGLE).map(run_key).collect()
    }

    /// The document's shingles as a set: sorted, each once. Pairs are scored on these.
    pub fn shingle_set(&self) -> Vec<u64> {
        let mut set = self.shingles();
        crate::util::sort::sort_hashes(&mut set);
        set.dedup();
        set
    }
}

/// A run of words found twice: `[a, a + len)` and `[b, b + len)` in word indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub a: usize,
    pub b: usize,
    pub len: usize,
}

/// A passage found in two places, as word index ranges (the two may differ in length
/// where small edits were bridged).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub a: Range<usize>,
    pub b: Range<usize>,
}

/// A passage found twice in one document, and how much of the paragraphs holding it the
/// repeat covers (1.0: the paragraphs are copies).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Repeat {
    pub run: Run,
    pub similarity: f64,
}

/// Passages of at least [`MIN_REPEAT_WORDS`] words that occur twice in `words`, each
/// reported once, in order; short ones only where they make up most of a paragraph.
pub fn repeats(words: &Words) -> Vec<Repeat> {
    let paragraphs = words.paragraph.last().map_or(0, |&p| p + 1);
    let mut paragraph_words = vec![0usize; paragraphs];
    for &p in &words.paragraph {
        paragraph_words[p] += 1;
    }
    // Words in the paragraphs a run of `len` words from `start` touches.
    let around = |start: usize, len: usize| -> usize {
        let (from, to) = (words.paragraph[start], words.paragraph[start + len - 1]);
        paragraph_words[from..=to].iter().sum()
    };
    runs_twice(words)
        .into_iter()
        .filter_map(|run| {
            let (a, b) = (around(run.a, run.len), around(run.b, run.len));
            let mostly = run.len * 2 >= a.min(b);
            (run.len >= LONG_REPEAT_WORDS || mostly).then(|| Repeat {
                run,
                similarity: run.len as f64 / a.max(b).max(1) as f64,
            })
        })
        .collect()
}

/// Runs of at least [`MIN_REPEAT_WORDS`] words that occur twice, each reported once.
fn runs_twice(words: &Words) -> Vec<Run> {
    let shingles = words.shingles();
    let mut places = Chains::with_capacity(shingles.len());
    for (i, &h) in shingles.iter().enumerate() {
        places.push(h, i, MAX_SEEDS);
    }
    let mut covered = vec![false; words.len()];
    let mut out = Vec::new();
    for (i, h) in shingles.iter().enumerate() {
        if covered[i] {
            continue;
        }
        let best = places
            .get(*h)
            .filter(|&j| j >= i + SHINGLE && !covered[j])
            .map(|j| Run {
                a: i,
                b: j,
                len: extend(&words.keys, i, &words.keys, j, j),
            })
            .max_by_key(|r| r.len);
        if let Some(run) = best.filter(|r| r.len >= MIN_REPEAT_WORDS) {
            for k in 0..run.len {
                covered[run.a + k] = true;
                covered[run.b + k] = true;
            }
            out.push(run);
        }
    }
    out
}

/// How many words match from `a[i]` and `b[j]` on, stopping before `limit` in `a` (so a
/// repeat does not overlap its own copy).
fn extend(a: &[u64], i: usize, b: &[u64], j: usize, limit: usize) -> usize {
    let mut n = 0;
    while i + n < a.len() && j + n < b.len() && i + n < limit && a[i + n] == b[j + n] {
        n += 1;
    }
    n
}

/// What two documents share.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub a: usize,
    pub b: usize,
    pub resemblance: f64,
    /// `[share of a's shingles found in b, share of b's found in a]`.
    pub containment: [f64; 2],
    /// Shared passages, in a's order.
    pub passages: Vec<Passage>,
}

/// Groups of documents joined by pairs whose resemblance or containment (either way)
/// reaches `threshold`: the duplicate clusters, largest first. It reads the scores
/// [`pairs`] computed, not the report's, which are rounded for printing.
pub fn clusters(pairs: &[Shared], threshold: f64) -> Vec<Vec<usize>> {
    let strong: Vec<&Shared> = pairs
        .iter()
        .filter(|p| reaches(p.resemblance, p.containment, threshold))
        .collect();
    let n = strong.iter().map(|p| p.a.max(p.b) + 1).max().unwrap_or(0);
    let mut sets = crate::util::unionfind::Sets::new(n);
    let mut joined = vec![false; n];
    for p in &strong {
        sets.union(p.a, p.b);
        joined[p.a] = true;
        joined[p.b] = true;
    }
    // Members by their set's root, in a map of the type the crate already has (the root as
    // a u64): one map type fewer compiled into the page. Its order is random; `out` is sorted.
    let mut groups: FastMap<u64, Vec<usize>> = FastMap::default();
    for m in (0..n).filter(|&m| joined[m]) {
        crate::util::slot(&mut groups, sets.find(m) as u64).push(m);
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_values()
        .map(|mut g| {
            crate::util::sort::sort(&mut g);
            g
        })
        .collect();
    crate::util::sort::sort_by(&mut out, |a, b| {
        b.len().cmp(&a.len()).then_with(|| a.cmp(b))
    });
    out
}

/// Whether a pair's scores reach `threshold`: its resemblance, or its containment either
/// way. Such a pair joins a cluster; beyond [`EXACT_LIMIT`] articles, only such pairs are
/// listed.
#[inline]
pub fn reaches(resemblance: f64, containment: [f64; 2], threshold: f64) -> bool {
    resemblance >= threshold || containment.iter().any(|&c| c >= threshold)
}

/// The scores of documents `a` and `b` from their shingle sets ([`Words::shingle_set`]),
/// counted exactly, without the shared passages (which need the words): what [`compare`]
/// scores a pair with, for a caller that holds two articles' sets and not every article.
pub fn score_sets(a: usize, b: usize, set_a: &[u64], set_b: &[u64]) -> Shared {
    let n = intersection(set_a, set_b);
    scored(a, b, n, set_a.len(), set_b.len(), Vec::new())
}

/// Pairs listed at most with one article, the best-contained first: as many as there can
/// be partners up to [`EXACT_LIMIT`] articles, so that only larger sets (and copies beyond
/// that number) are cut.
pub const MAX_PAIRS_PER_ARTICLE: usize = EXACT_LIMIT;

/// The articles compared: what [`compare`] finds.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    /// The pairs listed, best-contained first.
    pub pairs: Vec<Shared>,
    /// For each document, its pairs left out of `pairs` by [`MAX_PAIRS_PER_ARTICLE`].
    pub omitted: Vec<usize>,
    /// See [`clusters`]; made from every pair, listed or not.
    pub clusters: Vec<Vec<usize>>,
    /// Groups of copies, largest first.
    pub copies: Vec<CopyGroup>,
}

/// Compares `docs` with each other. A document that is `copy_of` an earlier one (the same
/// text) is given with no words (its words are that one's). Copies (the same words, or all
/// but a few: see `copies.rs`) are grouped first; [`pairs`] compares the groups' first
/// members and the other documents, and each group's first member is paired with each
/// other member. A pair between two other members of a group, or between one and an
/// article outside it, is its first member's pair again and is not listed. At most
/// [`MAX_PAIRS_PER_ARTICLE`] pairs are listed with any one article.
pub fn compare(docs: &[Words], copy_of: &[Option<usize>], threshold: f64) -> Compared {
    let n = docs.len();
    let source = |d: usize| copy_of.get(d).copied().flatten().unwrap_or(d);
    let sets: Vec<Vec<u64>> = (0..n)
        .map(|d| {
            if source(d) != d {
                return Vec::new();
            }
            docs[d].shingle_set()
        })
        .collect();
    let groups = {
        let keys: Vec<&[u64]> = (0..n).map(|d| docs[source(d)].keys.as_slice()).collect();
        let set_of: Vec<&[u64]> = (0..n).map(|d| sets[source(d)].as_slice()).collect();
        copies::find(&keys, &set_of, copy_of)
    };
    // Who stands for each document in the comparison: its group's first member.
    let mut first: Vec<usize> = (0..n).collect();
    for g in &groups {
        for &m in &g.members {
            first[m] = g.members[0];
        }
    }
    let standing: Vec<usize> = (0..n).filter(|&d| first[d] == d).collect();
    let words: Vec<&Words> = standing.iter().map(|&d| &docs[d]).collect();
    let standing_sets: Vec<Vec<u64>> = standing.iter().map(|&d| sets[d].clone()).collect();
    let mut all: Vec<Shared> = pairs_of(&words, standing_sets, threshold)
        .into_iter()
        .map(|p| Shared {
            a: standing[p.a],
            b: standing[p.b],
            ..p
        })
        .collect();
    // Each group's first member with each other member; members with the same words share
    // their passages, found once.
    for g in &groups {
        let f = g.members[0];
        let mut same: Option<(Vec<Passage>, usize)> = None;
        for &m in &g.members[1..] {
            let (wf, wm) = (&docs[f], &docs[source(m)]);
            let (sf, sm) = (&sets[f], &sets[source(m)]);
            let shared = intersection(sf, sm);
            let (passages, stock) = if wf.keys == wm.keys {
                same.get_or_insert_with(|| passages(wf, &wf.shingles(), wm, &wm.shingles()))
                    .clone()
            } else {
                passages(wf, &wf.shingles(), wm, &wm.shingles())
            };
            all.push(scored(
                f,
                m,
                shared.saturating_sub(stock),
                sf.len(),
                sm.len(),
                passages,
            ));
        }
    }
    sort_pairs(&mut all);
    let clusters = clusters(&all, threshold);
    let mut listed = vec![0usize; n];
    let mut omitted = vec![0usize; n];
    let pairs = all
        .into_iter()
        .filter(|p| {
            let keep = listed[p.a] < MAX_PAIRS_PER_ARTICLE && listed[p.b] < MAX_PAIRS_PER_ARTICLE;
            let counts = if keep { &mut listed } else { &mut omitted };
            counts[p.a] += 1;
            counts[p.b] += 1;
            keep
        })
        .collect();
    Compared {
        pairs,
        omitted,
        clusters,
        copies: groups,
    }
}

/// Up to this many documents, every pair sharing a shingle is found exactly; beyond it,
/// MinHash and LSH choose the candidates (see [`minhash`]).
pub const EXACT_LIMIT: usize = 200;

/// Pairs of `docs` that share text, best-contained first. Up to [`EXACT_LIMIT`] documents,
/// every pair sharing a shingle; beyond, the pairs LSH or the containment sample propose
/// whose resemblance or containment reaches `threshold`.
pub fn pairs(docs: &[Words], threshold: f64) -> Vec<Shared> {
    let sets: Vec<Vec<u64>> = docs.iter().map(Words::shingle_set).collect();
    pairs_of(&docs.iter().collect::<Vec<_>>(), sets, threshold)
}

/// [`pairs`] of `docs`, whose sorted shingle sets are `sets`.
fn pairs_of(docs: &[&Words], sets: Vec<Vec<u64>>, threshold: f64) -> Vec<Shared> {
    if docs.len() < 2 {
        return Vec::new(); // one article: nothing to compare
    }
    let shingles: Vec<Vec<u64>> = if docs.len() <= EXACT_LIMIT {
        docs.iter().map(|d| d.shingles()).collect()
    } else {
        Vec::new()
    };
    let counted: Vec<((usize, usize), usize)> = if docs.len() <= EXACT_LIMIT {
        shared_counts(&sets)
    } else {
        let signatures: Vec<_> = sets.iter().map(|s| minhash::signature(s)).collect();
        // Alike by Jaccard's bands, or one held inside the other by the shared sample.
        let mut candidates = minhash::candidates(&signatures, minhash::rows_for(threshold));
        candidates.extend(minhash::contained_candidates(&sets));
        crate::util::sort::sort(&mut candidates);
        candidates.dedup();
        candidates
            .into_iter()
            .map(|(a, b)| ((a, b), intersection(&sets[a], &sets[b])))
            .filter(|&((a, b), n)| {
                let (na, nb) = (sets[a].len(), sets[b].len());
                let containment = [n as f64 / na as f64, n as f64 / nb as f64];
                let resemblance = n as f64 / (na + nb - n) as f64;
                n > 0 && reaches(resemblance, containment, threshold)
            })
            .collect()
    };
    score(docs, &shingles, &sets, counted)
}

/// Shingles shared by each pair of sets that shares any, through an inverted index.
fn shared_counts(sets: &[Vec<u64>]) -> Vec<((usize, usize), usize)> {
    // Which documents hold each shingle; a pair's shared count is the shingles it meets at.
    let mut holders = Chains::with_capacity(sets.iter().map(Vec::len).sum());
    for (d, set) in sets.iter().enumerate() {
        for &h in set {
            holders.push(h, d, usize::MAX);
        }
    }
    let mut shared: FastMap<(usize, usize), usize> = FastMap::default();
    for mut list in holders.lists() {
        while let Some(a) = list.next() {
            for b in list.clone() {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    shared.into_iter().collect()
}

/// Shingles in both sorted sets.
fn intersection(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Scores and passages for the counted pairs, best-contained first. `shingles` holds every
/// document's shingles in order, or nothing (then they are made for each pair).
fn score(
    docs: &[&Words],
    shingles: &[Vec<u64>],
    sets: &[Vec<u64>],
    counted: Vec<((usize, usize), usize)>,
) -> Vec<Shared> {
    let mut out: Vec<Shared> = counted
        .into_iter()
        .filter_map(|((a, b), n)| {
            let (passages, stock) = if shingles.is_empty() {
                passages(docs[a], &docs[a].shingles(), docs[b], &docs[b].shingles())
            } else {
                passages(docs[a], &shingles[a], docs[b], &shingles[b])
            };
            // Two articles that share nothing but stock phrases share nothing.
            (!passages.is_empty()).then(|| {
                scored(
                    a,
                    b,
                    n.saturating_sub(stock),
                    sets[a].len(),
                    sets[b].len(),
                    passages,
                )
            })
        })
        .collect();
    sort_pairs(&mut out);
    out
}

/// The scores of `a` and `b`, sharing `n` of their `na` and `nb` shingles.
fn scored(a: usize, b: usize, n: usize, na: usize, nb: usize, passages: Vec<Passage>) -> Shared {
    let (na, nb) = (na as f64, nb as f64);
    let n = n as f64;
    Shared {
        a,
        b,
        resemblance: n / (na + nb - n),
        containment: [n / na, n / nb],
        passages,
    }
}

/// Best-contained first (by the larger containment), then in document order: the order the
/// report lists pairs in.
pub fn sort_pairs(pairs: &mut Vec<Shared>) {
    crate::util::sort::sort_by(pairs, |x, y| {
        let best = |s: &Shared| s.containment[0].max(s.containment[1]);
        best(y)
            .total_cmp(&best(x))
            .then_with(|| (x.a, x.b).cmp(&(y.a, y.b)))
    });
}

/// The passages `a` shares with `b`: seed at each shingle of `a` found in `b`, extend word
/// by word, then merge runs separated by a few changed words. Passages made of stock
/// phrases (see `stock.rs`) are left out; how many of `a`'s shingles they held comes
/// second, to be taken from the pair's shared count.
fn passages(a: &Words, sa: &[u64], b: &Words, sb: &[u64]) -> (Vec<Passage>, usize) {
    let mut places = Chains::with_capacity(sb.len());
    for (j, &h) in sb.iter().enumerate() {
        places.push(h, j, MAX_SEEDS);
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut i = 0;
    while i < sa.len() {
        let best = places
            .get(sa[i])
            .map(|j| Run {
                a: i,
                b: j,
                len: extend(&a.keys, i, &b.keys, j, usize::MAX),
            })
            .max_by_key(|r| r.len);
        match best {
            Some(run) if run.len >= SHINGLE => {
                runs.push(run);
                i += run.len;
            }
            _ => i += 1,
        }
    }
    // Merge runs that continue each other across a small edit in both texts.
    let mut merged: Vec<Passage> = Vec::with_capacity(runs.len());
    for run in runs {
        if let Some(last) = merged.last_mut() {
            let near_a = run.a >= last.a.end && run.a - last.a.end <= MERGE_GAP;
            let near_b = run.b >= last.b.end && run.b - last.b.end <= MERGE_GAP;
            if near_a && near_b {
                last.a.end = run.a + run.len;
                last.b.end = run.b + run.len;
                continue;
            }
        }
        merged.push(Passage {
            a: run.a..run.a + run.len,
            b: run.b..run.b + run.len,
        });
    }
    let (mut kept, mut stock_shingles) = (Vec::with_capacity(merged.len()), 0);
    for p in merged {
        if stock::is_stock(&a.keys[p.a.clone()]) {
            stock_shingles += p.a.len().saturating_sub(SHINGLE - 1);
        } else {
            kept.push(p);
        }
    }
    (kept, stock_shingles)
}

/// The byte range in the view text that the words `run` (non-empty) cover.
pub fn byte_range(words: &Words, run: Range<usize>) -> Range<usize> {
    let last = run.end.min(words.len()).max(run.start + 1) - 1;
    words.ranges[run.start].start..words.ranges[last].end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> (Document<'_>, Words) {
        let doc = Document::new(text);
        let w = Words::of(&doc, true);
        (doc, w)
    }

    #[test]
    fn a_passage_pasted_twice_is_a_repeat_and_short_phrases_are_not() {
        let text = "Oops! Something went wrong. Please try again later.\nThe article body goes on here with its own words and more.\n\
                    Oops! Something went wrong. Please try again later.\nSaid the official. Said the official.";
        let doc = Document::new(text);
        let w = Words::of(&doc, false);
        let found = repeats(&w);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].similarity, 1.0);
        let run = found[0].run;
        let first = byte_range(&w, run.a..run.a + run.len);
        let again = byte_range(&w, run.b..run.b + run.len);
        assert_eq!(
            &doc.text()[first],
            "Oops! Something went wrong. Please try again later"
        );
        assert_eq!(
            &doc.text()[again],
            "Oops! Something went wrong. Please try again later"
        );
    }

    #[test]
    fn no_repeats_in_prose_that_has_none() {
        let (_, w) = words("Milley said the winter will offer a chance for diplomacy. Officials in Washington disagree with him.");
        assert!(repeats(&w).is_empty());
    }

    #[test]
    fn a_copy_is_contained_even_when_wrapped_in_other_text() {
        let article = "When there’s an opportunity to negotiate when peace can be achieved, seize it, Milley told the Economic Club of New York. \
                       Milley thinks Russia is digging in for the winter and that the battle lines won’t change much over the next few months.";
        let repost = format!(
            "Subscribe to our newsletter for more stories like this one every single day of the week.\n{}\n\
             Comments are welcome below, but please keep them civil and on the topic of the article.",
            article.replace("there’s", "there's")
        );
        let unrelated = "The city council voted on Tuesday to extend the library opening hours through the summer months.";
        let (_, a) = words(article);
        let (_, b) = words(&repost);
        let (_, c) = words(unrelated);
        let got = pairs(&[a, b, c], 0.5);
        assert_eq!(got.len(), 1, "{got:?}");
        let p = &got[0];
        assert_eq!((p.a, p.b), (0, 1));
        assert!(p.containment[0] > 0.99, "{p:?}");
        assert!(
            p.containment[1] < 0.8 && p.resemblance < p.containment[0],
            "{p:?}"
        );
        assert_eq!(p.passages.len(), 1, "{p:?}");
    }

    #[test]
    fn small_edits_do_not_break_a_shared_passage() {
        let a = "Milley said that if a diplomatic solution is not reached the United States would continue arming Ukraine for years to come and NATO would help.";
        let b = "Milley said that if a diplomatic solution isn't reached the United States would continue arming Ukraine for years to come and NATO would help.";
        let (_, wa) = words(a);
        let (_, wb) = words(b);
        let got = pairs(&[wa, wb], 0.5);
        assert_eq!(got[0].passages.len(), 1, "{:?}", got[0]);
    }
}

#[cfg(test)]
mod scale_tests {
    use super::*;

    /// Deterministic filler text: `n` words from a 2,000-word vocabulary.
    fn filler(seed: u64, n: usize) -> String {
        let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                format!("w{}", x % 2000)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn beyond_the_exact_limit_lsh_finds_the_copies_and_only_pairs_above_threshold() {
        let n = EXACT_LIMIT + 50;
        let texts: Vec<String> = (0..n)
            .map(|i| match i % 25 {
                // A copy of the document before it, with one word in twenty changed.
                24 => filler(i as u64 - 1, 300)
                    .split(' ')
                    .enumerate()
                    .map(|(k, w)| if k % 20 == 0 { "changed" } else { w })
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => filler(i as u64, 300),
            })
            .collect();
        let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
        let words: Vec<Words> = docs.iter().map(|d| Words::of(d, true)).collect();
        let found = pairs(&words, 0.3);
        let copies: Vec<(usize, usize)> = (0..n)
            .filter(|i| i % 25 == 24)
            .map(|i| (i - 1, i))
            .collect();
        let got: Vec<(usize, usize)> = found.iter().map(|p| (p.a, p.b)).collect();
        for pair in &copies {
            assert!(got.contains(pair), "{pair:?} missing from {got:?}");
        }
        assert_eq!(got.len(), copies.len(), "nothing but the copies: {got:?}");
        for p in &found {
            assert!(p.resemblance >= 0.3 || p.containment.iter().any(|&c| c >= 0.3));
        }
    }
}
