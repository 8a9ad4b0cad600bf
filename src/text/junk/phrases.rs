//! The phrases page junk is made of — interface strings, prompts, footers, bylines, credits,
//! biographies, link labels (the months come from `lang::en`) — and how a paragraph is
//! searched for them: its key (lower case, markup and punctuation gone, spaces collapsed)
//! and a Wu–Manber scan for the phrases that may stand anywhere in it.
//!
//! The lists are apart from the judging in `mod.rs` because they grow with every site a
//! paste comes from, and the search is tuned for them (it was most of the classifier's
//! time); the judge only asks what a paragraph holds.

use crate::lang::{en, words_of};
use crate::util::lower;

// Phrases are searched for as Wu and Manber do: a window as long as the shortest phrase
// slides along the text, and the three bytes that end it say how far it can move without
// passing over the first [`SHORTEST`] bytes of any phrase. In prose most windows end in
// bytes found near no phrase's start, so the window moves several bytes at a time, and a
// phrase is compared only where a window ends in the three bytes its first [`SHORTEST`]
// end with.

/// The phrase lists searched anywhere in a paragraph: footers, prompts, biographies, and
/// the prompts' words that news prose uses too.
const SEARCHED: [&[&str]; 4] = [FOOTER, PROMPT, BIO, PROMPT_WORDS];

/// The number of phrases in [`SEARCHED`].
const PHRASES: usize = FOOTER.len() + PROMPT.len() + BIO.len() + PROMPT_WORDS.len();

/// `©`, the one phrase under [`SHORTEST`] bytes: found on its own.
const COPYRIGHT: &str = "©";

/// The length of the shortest phrase but [`COPYRIGHT`]: the window's.
const SHORTEST: usize = {
    let mut min = usize::MAX;
    let mut l = 0;
    while l < SEARCHED.len() {
        let mut i = 0;
        while i < SEARCHED[l].len() {
            let n = SEARCHED[l][i].len();
            if n != COPYRIGHT.len() && n < min {
                min = n;
            }
            i += 1;
        }
        l += 1;
    }
    assert!(
        min >= 3 && min < 255,
        "a window holds three bytes and shifts fit a byte"
    );
    min
};

/// [`SHIFTS`] has `1 << SLOT_BITS` slots: a 2 KB table, few enough collisions to keep shifts
/// long (half as many slots cost 0.2% more instructions on a 10 KB article).
const SLOT_BITS: u32 = 11;

/// Which of [`SHIFTS`]'s slots the three bytes ending at `end` fall in (a multiplicative
/// hash).
const fn slot(bytes: &[u8], end: usize) -> usize {
    let block = u32::from_le_bytes([bytes[end - 3], bytes[end - 2], bytes[end - 1], 0]);
    (block.wrapping_mul(0x9E37_79B1) >> (32 - SLOT_BITS)) as usize
}

/// Every phrase but [`COPYRIGHT`], as (the [`slot`] of the three bytes that end its first
/// [`SHORTEST`], list, phrase), sorted by slot.
const BY_SLOT: [(u16, u8, &str); PHRASES - 1] = {
    let mut out = [(0u16, 0u8, ""); PHRASES - 1];
    let mut n = 0;
    let mut l = 0;
    while l < SEARCHED.len() {
        let mut i = 0;
        while i < SEARCHED[l].len() {
            let p = SEARCHED[l][i];
            if p.len() != COPYRIGHT.len() {
                out[n] = (slot(p.as_bytes(), SHORTEST) as u16, l as u8, p);
                n += 1;
            } else {
                let (p, c) = (p.as_bytes(), COPYRIGHT.as_bytes());
                assert!(
                    l == 0 && p[0] == c[0] && p[1] == c[1],
                    "the one short phrase is ©, a footer's"
                );
            }
            i += 1;
        }
        l += 1;
    }
    assert!(n == PHRASES - 1, "only © is shorter than the window");
    // Insertion sort by slot (a const fn cannot call the standard sort).
    let mut i = 1;
    while i < n {
        let mut j = i;
        while j > 0 && out[j - 1].0 > out[j].0 {
            let t = out[j - 1];
            out[j - 1] = out[j];
            out[j] = t;
            j -= 1;
        }
        i += 1;
    }
    out
};

