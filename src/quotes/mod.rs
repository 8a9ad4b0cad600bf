//! Who said what: quotations, their kind, their speaker and cue verb, and the same
//! quotation across articles.
//!
//! [`marks`] pairs the quotation marks. This module then reads each quotation in its
//! sentence the way a reader does: `“…,” Milley said`, `said Milley`, `Milley said: “…”`,
//! `Milley said last week that victory “is …”`, `According to X, …`; a pronoun (`he said`)
//! is the person last named before it; a description (`one US official`) is kept as
//! written; a name is the article's canonical name for that person (see
//! [`crate::text::names`]). A quotation with no attribution of its own right after an
//! attributed one — the second half of a quotation split by its attribution, or the next
//! paragraph of a speech — continues that speaker.
//!
//! [`group`] finds the same quotation in several articles even when outlets word it a
//! little differently, through shared word triples, so the cost grows with the number of
//! quotations, not its square.
//!
//! The files, in the order a quotation goes through them:
//!
//! - [`marks`]: quotation marks paired, with their depth;
//! - [`dashes`]: the speech turns of dash dialogue (`—Vamos —dijo el viajero—.`), merged
//!   with them;
//! - `kind.rs`: direct, partial or scare, which decides whether a speaker is looked for;
//! - `attribution.rs`: the speaker phrase and cue verb read right around the quotation;
//! - `speakers.rs`: what that phrase stands for in the article (a pronoun's antecedent, a
//!   surname's full name), and across articles ([`unify_speakers`]);
//! - `group.rs`: the same quotation across articles;
//! - [`diff`]: the words that differ between the renderings of a group.
//!
//! This file holds the [`Quotation`] and [`extract`], the reading of one article: it pairs
//! the marks, then for each quotation asks the steps above, and carries a speaker on to the
//! quotation that continues one (split by its attribution, or the next paragraph).

pub mod dashes;
pub mod diff;
pub mod marks;

mod attribution;
mod cascade;
mod group;
mod kind;
mod speakers;

pub use group::{alike, group, triples, vote, MAX_HOLDERS};
pub use kind::QuoteKind;
pub use speakers::{bearers, full_name, title_gender, unify_speakers};

use std::ops::Range;

use crate::text::{Class, Document, Name, NameKind};

use attribution::{attribution_after, attribution_incise};
use kind::kind;
use speakers::Article;

/// A quotation, in the view coordinates of its [`Document`].
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation {
    /// Marks included.
    pub outer: Range<usize>,
    /// Inside the marks.
    pub inner: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    /// Nesting depth: 0 for a quotation in the reporter's text.
    pub depth: usize,
    pub closed: bool,
    /// The index of the quotation this one continues (same utterance, split by its
    /// attribution or running over paragraphs).
    pub continues: Option<usize>,
    /// The id of the attribution rule that named the speaker (see `cascade.rs`).
    pub rule: Option<&'static str>,
}

impl Quotation {
    /// Someone's words in the reporter's text, not a term in quotes nor a quotation quoted
    /// inside another: what is attributed, listed by speaker and grouped.
    pub fn is_speech(&self) -> bool {
        self.depth == 0 && self.kind != QuoteKind::Scare
    }
}

/// The words of `s` with where each starts: the UAX #29 words `unicode_word_indices` gives,
/// through the text layer's fast path.
fn word_indices(s: &str) -> impl DoubleEndedIterator<Item = (usize, &str)> {
    crate::text::words::words(s)
        .into_iter()
        .map(move |r| (r.start, &s[r]))
}

/// The first `n` words of `s` (all of them if fewer), as [`word_indices`] gives them, from
/// only as much of `s` as they need: a prefix ending before an ASCII space, where words
/// always break (no UAX #29 rule joins or looks ahead across a space, and the text layer's
/// fast path reads a space as it reads the end of the text), so the prefix's words are the
/// first words of the whole.
fn first_words(s: &str, n: usize) -> Vec<(usize, &str)> {
    // Enough for `n` words of news prose, most of the time; else the whole text.
    let budget = 8 * n;
    let cut = s
        .as_bytes()
        .get(budget..)
        .and_then(|rest| rest.iter().position(|&b| b == b' '))
        .map(|k| budget + k);
    if let Some(cut) = cut {
        let words: Vec<(usize, &str)> = word_indices(&s[..cut]).take(n).collect();
        if words.len() == n {
            return words;
        }
    }
    word_indices(s).take(n).collect()
}

