//! English function words: the evidence that a paragraph is prose (boilerplate detectors
//! such as jusText measure their density), and the words a term count leaves out.

use crate::lang::Lang;
use crate::util::lower;
pub(crate) use crate::util::packed::{ascii_key, pack, packed};

/// Lower-case English stopwords, sorted: the English lexicon's function words, one list
/// for every use (packed below, when compiled, for quick lookups).
use crate::lang::en::FUNCTION_WORDS as STOPWORDS;

/// Bytes of the longest stopword looked up; longer words are never stopwords.
const LONGEST: usize = 12;

/// How many words [`STOPWORDS`] holds: one more than its spaces.
const COUNT: usize = {
    let b = STOPWORDS.as_str().as_bytes();
    let mut n = 1;
    let mut i = 0;
    while i < b.len() {
        n += (b[i] == b' ') as usize;
        i += 1;
    }
    n
};

/// [`STOPWORDS`] packed, in the same (sorted) order: a lookup compares integers.
static PACKED: [u128; COUNT] = {
    let b = STOPWORDS.as_str().as_bytes();
    let mut out = [0u128; COUNT];
    let (mut w, mut start, mut i) = (0, 0, 0);
    while i <= b.len() {
        if i == b.len() || b[i] == b' ' {
            assert!(i - start <= 16, "a listed word fits a key");
            out[w] = pack(b.split_at(i).0.split_at(start).1);
            w += 1;
            start = i + 1;
        }
        i += 1;
    }
    out
};

/// Slots in [`TABLE`]: a power of two, several times the list's length, so probes are short.
const SLOTS: usize = 1024;

/// Where [`TABLE`] starts looking for a packed word.
const fn slot(packed: u128) -> usize {
    let folded = (packed as u64) ^ ((packed >> 64) as u64);
    (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// An open-addressing hash table of [`PACKED`]: each slot holds a word's index + 1, or 0.
static TABLE: [u16; SLOTS] = {
    let mut table = [0u16; SLOTS];
    let mut i = 0;
    while i < PACKED.len() {
        let mut s = slot(PACKED[i]);
        while table[s] != 0 {
            s = (s + 1) % SLOTS;
        }
        table[s] = i as u16 + 1;
        i += 1;
    }
    table
};

/// Whether the packed, lower-cased word is in the list.
pub(crate) fn listed(packed: u128) -> bool {
    let mut s = slot(packed);
    loop {
        match TABLE[s] {
            0 => return false,
            i if PACKED[usize::from(i) - 1] == packed => return true,
            _ => s = (s + 1) % SLOTS,
        }
    }
}

/// Lower-case ASCII letters that open a stopword, as bits (`a` lowest): a word opening
/// with any other ASCII character is no stopword, whatever its case or apostrophes.
const FIRST_LETTERS: u32 = {
    let b = STOPWORDS.as_str().as_bytes();
    let mut bits = 1 << (b[0] - b'a');
    let mut i = 1;
    while i < b.len() {
        if b[i - 1] == b' ' {
            bits |= 1 << (b[i] - b'a');
        }
        i += 1;
    }
    bits
};

/// True for an English function word; `word` may be in any case, with `'` or `’`.
pub fn is_stopword(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    if word.len() > LONGEST {
        return false;
    }
    // A cheap gate first: most words that are not stopwords fail on the first letter or
    // the hash probe. (`| 0x20` lower-cases an ASCII letter and keeps other bytes out of
    // `a..=z`, so every other ASCII opening is rejected too.)
    if first.is_ascii() {
        let lower = first | 0x20;
        if !lower.is_ascii_lowercase() || FIRST_LETTERS & 1 << (lower - b'a') == 0 {
            return false;
        }
    }
    match ascii_key(word) {
        Some(key) => listed(key),
        None => is_stopword_general(word),
    }
}

/// [`is_stopword`] for the less common words, with `’` or `'`, or letters beyond ASCII.
/// (Out of line, so that the common case stays small and quick.)
#[inline(never)]
fn is_stopword_general(word: &str) -> bool {
    // Lower-case ASCII and `’` into a small buffer, `'` written as `’` as the list has it.
    let mut buf = [0u8; 16];
    let mut n = 0;
    for c in word.chars() {
        let (bytes, len): ([u8; 3], usize) = match c {
            '\'' | '’' => ([0xE2, 0x80, 0x99], 3),
            c if c.is_ascii() => ([c.to_ascii_lowercase() as u8, 0, 0], 1),
            _ => return is_stopword_slow(word),
        };
        if n + len > buf.len() {
            return false;
        }
        buf[n..n + len].copy_from_slice(&bytes[..len]);
        n += len;
    }
    // `pack` of the word: the zero-padded buffer, read big-endian.
    listed(u128::from_be_bytes(buf))
}

/// [`is_stopword`] for words with letters beyond ASCII.
fn is_stopword_slow(word: &str) -> bool {
    let lower = lower(word).replace('\'', "’");
    Lang::En.lexicon().function_words.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_so_lookups_work() {
        let words: Vec<&str> = STOPWORDS.iter().collect();
        assert_eq!(words.len(), COUNT);
        assert!(PACKED.windows(2).all(|k| k[0] < k[1]));
        assert!(words
            .iter()
            .zip(&PACKED)
            .all(|(w, &k)| pack(w.as_bytes()) == k));
        assert!(is_stopword("The") && is_stopword("don't") && is_stopword("it’s"));
        assert!(!is_stopword("Milley") && !is_stopword("negotiate"));
        assert!(is_stopword("DON’T") && is_stopword("Their") && !is_stopword("don"));
        assert!(STOPWORDS
            .iter()
            .all(|w| w.len() <= LONGEST && is_stopword(w)));
        assert!(!is_stopword("") && !is_stopword("'s") && !is_stopword("2024"));
        assert_eq!(ascii_key("The"), Some(crate::util::packed::pack(b"the")));
        assert_eq!(ascii_key("it's").or(ascii_key("")), None);
    }
}
