//! The text as a reader sees it: paragraphs, sentences and words, as byte ranges into the
//! text exactly as it was given.
//!
//! Every later stage (quotations, duplicate scores, statistics) asks this module where the
//! paragraphs, sentences and words are, instead of splitting text itself, so that they all
//! agree. Nothing here copies the text: a [`Document`] borrows it and holds ranges.
//!
//! - Markup left by copy-paste (Markdown, HTML tags and entities) is not what a reader sees,
//!   so everything below works on the reader's text, and maps back (see [`view`]).
//! - Paragraphs are the non-blank lines, trimmed of surrounding white space, except that
//!   hard-wrapped lines are joined back (see [`wrap`]). Every kind of line end counts (`\n`,
//!   `\r\n`, a lone `\r`, NEL, U+2028, U+2029), so text pasted from any system splits the
//!   same way.
//! - Sentences are cut as a copy editor would (see [`sentences`]): Unicode's boundaries
//!   (UAX #29) minus those after titles, initials and abbreviations; a sentence never crosses
//!   a paragraph.
//! - Words are the Unicode word boundaries (UAX #29) that hold a letter or a digit, so
//!   punctuation and spaces are not words while `don’t`, `U.S.` and `3.5` are one word each.
//! - Each paragraph is judged content, heading or page junk (see [`junk`]), and the
//!   reading figures (time, sentence length, reading ease, top terms) skip the junk.

pub mod junk;
pub(crate) mod keys;
mod names;
mod reading;
pub mod sentences;
pub(crate) mod stopwords;
mod syllables;
mod uax29;
mod utf16;
mod view;
pub mod words;
mod wrap;

use std::ops::Range;

pub use junk::{Class, Junk, Verdict};
pub use names::{given_name_gender, names, Name, NameKind};
pub use reading::{reading, Ease, Formula, Reading, Term};
pub(crate) use sentences::is_name_abbreviation;
pub use stopwords::is_stopword;
pub use utf16::{Utf16Cursor, Utf16Index};
pub use view::{floor_char_boundary, View};

/// One text, segmented. Ranges are byte offsets into [`Document::text`] — the reader's view
/// of the text, markup removed — ordered and non-overlapping within each list;
/// [`Document::original`] maps them back to the text as given.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    view: View<'a>,
    /// [`crate::lang::detect`] of the text: its comment threads are read in its words.
    language: Option<crate::lang::Lang>,
    paragraphs: Vec<Range<usize>>,
    verdicts: Vec<Verdict>,
    /// How many of `words` each paragraph holds.
    paragraph_words: Vec<usize>,
    sentences: Vec<Range<usize>>,
    words: Vec<Range<usize>>,
}

impl<'a> Document<'a> {
    /// Segments `original` in time linear in its length.
    pub fn new(original: &'a str) -> Self {
        Self::from_segments(Segments::new(original))
    }

    /// A document for comparing articles only: paragraphs, words and junk as
    /// [`Document::new`] finds them, but no sentences ([`Document::sentences`] is empty).
    pub fn for_comparison(original: &'a str) -> Self {
        Self::from_segments(Segments::without_sentences(original))
    }

    fn from_segments(segments: Segments<'a>) -> Self {
        let Segments {
            view,
            paragraphs,
            paragraph_words,
            sentences,
            words,
        } = segments;
        let language = crate::lang::detect(view.text());
        let verdicts = junk::classify(&view, &paragraphs, &words, &paragraph_words, language);
        Document {
            view,
            language,
            paragraphs,
            verdicts,
            paragraph_words,
            sentences,
            words,
        }
    }

    /// The text as a reader sees it: what every range indexes.
    pub fn text(&self) -> &str {
        self.view.text()
    }

