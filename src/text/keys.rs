//! Word keys: what makes two words, or two runs of words, the same for comparing texts —
//! lower case, apostrophes folded (`there’s` and `THERE'S` are one word), as a 64-bit hash.
//!
//! Duplicates key their shingles with these and quotations their word triples (grouping
//! across articles, and the differences between renderings), so a copy and a quotation
//! compare words by one rule. It belongs to the text layer because it is a property of
//! words, which both `dedup` and `quotes` read, and neither should import the other for it.

/// A word's comparison key: lower case, apostrophes folded.
pub(crate) fn word_key(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    // The same hash as [`unicode_word_key`] for ASCII, without Unicode case tables and in
    // one pass: ASCII lower-cases byte for byte. Most words are ASCII; the first byte that
    // is not starts over with the full rules.
    for &b in word.as_bytes() {
        let Some(&b) = ASCII_FOLD.get(usize::from(b)) else {
            return unicode_word_key(word);
        };
        h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    }
    h
}

/// Each ASCII byte as [`word_key`] hashes it: lower case, the backquote as `'`. A table,
/// because the comparisons it replaces were half of hashing a word.
const ASCII_FOLD: [u8; 128] = {
    let mut table = [0; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = if b == b'`' as usize {
            b'\''
        } else {
            (b as u8).to_ascii_lowercase()
        };
        b += 1;
    }
    table
};

/// [`word_key`] for any text: FNV-1a over the UTF-8 of its lower case, with the
/// apostrophes and backquote folded into `'`. Kept out of line so that the ASCII loop is
/// small enough to inline where words are hashed.
#[cold]
#[inline(never)]
fn unicode_word_key(word: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for c in word.chars().flat_map(char::to_lowercase) {
        let c = if matches!(c, '’' | 'ʼ' | '‘' | '`') {
            '\''
        } else {
            c
        };
        let mut buf = [0; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }
    h
}

/// FNV-1a's starting value and multiplier (64-bit).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn mix(h: u64, k: u64) -> u64 {
    (h ^ k).wrapping_mul(FNV_PRIME).rotate_left(23)
}

/// The key of a run of words, from theirs ([`word_key`]), in order: a shingle in `dedup`, a
/// word triple of a quotation in `quotes::group`.
pub(crate) fn run_key(keys: &[u64]) -> u64 {
    keys.iter().fold(FNV_OFFSET, |h, &k| mix(h, k))
}
