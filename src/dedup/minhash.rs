//! MinHash signatures and LSH banding: which of thousands of documents are worth comparing.
//!
//! Comparing every pair of 10,000 articles is 50 million comparisons; most share nothing.
//! A MinHash signature summarises a shingle set in [`K`] numbers such that the share of
//! equal positions in two signatures estimates the sets' Jaccard similarity. Signatures are
//! built by one-permutation hashing (one hash per shingle, split into `K` bins, the minimum
//! of each bin kept; empty bins borrow from the next full one), so a document costs one pass
//! over its shingles, not `K`. LSH then cuts each signature into bands of `r` values: two
//! documents become candidates when any band is equal, which happens with probability
//! `1 - (1 - J^r)^(K/r)`. [`rows_for`] picks `r` so that pairs at the caller's threshold
//! are candidates at least 94% of the time (r = 3: 0.94 at J = 0.5, 0.44 at J = 0.3).
//! Candidates are then scored exactly; the cost grows with the number of documents and of
//! true near-duplicates, not with the square of the collection.
//!
//! Jaccard misses containment: an article pasted into a long comment thread is 83%
//! contained in it but only 15% alike, and LSH at J = 0.15 proposes it 7% of the time. So
//! [`contained_candidates`] adds the pairs that share a fixed sample of shingles (those whose
//! hash falls in one of [`SAMPLE`] buckets — the same shingles in every document, so a
//! contained article's sample lies inside its host's), through an inverted index whose
//! over-full lists (boilerplate every page has) are dropped.

/// Values per signature.
pub const K: usize = 64;
/// Rows per LSH band for a Jaccard threshold: fewer rows, more candidates at low
/// similarity.
pub fn rows_for(threshold: f64) -> usize {
    if threshold < 0.4 {
        2
    } else if threshold < 0.65 {
        3
    } else {
        4
    }
}

