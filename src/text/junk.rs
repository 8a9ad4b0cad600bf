//! Page junk: which paragraphs a reader skips.
//!
//! Pasted pages carry more than the article: "Oops! Something went wrong.", share and
//! newsletter prompts, bylines, photo captions and credits, link lists, copyright footers.
//! Left in, they inflate word counts and make unrelated articles from one site look alike.
//! Each paragraph is judged on the evidence boilerplate detectors such as jusText and
//! boilerpipe use — its length, its density of function words, how much of it is links,
//! whether it repeats, where it stands — together with the phrases such junk is made of.
//! Junk is reported, never removed: offsets still point into the text as given.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::stopwords::is_stopword;
use super::View;
use crate::util::FastMap;

/// What a paragraph is to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// The article's prose.
    Content,
    /// A headline or section heading.
    Heading,
    /// Not the article; see [`Junk`] for why.
    Junk,
}

/// Why a paragraph is junk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Junk {
    /// Navigation and interface strings: "Continue reading", "Read also: …", error messages.
    Interface,
    /// Share, follow, subscribe, newsletter and donation prompts.
    Prompt,
    /// Author lines, author biographies, datelines.
    Byline,
    /// Photo captions and credits.
    Caption,
    /// Copyright, disclaimer and source footers.
    Footer,
    /// Lists of links, tags, categories; a bare URL.
    Links,
    /// A short line repeated in the same page.
    Repeated,
    /// A short fragment with no prose in it: a name, a label, a lone symbol.
    Fragment,
}

/// How one paragraph was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub class: Class,
    pub junk: Option<Junk>,
}

impl Verdict {
    const CONTENT: Verdict = Verdict {
        class: Class::Content,
        junk: None,
    };
    const HEADING: Verdict = Verdict {
        class: Class::Heading,
        junk: None,
    };
    fn junk(why: Junk) -> Verdict {
        Verdict {
            class: Class::Junk,
            junk: Some(why),
        }
    }
}

/// Judges each paragraph of `text`, given its words (`words`, in order) and how many of
/// them each paragraph holds.
pub fn classify(
    view: &View,
    paragraphs: &[Range<usize>],
    words: &[Range<usize>],
    paragraph_words: &[usize],
) -> Vec<Verdict> {
    let text = view.text();
    let links = view.links();
    let mut l = 0;
    let mut w = 0;
    let seen: Vec<Seen> = paragraphs
        .iter()
        .zip(paragraph_words)
        .map(|(r, &n)| {
            // Links and paragraphs are both in order: one walk finds each paragraph's links.
            let mut link_chars = 0;
            while l < links.len() && links[l].end <= r.end {
                if links[l].start >= r.start {
                    link_chars += text[links[l].clone()]
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .count();
                }
                l += 1;
            }
            let own = words[w..w + n].iter().map(|w| &text[w.clone()]);
            w += n;
            Seen::new(&text[r.clone()], own, link_chars, view.is_heading(r.start))
        })
        .collect();
    let mut copies: FastMap<&str, usize> = FastMap::default();
    for s in &seen {
        if s.words <= 12 && !s.key.is_empty() {
            *copies.entry(s.key.as_str()).or_default() += 1;
        }
    }
    let mut out = Vec::with_capacity(seen.len());
    let mut heading_found = false;
    for (i, s) in seen.iter().enumerate() {
        let next = seen.get(i + 1);
        let previous = i.checked_sub(1).map(|p| &seen[p]);
        let repeated = copies.get(s.key.as_str()).is_some_and(|&n| n > 1);
        let verdict = judge(s, previous, next, repeated, heading_found);
        heading_found |= verdict.class != Class::Junk;
        out.push(verdict);
    }
    out
}

/// What the classifier sees of a paragraph: its reader's text, and measurements.
struct Seen {
    /// Lower case, markup and surrounding punctuation removed, spaces collapsed.
    key: String,
    words: usize,
    stopwords: usize,
    /// Names a photo agency or a credit label.
    credited: bool,
    /// Holds a month name and a year.
    dated: bool,
    /// Share of visible characters that are link text or URLs.
    link_density: f64,
    /// Ends with `.`, `!`, `?`, `:`, `;` or `,` (a list item), or a closing quote after one.
    terminated: bool,
    markdown_heading: bool,
    raw_start: char,
    /// [`Seen::searched`], once asked.
    found: std::cell::OnceCell<[bool; 3]>,
}

