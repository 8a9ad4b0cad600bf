//! Verbatim reads news articles the way a careful editor does: where the sentences are, who
//! is quoted saying what, and which passages were copied from where.
//!
//! The crate is the core plus two thin adapters. The core is plain Rust — no WebAssembly, no
//! DOM, no files — and everything goes through one entry point, [`analyze`], so the page
//! and the CLI give the same [`Report`] for the same text.
//!
//! - [`lang`]: each language's words, and which language a text is in.
//! - [`text`]: paragraphs, sentences and words as byte ranges, and the one translation of
//!   byte offsets into the UTF-16 offsets the report speaks.
//! - [`dedup`]: passages repeated inside an article, and what pairs of articles share.
//! - [`quotes`]: quotation marks paired, each quotation's kind, speaker and cue, and the
//!   same quotation grouped across articles.
//! - [`report`]: the serde types of the report, the contract with the page and the CLI.
//! - `wasm` (WebAssembly only): the browser adapter, `analyze` over JS values.
//! - `src/bin/verbatim.rs`: the CLI adapter, files in, JSON or a summary out.

#![forbid(unsafe_code)]

pub mod dedup;
pub mod lang;
pub mod quotes;
pub mod report;
mod sort;
pub mod text;
mod unionfind;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::{Deserialize, Serialize};

use report::{
    DocumentReport, Pair, PairKind, Paragraph, Quote, QuoteDifference, QuoteGroup, Repeat, Report,
    SharedPassage, Span, Stats, REPORT_VERSION,
};
use text::{Class, Document, Utf16Cursor, Utf16Index};

/// One article to analyse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Input {
    /// What to call it in the report: a file name, or the title the user gave it.
    pub name: String,
    /// The text exactly as the user gave it; every offset in the report points into it.
    pub text: String,
}

impl Input {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Input {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// Choices a caller can make about an analysis.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// For more than [`dedup::EXACT_LIMIT`] articles, the resemblance or containment a pair
    /// needs to be reported (fewer articles: every pair sharing text is).
    pub threshold: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options { threshold: 0.5 }
    }
}

/// Analyses a set of articles: each on its own, then against each other.
pub fn analyze(inputs: &[Input]) -> Report {
    analyze_with(inputs, &Options::default())
}

/// [`analyze`] with choices other than the defaults.
pub fn analyze_with(inputs: &[Input], options: &Options) -> Report {
    analyze_observed(inputs, options, &mut |_| {})
}

