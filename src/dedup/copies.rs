//! Articles that are copies of each other, found in one pass before any pair is compared.
//!
//! A wire story republished by hundreds of sites is hundreds of copies: compared pair by
//! pair, n copies are n² pairs, each scored and listed with its passages (5,000 copies of a
//! 3 KB article took 82 s, 12 GB and an 87 MB report). So copies are grouped first — the
//! same words, by a hash of the whole word sequence checked word for word, and all but a
//! few words (a MinHash band of [`NEAR_ROWS`] values in common, then a resemblance of at
//! least [`NEAR_COPY`] with the group's first member, checked exactly) — and only the
//! group's first member is compared with the other articles.

use crate::util::unionfind::Sets;
use crate::util::FastMap;

use super::minhash;

/// Resemblance (Jaccard of the shingle sets) from which two articles are near copies: a few
/// words edited in a whole article. At this resemblance each holds at least this share of
/// the other: all of it, as [`super::relation::WHOLE`] has it.
pub const NEAR_COPY: f64 = super::relation::WHOLE as f64 / 100.0;

/// MinHash values per band that proposes near copies: two articles at resemblance 0.9 share
/// a band of 16 of the 64 values with probability 1 - (1 - 0.9^16)^4 = 0.78 per pair, and
/// a group needs only one of its members' bands to meet another's.
pub const NEAR_ROWS: usize = 16;

/// A hash of a document's whole word sequence (its words' keys, in order): documents with
/// the same words have the same one, and the same words are checked word for word where
/// two share it.
#[inline]
pub fn words_key(keys: &[u64]) -> u64 {
    keys.iter()
        .fold(keys.len() as u64, |h, &k| minhash::mix(h ^ k))
}

/// Whether two documents, by their sorted shingle sets, are near copies: a resemblance of at
/// least [`NEAR_COPY`], counted exactly.
#[inline]
pub fn near(a: &[u64], b: &[u64]) -> bool {
    let shared = super::intersection(a, b) as f64;
    let union = (a.len() + b.len()) as f64 - shared;
    shared / union >= NEAR_COPY
}

/// A group of documents that are copies of each other, in input order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyGroup {
    pub members: Vec<usize>,
    /// Whether all have the same words.
    pub identical: bool,
}

/// The groups of copies among documents whose sorted shingle sets are `sets` and word keys
/// `keys` (`None` for a document that is `copy_of` another, which has neither), largest
/// group first. Documents with no shingle are in no group.
#[inline(never)]
pub fn find(keys: &[&[u64]], sets: &[&[u64]], copy_of: &[Option<usize>]) -> Vec<CopyGroup> {
    let n = copy_of.len();
    let mut joined = Sets::new(n);
    let mut grouped = vec![false; n];
    // The text itself repeated.
    for (d, &of) in copy_of.iter().enumerate() {
        if let Some(k) = of {
            if !sets[k].is_empty() {
                joined.union(d, k);
                grouped[d] = true;
                grouped[k] = true;
            }
        }
    }
    // The same words: by a hash of the sequence, checked word for word.
    let mut first_with: FastMap<u64, Vec<usize>> = FastMap::default();
    let mut classes: Vec<usize> = Vec::new();
    for d in (0..n).filter(|&d| copy_of[d].is_none() && !sets[d].is_empty()) {
        let firsts = crate::util::slot(&mut first_with, words_key(keys[d]));
        match firsts.iter().find(|&&f| keys[f] == keys[d]) {
            Some(&f) => {
                joined.union(d, f);
                grouped[d] = true;
                grouped[f] = true;
            }
            None => {
                firsts.push(d);
                classes.push(d);
            }
        }
    }
    // All but a few words: one document of each class of the same words, proposed by a
    // band of MinHash values in common, checked exactly against the band's first document.
    let mut by_near = vec![false; n];
    if classes.len() > 1 {
        let signatures: Vec<Option<[u64; minhash::K]>> = classes
            .iter()
            .map(|&d| minhash::signature(sets[d]))
            .collect();
        for band in 0..minhash::K / NEAR_ROWS {
            // (Vectors, as above: one map type the fewer in the module.)
            let mut first_in: FastMap<u64, Vec<usize>> = FastMap::default();
            for (c, sig) in signatures.iter().enumerate() {
                let Some(sig) = sig else { continue };
                let key = minhash::band_key(sig, band, NEAR_ROWS);
                let firsts = crate::util::slot(&mut first_in, key);
                if firsts.is_empty() {
                    firsts.push(c);
                }
                let (d, f) = (classes[c], classes[firsts[0]]);
                if f != d && joined.find(f) != joined.find(d) && near(sets[f], sets[d]) {
                    joined.union(d, f);
                    grouped[d] = true;
                    grouped[f] = true;
                    by_near[d] = true;
                    by_near[f] = true;
                }
            }
        }
    }
    // Each group at its representative, found by a table rather than a map of its own.
    let mut at: Vec<Option<usize>> = vec![None; n];
    let mut out: Vec<CopyGroup> = Vec::new();
    for d in (0..n).filter(|&d| grouped[d]) {
        let root = joined.find(d);
        let g = *at[root].get_or_insert_with(|| {
            out.push(CopyGroup {
                members: Vec::new(),
                identical: true,
            });
            out.len() - 1
        });
        out[g].members.push(d);
        out[g].identical &= !by_near[d];
    }
    crate::util::sort::sort_by(&mut out, |a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then_with(|| a.members.cmp(&b.members))
    });
    out
}
