//! What every layer needs and none decides: the crate's fast hash map, its one small stable
//! sort ([`sort`]), union–find ([`unionfind`]), short words packed into numbers
//! ([`packed`]) and numbers written out in digits ([`decimal`]).
//!
//! It sits below every other module and imports none of them, so any layer can use it
//! without pointing back up: `text`, `quotes`, `dedup` and `report` all depend on it.

pub mod packed;
pub mod sort;
pub mod unionfind;

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;

/// Hash maps keyed by shingles, document numbers or words: one rotation, xor and multiply
/// per eight bytes of key (SipHash, the standard default, was about a tenth of the whole
/// analysis), from a seed drawn once per process from the standard library's random state,
/// so that no text can be written to pile its keys into one bucket. Nothing reported
/// depends on a map's order.
pub(crate) type FastMap<K, V> = HashMap<K, V, FastState>;

/// The value at `key` in `map`, a default one put there first if there is none: what
/// `map.entry(key).or_default()` gives, compiled once per map type, where `entry` is inlined
/// at each use (each a few hundred bytes of the WebAssembly module).
#[inline(never)]
pub(crate) fn slot<K: std::hash::Hash + Eq, V: Default>(map: &mut FastMap<K, V>, key: K) -> &mut V {
    map.entry(key).or_default()
}

/// Where `key` stands in `met`, the distinct keys met so far, through `index` (a hash of a
/// key's content to the places in `met` of the keys with that hash): `Ok` with its place, or
/// `Err` with the place it is given, `met`'s length, for the caller to push it there. The
/// page's way of numbering distinct sequences of keys on the map type it carries for
/// shingles (`u64` to places), where a map keyed by the sequences was one more (its table's
/// code was some 2 KB of the WebAssembly module, before compression).
pub(crate) fn place_of(
    index: &mut FastMap<u64, Vec<usize>>,
    met: &[Vec<u64>],
    key: &[u64],
) -> Result<usize, usize> {
    let hash = index.hasher().hash_one(key);
    let places = slot(index, hash);
    if let Some(&at) = places.iter().find(|&&at| met[at] == key) {
        return Ok(at);
    }
    places.push(met.len());
    Err(met.len())
}

/// Builds [`FastHasher`]s from the process's seed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FastState(pub(crate) u64);

impl Default for FastState {
    fn default() -> Self {
        static SEED: OnceLock<u64> = OnceLock::new();
        FastState(*SEED.get_or_init(|| std::hash::RandomState::new().hash_one(0x5eed_u64)))
    }
}

impl BuildHasher for FastState {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(self.0)
    }
}

/// FxHash's step (rotate, xor, multiply), from a seed.
pub(crate) struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, x: u8) {
        self.add(u64::from(x));
    }
    fn write_u64(&mut self, x: u64) {
        self.add(x);
    }
    fn write_usize(&mut self, x: usize) {
        self.add(x as u64);
    }
    fn finish(&self) -> u64 {
        // The high bits, well mixed by the multiply, also reach the low ones that choose
        // the bucket.
        self.0 ^ (self.0 >> 32)
    }
}

/// `word` in lower case, as `str::to_lowercase` writes it: character by character
/// (`char::to_lowercase`, which the folding of words uses too), and a capital sigma that
/// ends a word after a letter as the final `ς` (`ΟΔΟΣ` → `οδος`). The one way the crate
/// lowers a string, out of line, so that std's own, 2 KB of the page gzipped, is not in it
/// as well. (std also looks past case-ignorable marks around the sigma, `Σ'`; here the
/// letters right beside it decide.)
#[inline(never)]
pub(crate) fn lower(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    let mut after_letter = false;
    while let Some(c) = chars.next() {
        if c == 'Σ' && after_letter && !chars.peek().is_some_and(|n| n.is_alphabetic()) {
            out.push('ς');
        } else {
            out.extend(c.to_lowercase());
        }
        after_letter = c.is_alphabetic();
    }
    out
}

/// `n` in digits, as `n.to_string()` writes it. The crate builds its few strings with numbers
/// in them (verdicts, default names, list markers) from this and `concat`, not `format!`:
/// `format!` brings core::fmt's machinery (argument lists, padding, the `Write` vtables) into
/// the WebAssembly module, 0.8 KB of it gzipped.
pub(crate) fn decimal(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from(b'0' + (n % 10) as u8));
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::lower;

    #[test]
    fn lower_writes_what_std_writes() {
        for text in [
            "Said",
            "ÉTÉ İstanbul Ⱥ",
            "ΟΔΟΣ ΣΟΦΙΑΣ",
            "Σ ΑΣ. ΟΔΟΣ,ΟΔΟΣ",
            "ΣΑΣ",
            "Straße STRASSE",
            "",
        ] {
            assert_eq!(lower(text), text.to_lowercase(), "{text:?}");
        }
    }

    #[test]
    fn decimal_writes_what_to_string_does() {
        for n in [0, 1, 9, 10, 99, 100, 1000, 4_294_967_296, u64::MAX] {
            assert_eq!(super::decimal(n), n.to_string());
        }
    }
}
