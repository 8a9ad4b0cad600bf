//! Words, fast: the UAX #29 word segments that hold a letter or a digit, exactly as
//! `unicode-segmentation`'s `unicode_word_indices` gives them, in a fraction of its time.
//!
//! News prose is mostly ASCII with curly quotes, dashes and accented Latin letters. For text
//! made only of such characters the word rules reduce to a few: letters, digits and `_` join
//! each other (WB5, WB8–WB10, WB13a/b); a single `.`, `’` or `'` joins two letters or two
//! digits, `:` or `·` two letters, `,` or `;` two digits (WB6/7, WB11/12); everything else
//! breaks. None of these characters is Extend, Format or ZWJ (WB4), a regional indicator, a
//! Hebrew letter or Katakana, so no other rule can apply. A text holding any other character
//! (an emoji, a combining mark, another script) goes whole to [`uax29`], the full rules
//! (`unicode-segmentation`'s, ported); a test checks the two agree with the crate on every
//! character this module claims to know, in every context.

use std::ops::Range;

use super::uax29;

/// A character's word-break class, as far as words are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    /// `_` and its kin: joins letters and digits, is not a word by itself.
    Connector,
    /// MidLetter: joins two letters.
    MidLetter,
    /// MidNum: joins two digits.
    MidNum,
    /// MidNumLet and Single_Quote: joins two letters or two digits.
    MidBoth,
    /// Breaks on both sides.
    Other,
    /// Not known here: the text goes to [`uax29`].
    Unknown,
}

const fn ascii_class(b: u8) -> Class {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'_' => Class::Connector,
        b':' => Class::MidLetter,
        b',' | b';' => Class::MidNum,
        b'.' | b'\'' => Class::MidBoth,
        _ => Class::Other,
    }
}

const ASCII: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = ascii_class(b as u8);
        b += 1;
    }
    table
};

fn class(c: char) -> Class {
    match c {
        '\0'..='\u{7F}' => ASCII[c as usize],
        'ª' | 'µ' | 'º' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' => {
            Class::Letter
        }
        '·' | '\u{2027}' => Class::MidLetter,
        '‘' | '’' | '\u{2024}' => Class::MidBoth,
        '\u{85}'
        | '\u{A0}'..='\u{A7}'
        | '©'
        | '«'
        | '¬'
        | '®'
        | '°'
        | '±'
        | '¶'
        | '»'
        | '¿'
        | '×'
        | '÷'
        | '\u{2000}'..='\u{200A}'
        | '\u{2010}'..='\u{2017}'
        | '\u{201A}'..='\u{2023}'
        | '\u{2025}'
        | '\u{2026}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{2030}'..='\u{203A}'
        | '€' => Class::Other,
        _ => Class::Unknown,
    }
}

/// The class of the character at byte `i` of `text`, and its length in bytes.
#[inline]
fn class_at(text: &str, i: usize) -> (Class, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (ASCII[b as usize], 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (class(c), c.len_utf8())
    }
}

/// Appends the words of `text` (segments holding a letter or digit) to `out`, as byte
/// ranges shifted by `offset`.
pub fn push_words(text: &str, offset: usize, out: &mut Vec<Range<usize>>) {
    let before = out.len();
    if !push_known(text, offset, out) {
        out.truncate(before);
        uax29::push_words(text, offset, out);
    }
}

/// The words of `text`, as byte ranges.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    push_words(text, 0, &mut out);
    out
}

/// The last of the [`words`] of `text`, reading only as much of its end as it needs: words
/// always break between an ASCII space and an ASCII character other than a space (no UAX
/// #29 rule joins them or looks back across such a break), so the text is read in pieces
/// cut there, from its end, until one holds a word.
pub fn last_word(text: &str) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let mut end = text.len();
    let mut words = Vec::new();
    while end > 0 {
        let start = (1..end)
            .rev()
            .find(|&i| bytes[i - 1] == b' ' && bytes[i] != b' ' && bytes[i].is_ascii())
            .unwrap_or(0);
        push_words(&text[start..end], start, &mut words);
        if let Some(last) = words.pop() {
            return Some(last);
        }
        end = start;
    }
    None
}

/// The fast path; false (with `out` partly written) if `text` holds a character it does
/// not know.
fn push_known(text: &str, offset: usize, out: &mut Vec<Range<usize>>) -> bool {
    let n = text.len();
    let mut i = 0;
    // The run being built: where it started, whether it holds a letter or digit, and the
    // class of its last character.
    let mut start = usize::MAX;
    let mut alphanumeric = false;
    let mut last = Class::Other;
    while i < n {
        let (c, len) = class_at(text, i);
        match c {
            Class::Letter | Class::Digit | Class::Connector => {
                if start == usize::MAX {
                    start = i;
                    alphanumeric = false;
                }
                alphanumeric |= c != Class::Connector;
                last = c;
                i += len;
                continue;
            }
            Class::Unknown => return false,
            Class::MidLetter | Class::MidNum | Class::MidBoth
                if start != usize::MAX && i + len < n =>
            {
                let (next, _) = class_at(text, i + len);
                if next == Class::Unknown {
                    return false;
                }
                let joins = (last == Class::Letter && next == Class::Letter && c != Class::MidNum)
                    || (last == Class::Digit && next == Class::Digit && c != Class::MidLetter);
                if joins {
                    i += len;
                    continue;
                }
            }
            _ => {}
        }
        if start != usize::MAX && alphanumeric {
            out.push(offset + start..offset + i);
        }
        start = usize::MAX;
        i += len;
    }
    if start != usize::MAX && alphanumeric {
        out.push(offset + start..offset + n);
    }
    true
}

