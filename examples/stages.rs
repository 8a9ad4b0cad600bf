//! Each stage's native throughput on the benchmark texts (real news prose, 10 KB to 10 MB,
//! written by `node bench/browser.mjs --texts`), and pair scoring over news-length articles
//! of the same total size. Part of `make bench`; prints JSON lines for bench/report.mjs, or
//! run `cargo run --release --example stages -- target/bench/texts/1MB.txt` to see them.

#[path = "support/corpus.rs"]
mod corpus;

use std::time::Instant;

use unicode_segmentation::UnicodeSegmentation;
use verbatim::{analyze, dedup, quotes, text, Input};

/// The median time in seconds of `runs` calls of `f`, each given a fresh `setup()`.
fn time<S, T>(runs: usize, mut setup: impl FnMut() -> S, mut f: impl FnMut(S) -> T) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let input = setup();
            let t = Instant::now();
            std::hint::black_box(f(input));
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let vocabulary = corpus::vocabulary();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a benchmark text");
        let label = std::path::Path::new(file)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let bytes = text.len();
        let runs = (20_000_000 / bytes).clamp(3, 51);
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let doc = text::Document::new(&text);
        let names = doc.names(verbatim::lang::detect(doc.text()));
        let words = dedup::Words::of(&doc, false);
        let mut stages: Vec<(&str, f64)> = vec![
            (
                "words (UAX #29, per paragraph)",
                time(
                    runs,
                    || (),
                    |_| {
                        lines
                            .iter()
                            .map(|l| text::words::words(l).len())
                            .sum::<usize>()
                    },
                ),
            ),
            (
                "· the same with unicode-segmentation's iterator",
                time(
                    runs,
                    || (),
                    |_| {
                        lines
                            .iter()
                            .map(|l| l.unicode_word_indices().count())
                            .sum::<usize>()
                    },
                ),
            ),
            (
                "sentences (per paragraph)",
                time(
                    runs,
                    || (),
                    |_| {
                        lines
                            .iter()
                            .map(|l| text::sentences::sentences(l).len())
                            .sum::<usize>()
                    },
                ),
            ),
            (
                "segmentation (markup, paragraphs, words, sentences, junk)",
                time(runs, || (), |_| text::Document::new(&text)),
            ),
            (
                "names",
                time(
                    runs,
                    || (),
                    |_| doc.names(verbatim::lang::detect(doc.text())),
                ),
            ),
            (
                "quotes (marks, kind, speaker, cue)",
                time(runs, || (), |_| quotes::extract(&doc, &names)),
            ),
            (
                "shingling (word keys, 5-word shingles)",
                time(runs, || (), |_| dedup::Words::of(&doc, false).shingles()),
            ),
            (
                "repeats inside the text",
                time(runs, || (), |_| dedup::repeats(&words)),
            ),
            (
                "full analysis (one article)",
                time(
                    runs,
                    || (),
                    |_| analyze(&[Input::new("bench", text.as_str())]),
                ),
            ),
        ];
        // Pair scoring over news-length articles adding up to the same size.
        let articles = corpus::corpus((bytes / 4_100).max(2), &vocabulary);
        let docs: Vec<text::Document> = articles
            .iter()
            .map(|a| text::Document::new(&a.text))
            .collect();
        let content: Vec<dedup::Words> = docs.iter().map(|d| dedup::Words::of(d, true)).collect();
        let pair_bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        let pairs = time(runs.min(11), || (), |_| dedup::pairs(&content, 0.5));
        stages.push(("pair scoring", pairs * bytes as f64 / pair_bytes as f64));
        for (stage, seconds) in stages {
            println!(
                "{{\"label\":\"{label}\",\"bytes\":{bytes},\"stage\":\"{stage}\",\"seconds\":{seconds},\"mbps\":{},\"articles\":{}}}",
                bytes as f64 / 1e6 / seconds,
                if stage == "pair scoring" { articles.len() } else { 1 }
            );
        }
    }
}
