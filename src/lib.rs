//! Verbatim reads news articles the way a careful editor does: where the sentences are, who
//! is quoted saying what, and which passages were copied from where.
//!
//! The crate is the core plus two thin adapters. The core is plain Rust — no WebAssembly, no
//! DOM, no files — and everything goes through one entry point, [`analyze`], so the page
//! and the CLI give the same [`Report`] for the same text.
//!
//! - [`text`]: paragraphs, sentences and words as byte ranges, and the one translation of
//!   byte offsets into the UTF-16 offsets the report speaks.
//! - [`quotes`]: quotation marks paired, each quotation's kind, speaker and cue, and the
//!   same quotation grouped across articles.
//! - [`report`]: the serde types of the report, the contract with the page and the CLI.
//! - `wasm` (WebAssembly only): the browser adapter, `analyze` over JS values.
//! - `src/bin/verbatim.rs`: the CLI adapter, files in, JSON or a summary out.

#![forbid(unsafe_code)]

pub mod quotes;
pub mod report;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::{Deserialize, Serialize};

use report::{
    DocumentReport, Paragraph, Quote, QuoteGroup, QuoteKind, Report, Span, Stats, REPORT_VERSION,
};
use text::{Class, Document, Utf16Index};

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

/// Analyses a set of articles: each on its own, then against each other.
pub fn analyze(inputs: &[Input]) -> Report {
    let documents: Vec<DocumentReport> = inputs.iter().map(analyze_one).collect();
    let renderings: Vec<Vec<(String, Option<String>)>> = documents
        .iter()
        .map(|d| {
            d.quotes
                .iter()
                .map(|q| {
                    // Only quotations in the reporter's text, and not scare quotes, are
                    // renderings of something someone said.
                    let said = q.depth == 0 && q.kind != QuoteKind::Scare;
                    let text = if said { q.text.clone() } else { String::new() };
                    (text, q.speaker.clone())
                })
                .collect()
        })
        .collect();
    let quote_groups = quotes::group(&renderings)
        .into_iter()
        .map(|(speaker, members)| QuoteGroup { speaker, members })
        .collect();
    Report {
        version: REPORT_VERSION,
        documents,
        pairs: Vec::new(),
        quote_groups,
    }
}

fn analyze_one(input: &Input) -> DocumentReport {
    let doc = Document::new(&input.text);
    let utf16 = Utf16Index::new(&input.text);
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
    let quotes = quotes::extract(&doc, &names)
        .into_iter()
        .map(|q| {
            let outer = span(&q.outer);
            Quote {
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
    DocumentReport {
        name: input.name.clone(),
        stats: Stats {
            characters: doc.characters(),
            words: doc.words().len(),
            content_words: doc.content_words(),
            sentences: doc.sentences().len(),
            paragraphs: paragraphs.len(),
            junk_paragraphs: paragraphs.iter().filter(|p| p.class == Class::Junk).count(),
        },
        reading: text::reading(&doc),
        names,
        sentences: doc.sentences().iter().map(span).collect(),
        paragraphs,
        quotes,
        repeats: Vec::new(),
    }
}
