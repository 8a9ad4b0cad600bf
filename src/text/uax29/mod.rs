//! UAX #29 words and grapheme clusters for the text [`super::words`]' fast path does not
//! know (other scripts, emoji, combining marks), exactly as `unicode-segmentation` 1.13.3
//! gives them (`unicode_word_indices`, `graphemes(true)`), in a fifth of the weight.
//!
//! Why not the crate itself: its character tables were 40 KB of the page's module, 13.6 KB
//! gzipped, a seventh of it. Here the three properties the rules read (grapheme cluster
//! break, word break, InCB=Extend) are one table of runs of code points generated from the
//! crate's (`scripts/unicode_tables.py`, `tables.rs`): 6.7 KB, 2.4 KB gzipped, decoded into
//! a searchable form on first use. The rules are the crate's, ported (MIT or Apache-2.0, as
//! this crate): its forward word-bound state machine as it is, and its grapheme rules read
//! forward with what they look back at kept as state. The crate stays a dev-dependency:
//! the tests hold the two to the same answers on every code point in the contexts each
//! property decides, and on random mixes.

use std::ops::Range;
use std::sync::LazyLock;

mod tables;

/// Grapheme_Cluster_Break, with InCB=Consonant and Extended_Pictographic as values of
/// their own (no code point of either has another break value). The values are named as
/// UAX #29 names them.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cluster {
    Any,
    CR,
    Control,
    Extend,
    ExtendedPictographic,
    InCBConsonant,
    L,
    LF,
    LV,
    LVT,
    Prepend,
    RegionalIndicator,
    SpacingMark,
    T,
    V,
    ZWJ,
}

/// Word_Break, its values named as UAX #29 names them.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Any,
    ALetter,
    CR,
    DoubleQuote,
    Extend,
    ExtendNumLet,
    Format,
    HebrewLetter,
    Katakana,
    LF,
    MidLetter,
    MidNum,
    MidNumLet,
    Newline,
    Numeric,
    RegionalIndicator,
    SingleQuote,
    WSegSpace,
    ZWJ,
}

/// The runs of code points of one kind, decoded from [`tables`]: where each starts, and
/// its index into [`tables::KINDS`]; ASCII's kinds apart, for a look-up without a search.
struct Runs {
    starts: Vec<u32>,
    kinds: Vec<u8>,
    ascii: [u8; 128],
}

static RUNS: LazyLock<Runs> = LazyLock::new(|| {
    let mut starts = Vec::with_capacity(tables::RUN_KINDS.len());
    let (mut at, mut delta, mut shift) = (0u32, 0u32, 0);
    for &b in tables::STARTS {
        delta |= u32::from(b & 0x7F) << shift;
        shift += 7;
        if b < 0x80 {
            at += delta;
            starts.push(at);
            (delta, shift) = (0, 0);
        }
    }
    let mut runs = Runs {
        starts,
        kinds: tables::RUN_KINDS.to_vec(),
        ascii: [0; 128],
    };
    for c in 0..128 {
        runs.ascii[c] = runs.search(c as u32).2;
    }
    runs
});

impl Runs {
    /// The run holding code point `c`: its first and last code points and its kind.
    fn search(&self, c: u32) -> (u32, u32, u8) {
        // The first run starts at 0, so some run holds every code point.
        let i = self.starts.partition_point(|&s| s <= c).saturating_sub(1);
        let last = self.starts.get(i + 1).map_or(u32::MAX, |&next| next - 1);
        (self.starts[i], last, self.kinds[i])
    }
}

/// Looks up characters' kinds, remembering the last run found: text in one script stays
/// in a few runs.
struct Kinds {
    runs: &'static Runs,
    cached: (u32, u32, u8),
}

impl Kinds {
    fn new() -> Kinds {
        Kinds {
            runs: &RUNS,
            cached: (1, 0, 0),
        }
    }

    fn of(&mut self, c: char) -> (Cluster, Word, bool) {
        let c = c as u32;
        let kind = if c < 128 {
            self.runs.ascii[c as usize]
        } else {
            if c < self.cached.0 || c > self.cached.1 {
                self.cached = self.runs.search(c);
            }
            self.cached.2
        };
        tables::KINDS[usize::from(kind)]
    }

    fn cluster(&mut self, c: char) -> Cluster {
        self.of(c).0
    }

    fn word(&mut self, c: char) -> Word {
        self.of(c).1
    }
}

/// The InCB=Linker characters (viramas and the like), which join two consonants into one
/// cluster (GB9c).
fn is_incb_linker(c: char) -> bool {
    matches!(
        c,
        '\u{94D}'
            | '\u{9CD}'
            | '\u{ACD}'
            | '\u{B4D}'
            | '\u{C4D}'
            | '\u{D4D}'
            | '\u{1039}'
            | '\u{17D2}'
            | '\u{1A60}'
            | '\u{1B44}'
            | '\u{1BAB}'
            | '\u{A9C0}'
            | '\u{AAF6}'
            | '\u{10A3F}'
            | '\u{11133}'
            | '\u{113D0}'
            | '\u{1193E}'
            | '\u{11A47}'
            | '\u{11A99}'
            | '\u{11F42}'
    )
}