    /// The original byte range of the text as given that a range of [`Document::text`]
    /// shows.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        self.view.original(range)
    }

    /// [`Document::original`] of each of `ranges`, which are in order, in one walk.
    pub fn originals<'s>(
        &'s self,
        ranges: &'s [Range<usize>],
    ) -> impl Iterator<Item = Range<usize>> + 's {
        self.view.originals(ranges)
    }

    /// The markup of the text as given ([`View::edits`]): each original range a reader does
    /// not see as it is, with what the reader's text shows instead.
    pub fn markup(&self) -> Vec<(Range<usize>, &str)> {
        self.view.edits()
    }

    /// Like [`Document::original`], also covering markup right around the range: what a
    /// paragraph or sentence occupies in the text as given.
    pub fn original_outer(&self, range: Range<usize>) -> Range<usize> {
        self.view.original_outer(range)
    }

    /// The language the text is written in, when it is clearly one Verbatim knows
    /// ([`crate::lang::detect`]).
    pub fn language(&self) -> Option<crate::lang::Lang> {
        self.language
    }

    /// The paragraphs, in order.
    pub fn paragraphs(&self) -> &[Range<usize>] {
        &self.paragraphs
    }

    /// What each paragraph is to a reader: content, heading or junk (and why), in the order
    /// of [`Document::paragraphs`].
    pub fn verdicts(&self) -> &[Verdict] {
        &self.verdicts
    }

    /// The number of words in paragraphs that are not junk.
    pub fn content_words(&self) -> usize {
        self.verdicts
            .iter()
            .zip(&self.paragraph_words)
            .filter(|(v, _)| v.class != Class::Junk)
            .map(|(_, n)| n)
            .sum()
    }

    /// Those of `ranges` (ordered, like every list here) that lie in paragraphs that are not
    /// junk: the article itself.
    pub fn in_content(&self, ranges: &[Range<usize>]) -> Vec<Range<usize>> {
        self.in_paragraphs(ranges, |class| class != Class::Junk)
    }

    /// Those of `ranges` that lie in paragraphs of a class that `keep` accepts.
    fn in_paragraphs(
        &self,
        ranges: &[Range<usize>],
        keep: impl Fn(Class) -> bool,
    ) -> Vec<Range<usize>> {
        let content: Vec<&Range<usize>> = self
            .paragraphs
            .iter()
            .zip(&self.verdicts)
            .filter(|(_, v)| keep(v.class))
            .map(|(r, _)| r)
            .collect();
        // Both lists are ordered, so one merge walk finds what lies in content paragraphs.
        let mut out = Vec::with_capacity(ranges.len());
        let mut p = 0;
        for r in ranges {
            while p < content.len() && content[p].end < r.end {
                p += 1;
            }
            if p < content.len() && content[p].start <= r.start {
                out.push(r.clone());
            }
        }
        out
    }

    /// The people and organisations the article names, in its prose: junk is not the
    /// article, and title-case headlines capitalise every word. `language` is the article's
    /// ([`crate::lang::detect`]): its titles and function words are told from names.
    pub fn names(&self, language: Option<crate::lang::Lang>) -> Vec<Name> {
        let prose = self.in_paragraphs(&self.sentences, |class| class == Class::Content);
        names(self.text(), &prose, &self.words, language)
    }

    /// The sentences, in order; each lies inside one paragraph.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sentences
    }

    /// The words, in order.
    pub fn words(&self) -> &[Range<usize>] {
        &self.words
    }

    /// The number of characters as a reader counts them: extended grapheme clusters, so an
    /// accented letter, an emoji with its skin tone, a flag and a CRLF are one each.
    pub fn characters(&self) -> usize {
        words::graphemes(self.view.original_text())
    }
}

/// Paragraphs, sentences and words alone, before any paragraph is judged: all a
/// [`Document`] is made of but the junk verdicts, for callers that need no more.
#[derive(Debug, Clone)]
pub struct Segments<'a> {
    pub view: View<'a>,
    pub paragraphs: Vec<Range<usize>>,
    /// How many of `words` each paragraph holds.
    pub paragraph_words: Vec<usize>,
    pub sentences: Vec<Range<usize>>,
    pub words: Vec<Range<usize>>,
}

impl<'a> Segments<'a> {
    /// Segments `original` in time linear in its length.
    pub fn new(original: &'a str) -> Self {
        Self::build(original, true)
    }

    /// Paragraphs and words, no sentences: all that comparing articles needs.
    pub fn without_sentences(original: &'a str) -> Self {
        Self::build(original, false)
    }

    fn build(original: &'a str, with_sentences: bool) -> Self {
        let view = View::new(original);
        let text = view.text();
        let paragraphs = paragraphs(text);
        let mut sentences = Vec::new();
        let mut words = Vec::new();
        let mut paragraph_words = Vec::with_capacity(paragraphs.len());
        for range in &paragraphs {
            let before = words.len();
            let paragraph = &text[range.clone()];
            if with_sentences {
                sentences.extend(
                    sentences::sentences(paragraph)
                        .into_iter()
                        .map(|r| shift(r, range.start)),
                );
            }
            words::push_words(paragraph, range.start, &mut words);
            paragraph_words.push(words.len() - before);
        }
        Segments {
            view,
            paragraphs,
            paragraph_words,
            sentences,
            words,
        }
    }
}

fn shift(range: Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}

/// Marks that open a list item and mean nothing else: a run of items in one paragraph is
/// cut before each (see [`sentences`]).
pub(crate) const LIST_BULLETS: &[char] = &['•', '‣', '⁃', '◦', '▪'];

