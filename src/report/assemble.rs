//! The one place that turns the layers' results into the report's wire types: a document's
//! spans in UTF-16 units of the text as given, a pair's scores rounded and said in plain
//! words, the quotation groups with the words each rendering changes.
//!
//! The layers below (`text`, `quotes`, `dedup`) return their own types in byte offsets of the
//! reader's text and know nothing of the report; the rules of how a result is shown (four
//! places, "contains 83%: likely a repost") live here, once, for the page and the CLI alike.

use crate::report::{
    Copies, DocumentReport, Markup, Pair, PairKind, Paragraph, Quote, QuoteDifference, QuoteGroup,
    Repeat, SharedPassage, Span, Stats,
};
use crate::text::{self, Class, Document, Utf16Index};
use crate::{dedup, quotes, Input};

/// One article's report, and its words (every paragraph's) for comparing it with others.
pub(crate) fn document(
    index: usize,
    input: &Input,
    doc: &Document,
    utf16: &Utf16Index,
) -> (DocumentReport, dedup::Words) {
    let span = |r: &std::ops::Range<usize>| {
        let original = doc.original_outer(r.clone());
        Span(utf16.at(original.start), utf16.at(original.end))
    };
    let paragraphs: Vec<Paragraph> = doc
        .paragraphs()
        .iter()
        .zip(doc.verdicts())
        .map(|(r, v)| Paragraph {
            span: span(r),
            class: v.class,
            junk: v.junk,
        })
        .collect();
    let language = doc.language();
    let names = doc.names(language);
    // Repeats count junk too: an error message or a caption printed twice is a repeat.
    let all = dedup::Words::of(doc, false);
    let repeats = dedup::repeats(&all)
        .into_iter()
        .map(|r| Repeat {
            first: span(&dedup::byte_range(&all, r.run.a..r.run.a + r.run.len)),
            again: span(&dedup::byte_range(&all, r.run.b..r.run.b + r.run.len)),
            similarity: round(r.similarity),
        })
        .collect();
    let quotes = quotes::extract(doc, &names)
        .into_iter()
        .map(|q| {
            let outer = span(&q.outer);
            // The paragraph and the sentence the quotation opens in.
            let at = q.outer.start;
            let paragraph = doc.paragraphs().partition_point(|p| p.end <= at);
            let sentence = doc.sentences().partition_point(|s| s.end <= at);
            Quote {
                speech: q.is_speech(),
                start: outer.0,
                end: outer.1,
                text: doc.text()[q.inner].to_string(),
                kind: q.kind,
                speaker: q.speaker,
                cue: q.cue,
                depth: q.depth,
                closed: q.closed,
                continues: q.continues,
                rule: q.rule.map(str::to_string),
                paragraph: paragraph.min(doc.paragraphs().len().saturating_sub(1)),
                sentence: doc
                    .sentences()
                    .get(sentence)
                    .is_some_and(|s| s.start <= at)
                    .then_some(sentence),
                group: None,
            }
        })
        .collect();
    let about = super::about::about(&input.text, doc);
    let name = name_of(input, about.title.as_deref(), index);
    let report = DocumentReport {
        name,
        title: about.title,
        date: about.date,
        url: about.url,
        outlet: about.outlet,
        language,
        stats: Stats {
            characters: doc.characters(),
            words: doc.words().len(),
            content_words: doc.content_words(),
            sentences: doc.sentences().len(),
            paragraphs: paragraphs.len(),
            junk_paragraphs: paragraphs.iter().filter(|p| p.class == Class::Junk).count(),
        },
        reading: text::reading(doc, language),
        names,
        sentences: doc.sentences().iter().map(span).collect(),
        paragraphs,
        quotes,
        repeats,
        markup: doc
            .markup()
            .into_iter()
            .map(|(r, instead)| Markup(utf16.at(r.start), utf16.at(r.end), instead.to_string()))
            .collect(),
        copy_of: None,
        pairs_omitted: 0,
    };
    (report, all)
}

/// An article the user did not name goes by its headline, as people call it, else by its
/// place (`index`, from 0) among the articles.
fn name_of(input: &Input, title: Option<&str>, index: usize) -> String {
    if !input.name.trim().is_empty() {
        return input.name.clone();
    }
    title.map_or_else(
        || ["Article ", &crate::util::decimal((index + 1) as u64)].concat(),
        str::to_string,
    )
}