/// For each [`slot`], how far a window ending in three bytes of that slot can move: the
/// least, over the phrases' first [`SHORTEST`] bytes, of how many bytes they run on past
/// those three (0 where they end them); `SHORTEST - 2` where they are in none, so the
/// window's last three bytes reach at most two bytes into a phrase that starts after them.
static SHIFTS: [u8; 1 << SLOT_BITS] = {
    let mut shifts = [(SHORTEST - 2) as u8; 1 << SLOT_BITS];
    let mut i = 0;
    while i < BY_SLOT.len() {
        let p = BY_SLOT[i].2.as_bytes();
        let mut end = 3;
        while end <= SHORTEST {
            let s = slot(p, end);
            let shift = (SHORTEST - end) as u8;
            if shift < shifts[s] {
                shifts[s] = shift;
            }
            end += 1;
        }
        i += 1;
    }
    shifts
};

/// Whether `text` holds a copyright sign: `©` not written as the second half of `é`
/// decoded in the wrong charset (`LibÃ©ration`, `libã©ration` lower-cased, its `Ã` as `A`
/// and a combining tilde: mojibake that pasted news carries).
fn copyright(text: &str) -> bool {
    text.match_indices(COPYRIGHT)
        .any(|(at, _)| !text[..at].ends_with(['Ã', 'ã', '\u{303}']))
}

/// Which of [`SEARCHED`] `text` holds a phrase of, in one pass (see above).
pub(super) fn lists_in(text: &str) -> [bool; 4] {
    let bytes = text.as_bytes();
    let mut found = [copyright(text), false, false, false];
    // A phrase at `start` is found when the window ends at `start + SHORTEST`: no shift
    // passes that end, as every window before it ends in bytes of the phrase (whose shift
    // is at most what is left to that end) or starts before the phrase (and moves at most
    // `SHORTEST - 2`, as its last three bytes reach into the phrase by at most two).
    let mut end = SHORTEST;
    while end <= bytes.len() {
        let s = slot(bytes, end);
        let shift = SHIFTS[s];
        if shift > 0 {
            end += usize::from(shift);
            continue;
        }
        let start = end - SHORTEST;
        let from = BY_SLOT.partition_point(|&(b, _, _)| usize::from(b) < s);
        for &(_, l, phrase) in BY_SLOT[from..]
            .iter()
            .take_while(|&&(b, _, _)| usize::from(b) == s)
        {
            let l = usize::from(l);
            found[l] = found[l] || bytes[start..].starts_with(phrase.as_bytes());
        }
        if found == [true; 4] {
            break;
        }
        end += 1;
    }
    found
}

/// [`key_of`] the plain way, string by string: what it does for text with a `Σ`, and what
/// its one-pass version must agree with.
fn key_by_strings(visible: &str) -> (String, usize) {
    let chars = visible.chars().filter(|c| !c.is_whitespace()).count();
    let key = lower(visible)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    (key, chars)
}