// Phrases are searched for as Wu and Manber do: a window as long as the shortest phrase
// slides along the text, and the three bytes that end it say how far it can move without
// passing over the first [`SHORTEST`] bytes of any phrase. In prose most windows end in
// bytes found near no phrase's start, so the window moves several bytes at a time, and a
// phrase is compared only where a window ends in the three bytes its first [`SHORTEST`]
// end with.

/// The phrase lists searched anywhere in a paragraph: footers, prompts, biographies.
const SEARCHED: [&[&str]; 3] = [FOOTER, PROMPT, BIO];

/// The number of phrases in [`SEARCHED`].
const PHRASES: usize = FOOTER.len() + PROMPT.len() + BIO.len();

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

/// Which of [`SEARCHED`] `text` holds a phrase of, in one pass (see above).
fn lists_in(text: &str) -> [bool; 3] {
    let bytes = text.as_bytes();
    let mut found = [text.contains(COPYRIGHT), false, false];
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
        if found == [true; 3] {
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
    let key = visible
        .to_lowercase()
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
fn key_of(visible: &str) -> (String, usize) {
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
fn labelled(key: &str) -> bool {
    key.match_indices(':')
        .any(|(at, _)| LABELS.iter().any(|l| key[..at].ends_with(l)))
}

impl Seen {
    /// `words` are the paragraph's words: none lies in the bullets and quote marks left out
    /// of what is visible, which never join a word.
    fn new<'w>(
        paragraph: &str,
        words: impl ExactSizeIterator<Item = &'w str>,
        link_chars: usize,
        markdown_heading: bool,
    ) -> Seen {
        let visible = paragraph.trim_start_matches(['>', '•', '-', '*', '·', '▪', ' ', '\t']);
        // Bare URLs count as links too. (Most paragraphs hold none: one cheap look first, by
        // the standard library's substring search, which skips along faster than a walk.)
        let maybe_url = visible.contains("http") || visible.contains("www.");
        let link_chars = link_chars
            + if maybe_url {
                visible
                    .split_whitespace()
                    .filter(|w| {
                        w.starts_with("http://")
                            || w.starts_with("https://")
                            || w.starts_with("www.")
                    })
                    .map(|w| w.chars().count())
                    .sum::<usize>()
            } else {
                0
            };
        let (mut words_seen, mut stopwords) = (0, 0);
        // Function words only matter to short paragraphs (see `judge`).
        let count_stopwords = words.len() <= 5;
        let (mut credited, mut month, mut year) = (false, false, false);
        let mut previous = "";
        for w in words {
            words_seen += 1;
            stopwords += usize::from(count_stopwords && is_stopword(w));
            // "AP" alone is also a word; as a credit it comes before "Photo". (Lengths first:
            // most words are none of these.)
            credited = credited
                || (3..=12).contains(&w.len())
                    && (begins_one_of(AGENCY_INITIALS, w)
                        && AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(w))
                        || (previous.eq_ignore_ascii_case("ap")
                            && w.eq_ignore_ascii_case("photo")));
            month = month
                || (3..=9).contains(&w.len())
                    && begins_one_of(MONTH_INITIALS, w)
                    && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w));
            year |=
                w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit());
            previous = w;
        }

        let (key, chars) = key_of(visible);
        let chars = chars.max(1);
        let end = visible.trim_end_matches(|c: char| c.is_whitespace() || "”’\"')*".contains(c));
        Seen {
            stopwords,
            link_density: link_chars as f64 / chars as f64,
            terminated: end.ends_with(['.', '!', '?', ':', ';', ',', '…', '。']),
            markdown_heading,
            raw_start: visible.chars().next().unwrap_or(' '),
            words: words_seen,
            credited: credited || labelled(&key) || key.contains("ap/"),
            found: std::cell::OnceCell::new(),
            dated: month && year,
            key,
        }
    }

    fn starts(&self, prefixes: &[&str]) -> bool {
        prefixes.iter().any(|p| self.key.starts_with(p))
    }

    /// Whether the key holds a phrase of each of [`SEARCHED`], found once when first asked.
    fn searched(&self) -> [bool; 3] {
        *self.found.get_or_init(|| lists_in(&self.key))
    }

    fn stopword_density(&self) -> f64 {
        self.stopwords as f64 / self.words.max(1) as f64
    }
}