/// The report of article `at`, whose text is that of article `index` (`original`), read
/// once: it points there, with its own name.
#[inline(never)]
pub(crate) fn copy(
    at: usize,
    input: &Input,
    original: &DocumentReport,
    index: usize,
) -> DocumentReport {
    DocumentReport {
        name: name_of(input, original.title.as_deref(), at),
        title: original.title.clone(),
        date: original.date.clone(),
        url: original.url.clone(),
        outlet: original.outlet.clone(),
        language: original.language,
        stats: original.stats,
        reading: original.reading.clone(),
        names: Vec::new(),
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        quotes: Vec::new(),
        repeats: Vec::new(),
        markup: Vec::new(),
        copy_of: Some(index),
        pairs_omitted: 0,
    }
}

/// A group of copies.
pub(crate) fn copies(group: dedup::CopyGroup) -> Copies {
    Copies {
        members: group.members,
        identical: group.identical,
    }
}

/// The same quotation across articles, each group with how its renderings differ: from the
/// documents' quotations, speakers already unified. Each rendering is told its group.
pub(crate) fn quote_groups(documents: &mut [DocumentReport]) -> Vec<QuoteGroup> {
    let groups = groups_of(documents);
    for (k, g) in groups.iter().enumerate() {
        for &[d, q] in &g.members {
            documents[d].quotes[q].group = Some(k);
        }
    }
    groups
}

fn groups_of(documents: &[DocumentReport]) -> Vec<QuoteGroup> {
    let renderings: Vec<Vec<(String, Option<String>)>> = documents
        .iter()
        .map(|d| {
            d.quotes
                .iter()
                .map(|q| {
                    // Only speech renders something someone said.
                    let text = if q.speech {
                        q.text.clone()
                    } else {
                        String::new()
                    };
                    (text, q.speaker.clone())
                })
                .collect()
        })
        .collect();
    let continued_by: Vec<Vec<Option<usize>>> = documents
        .iter()
        .map(|d| continued_by(d.quotes.iter().map(|q| q.continues)))
        .collect();
    quotes::group(&renderings)
        .into_iter()
        .map(|(speaker, members)| {
            // Each member with the parts that continue it: one utterance, compared whole.
            let utterances: Vec<Vec<&str>> = members
                .iter()
                .map(|&[d, q]| {
                    let quotes = &documents[d].quotes;
                    utterance(|i| quotes[i].text.as_str(), &continued_by[d], q)
                })
                .collect();
            quote_group(speaker, members, &utterances)
        })
        .collect()
}

/// For each of an article's quotations (given by what each `continues`), the first later
/// one that continues it.
#[inline]
pub fn continued_by(continues: impl ExactSizeIterator<Item = Option<usize>>) -> Vec<Option<usize>> {
    let mut next = vec![None; continues.len()];
    for (r, c) in continues.enumerate() {
        if let Some(p) = c.filter(|&p| p < r) {
            next[p].get_or_insert(r);
        }
    }
    next
}

/// The utterance quotation `q` starts: its text (`text(i)`: quotation `i`'s) and those of
/// the parts that continue it, in order (`next`: [`continued_by`]).
#[inline]
pub fn utterance<'q>(
    text: impl Fn(usize) -> &'q str,
    next: &[Option<usize>],
    q: usize,
) -> Vec<&'q str> {
    let mut parts = vec![text(q)];
    let mut at = q;
    // `continues` points back, so the chain forward ends.
    while let Some(n) = next.get(at).copied().flatten() {
        parts.push(text(n));
        at = n;
    }
    parts
}

/// A group of renderings of one quotation as the report gives it: its `speaker`, its
/// `members` (`[document, quotation]`, sorted) and, from each member's [`utterance`], the
/// fullest rendering and how each differs from it.
#[inline]
pub fn quote_group(
    speaker: Option<String>,
    members: Vec<[usize; 2]>,
    utterances: &[Vec<&str>],
) -> QuoteGroup {
    let (reference, differences) = quotes::diff::utterance_differences(utterances);
    let differences = differences
        .into_iter()
        .map(|d| QuoteDifference {
            changed: d.changed.into_iter().map(|(s, e)| Span(s, e)).collect(),
            omitted: d.omitted,
        })
        .collect();
    QuoteGroup {
        speaker,
        members,
        reference,
        differences,
    }
}

