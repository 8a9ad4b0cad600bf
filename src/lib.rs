//! Verbatim reads news articles the way a careful editor does: where the sentences are, who
//! is quoted saying what, and which passages were copied from where.
//!
//! The crate is the core plus two thin adapters. The core is plain Rust — no WebAssembly, no
//! DOM, no files — and everything goes through one entry point, [`analyze`], so the page
//! and the CLI give the same [`Report`] for the same text.
//!
//! - [`text`]: paragraphs, sentences and words as byte ranges, and the one translation of
//!   byte offsets into the UTF-16 offsets the report speaks.
//! - [`report`]: the serde types of the report, the contract with the page and the CLI.
//! - `wasm` (WebAssembly only): the browser adapter, `analyze` over JS values.
//! - `src/bin/verbatim.rs`: the CLI adapter, files in, JSON or a summary out.

#![forbid(unsafe_code)]

pub mod report;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::{Deserialize, Serialize};

use report::{DocumentReport, Paragraph, Report, Span, Stats, REPORT_VERSION};
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
    Report {
        version: REPORT_VERSION,
        documents: inputs.iter().map(analyze_one).collect(),
        pairs: Vec::new(),
        quote_groups: Vec::new(),
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
        names: doc.names(),
        sentences: doc.sentences().iter().map(span).collect(),
        paragraphs,
        quotes: Vec::new(),
        repeats: Vec::new(),
    }
}
