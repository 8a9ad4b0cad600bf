//! Short words as numbers: a word of up to 16 bytes packed into a `u128` that sorts as the
//! word does, so that a sorted word list becomes an array of integers to binary-search or
//! hash (stopwords, verbs of saying, calendar words). Below every layer, since the word
//! lists of `lang` and the lookups of `text` both use it.

/// A word of at most 16 bytes as one number, first byte highest, so that numbers sort as
/// the words do (no listed word holds a NUL byte).
pub(crate) const fn pack(bytes: &[u8]) -> u128 {
    let mut x: u128 = 0;
    let mut i = 0;
    while i < 16 {
        x <<= 8;
        if i < bytes.len() {
            x |= bytes[i] as u128;
        }
        i += 1;
    }
    x
}

/// Each word of `list` (lower-case, 16 bytes at most: checked) [`pack`]ed, in the same
/// order: a sorted list gives keys for a binary search.
pub(crate) const fn packed<const N: usize>(list: &[&str]) -> [u128; N] {
    assert!(list.len() == N);
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        assert!(list[i].len() <= 16, "a listed word fits a key");
        out[i] = pack(list[i].as_bytes());
        i += 1;
    }
    out
}

/// `keys` in order, at compile time (an insertion sort: the lists are short): the keys of
/// words taken from several sorted lists, for a binary search.
pub(crate) const fn sorted<const N: usize>(mut keys: [u128; N]) -> [u128; N] {
    let mut i = 1;
    while i < N {
        let mut k = i;
        while k > 0 && keys[k - 1] > keys[k] {
            let swap = keys[k - 1];
            keys[k - 1] = keys[k];
            keys[k] = swap;
            k -= 1;
        }
        i += 1;
    }
    keys
}

/// `word` lower-cased and packed as [`pack`] packs it, when it is ASCII without `'` or NUL
/// and of 1 to 16 bytes, as nearly every word looked up is; `None` otherwise.
pub(crate) fn ascii_key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 16];
    if bytes.is_empty() || bytes.len() > buf.len() {
        return None;
    }
    // One pass that both checks and lower-cases, byte by byte: cheaper for a short word
    // than copying it and lower-casing all 16 bytes of the buffer.
    for (to, &b) in buf.iter_mut().zip(bytes) {
        // A NUL would read as the padding: `said` and `said\0` would be one key.
        if !b.is_ascii() || b == b'\'' || b == 0 {
            return None;
        }
        *to = b.to_ascii_lowercase();
    }
    // `pack` of the word: the zero-padded buffer, read big-endian.
    Some(u128::from_be_bytes(buf))
}
