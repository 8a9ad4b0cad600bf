//! One small stable sort for the whole crate.
//!
//! The standard library's sorts are fast, but every use instantiates several kilobytes of
//! code for its element type and comparison: a dozen sorts cost some 70 KB of the
//! WebAssembly module, more than any part of the analysis. None of these sorts is hot (a
//! document's names, a set's pairs, quotation marks), so they share this one: a merge sort
//! of indices, compiled once, with the comparison behind a `dyn`; each use adds only a
//! small permutation step. It is stable, so its order is exactly the standard stable
//! sort's, and for the standard unstable sorts it replaces, no two distinct elements
//! compare equal, so their order is the same too. Sets of shingle hashes, sorted by the
//! million, have [`sort_hashes`]: a radix sort of plain numbers, whose order is the only one
//! there is. The page's standard library is built for size (the Makefile's
//! `optimize_for_size`), which makes its `sort_unstable` a heapsort: some 3% slower on the
//! analysis of 10 KB to 1 MB in V8 than the radix sort.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, stably.
pub fn sort_by<T>(v: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = sorted_indices(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .into_iter()
            .map(|i| slots[i].take().expect("each index once")),
    );
}

/// Sorts `v` in its natural order, stably.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// Sorts `v` by a key, stably.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..n` in the order `compare` gives their elements; equal ones in index
/// order. Bottom-up merge sort: O(n log n) comparisons, one buffer.
fn sorted_indices(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut to[start..end] {
                // The left run wins ties: stable.
                let right = j < end && (i >= mid || compare(from[j], from[i]) == Ordering::Less);
                if right {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    from
}

/// Sorts numbers ascending: short lists by insertion, longer ones by a least-significant
/// digit radix sort, a byte per pass, a pass skipped where every number has the same byte.
pub fn sort_hashes(v: &mut Vec<u64>) {
    const SHORT: usize = 32;
    if v.len() <= SHORT {
        for i in 1..v.len() {
            let x = v[i];
            let mut j = i;
            while j > 0 && v[j - 1] > x {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        return;
    }
    // Every byte's counts in one pass over the numbers.
    let mut counts = vec![[0usize; 256]; 8];
    for &x in v.iter() {
        for (byte, count) in counts.iter_mut().enumerate() {
            count[(x >> (8 * byte)) as usize & 0xff] += 1;
        }
    }
    let mut from = std::mem::take(v);
    let mut to = vec![0u64; from.len()];
    for (byte, count) in counts.iter_mut().enumerate() {
        // A byte all the numbers share orders nothing.
        if count.contains(&from.len()) {
            continue;
        }
        let mut at = 0;
        for c in count.iter_mut() {
            let n = *c;
            *c = at;
            at += n;
        }
        for &x in &from {
            let d = (x >> (8 * byte)) as usize & 0xff;
            to[count[d]] = x;
            count[d] += 1;
        }
        std::mem::swap(&mut from, &mut to);
    }
    *v = from;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        let mut x: u64 = 12345;
        for n in 0..200 {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    ((x % 7) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut std = v.clone();
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
            let mut ours = v.clone();
            sort(&mut ours);
            let mut std = v;
            std.sort();
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn sorts_hashes_as_the_standard_sort_does() {
        let mut x: u64 = 98765;
        for n in (0..100).chain([255, 256, 1000, 5000]) {
            for spread in [u64::MAX, 0xff, 0xff00_0000, 3] {
                let v: Vec<u64> = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        x & spread
                    })
                    .collect();
                let mut ours = v.clone();
                sort_hashes(&mut ours);
                let mut std = v;
                std.sort_unstable();
                assert_eq!(ours, std);
            }
        }
    }
}