/// What the pair of clusters' break values says of the boundary between them, or which
/// look back decides it.
enum Pair {
    Break,
    Join,
    /// GB9c: joined if a consonant and a linker come before, with extends between.
    Consonant,
    /// GB12/13: broken after an even number of regional indicators.
    Regional,
    /// GB11: joined if an Extended_Pictographic, extends and this ZWJ come before.
    Emoji,
}

fn pair(before: Cluster, after: Cluster) -> Pair {
    use Cluster::*;
    match (before, after) {
        (CR, LF) => Pair::Join,                                               // GB3
        (Control | CR | LF, _) | (_, Control | CR | LF) => Pair::Break,       // GB4, GB5
        (L, L | V | LV | LVT) | (LV | V, V | T) | (LVT | T, T) => Pair::Join, // GB6-8
        (_, Extend | ZWJ | SpacingMark) | (Prepend, _) => Pair::Join,         // GB9, GB9a, GB9b
        (_, InCBConsonant) => Pair::Consonant,
        (ZWJ, ExtendedPictographic) => Pair::Emoji,
        (RegionalIndicator, RegionalIndicator) => Pair::Regional,
        _ => Pair::Break, // GB999
    }
}

/// The number of extended grapheme clusters in `text`.
pub fn graphemes(text: &str) -> usize {
    let mut kinds = Kinds::new();
    let mut count = 0;
    let mut before: Option<Cluster> = None;
    // What the rules that look back need, for the text up to `before`: how many regional
    // indicators end it; whether it ends with Extended_Pictographic Extend*, or with
    // that and a ZWJ; whether its last character neither InCB=Linker nor InCB=Extend is
    // an InCB=Consonant, and whether a linker came after that character.
    let mut regional = 0usize;
    let mut pictographic = false;
    let mut pictographic_zwj = false;
    let mut consonant = false;
    let mut linked = false;
    for c in text.chars() {
        let (cluster, _, incb_extend) = kinds.of(c);
        let breaks = match before.map(|b| pair(b, cluster)) {
            None | Some(Pair::Break) => true,
            Some(Pair::Join) => false,
            Some(Pair::Consonant) => !(consonant && linked),
            Some(Pair::Regional) => regional % 2 == 0,
            Some(Pair::Emoji) => !pictographic_zwj,
        };
        count += usize::from(breaks);
        regional = if cluster == Cluster::RegionalIndicator {
            regional + 1
        } else {
            0
        };
        pictographic_zwj = cluster == Cluster::ZWJ && pictographic;
        pictographic = cluster == Cluster::ExtendedPictographic
            || (cluster == Cluster::Extend && pictographic);
        if is_incb_linker(c) {
            linked = true;
        } else if !incb_extend {
            consonant = cluster == Cluster::InCBConsonant;
            linked = false;
        }
        before = Some(cluster);
    }
    count
}

/// Appends the words of `text` (word-bound segments holding a letter or digit) to `out`,
/// as byte ranges shifted by `offset`.
pub fn push_words(text: &str, offset: usize, out: &mut Vec<Range<usize>>) {
    let mut kinds = Kinds::new();
    let mut start = 0;
    while start < text.len() {
        let end = start + next_bound(&text[start..], &mut kinds);
        if text[start..end].chars().any(char::is_alphanumeric) {
            out.push(offset + start..offset + end);
        }
        start = end;
    }
}

/// The states of the word-bound state machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Start,
    Letter,
    HLetter,
    Numeric,
    Katakana,
    ExtendNumLet,
    /// Regional indicators: one, or a full pair.
    Regional(bool),
    FormatExtend(Awaiting),
    Zwj,
    Emoji,
    WSegSpace,
}

/// What a run of Format and Extend characters waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Awaiting {
    None,
    Letter,
    HLetter,
    QLetter,
    Numeric,
}