/// A well-mixed 64-bit hash of a 64-bit value (splitmix64's finaliser).
pub(crate) fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The signature of a shingle set (any order, duplicates allowed); `None` for an empty set.
pub fn signature(shingles: &[u64]) -> Option<[u64; K]> {
    let mut bins = [u64::MAX; K];
    for &s in shingles {
        let h = mix(s);
        let bin = (h >> 58) as usize % K; // the top bits choose the bin
        let value = h & ((1 << 58) - 1);
        if value < bins[bin] {
            bins[bin] = value;
        }
    }
    if bins.iter().all(|&b| b == u64::MAX) {
        return None;
    }
    // Densify: an empty bin takes the next full bin's value, salted by the distance, so two
    // documents with the same full bins fill their empty ones alike.
    let filled = bins;
    for i in 0..K {
        if filled[i] == u64::MAX {
            let mut j = 1;
            while filled[(i + j) % K] == u64::MAX {
                j += 1;
            }
            bins[i] = mix(filled[(i + j) % K] ^ (j as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        }
    }
    Some(bins)
}

/// The Jaccard similarity two signatures estimate.
pub fn estimate(a: &[u64; K], b: &[u64; K]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / K as f64
}

/// The key of band `band` of a signature cut into bands of `rows` values: two signatures
/// equal on that band have the same key (the band's number is mixed in, so equal values in
/// two different bands do not meet).
#[inline]
pub fn band_key(sig: &[u64; K], band: usize, rows: usize) -> u64 {
    sig[band * rows..(band + 1) * rows]
        .iter()
        .fold(band as u64, |h, &v| mix(h ^ v))
}

/// Every band's key ([`band_key`]) of a signature cut into bands of `rows` values (clamped
/// to 1..=[`K`]), band by band: what [`candidates`] buckets documents by, for a caller that
/// buckets them itself (a distributed job's shuffle).
pub fn band_keys(sig: &[u64; K], rows: usize) -> impl Iterator<Item = u64> + '_ {
    let rows = rows.clamp(1, K);
    (0..K / rows).map(move |band| band_key(sig, band, rows))
}

/// Pairs `(i, j)`, `i < j`, whose signatures agree on at least one band of `rows` values.
pub fn candidates(signatures: &[Option<[u64; K]>], rows: usize) -> Vec<(usize, usize)> {
    let rows = rows.clamp(1, K);
    let mut out = Vec::new();
    for band in 0..K / rows {
        let mut buckets: crate::util::FastMap<u64, Vec<usize>> = crate::util::FastMap::default();
        for (d, sig) in signatures.iter().enumerate() {
            if let Some(sig) = sig {
                crate::util::slot(&mut buckets, band_key(sig, band, rows)).push(d);
            }
        }
        for docs in buckets.values() {
            for (x, &a) in docs.iter().enumerate() {
                for &b in &docs[x + 1..] {
                    out.push((a, b));
                }
            }
        }
    }
    crate::util::sort::sort(&mut out);
    out.dedup();
    out
}

/// One shingle in this many is sampled for containment candidates.
pub const SAMPLE: u64 = 16;
/// Sampled shingles held by more documents than this are boilerplate, not evidence.
pub const MAX_HOLDERS: usize = 64;

/// Whether a shingle is in the containment sample: the same shingles in every document.
#[inline]
pub fn sampled(h: u64) -> bool {
    mix(h) % SAMPLE == 0
}

/// Whether two documents that share `shared` sampled shingles (each holder list of at most
/// [`MAX_HOLDERS`] counted), with `samples` sampled shingles each, are containment
/// candidates: two shared, or one when the smaller sample is under four.
#[inline]
pub fn contained(shared: usize, samples: [usize; 2]) -> bool {
    shared >= 2 || samples[0].min(samples[1]) < 4
}

/// Pairs `(i, j)`, `i < j`, sharing at least two sampled shingles (or one, when the smaller
/// document has fewer than four in its sample): candidates for containment that Jaccard's
/// bands would miss. `sets` are sorted, deduplicated shingle sets.
pub fn contained_candidates(sets: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let sizes: Vec<usize> = sets
        .iter()
        .map(|s| s.iter().filter(|&&h| sampled(h)).count())
        .collect();
    let mut holders: crate::util::FastMap<u64, Vec<usize>> = crate::util::FastMap::default();
    for (d, set) in sets.iter().enumerate() {
        for &h in set.iter().filter(|&&h| sampled(h)) {
            crate::util::slot(&mut holders, h).push(d);
        }
    }
    let mut shared: crate::util::FastMap<(usize, usize), usize> = crate::util::FastMap::default();
    for docs in holders.values().filter(|d| d.len() <= MAX_HOLDERS) {
        for (x, &a) in docs.iter().enumerate() {
            for &b in &docs[x + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut out: Vec<(usize, usize)> = shared
        .into_iter()
        .filter(|&((a, b), n)| contained(n, [sizes[a], sizes[b]]))
        .map(|(pair, _)| pair)
        .collect();
    crate::util::sort::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two sets of `n` elements sharing `shared` of them: exact Jaccard shared/(2n - shared).
    fn sets(n: u64, shared: u64, salt: u64) -> (Vec<u64>, Vec<u64>) {
        let common: Vec<u64> = (0..shared).map(|i| mix(salt << 32 | i)).collect();
        let only = |side: u64| (shared..n).map(move |i| mix(salt << 32 | side << 20 | i));
        let a = common.iter().copied().chain(only(1)).collect();
        let b = common.iter().copied().chain(only(2)).collect();
        (a, b)
    }

    #[test]
    fn estimates_track_exact_jaccard() {
        // Over many pairs at many similarities, the estimate's error averages small.
        let mut total = 0.0;
        let mut worst: f64 = 0.0;
        let mut count = 0.0;
        for salt in 0..40u64 {
            for shared in [0u64, 100, 300, 500, 700, 900, 1000] {
                let (a, b) = sets(1000, shared, salt * 7919);
                let exact = shared as f64 / (2000 - shared) as f64;
                let est = estimate(&signature(&a).unwrap(), &signature(&b).unwrap());
                total += (est - exact).abs();
                worst = worst.max((est - exact).abs());
                count += 1.0;
            }
        }
        let mean = total / count;
        // The standard error of a 64-value estimate is at most 0.0625.
        eprintln!("minhash: mean absolute error {mean:.4}, worst {worst:.4} over {count} pairs");
        assert!(mean < 0.05, "mean absolute error {mean:.3}");
        assert!(worst < 0.3, "worst error {worst:.3}");
    }

    #[test]
    fn near_duplicates_become_candidates_and_strangers_do_not() {
        let (a, b) = sets(1000, 900, 1); // J ≈ 0.82
        let (c, _) = sets(1000, 0, 2);
        let sigs = [signature(&a), signature(&b), signature(&c)];
        assert_eq!(candidates(&sigs, rows_for(0.5)), [(0, 1)]);
        assert_eq!(signature(&[]), None);
    }

    #[test]
    fn an_article_inside_a_much_longer_page_is_a_candidate_though_it_resembles_little() {
        // 600 shingles of an article, inside a page of 4,000 more; and 300 unrelated pages.
        let article: Vec<u64> = (0..600).map(|i| mix(i + 1)).collect();
        let mut host: Vec<u64> = article.clone();
        host.extend((0..4000).map(|i| mix(1_000_000 + i)));
        let mut sets = vec![article, host];
        for d in 0..300u64 {
            sets.push((0..600).map(|i| mix(10_000_000 * (d + 2) + i)).collect());
        }
        for set in &mut sets {
            set.sort_unstable();
            set.dedup();
        }
        let signatures: Vec<_> = sets.iter().map(|s| signature(s)).collect();
        let jaccard = estimate(
            signatures[0].as_ref().unwrap(),
            signatures[1].as_ref().unwrap(),
        );
        assert!(jaccard < 0.25, "{jaccard}");
        assert_eq!(contained_candidates(&sets), vec![(0, 1)]);
    }
}