/// The number of extended grapheme clusters in `text`, as `unicode-segmentation` counts
/// them: for text of characters this module knows, one per character, a CR LF pair being
/// one.
///
/// Two characters this module knows always have a cluster boundary between them, but CR
/// LF: none of them is Extend, ZWJ, SpacingMark, Prepend, a regional indicator or Hangul,
/// and the rules that look further back (emoji ZWJ sequences, flag pairs) need one of those
/// just before. So a text holding a character it does not know (an emoji, a combining mark,
/// a byte-order mark) is cut at such boundaries: only the pieces around the unknown
/// characters, with the known character on each side that they may join, go to the full
/// rules ([`uax29`]), not the whole text.
pub fn graphemes(text: &str) -> usize {
    let mut count = 0;
    let mut rest = text;
    while let Some(unknown) = first_unknown(rest) {
        let bytes = rest.as_bytes();
        // The piece starts at the known character before the first unknown one (a CR LF
        // pair whole), a boundary with what comes before it.
        let mut start = rest[..unknown]
            .char_indices()
            .next_back()
            .map_or(unknown, |(i, _)| i);
        if start > 0 && bytes[start] == b'\n' && bytes[start - 1] == b'\r' {
            start -= 1;
        }
        count += known_graphemes(&rest[..start]);
        // It ends at the first boundary between two known characters after it.
        let mut end = rest.len();
        let mut previous: Option<char> = None;
        for (i, c) in rest[unknown..].char_indices() {
            let known = class(c) != Class::Unknown;
            if known
                && previous.is_some_and(|p| class(p) != Class::Unknown && !(p == '\r' && c == '\n'))
            {
                end = unknown + i;
                break;
            }
            previous = Some(c);
        }
        count += uax29::graphemes(&rest[start..end]);
        rest = &rest[end..];
    }
    count + known_graphemes(rest)
}

/// Where the first character this module does not know starts in `text`, if anywhere.
fn first_unknown(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        let (c, len) = class_at(text, i);
        if c == Class::Unknown {
            return Some(i);
        }
        i += len;
    }
    None
}

/// The clusters of a text of characters this module knows: one per character, CR LF one.
fn known_graphemes(text: &str) -> usize {
    text.chars().count() - text.matches("\r\n").count()
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    use super::*;

    fn reference(text: &str) -> Vec<Range<usize>> {
        text.unicode_word_indices()
            .map(|(at, w)| at..at + w.len())
            .collect()
    }

    fn check(text: &str) {
        let mut fast = Vec::new();
        let known = push_known(text, 0, &mut fast);
        if known {
            assert_eq!(fast, reference(text), "words of {text:?}");
        }
        assert_eq!(
            graphemes(text),
            text.graphemes(true).count(),
            "graphemes of {text:?}"
        );
        assert_eq!(words(text), reference(text), "words of {text:?}");
    }

    /// Every character the fast path claims to know, in every context that matters.
    #[test]
    fn every_known_character_segments_as_unicode_says() {
        let known: Vec<char> = (0..0x3000u32)
            .filter_map(char::from_u32)
            .filter(|&c| class(c) != Class::Unknown)
            .collect();
        let contexts = [
            "a", "Z", "1", "_", ".", ":", ",", ";", "'", "’", " ", "é", "-", "\"", "\r\n", "",
        ];
        for &c in &known {
            for x in contexts {
                for y in contexts {
                    check(&format!("{x}{c}{y}"));
                    check(&format!("a{x}{c}{y}1"));
                    check(&format!("1{x}{c}{y}a"));
                    check(&format!("{c}{x}{c}{y}{c}"));
                }
            }
        }
    }

    #[test]
    fn random_mixes_segment_as_unicode_says() {
        let alphabet: Vec<char> = "aZé1_.:,;'’‘·\" -—“”…\u{A0}\r\n👍\u{301}x9"
            .chars()
            .collect();
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..200_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 12) as usize;
            let text: String = (0..len)
                .map(|k| alphabet[((x >> (k * 5)) % alphabet.len() as u64) as usize])
                .collect();
            check(&text);
        }
    }

    /// Clusters counted piece by piece agree with counting the whole text, whatever joins
    /// across a known character: combining marks and spacing marks after it, a prepended
    /// mark before it, emoji ZWJ sequences ending in ©, flags, Hangul, CR LF beside them.
    #[test]
    fn clusters_count_as_unicode_says_around_unknown_characters() {
        let alphabet: Vec<char> =
            "a é.\r\n\u{301}\u{903}\u{600}\u{200D}©👍🇺🇦\u{1100}\u{1161}\u{FEFF}½"
                .chars()
                .collect();
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let len = (x % 10) as usize;
            let text: String = (0..len)
                .map(|k| alphabet[((x >> (k * 6)) % alphabet.len() as u64) as usize])
                .collect();
            assert_eq!(
                graphemes(&text),
                text.graphemes(true).count(),
                "graphemes of {text:?}"
            );
        }
    }

    #[test]
    fn the_seeds_segment_as_unicode_says() {
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                check(line);
            }
            check(&text);
        }
    }
}
