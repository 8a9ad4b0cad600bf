//! Verbatim reads news articles the way a careful editor does: where the sentences are, who
//! is quoted saying what, and which passages were copied from where.
//!
//! The crate is the core plus two thin adapters. The core is plain Rust — no WebAssembly, no
//! DOM, no files — and everything goes through one entry point, [`analyze`], so the page
//! and the CLI give the same [`Report`] for the same text.
//!
//! The modules, in layers that point one way: each uses only those listed before it.
//!
//! - `util`: the fast hash map, the one small sort, union–find; needed by all, needs none.
//! - [`lang`]: one lexicon per language (verbs of saying, pronouns with gender, …), asked
//!   by every rule that needs a language's words.
//! - [`text`]: paragraphs, sentences and words as byte ranges, page junk, names, reading
//!   figures, word keys, and the one translation of byte offsets into the UTF-16 offsets the
//!   report speaks.
//! - [`quotes`]: quotation marks paired, each quotation's kind, speaker and cue, and the
//!   same quotation grouped across articles.
//! - [`dedup`]: passages repeated inside an article, what pairs of articles share, and the
//!   duplicate clusters.
//! - [`report`]: the serde types of the report, the contract with the page and the CLI, and
//!   the one place (`report/assemble.rs`) that builds them from the layers' results.
//! - `pipeline`: the analysis in the order it runs, behind [`analyze`].
//! - `wasm` (WebAssembly only): the browser adapter: `work`, the page's worker's side of a
//!   request, and `analyze` over JS values.
//! - `src/bin/verbatim.rs`: the CLI adapter, files in, JSON or a summary out.

#![forbid(unsafe_code)]

pub mod dedup;
pub mod lang;
mod pipeline;
pub mod quotes;
pub mod report;
pub mod text;
mod util;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::{Deserialize, Serialize};

use report::Report;

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

/// One article read on its own, as [`analyze`] reads each before comparing them: its report
/// (`index`, its place among the articles, names it when `input` has no name; its speakers
/// not yet unified with other articles', see [`quotes::unify_speakers`]) and its words
/// outside junk paragraphs, whose [`dedup::Features`] compare it with others. For a caller
/// that spreads articles over machines and joins the rest itself (the Python package's
/// Spark job); [`analyze`] is this, then every step across articles, in one process.
pub fn read(index: usize, input: &Input) -> (report::DocumentReport, dedup::Words) {
    pipeline::read(index, input)
}

/// [`analyze_with`], telling `progress` how far it has got: the share of the work done, from
/// 0 to 1, about a hundred times at most, so a page can show a long analysis moving.
pub fn analyze_observed(
    inputs: &[Input],
    options: &Options,
    progress: &mut dyn FnMut(f64),
) -> Report {
    pipeline::run(inputs, options, progress)
}