/// A pair of articles as the report gives it: scores rounded, the pair in plain words, the
/// shared passages in UTF-16 units of the texts as given (`places`: each compared word's
/// `[start, end]` there, for a document index).
pub(crate) fn pair<'p>(
    shared: dedup::Shared,
    places: &dyn Fn(usize) -> &'p [[u32; 2]],
    documents: &[DocumentReport],
) -> Pair {
    // From the first word's start to the last word's end (as `dedup::byte_range`).
    let span = |d: usize, run: std::ops::Range<usize>| {
        let words = places(d);
        let last = run.end.min(words.len()).max(run.start + 1) - 1;
        Span(words[run.start][0] as usize, words[last][1] as usize)
    };
    let passages = shared
        .passages
        .iter()
        .map(|p| SharedPassage {
            a: span(shared.a, p.a.clone()),
            b: span(shared.b, p.b.clone()),
        })
        .collect();
    Pair {
        shared: passages,
        ..judge(
            &shared,
            &documents[shared.a].name,
            &documents[shared.b].name,
        )
    }
}

/// A pair as the report gives it (scores rounded, its kind and verdict with the articles'
/// names `a` and `b`), without its shared passages: for a caller that scores pairs from
/// shingle sets ([`dedup::score`]) and has no words to place passages with.
#[inline]
pub fn judge(shared: &dedup::Shared, a: &str, b: &str) -> Pair {
    let (kind, verdict) = verdict(a, b, shared.containment);
    Pair {
        a: shared.a,
        b: shared.b,
        resemblance: round(shared.resemblance),
        containment: shared.containment.map(round),
        held: [shared.a, shared.b][held(shared.containment)],
        kind,
        verdict,
        shared: Vec::new(),
    }
}

/// Scores to four places: enough for a reader, and stable in JSON.
pub(crate) fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Which of a pair more of is inside the other: 0 for `a` (`containment[0]`, the share of
/// `a` found in `b`, is at least `b`'s), 1 for `b`.
fn held(containment: [f64; 2]) -> usize {
    usize::from(containment[0] < containment[1])
}

/// The pair in plain words, who holds how much of whom, and its kind: judged by the whole
/// percent the words say, so that "contains 80%" is always a repost.
fn verdict(a: &str, b: &str, containment: [f64; 2]) -> (PairKind, String) {
    let side = held(containment);
    let (held, holder) = [(a, b), (b, a)][side];
    let share = containment[side];
    let pct = dedup::relation::percent(share);
    let kind = PairKind::of(pct);
    let identical = dedup::Relation::of(share, containment[1 - side]) == dedup::Relation::Identical;
    let digits = &crate::util::decimal(pct.into());
    let said = match kind {
        PairKind::Repost if identical => [holder, " and ", held, " are identical"].concat(),
        PairKind::Repost => [
            holder,
            " contains ",
            digits,
            "% of ",
            held,
            ": likely a repost",
        ]
        .concat(),
        PairKind::Reuse => [
            holder,
            " reuses ",
            digits,
            "% of ",
            held,
            ": shared passages",
        ]
        .concat(),
        PairKind::Topic => [
            holder,
            " shares ",
            digits,
            "% of ",
            held,
            ": the same topic or a shared quote",
        ]
        .concat(),
        PairKind::Slight => [
            holder,
            " shares ",
            digits,
            "% of ",
            held,
            ": little in common",
        ]
        .concat(),
    };
    (kind, said)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_is_judged_by_the_larger_share_and_said_so() {
        // The side held is the one the verdict names second, `a` on a tie.
        assert_eq!(held([0.8, 0.1]), 0);
        assert_eq!(held([0.05, 0.7951]), 1);
        assert_eq!(held([0.3, 0.3]), 0);
        let cases: [([f64; 2], PairKind, &str); 7] = [
            ([0.99, 0.975], PairKind::Repost, "B and A are identical"),
            (
                [0.8, 0.1],
                PairKind::Repost,
                "B contains 80% of A: likely a repost",
            ),
            (
                [0.05, 0.7951],
                PairKind::Repost,
                "A contains 80% of B: likely a repost",
            ),
            (
                [0.05, 0.7949],
                PairKind::Reuse,
                "A reuses 79% of B: shared passages",
            ),
            (
                [0.3, 0.3],
                PairKind::Reuse,
                "B reuses 30% of A: shared passages",
            ),
            (
                [0.1, 0.0],
                PairKind::Topic,
                "B shares 10% of A: the same topic or a shared quote",
            ),
            (
                [0.02, 0.0949],
                PairKind::Slight,
                "A shares 9% of B: little in common",
            ),
        ];
        for (containment, kind, words) in cases {
            assert_eq!(verdict("A", "B", containment), (kind, words.to_string()));
        }
    }
}