/// The quotations of `doc`, outside junk paragraphs, in order.
pub fn extract(doc: &Document, names: &[Name]) -> Vec<Quotation> {
    let text = doc.text();
    let paragraphs: Vec<Range<usize>> = doc
        .paragraphs()
        .iter()
        .zip(doc.verdicts())
        .filter(|(_, v)| v.class != Class::Junk)
        .map(|(r, _)| r.clone())
        .collect();
    let people: Vec<&Name> = names
        .iter()
        .filter(|n| n.kind == NameKind::Person)
        .collect();
    let sentences = doc.sentences();
    let foreign = crate::lang::Lang::foreign(doc.language());
    let article = Article::new(text, sentences, &people, foreign);
    let mut out: Vec<Quotation> = Vec::new();
    let mut last_top: Option<usize> = None;
    let spans = dashes::merge(
        marks::pair(text, &paragraphs),
        dashes::turns(text, &paragraphs),
    );
    for (i, span) in spans.iter().enumerate() {
        // The next quotation in the reporter's text, if one of the next few.
        let next = spans[i + 1..]
            .iter()
            .take(4)
            .find(|s| s.depth == 0)
            .map(|s| s.outer.clone());
        let inner = &text[span.inner.clone()];
        // Only a quotation's first words are read: whether it has any, whether it has more
        // than three (and, in `kind`, whether they are capitalised as a title's).
        let inner_words = first_words(inner, 4);
        if inner_words.is_empty() {
            continue;
        }
        let context = sentence_around(sentences, &span.outer);
        // Whether its words close on a comma, a question or an exclamation, as words an
        // attribution follows do (`„Nein“, sagte er`, `« Non », dit-il`: the comma may stand
        // after the marks).
        let closes = inner.trim_end().ends_with([',', '?', '!'])
            || text[span.outer.end..].trim_start().starts_with(',');
        let here = paragraph_of(&paragraphs, span.outer.start);
        // A turn of dash dialogue is bounded by its dashes: what stands around its words is
        // its incise, read as its attribution, or its other words. It is someone's words.
        let (before, after, attributed_after, mut kind) = if let Some(turn) = &span.turn {
            let incise = turn.incise.as_ref();
            let attributed = incise.and_then(|r| attribution_incise(&text[r.clone()]));
            ("", "", attributed, QuoteKind::Direct)
        } else {
            let (before, after) = around(text, &context, &span.outer);
            // A dash attribution stands after the quotation's own sentence, so look to the
            // paragraph's end for one.
            let paragraph_end = paragraphs
                .get(here)
                .map_or(span.outer.end, |p| p.end.max(span.outer.end));
            let tail = text[span.outer.end..paragraph_end].trim_start();
            // A quotation closing its paragraph may be signed in a paragraph of its own
            // (`"…"` / `- Sanders.`), as fact-checks quote the claims they check.
            let signed = || {
                let next = paragraphs.get(here + 1)?;
                let line = text[next.clone()].trim();
                // A signature, not a turn of dash dialogue (`— Sí, señor.`, `— ¿Vamos?`).
                let signature = line.starts_with(['—', '–', '-'])
                    && line.split_whitespace().count() <= 6
                    && !line.contains([',', '?', '!', '¿', '¡']);
                signature.then_some(line)
            };
            let dashed = if tail.is_empty() {
                signed()
            } else {
                tail.starts_with(['—', '–']).then_some(tail)
            };
            let attributed = attribution_after(dashed.unwrap_or(after)).or_else(|| {
                let lex = foreign.filter(|x| x.verb_second && closes)?;
                attribution::attribution_inverted(after, lex)
            });
            (
                before,
                after,
                attributed,
                kind(inner, &inner_words, before, after, foreign.is_some()),
            )
        };
        let lead_start = if span.turn.is_some() {
            span.outer.start
        } else {
            context.start.min(span.outer.start)
        };
        let first_sentence = sentences.partition_point(|s| s.end <= span.outer.start);
        // `“Could it? Maybe,” he said`: a few words with an attribution of their own are
        // someone's words, not a term.
        // The verb stands among the first words after it: in `the co-author of “Going
        // Viral,” about the spread of news, said …` the title is no one's words.
        if kind == QuoteKind::Scare
            && span.depth == 0
            && attributed_after.as_ref().is_some_and(|(_, cue)| {
                cue.is_some_and(|c| first_words(after, 4).iter().any(|&(_, w)| w == c))
            })
            && closes
        {
            kind = QuoteKind::Direct;
        }
        // `Trump said Bush is “not smart enough to win”`, `she called it “rigged”`: a few
        // words quoted inside someone's reported speech are their words, not a term.
        if kind == QuoteKind::Scare
            && span.depth == 0
            && !kind::title_case(inner, &inner_words)
            && (speech_around(before, after)
                || article
                    .opening(
                        cascade::lead(text, lead_start, &span.outer),
                        first_sentence,
                        &out,
                    )
                    .is_some())
        {
            kind = QuoteKind::Partial;
        }
        let mut quotation = Quotation {
            outer: span.outer.clone(),
            inner: span.inner.clone(),
            kind,
            speaker: None,
            cue: None,
            depth: span.depth,
            closed: span.closed,
            continues: None,
            rule: None,
        };
        // Scare quotes (terms, irony) are nobody's words.
        if quotation.is_speech() {
            let cx = cascade::Context {
                text,
                paragraphs: &paragraphs,
                sentences,
                article: &article,
                outer: span.outer.clone(),
                before,
                partial: quotation.kind == QuoteKind::Partial,
                attributed_after: attributed_after.clone(),
                lead_start,
                first_sentence,
                here,
                last_sentence: sentences
                    .partition_point(|s| s.end < span.outer.end)
                    .min(sentences.len().saturating_sub(1)),
                after_in_sentence: after,
                dialogue: span.turn.is_some(),
                next,
                out: &out,
                last_top,
                addressed: cascade::vocatives(&text[span.outer.clone()]),
            };
            let (found, rule) = cascade::attribute(&cx);
            quotation.speaker = found.speaker;
            quotation.cue = found.cue;
            quotation.continues = found.continues;
            quotation.rule = rule;
            last_top = Some(out.len());
        }
        out.push(quotation);
    }
    out
}

