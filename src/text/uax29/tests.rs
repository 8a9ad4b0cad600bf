use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use super::*;

fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    push_words(text, 0, &mut out);
    out
}

fn reference(text: &str) -> Vec<Range<usize>> {
    text.unicode_word_indices()
        .map(|(at, w)| at..at + w.len())
        .collect()
}

/// Compares a block of lines each way; on a difference, names the first line that differs.
fn compare(block: &str) {
    if words(block) == reference(block) && graphemes(block) == block.graphemes(true).count() {
        return;
    }
    for line in block.split('\n') {
        assert_eq!(words(line), reference(line), "words of {line:?}");
        assert_eq!(
            graphemes(line),
            line.graphemes(true).count(),
            "graphemes of {line:?}"
        );
    }
    panic!("the block differs, its lines alone do not");
}

#[test]
fn the_tables_are_of_the_unicode_the_crate_and_the_standard_library_read() {
    let (major, minor, update) = tables::UNICODE_VERSION;
    let ours = (u64::from(major), u64::from(minor), u64::from(update));
    assert_eq!(ours, unicode_segmentation::UNICODE_VERSION);
    // The crate tells letters and digits with the standard library's tables when they are
    // of its Unicode version, as words here always do.
    assert_eq!((major, minor, update), char::UNICODE_VERSION);
}

/// Every code point (in the unassigned and private planes, one in 61) in the contexts
/// that tell each property's values apart: joined or not to a letter, digit, Hebrew
/// letter, Katakana, underscore, quote, mark, space, line end, regional indicator,
/// Hangul jamo, ZWJ and emoji, Indic consonant and virama. Lines end with a line feed, a
/// break in both rule sets, so a block of them is compared at once.
#[test]
fn every_code_point_segments_as_the_crate_does() {
    let contexts: &[(&str, &str)] = &[
        ("", ""),
        ("a", "a"),
        ("1", "1"),
        ("\u{5D0}", "\u{5D0}"),
        ("ア", "ア"),
        ("_", "_"),
        ("a", ""),
        ("", "a"),
        ("1.", ""),
        ("", "'a"),
        ("", "\"\u{5D0}"),
        (" ", " "),
        ("", "\u{301}a"),
        ("\r", ""),
        ("🇦", "🇦"),
        ("\u{1100}", "\u{1161}"),
        ("", "\u{11A8}"),
        ("👍\u{200D}", ""),
        ("", "\u{200D}👍"),
        ("👍", "\u{200D}👍"),
        ("\u{915}\u{94D}", "\u{915}"),
    ];
    let mut block = String::new();
    let mut c = 0u32;
    while c < 0x11_0000 {
        if let Some(ch) = char::from_u32(c) {
            for (before, after) in contexts {
                block.push_str(before);
                block.push(ch);
                block.push_str(after);
                block.push('\n');
            }
        }
        if block.len() > 1 << 16 {
            compare(&block);
            block.clear();
        }
        let dense = c < 0x4_0000 || (0xE_0000..0xE_1000).contains(&c);
        c += if dense { 1 } else { 61 };
    }
    compare(&block);
}

/// Random mixes of characters of every value of every property the rules read.
#[test]
fn random_mixes_segment_as_the_crate_does() {
    let alphabet: Vec<char> = concat!(
        "aZ1_.:,;'\"’·é ж\u{5D0}アカ中٣\u{FF0E}\u{37E}\u{3000}\u{AD}\u{FEFF}\u{85}\u{2028}",
        "\r\n\u{1}\u{301}\u{903}\u{600}\u{200D}\u{200C}👍©🏽🇺🇦\u{1100}\u{1161}\u{11A8}",
        "\u{AC00}\u{AC01}\u{915}\u{94D}\u{93F}\u{951}\u{E0020}"
    )
    .chars()
    .collect();
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..100_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let len = (x % 11) as usize;
        let text: String = (0..len)
            .map(|k| alphabet[((x >> (k * 6)) % alphabet.len() as u64) as usize])
            .collect();
        assert_eq!(words(&text), reference(&text), "words of {text:?}");
        assert_eq!(
            graphemes(&text),
            text.graphemes(true).count(),
            "graphemes of {text:?}"
        );
        // The text layer's last word, read from the end, is the last of all the words.
        assert_eq!(
            crate::text::words::last_word(&text),
            reference(&text).pop(),
            "last word of {text:?}"
        );
    }
}

#[test]
fn words_and_clusters_of_other_scripts() {
    let text = "Он сказал: «Привет» 👨\u{200D}👩\u{200D}👧 e\u{301}té 中文 🇺🇦";
    let found: Vec<&str> = words(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(found, ["Он", "сказал", "Привет", "e\u{301}té", "中", "文"]);
    assert_eq!(
        graphemes("e\u{301}👨\u{200D}👩\u{200D}👧🇺🇦\r\nक\u{94D}ष"),
        5
    );
}
