//! Byte offsets to UTF-16 offsets, for the edge of the core.
//!
//! The core works in byte offsets into `&str`, because that is what Rust slices with. The
//! report speaks JavaScript's string indices (UTF-16 code units), because that is what the
//! page highlights with. [`Utf16Index`] is the single place that translates between the two:
//! it is built in one pass over the text and then answers any byte offset, in any order, by
//! looking at no more than one small block of bytes.
//!
//! It counts UTF-16 units without decoding: every byte that starts a character adds one unit,
//! and every byte that starts a four-byte character (one outside the Basic Multilingual Plane,
//! such as an emoji) adds a second unit for the surrogate pair.

/// Bytes per checkpoint. Small enough that a lookup scans a cache line, large enough that
/// the table costs an eighth of the text's size.
const BLOCK: usize = 64;

/// Answers "how many UTF-16 code units precede this byte offset?" for one text.
#[derive(Debug, Clone)]
pub struct Utf16Index<'a> {
    bytes: &'a [u8],
    /// UTF-16 units before byte `i * BLOCK`.
    checkpoints: Vec<usize>,
}

/// UTF-16 code units contributed by one byte of valid UTF-8.
#[inline]
fn units(b: u8) -> usize {
    // Continuation bytes (10xxxxxx) add nothing; a lead byte adds one, a four-byte lead two.
    usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)
}

/// UTF-16 code units of a run of valid UTF-8: [`units`] summed, eight bytes at a time (every
/// text is counted through once or twice, so this is a measurable share of an analysis).
fn units_in(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Shifting left by k brings each byte's bit 7-k to its bit 7, never across bytes
        // (the bits shifted in from the byte below land under bit 7).
        let continuation = x & !(x << 1) & HIGH; // 10xxxxxx
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH; // 11110xxx
        n += 8 - continuation.count_ones() as usize + four.count_ones() as usize;
    }
    n + chunks.remainder().iter().map(|&b| units(b)).sum::<usize>()
}

impl<'a> Utf16Index<'a> {
    /// Builds the index in one pass over `text`.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut total = 0;
        for block in bytes.chunks(BLOCK) {
            checkpoints.push(total);
            total += units_in(block);
        }
        checkpoints.push(total);
        Utf16Index { bytes, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte`, which must lie on a character boundary
    /// (offsets past the end are clamped to the end).
    pub fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let block = byte / BLOCK;
        let start = block * BLOCK;
        let before = self.checkpoints[block];
        let within = units_in(&self.bytes[start..byte]);
        before + within
    }

    /// The length of the whole text in UTF-16 code units.
    pub fn len(&self) -> usize {
        self.at(self.bytes.len())
    }

    /// True when the text is empty.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

/// Byte offsets to UTF-16 offsets for a list that never goes back (word after word): each
/// call counts only the bytes since the previous one, so a whole list costs one pass over
/// the text. An offset before the previous one starts the count again from the beginning.
#[derive(Debug, Clone)]
pub struct Utf16Cursor<'a> {
    bytes: &'a [u8],
    byte: usize,
    units: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor {
            bytes: text.as_bytes(),
            byte: 0,
            units: 0,
        }
    }

    /// The UTF-16 offset of byte offset `byte` (on a character boundary; clamped to the end).
    pub fn at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte < self.byte {
            (self.byte, self.units) = (0, 0);
        }
        self.units += units_in(&self.bytes[self.byte..byte]);
        self.byte = byte;
        self.units
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index must agree with counting `char::len_utf16` at every character boundary.
    fn check(text: &str) {
        let index = Utf16Index::new(text);
        let mut expected = 0;
        for (byte, c) in text.char_indices() {
            assert_eq!(index.at(byte), expected, "at byte {byte} of {text:?}");
            expected += c.len_utf16();
        }
        assert_eq!(index.at(text.len()), expected);
        assert_eq!(index.len(), text.encode_utf16().count());
        let mut cursor = Utf16Cursor::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' '), (0, ' ')]) {
            assert_eq!(
                cursor.at(byte),
                index.at(byte),
                "cursor at byte {byte} of {text:?}"
            );
        }
    }

    #[test]
    fn agrees_with_the_standard_library() {
        check("");
        check("plain ASCII text");
        check("Milley’s “seize the moment” — 2022");
        check("emoji 👍🏽 and family 👨‍👩‍👧 and flags 🇺🇦");
        check("CJK 中文字符「引用」and Arabic مرحبا and Hebrew שלום");
        check("line\r\nends\rmixed\n");
        check(&"é👍a".repeat(100));
    }
}