const INTERFACE_EXACT: &[&str] = &[
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

const INTERFACE_START: &[&str] = &[
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
    "sign up",
    "follow us",
    "share buttons",
    "feel free to repost",
    "click here",
    "become a member",
    "donate",
    "support us",
    "translate website",
    "comment on",
    "note to readers",
    "share this",
    "share on",
];

const FOOTER: &[&str] = &[
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

const BYLINE_START: &[&str] = &[
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
const CREDIT_START: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "compiled by",
    "contributing:",
];

/// Whole paragraphs that label a press release's contact block.
const FOOTER_EXACT: &[&str] = &["media contact", "media contacts", "press contact"];

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
const AGENCIES: &[&str] = &["afp", "epa", "getty", "reuters", "shutterstock"];

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

const AGENCY_INITIALS: u32 = initials(AGENCIES);
const MONTH_INITIALS: u32 = initials(MONTHS);

/// Whether `word` begins with a letter of `initials` ([`initials`]), in either case.
fn begins_one_of(initials: u32, word: &str) -> bool {
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    first.is_ascii_lowercase() && initials & (1 << (first - b'a')) != 0
}

/// Words that label a credit when a colon follows: `Photo: …`.
const LABELS: &[&str] = &["courtesy", "credit", "image", "photo", "photograph"];

const LINK_LABELS: &[&str] = &[
    "region:",
    "theme:",
    "tags:",
    "topics:",
    "in-depth report:",
    "filed under",
    "categories:",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn judge(
    s: &Seen,
    previous: Option<&Seen>,
    next: Option<&Seen>,
    repeated: bool,
    heading_found: bool,
) -> Verdict {
    let n = s.words;
    if n == 0 {
        return Verdict::junk(Junk::Fragment);
    }
    // Word counts first: they rule out long paragraphs before any phrase is searched.
    if (n <= 80 && s.searched()[0])
        || (n <= 200 && s.starts(FOOTER))
        || FOOTER_EXACT.contains(&s.key.as_str())
    {
        return Verdict::junk(Junk::Footer);
    }
    if INTERFACE_EXACT.contains(&s.key.as_str()) || (n <= 25 && s.starts(INTERFACE_START)) {
        return Verdict::junk(Junk::Interface);
    }
    if n <= 60 && s.searched()[1] {
        return Verdict::junk(Junk::Prompt);
    }
    if (n <= 10 && s.starts(BYLINE_START))
        || (n <= 40 && (s.searched()[2] || (!s.terminated && s.starts(CREDIT_START))))
        || is_dateline(s)
    {
        return Verdict::junk(Junk::Byline);
    }
    if s.link_density > 0.5 || (n <= 30 && s.starts(LINK_LABELS)) {
        return Verdict::junk(Junk::Links);
    }
    if is_caption(s, previous, next) {
        return Verdict::junk(Junk::Caption);
    }
    if repeated {
        return Verdict::junk(Junk::Repeated);
    }
    if s.markdown_heading || (!heading_found && !s.terminated && n <= 25) {
        return Verdict::HEADING;
    }
    // jusText's evidence: short, unpunctuated and nearly free of function words is not prose.
    if n <= 5 && !s.terminated && s.stopword_density() < 0.2 {
        return Verdict::junk(Junk::Fragment);
    }
    Verdict::CONTENT
}

/// A line that is mostly a date: "Global Research, November 13, 2022".
fn is_dateline(s: &Seen) -> bool {
    s.dated && s.words <= 7 && !s.terminated
}

/// A photo caption: it carries a credit, or it is repeated by the next paragraph with a
/// credit appended (as pages print a caption beside the photo and again under it).
fn is_caption(s: &Seen, previous: Option<&Seen>, next: Option<&Seen>) -> bool {
    let n = s.words;
    let credit = s.credited && n <= 60 && (s.key.contains('/') || s.raw_start == '(' || n <= 12);
    let echoed = |other: Option<&Seen>| {
        other.is_some_and(|o| {
            n >= 4
                && o.key.len() != s.key.len()
                && (o.key.starts_with(&s.key) || s.key.starts_with(&o.key))
                && (o.credited || s.credited)
        })
    };
    credit || echoed(next) || echoed(previous)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge_all(lines: &[&str]) -> Vec<Option<Junk>> {
        let text = lines.join("\n");
        let doc = crate::text::Document::new(&text);
        assert_eq!(doc.paragraphs().len(), lines.len(), "{lines:?}");
        doc.verdicts().iter().map(|v| v.junk).collect()
    }

    /// Each row: a paragraph among ordinary prose, and what a reader would call it.
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

    #[test]
    fn junk_a_reader_would_skip() {
        let prose =
            "The two sides need to reach a mutual recognition that victory is not achievable.";
        let table: &[(&str, Option<Junk>)] = &[
            ("Continue reading", Some(Junk::Interface)),
            ("Leave a Reply", Some(Junk::Interface)),
            ("Read also: US announces $400 military aid package for Ukraine", Some(Junk::Interface)),
            ("• Oops!", Some(Junk::Interface)),
            ("Your email address will not be published.", Some(Junk::Interface)),
            ("To receive Global Research’s Daily Newsletter (selected articles), [click here](#).", Some(Junk::Prompt)),
            ("Follow us on [Instagram](#) and [Twitter](#) and subscribe to our [Telegram Channel](#).", Some(Junk::Prompt)),
            ("By [Dave DeCamp](#)", Some(Junk::Byline)),
            ("Author: Dave DeCamp", Some(Junk::Byline)),
            ("Global Research, November 13, 2022", Some(Junk::Byline)),
            ("Reporting by Ann Saphir and Howard Schneider in Washington; Editing by Andrea Ricci", Some(Junk::Byline)),
            ("Contributing: Jane Roe, USA TODAY", Some(Junk::Byline)),
            ("(Writing by Tom Balmforth; Editing by Gareth Jones)", Some(Junk::Byline)),
            ("Media Contact:", Some(Junk::Footer)),
            ("Reporting by the Tribune found the payments were late.", None),
            ("Dave DeCamp is the news editor of Antiwar.com, follow him on Twitter @decampdave.", Some(Junk::Byline)),
            ("(Kenzo Tribouillard/AFP/Getty Images)", Some(Junk::Caption)),
            ("Photo: Jane Doe", Some(Junk::Caption)),
            ("• regaining territorial integrity;", None),
            ("• reparation for the damage caused by the war;", None),
            ("The photo showed the AP reporter with an image of the city.", None),
            ("Copyright © [Dave DeCamp](#), [Antiwar.com](#), 2022", Some(Junk::Footer)),
            ("Region: [Europe](#), [Russia and FSU](#), [USA](#)", Some(Junk::Links)),
            ("[Become a Member of Global Research](#)", Some(Junk::Prompt)),
            ("https://www.reuters.com/world/us/russias-prigozhin-admits-interfering", Some(Junk::Links)),
            ("*", Some(Junk::Fragment)),
            ("Mark Milley", Some(Junk::Fragment)),
            // Prose stays prose, short or long, even when it mentions a newsletter.
            ("Lol.", None),
            ("Milley is pipe dreaming.", None),
            ("welcome to the New American Century", None),
            ("Milley said the two sides should “seize the moment.”", None),
            (prose, None),
        ];
        let mut wrong = Vec::new();
        for (line, expected) in table {
            let got = judge_all(&["A headline first", prose, line, prose])[2];
            if got != *expected {
                wrong.push(format!("{line:?}: expected {expected:?}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn the_first_unpunctuated_line_is_the_headline_and_repeats_are_junk() {
        let got = judge_all(&[
            "Top U.S. general urges Ukraine-Russia talks",
            "Mark Milley",
            "Mark Milley",
            "Gen. Mark A. Milley made the case in internal meetings that the time was right.",
        ]);
        assert_eq!(
            got,
            [None, Some(Junk::Repeated), Some(Junk::Repeated), None]
        );
        let doc =
            crate::text::Document::new("Headline\nBody text that goes on.\n## A section\nMore.");
        let classes: Vec<Class> = doc.verdicts().iter().map(|v| v.class).collect();
        assert_eq!(
            classes,
            [
                Class::Heading,
                Class::Content,
                Class::Heading,
                Class::Content
            ]
        );
    }

    #[test]
    fn a_caption_printed_twice_with_a_credit_is_a_caption_both_times() {
        let caption = "Chairman of the Joint Chiefs of Staff Mark Milley speaks during a press conference at NATO headquarters in Brussels on October 12.";
        let credited = format!("{caption} (Kenzo Tribouillard/AFP/Getty Images)");
        let got = judge_all(&[
            "Headline",
            caption,
            &credited,
            "Amid domestic talks, he spoke.",
        ]);
        assert_eq!(got, [None, Some(Junk::Caption), Some(Junk::Caption), None]);
    }
}