/// [`analyze_with`], telling `progress` how far it has got: the share of the work done, from
/// 0 to 1, about a hundred times at most, so a page can show a long analysis moving.
pub fn analyze_observed(
    inputs: &[Input],
    options: &Options,
    progress: &mut dyn FnMut(f64),
) -> Report {
    // The work is measured in bytes of text: reading an article costs about as much as
    // finding its quotations and repeats; comparing the articles takes the last part.
    let total = inputs.iter().map(|i| i.text.len()).sum::<usize>().max(1) as f64;
    let mut done = 0.0;
    let mut told = 0.0;
    let mut advance = |bytes: f64, share: f64| {
        done += bytes * share / total;
        if done - told >= 0.01 {
            told = done;
            progress(done.min(1.0));
        }
    };
    // One article at a time: its report, and its content words for comparing the articles
    // afterwards. The segmented document is not kept (at 10,000 articles, holding them all
    // was most of the memory): a shared passage needs only where each word stands in the
    // text as given, in UTF-16 units.
    let mut documents: Vec<DocumentReport> = Vec::with_capacity(inputs.len());
    let mut content: Vec<dedup::Words> = Vec::with_capacity(inputs.len());
    let mut places: Vec<Vec<[u32; 2]>> = Vec::with_capacity(inputs.len());
    for input in inputs {
        let doc = Document::new(&input.text);
        advance(input.text.len() as f64, 0.4);
        let utf16 = Utf16Index::new(&input.text);
        let (report, all) = analyze_one(input, &doc, &utf16);
        documents.push(report);
        let mut words = dedup::Words::content_of(&all, &doc);
        // Comparing needs the words' keys alone; their ranges become places.
        let ranges = std::mem::take(&mut words.ranges);
        words.paragraph = Vec::new();
        let mut cursor = Utf16Cursor::new(&input.text);
        let unit = |n: usize| u32::try_from(n).expect("a text of fewer than 2³² UTF-16 units");
        places.push(
            doc.originals(&ranges)
                .map(|r| [unit(cursor.at(r.start)), unit(cursor.at(r.end))])
                .collect(),
        );
        content.push(words);
        advance(input.text.len() as f64, 0.45);
    }
    quotes::unify_speakers(&mut documents);
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
    // For each quotation, the first later one that continues it.
    let continued_by: Vec<Vec<Option<usize>>> = documents
        .iter()
        .map(|d| {
            let mut next = vec![None; d.quotes.len()];
            for (r, q) in d.quotes.iter().enumerate() {
                if let Some(p) = q.continues.filter(|&p| p < r) {
                    next[p].get_or_insert(r);
                }
            }
            next
        })
        .collect();
    let quote_groups = quotes::group(&renderings)
        .into_iter()
        .map(|(speaker, members)| {
            // Each member with the parts that continue it: one utterance, compared whole.
            let utterances: Vec<Vec<&str>> = members
                .iter()
                .map(|&[d, q]| {
                    let quotes = &documents[d].quotes;
                    let mut parts = vec![quotes[q].text.as_str()];
                    let mut at = q;
                    // `continues` points back, so the chain forward ends.
                    while let Some(next) = continued_by[d][at] {
                        parts.push(quotes[next].text.as_str());
                        at = next;
                    }
                    parts
                })
                .collect();
            let (reference, differences) = quotes::diff::utterance_differences(&utterances);
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
        })
        .collect();
    let pairs = dedup::pairs(&content, options.threshold)
        .into_iter()
        .map(|shared| {
            // From the first word's start to the last word's end (as `dedup::byte_range`).
            let span = |d: usize, run: std::ops::Range<usize>| {
                let words = &places[d];
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
            let (kind, verdict) = verdict(
                &inputs[shared.a].name,
                &inputs[shared.b].name,
                shared.containment,
            );
            Pair {
                a: shared.a,
                b: shared.b,
                resemblance: round(shared.resemblance),
                containment: shared.containment.map(round),
                kind,
                verdict,
                shared: passages,
            }
        })
        .collect::<Vec<_>>();
    let clusters = dedup::clusters(&pairs, options.threshold);
    Report {
        version: REPORT_VERSION,
        documents,
        pairs,
        quote_groups,
        clusters,
    }
}

/// Scores to four places: enough for a reader, and stable in JSON.
fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The pair in plain words, who holds how much of whom, and its kind: judged by the whole
/// percent the words say, so that "contains 80%" is always a repost.
fn verdict(a: &str, b: &str, containment: [f64; 2]) -> (PairKind, String) {
    // containment[0] is the share of a found in b: b holds a.
    let (holder, held, share) = if containment[0] >= containment[1] {
        (b, a, containment[0])
    } else {
        (a, b, containment[1])
    };
    // A whole number of percent (and no float formatting code in the wasm).
    let pct = (share * 100.0).round() as u32;
    let kind = PairKind::of(pct);
    let said = match kind {
        PairKind::Repost => format!("{holder} contains {pct}% of {held}: likely a repost"),
        PairKind::Reuse => format!("{holder} reuses {pct}% of {held}: shared passages"),
        PairKind::Topic => {
            format!("{holder} shares {pct}% of {held}: the same topic or a shared quote")
        }
        PairKind::Slight => format!("{holder} shares {pct}% of {held}: little in common"),
    };
    (kind, said)
}

/// One article's report, and its words (every paragraph's) for comparing it with others.
fn analyze_one(
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
    let names = doc.names();
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
            }
        })
        .collect();
    let language = lang::detect(doc.text());
    let report = DocumentReport {
        name: input.name.clone(),
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
    };
    (report, all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_is_judged_by_the_larger_share_and_said_so() {
        let cases: [([f64; 2], PairKind, &str); 6] = [
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

    #[test]
    fn progress_rises_steadily_and_reports_the_same_as_without() {
        let inputs: Vec<Input> = (0..40)
            .map(|i| {
                Input::new(
                    format!("a{i}"),
                    "Milley said “seize the moment,” he said. ".repeat(50),
                )
            })
            .collect();
        let mut seen = Vec::new();
        let report = analyze_observed(&inputs, &Options::default(), &mut |d| seen.push(d));
        assert_eq!(report, analyze(&inputs));
        assert!(seen.len() > 10 && seen.len() <= 101, "{}", seen.len());
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
        assert!(seen[0] > 0.0 && *seen.last().unwrap() <= 1.0);
        assert!(*seen.last().unwrap() > 0.8, "{seen:?}");
    }
}