/// The length in bytes of the first word-bound segment of non-empty `text`: the crate's
/// `UWordBounds::next`, rule for rule.
fn next_bound(text: &str, kinds: &mut Kinds) -> usize {
    let mut take_curr = true;
    let mut idx = 0;
    let mut saveidx = 0;
    let mut state = State::Start;
    let mut cat = Word::Any;
    // The category of the next character, when already read.
    let mut next_cat: Option<Word> = None;
    // Whether Extend, Format or ZWJ were skipped: WB3d before WB4.
    let mut skipped_format_extend = false;
    for (curr, ch) in text.char_indices() {
        idx = curr;
        // ZWJs are skipped by WB4, so whether the last character was one is kept apart
        // for WB3c.
        let prev_zwj = cat == Word::ZWJ;
        cat = next_cat.take().unwrap_or_else(|| kinds.word(ch));
        // WB4: Format, Extend and ZWJ are skipped, but at the start, where a run of them
        // is a segment of its own.
        if state != State::Start && matches!(cat, Word::Extend | Word::Format | Word::ZWJ) {
            skipped_format_extend = true;
            continue;
        }
        // WB3c
        if prev_zwj && kinds.cluster(ch) == Cluster::ExtendedPictographic {
            state = State::Emoji;
            continue;
        }
        state = match state {
            State::Start if cat == Word::CR => {
                // WB3, WB3a
                if next_word(text, idx, kinds) == Some(Word::LF) {
                    idx += 1;
                }
                break;
            }
            State::Start => match cat {
                Word::ALetter => State::Letter,
                Word::HebrewLetter => State::HLetter,
                Word::Numeric => State::Numeric,
                Word::Katakana => State::Katakana,
                Word::ExtendNumLet => State::ExtendNumLet,
                Word::RegionalIndicator => State::Regional(false),
                Word::LF | Word::Newline => break,   // WB3a
                Word::ZWJ => State::Zwj,             // WB3c
                Word::WSegSpace => State::WSegSpace, // WB3d
                _ => {
                    // WB4
                    match next_word(text, idx, kinds) {
                        Some(next @ (Word::Format | Word::Extend | Word::ZWJ)) => {
                            next_cat = Some(next);
                            State::FormatExtend(Awaiting::None)
                        }
                        _ => break, // WB999
                    }
                }
            },
            State::WSegSpace => match cat {
                Word::WSegSpace if !skipped_format_extend => State::WSegSpace,
                _ => {
                    take_curr = false;
                    break;
                }
            },
            State::Zwj | State::Emoji | State::Regional(true) => {
                take_curr = false;
                break;
            }
            State::Letter | State::HLetter => match cat {
                Word::ALetter => State::Letter,            // WB5
                Word::HebrewLetter => State::HLetter,      // WB5
                Word::Numeric => State::Numeric,           // WB9
                Word::ExtendNumLet => State::ExtendNumLet, // WB13a
                Word::DoubleQuote if state == State::HLetter => {
                    saveidx = idx;
                    State::FormatExtend(Awaiting::HLetter) // WB7b
                }
                Word::SingleQuote if state == State::HLetter => {
                    State::FormatExtend(Awaiting::QLetter) // WB7a
                }
                Word::MidLetter | Word::MidNumLet | Word::SingleQuote => {
                    saveidx = idx;
                    State::FormatExtend(Awaiting::Letter) // WB6
                }
                _ => {
                    take_curr = false;
                    break;
                }
            },
            State::Numeric => match cat {
                Word::Numeric => State::Numeric,           // WB8
                Word::ALetter => State::Letter,            // WB10
                Word::HebrewLetter => State::HLetter,      // WB10
                Word::ExtendNumLet => State::ExtendNumLet, // WB13a
                Word::MidNum | Word::MidNumLet | Word::SingleQuote => {
                    saveidx = idx;
                    State::FormatExtend(Awaiting::Numeric) // WB12
                }
                _ => {
                    take_curr = false;
                    break;
                }
            },
            State::Katakana => match cat {
                Word::Katakana => State::Katakana,         // WB13
                Word::ExtendNumLet => State::ExtendNumLet, // WB13a
                _ => {
                    take_curr = false;
                    break;
                }
            },
            State::ExtendNumLet => match cat {
                Word::ExtendNumLet => State::ExtendNumLet, // WB13a
                Word::ALetter => State::Letter,            // WB13b
                Word::HebrewLetter => State::HLetter,      // WB13b
                Word::Numeric => State::Numeric,           // WB13b
                Word::Katakana => State::Katakana,         // WB13b
                _ => {
                    take_curr = false;
                    break;
                }
            },
            State::Regional(false) => match cat {
                Word::RegionalIndicator => State::Regional(true), // WB15, WB16
                _ => {
                    take_curr = false;
                    break;
                }
            },
            State::FormatExtend(awaiting) => match awaiting {
                Awaiting::Numeric if cat == Word::Numeric => State::Numeric, // WB11
                Awaiting::Letter | Awaiting::QLetter if cat == Word::ALetter => State::Letter, // WB7
                Awaiting::Letter | Awaiting::QLetter if cat == Word::HebrewLetter => {
                    State::HLetter // WB7a
                }
                Awaiting::HLetter if cat == Word::HebrewLetter => State::HLetter, // WB7b
                Awaiting::None | Awaiting::QLetter => {
                    // The Format and Extend characters end the segment.
                    take_curr = false;
                    break;
                }
                _ => break, // back to before the mid character, below
            },
        };
    }
    if let State::FormatExtend(Awaiting::Letter | Awaiting::HLetter | Awaiting::Numeric) = state {
        // What was looked for did not come: the segment ends before the mid character.
        idx = saveidx;
        take_curr = false;
    }
    if take_curr {
        idx += text[idx..].chars().next().map_or(0, char::len_utf8);
    }
    idx
}

/// The word-break category of the character after the one at byte `idx`, if any.
fn next_word(text: &str, idx: usize, kinds: &mut Kinds) -> Option<Word> {
    let mut rest = text[idx..].chars();
    rest.next();
    rest.next().map(|c| kinds.word(c))
}

#[cfg(test)]
mod tests;
