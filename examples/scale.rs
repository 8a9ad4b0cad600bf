//! How duplicate scoring grows with the number of articles: 10 to 10,000 news-length
//! documents, a tenth of them lightly edited copies of others. For each size, two jobs, each
//! timed with its own peak memory: the full analysis (`analyze`: everything the report
//! holds), and the duplicate clusters alone (segmentation, junk, shingles, MinHash + LSH,
//! exact scores, clusters: what `bench/datasketch.py` is set against).
//! Part of `make bench`; on its own: `cargo run --release --example scale` (`SIZES=10,100`
//! to choose, `JSONL=dir` to also write each size's documents to `dir/docs-N.jsonl`).
//! Prints one Markdown row per size, or JSON lines with `--json`.

#[path = "support/corpus.rs"]
mod corpus;

use std::io::Write;
use std::time::Instant;

use verbatim::{analyze, dedup, text::Document, Input};

/// The duplicate clusters alone, as the full analysis finds them (articles segmented
/// without sentences, which comparing them does not use).
fn clusters(docs: &[Input], threshold: f64) -> (usize, Vec<Vec<usize>>) {
    // Only the words' keys are compared: their ranges and paragraphs are not kept.
    let content: Vec<dedup::Words> = docs
        .iter()
        .map(|d| {
            let mut words = dedup::Words::of(&Document::for_comparison(&d.text), true);
            words.ranges = Vec::new();
            words.paragraph = Vec::new();
            words
        })
        .collect();
    let shared = dedup::pairs(&content, threshold);
    (shared.len(), dedup::clusters(&shared, threshold))
}

/// A number for JSON: `null` when the job did not run.
fn num(x: f64) -> String {
    if x.is_finite() {
        x.to_string()
    } else {
        "null".into()
    }
}

fn write_jsonl(path: &std::path::Path, docs: &[Input]) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("JSONL file"));
    for d in docs {
        serde_json::to_writer(&mut out, d).expect("JSON");
        out.write_all(b"\n").expect("write");
    }
}

fn main() {
    let json = std::env::args().any(|a| a == "--json");
    let vocabulary = corpus::vocabulary();
    let sizes: Vec<usize> = std::env::var("SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_else(|| vec![10, 100, 1_000, 10_000]);
    if !json {
        println!("| articles | MB | full analysis s | peak MB | clusters s | peak MB | pairs | clusters |");
        println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    }
    for n in sizes {
        let docs = corpus::corpus(n, &vocabulary);
        if let Ok(dir) = std::env::var("JSONL") {
            write_jsonl(
                &std::path::Path::new(&dir).join(format!("docs-{n}.jsonl")),
                &docs,
            );
        }
        let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;

        // Each job's peak memory above what the process held before it; for numbers free of
        // the other job's freed memory, run one job per process (JOB=full or JOB=clusters).
        let job = std::env::var("JOB").unwrap_or_default();
        let (mut full_s, mut full_mb, mut pairs, mut full_clusters) = (f64::NAN, f64::NAN, 0, None);
        if job != "clusters" {
            let base = corpus::memory_mb();
            corpus::reset_peak_memory();
            let t = Instant::now();
            let report = analyze(&docs);
            full_s = t.elapsed().as_secs_f64();
            full_mb = corpus::peak_memory_mb() - base;
            pairs = report.pairs.len();
            full_clusters = Some(report.clusters);
        }
        let (mut clusters_s, mut clusters_mb, mut found) = (f64::NAN, f64::NAN, Vec::new());
        if job != "full" {
            let base = corpus::memory_mb();
            corpus::reset_peak_memory();
            let t = Instant::now();
            let (shared, groups) = clusters(&docs, 0.5);
            clusters_s = t.elapsed().as_secs_f64();
            clusters_mb = corpus::peak_memory_mb() - base;
            if let Some(full) = &full_clusters {
                assert_eq!(&groups, full, "the clusters alone are the full analysis's");
            }
            pairs = shared;
            found = groups;
        } else if let Some(full) = full_clusters {
            found = full;
        }
        let in_clusters: usize = found.iter().map(Vec::len).sum();
        if json {
            println!(
                "{{\"job\":\"{job}\",\"articles\":{n},\"mb\":{mb},\"full_s\":{},\"full_mb\":{},\"clusters_s\":{},\"clusters_mb\":{},\"pairs\":{pairs},\"clusters\":{},\"in_clusters\":{in_clusters}}}",
                num(full_s),
                num(full_mb),
                num(clusters_s),
                num(clusters_mb),
                found.len()
            );
        } else {
            println!(
                "| {n} | {mb:.1} | {full_s:.2} | {full_mb:.0} | {clusters_s:.2} | {clusters_mb:.0} | {pairs} | {} |",
                found.len()
            );
        }
    }
}