/// Whether a verb of saying (or `according to`, `selon`, `laut`) stands in a quotation's
/// sentence, outside other quotations:
/// `before` and `after` are the sentence on either side of it. Only the nearest few hundred
/// bytes on each side are read, so a sentence that never ends costs no more.
fn speech_around(before: &str, after: &str) -> bool {
    const REACH: usize = 400;
    let mut from = before.len().saturating_sub(REACH);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let before = &before[from..];
    let after = &after[..crate::text::floor_char_boundary(after, after.len().min(REACH))];
    let outside = |s: &str| {
        // Words inside other quotations are theirs: count the marks before each word.
        let mut open = false;
        let mut last = 0;
        word_indices(s).any(|(at, w)| {
            open ^= s[last..at]
                .chars()
                .filter(|c| matches!(c, '“' | '”' | '"' | '«' | '»'))
                .count()
                % 2
                == 1;
            last = at;
            !open && (attribution::cue_at(s, at, w) || crate::lang::is_according(w))
        })
    };
    outside(before) || outside(after)
}

/// The most of a quotation's sentence read on either side of it for its kind and its
/// attribution, in bytes. An attribution stands within a few words of its quotation; a
/// sentence that never ends (quotations pasted in one run with no full stop, common in
/// Arabic, Hebrew and CJK text and in transcripts) must not make each quotation's reading
/// grow with the text, which made such a paste quadratic.
const REACH: usize = 2000;

/// A quotation's sentence before and after it (`context` is the sentence, `outer` the
/// quotation), each cut to [`REACH`] bytes next to the quotation, at a space where one is
/// near so that no word is cut.
fn around<'t>(text: &'t str, context: &Range<usize>, outer: &Range<usize>) -> (&'t str, &'t str) {
    let mut from = context.start.min(outer.start);
    if outer.start - from > REACH {
        let cut = crate::text::floor_char_boundary(text, outer.start - REACH);
        from = text[cut..outer.start]
            .find(char::is_whitespace)
            .map_or(cut, |k| cut + k);
    }
    let mut to = context.end.max(outer.end);
    if to - outer.end > REACH {
        let cut = crate::text::floor_char_boundary(text, outer.end + REACH);
        to = text[outer.end..cut]
            .rfind(char::is_whitespace)
            .map_or(cut, |k| outer.end + k);
    }
    (&text[from..outer.start], &text[outer.end..to])
}