/// What paragraphs are compared by: `visible` lower-cased, white space runs as one space,
/// trimmed of anything not a letter or digit at both ends; and how many characters of
/// `visible` are not white space. One pass, one allocation.
pub(super) fn key_of(visible: &str) -> (String, usize) {
    // Built in place, in a copy of `visible`: white space is dropped or shrunk to one space
    // and ASCII (most of any paragraph) is lower-cased byte by byte as it moves, so what is
    // written never passes what has been read, as long as no character's lower case is
    // longer than the character (else the plain way is taken).
    let mut key = visible.as_bytes().to_vec();
    let (mut read, mut written) = (0, 0);
    let (mut chars, mut space) = (0, false);
    while read < key.len() {
        let b = key[read];
        if b.is_ascii() {
            // The ASCII white space of `char::is_whitespace`.
            if matches!(b, b' ' | b'\t'..=b'\r') {
                read += 1;
                space = written > 0;
                continue;
            }
            if space {
                key[written] = b' ';
                written += 1;
                space = false;
            }
            // A run of ASCII other than white space and control characters (those come
            // one by one).
            let start = read;
            loop {
                key[written] = key[read].to_ascii_lowercase();
                (read, written) = (read + 1, written + 1);
                if !key.get(read).is_some_and(|b| (b'!'..=0x7F).contains(b)) {
                    break;
                }
            }
            chars += read - start;
            continue;
        }
        let c = visible[read..].chars().next().unwrap_or(' ');
        if c == 'Σ' {
            // Lower-casing a whole string gives a word-final sigma its own form.
            return key_by_strings(visible);
        }
        read += c.len_utf8();
        if c.is_whitespace() {
            space = written > 0;
            continue;
        }
        chars += 1;
        if space {
            key[written] = b' ';
            written += 1;
            space = false;
        }
        let mut buf = [0u8; 4];
        for l in c.to_lowercase() {
            let l = l.encode_utf8(&mut buf).as_bytes();
            if written + l.len() > read {
                return key_by_strings(visible);
            }
            key[written..written + l.len()].copy_from_slice(l);
            written += l.len();
        }
    }
    key.truncate(written);
    // Whole characters went in, so the bytes are UTF-8.
    let mut key = String::from_utf8(key).unwrap_or_default();
    // Trimmed in place: most paragraphs end in a full stop.
    let end = key.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    key.truncate(end);
    let start = end - key.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    key.drain(..start);
    (key, chars)
}

/// Whether `key` holds one of [`LABELS`] followed by a colon (`photo:`), found from the
/// colons, without building each `label:`.
pub(super) fn labelled(key: &str) -> bool {
    key.match_indices(':')
        .any(|(at, _)| LABELS.iter().any(|l| key[..at].ends_with(l)))
}

pub(super) const INTERFACE_EXACT: &[&str] = &[
    "ad",
    "advertisement",
    "comments",
    "continue reading",
    "leave a comment",
    "leave a reply",
    "load more",
    "loading",
    "menu",
    "print",
    "read more",
    "reply",
    "share",
    "show more",
    "skip to content",
    "sponsored",
    "cancel reply",
    "post comment",
    "view comments",
];

pub(super) const INTERFACE_START: &[&str] = &[
    "oops",
    "something went wrong",
    "please try again",
    "read also",
    "see also",
    "also read",
    "related:",
    "recommended:",
    "read the original article",
    "your email address will not be published",
    "required fields are marked",
    "this video",
    "watch:",
];

const PROMPT: &[&str] = &[
    "subscribe",
    "newsletter",
    "follow us",
    "share buttons",
    "feel free to repost",
    "click here",
    "become a member",
    "support us",
    "translate website",
    "note to readers",
    "share this",
];

/// A prompt's words that a sentence of news uses as well (`declined to comment on`, `asking
/// supporters to “donate $3 …”`, `the more who sign up`): they make a prompt only of a short
/// paragraph.
const PROMPT_WORDS: &[&str] = &["comment on", "donate", "share on", "sign up"];

pub(super) const FOOTER: &[&str] = &[
    "©",
    "copyright",
    "all rights reserved",
    "disclaimer",
    "contains copyrighted material",
    "grants permission",
    "the original source of this article",
    "for media inquiries",
    "privacy policy",
    "terms of use",
    "distributed without profit",
];

pub(super) const BYLINE_START: &[&str] = &[
    "by ",
    "author:",
    "authors:",
    "articles by",
    "written by",
    "posted by",
    "published",
    "updated",
];

/// A wire story's credit line, `(Reporting by Ann Saphir; Editing by Chizu Nomiyama)`: it
/// runs longer than a byline, and unlike a sentence of the story that begins so (`Reporting
/// by Reuters found …`) has no full stop.
pub(super) const CREDIT_START: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "contributing:",
];

/// Whole paragraphs that label a press release's contact block.
pub(super) const FOOTER_EXACT: &[&str] = &["media contact", "media contacts", "press contact"];

const BIO: &[&str] = &[
    "follow him on",
    "follow her on",
    "follow them on",
    "is the news editor",
    "is a reporter",
    "is a correspondent",
    "is a senior",
];