/// Marks that open a list item at a line's start or before an item's number, but stand in
/// prose too (`prices rose - sharply -`, `5 · 3`), so they never cut a line by themselves.
const PROSE_BULLETS: &[char] = &['-', '*', '–', '·'];

/// Whether `c` can open a list item: one of [`LIST_BULLETS`] or the marks prose shares.
/// The one list of bullets that paragraphs, sentences and junk all read.
pub(crate) fn is_bullet(c: char) -> bool {
    LIST_BULLETS.contains(&c) || PROSE_BULLETS.contains(&c)
}

/// Whether `token` is a bullet standing alone (`•`, `-`).
pub(crate) fn is_bullet_token(token: &str) -> bool {
    let mut chars = token.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if is_bullet(c))
}

/// True for the characters that end a line.
fn is_line_end(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The paragraphs of `text`: its non-blank lines, trimmed, with hard-wrapped runs joined.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    wrap::join_wrapped(text, lines(text))
}

/// The non-blank lines of `text`, trimmed.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut at = 0;
    // Most bytes start no line end: one cheap test each skips them. Line ends begin with a
    // byte from `\n` to `\r`, or with C2 or E2 (which differ in bit 5 alone).
    while let Some(k) = bytes[at..]
        .iter()
        .position(|&b| b.wrapping_sub(b'\n') <= b'\r' - b'\n' || b & !0x20 == 0xC2)
    {
        at += k;
        // [`is_line_end`] by bytes, without decoding every character: U+0085 is C2 85,
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 (a lead byte is never inside another
        // character, so these are whole characters wherever they occur).
        let end = match bytes[at] {
            b'\n' | b'\r' | 0x0B | 0x0C => 1,
            0xC2 if bytes.get(at + 1) == Some(&0x85) => 2,
            0xE2 if bytes.get(at + 1) == Some(&0x80)
                && matches!(bytes.get(at + 2), Some(0xA8 | 0xA9)) =>
            {
                3
            }
            _ => 0,
        };
        if end == 0 {
            at += 1;
            continue;
        }
        push_trimmed(text, start..at, &mut out);
        at += end;
        start = at;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Pushes `range` without its leading and trailing white space, unless nothing is left.
fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    if let Some(trimmed) = trim(text, range) {
        out.push(trimmed);
    }
}

/// `range` without its leading and trailing white space, or `None` if it is all white space.
fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    (start < end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slices<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn paragraphs_are_trimmed_non_blank_lines_whatever_the_line_end() {
        let text = "  Headline \r\n\r\nFirst line.\rSecond\u{2028}Third\n \t \nLast";
        let doc = Document::new(text);
        assert_eq!(
            slices(text, doc.paragraphs()),
            ["Headline", "First line.", "Second", "Third", "Last"]
        );
    }

    #[test]
    fn lines_end_at_every_line_end_character_and_no_look_alike() {
        // NEL, LS, PS, VT and FF end lines; 'Ņ' (C5 85), '…' (E2 80 A6) and '‧' (E2 80 A7)
        // share bytes with them and do not.
        let text = "a\u{85}b\u{2028}c\u{2029}d\u{0B}e\u{0C}f Ņ…‧ g";
        assert_eq!(
            slices(text, &lines(text)),
            ["a", "b", "c", "d", "e", "f Ņ…‧ g"]
        );
    }

    #[test]
    fn sentences_stay_inside_their_paragraph() {
        let text = "One sentence. Another one!\nA headline without a stop\nLast?";
        let doc = Document::new(text);
        assert_eq!(
            slices(text, doc.sentences()),
            [
                "One sentence.",
                "Another one!",
                "A headline without a stop",
                "Last?"
            ]
        );
    }

    #[test]
    fn words_hold_letters_or_digits() {
        let text = "Don’t panic — it’s 3.5% of U.S. GDP… 👍";
        let doc = Document::new(text);
        assert_eq!(
            slices(text, doc.words()),
            ["Don’t", "panic", "it’s", "3.5", "of", "U.S", "GDP"]
        );
    }

    #[test]
    fn empty_and_blank_texts_have_nothing() {
        for text in ["", "   ", "\n\r\n\t\n"] {
            let doc = Document::new(text);
            assert!(doc.paragraphs().is_empty() && doc.sentences().is_empty());
            assert!(doc.words().is_empty());
        }
    }

    #[test]
    fn characters_are_graphemes() {
        assert_eq!(Document::new("e\u{301}👍🏽🇺🇦\r\n").characters(), 4);
    }
}