/// The sentence (or run of sentences) holding `outer`.
fn sentence_around(sentences: &[Range<usize>], outer: &Range<usize>) -> Range<usize> {
    let first = sentences.partition_point(|s| s.end <= outer.start);
    let last = sentences.partition_point(|s| s.start < outer.end);
    match (
        sentences.get(first),
        last.checked_sub(1).and_then(|l| sentences.get(l)),
    ) {
        (Some(a), Some(b)) if first < last => a.start.min(outer.start)..b.end.max(outer.end),
        _ => outer.clone(),
    }
}

/// The index of the paragraph holding byte `at`.
fn paragraph_of(paragraphs: &[Range<usize>], at: usize) -> usize {
    paragraphs.partition_point(|p| p.end <= at)
}

/// Whether the paragraph holding `outer` starts with it: a paragraph of quotation.
fn paragraph_is_quote(paragraphs: &[Range<usize>], outer: &Range<usize>, text: &str) -> bool {
    let i = paragraphs.partition_point(|p| p.end <= outer.start);
    paragraphs
        .get(i)
        .is_some_and(|p| text[p.start..outer.start].trim().is_empty())
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation;

    use super::*;

    #[test]
    fn first_words_are_the_first_of_all_the_words() {
        let texts = [
            "When there’s an opportunity to negotiate, when peace can be achieved, seize it. Seize the moment, he said.",
            "a.b c.d 3.5 3,5 don't don’t U.S. a:b e.g. x_y _ __ a\u{301}b a \u{301}b a. \u{301}b 1\u{301}.2",
            "Flags 🇺🇸🇺🇸🇺 🇸 and emoji 👍🏽 and ZWJ 👨\u{200D}👩 then words words words words words words words",
            "שלום\"ab a\"b カタカナ カ ナ 中文字 한국어 ελληνικά русский \u{FEFF}a\u{200B}b a\u{A0}b",
            "averyveryveryveryveryveryverylongwordthatgoesonandonandonandonandonandonandon and then some more",
            "",
            "   ",
            "one",
        ];
        for text in texts {
            for n in [1, 2, 4, 10, 13] {
                // Every suffix too, so the cut falls everywhere.
                for (at, _) in text.char_indices() {
                    let s = &text[at..];
                    let expected: Vec<(usize, &str)> = s.unicode_word_indices().take(n).collect();
                    assert_eq!(first_words(s, n), expected, "{s:?} {n}");
                }
            }
        }
    }

    pub(super) fn quoted(text: &str) -> Vec<(String, QuoteKind, Option<String>, Option<String>)> {
        let doc = Document::new(text);
        let names = doc.names(doc.language());
        extract(&doc, &names)
            .into_iter()
            .map(|q| (doc.text()[q.inner].to_string(), q.kind, q.speaker, q.cue))
            .collect()
    }

    pub(super) fn q(
        inner: &str,
        kind: QuoteKind,
        speaker: Option<&str>,
        cue: Option<&str>,
    ) -> (String, QuoteKind, Option<String>, Option<String>) {
        (
            inner.into(),
            kind,
            speaker.map(Into::into),
            cue.map(Into::into),
        )
    }

    /// The speaker of the quotation starting with `start`.
    pub(super) fn speaker_of(text: &str, start: &str) -> Option<String> {
        quoted(text)
            .into_iter()
            .find(|q| q.0.starts_with(start))
            .unwrap_or_else(|| panic!("{start:?} not quoted"))
            .2
    }

    #[test]
    fn a_quotation_continues_across_a_long_attribution_and_after_a_colon() {
        use QuoteKind::*;
        let text = "“For more than fifteen years our engineers have worked toward this,” said Dr. Habib Dagher, \
            executive director of the university’s Advanced Structures and Composites Center. \
            “Seeing our design built is extraordinary.”\n\
            Nurse practitioner Gloria Tsosie described a typical day in an interview last month:\n\
            “You start at seven and you don’t stop.\n\
            “And then at six o’clock you start the paperwork.”";
        let got = quoted(text);
        assert_eq!(got[1].2.as_deref(), Some("Habib Dagher"));
        assert_eq!(
            (got[2].1, got[2].2.as_deref()),
            (Direct, Some("Gloria Tsosie"))
        );
    }

    #[test]
    fn a_colon_without_a_cue_gives_the_words_to_who_introduces_them() {
        let text =
            "Users post pages. One creator with 400,000 followers put it this way in a video: \
            “My notebook is the only place nobody can reach me.”\n\
            Key facts about the plan: “Build more homes for the people who need them.”";
        assert_eq!(
            speaker_of(text, "My notebook").as_deref(),
            Some("One creator")
        );
        assert_eq!(speaker_of(text, "Build more"), None);
    }
}