/// Photo agencies, as whole words, so "reparation" is no credit to EPA.
pub(super) const AGENCIES: &[&str] = &["afp", "epa", "getty", "reuters", "shutterstock"];

/// The letters `list`'s words begin with, one bit each from `a`: a word beginning with none
/// of them (in either case) needs no comparing with the list.
const fn initials(list: &[&str]) -> u32 {
    let mut bits = 0;
    let mut i = 0;
    while i < list.len() {
        let first = list[i].as_bytes()[0];
        assert!(
            first.is_ascii_lowercase(),
            "listed words begin with a lower-case letter"
        );
        bits |= 1 << (first - b'a');
        i += 1;
    }
    bits
}

pub(super) const AGENCY_INITIALS: u32 = initials(AGENCIES);
pub(super) const MONTH_INITIALS: u32 = initials(&MONTHS);

/// Whether `word` begins with a letter of `initials` ([`initials`]), in either case.
pub(super) fn begins_one_of(initials: u32, word: &str) -> bool {
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    first.is_ascii_lowercase() && initials & (1 << (first - b'a')) != 0
}

/// Words that label a credit when a colon follows: `Photo: …`.
const LABELS: &[&str] = &["courtesy", "credit", "image", "photo", "photograph"];

pub(super) const LINK_LABELS: &[&str] = &[
    "region:",
    "theme:",
    "tags:",
    "topics:",
    "in-depth report:",
    "filed under",
    "categories:",
];

/// The months (the English lexicon's), for a date line.
pub(super) const MONTHS: [&str; en::MONTHS.count()] = words_of(&[en::MONTHS]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_lower_case_single_spaced_and_trimmed() {
        for text in [
            "  “Photo: AP”  ",
            "Some  TEXT\there — ÉTÉ.",
            "ΟΔΟΣ ΣΟΦΙΑΣ",
            "***",
            "",
            "İstanbul\u{A0}Now",
            "x  İstanbul",
            "ΟΔΟΣ",
            "Ⱥ Ⱥ  Ⱥ",
            "a\u{1}\u{1F}b\u{7F} \u{2003}\u{2003}C. ",
            " \t\n",
            "...A...",
        ] {
            assert_eq!(key_of(text), key_by_strings(text), "{text:?}");
        }
    }

    #[test]
    fn phrases_are_found_anywhere() {
        assert!(SEARCHED.iter().all(|l| l.iter().all(|p| p.len() >= 2)));
        for text in [
            "please subscribe now",
            "unsubscribe",
            "sub scribe",
            "© 2024",
            "",
            "x",
            "follow him on twitter, all rights reserved",
            "subscribe",
            "subscrib",
            "x©",
            "©",
            "\u{A9}\u{C2}",
            "the the original source of this article",
            "is a senio is a senior",
        ] {
            let naive = SEARCHED.map(|list| list.iter().any(|p| text.contains(p)));
            assert_eq!(lists_in(text), naive, "{text}");
        }
    }

    #[test]
    fn mojibake_is_no_copyright_sign() {
        assert_eq!(
            lists_in("manuel valls told the daily libã©ration"),
            [false; 4]
        );
        assert_eq!(lists_in("libA\u{303}©ration"), [false; 4]);
        assert!(lists_in("copyright © 2024")[0]);
    }

    #[test]
    fn phrases_are_found_wherever_they_stand() {
        // Texts of phrases, their beginnings and filler, strung together pseudo-randomly,
        // against a plain search.
        let phrases = SEARCHED.iter().flat_map(|l| l.iter().copied());
        let mut pieces: Vec<&str> = vec![" ", "the ", "x", "©"];
        for p in phrases.filter(|p| p.is_ascii()) {
            pieces.extend((1..=p.len()).map(|n| &p[..n]));
        }
        let mut seed = 12345u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..seed % 7 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let naive = SEARCHED.map(|list| list.iter().any(|p| text.contains(p)));
            assert_eq!(lists_in(&text), naive, "{text:?}");
        }
    }
}
