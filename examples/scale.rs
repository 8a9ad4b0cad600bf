//! How duplicate scoring grows with the number of articles: 10 to 10,000 news-length
//! documents, a tenth of them lightly edited copies of others, analysed in full.
//! Run with `make bench` (or `cargo run --release --example scale`; `SIZES=10,100` to
//! choose); prints one row per size as a Markdown table.

use std::time::Instant;

use verbatim::{analyze, Input};

/// A small deterministic generator, so every run compares the same documents.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// News-length documents (about 600 words) drawn from the seeds' vocabulary, Zipf-like, so
/// common words are common; every tenth document copies an earlier one with edits.
fn corpus(n: usize, vocabulary: &[String]) -> Vec<Input> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut docs: Vec<Input> = Vec::with_capacity(n);
    for i in 0..n {
        let text = if i % 10 == 9 {
            let source = &docs[(rng.next() as usize) % i].text;
            let mut words: Vec<&str> = source.split(' ').collect();
            for _ in 0..20 {
                let at = (rng.next() as usize) % words.len();
                words[at] = "edited";
            }
            words.join(" ")
        } else {
            let mut text = String::new();
            for w in 0..600 {
                // Squaring a uniform draw favours the front of the frequency-ordered list.
                let u = (rng.next() % 10_000) as f64 / 10_000.0;
                let word = &vocabulary[((u * u) * vocabulary.len() as f64) as usize];
                text.push_str(word);
                text.push(if w % 17 == 16 { '.' } else { ' ' });
                if w % 17 == 16 {
                    text.push(' ');
                }
            }
            text
        };
        docs.push(Input::new(format!("doc{i}"), text));
    }
    docs
}

fn peak_memory_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn main() {
    let seeds = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .expect("seeds/")
        .filter_map(Result::ok)
        .map(|e| std::fs::read_to_string(e.path()).expect("seed"))
        .collect::<Vec<_>>()
        .join(" ");
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for w in seeds
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 1)
    {
        *counts.entry(w.to_lowercase()).or_default() += 1;
    }
    let mut vocabulary: Vec<(String, usize)> = counts.into_iter().collect();
    vocabulary.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let vocabulary: Vec<String> = vocabulary.into_iter().map(|(w, _)| w).collect();
    let sizes: Vec<usize> = std::env::var("SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_else(|| vec![10, 100, 1_000, 10_000]);
    println!("| articles | MB | seconds | articles/s | pairs reported | peak memory MB |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for n in sizes {
        let docs = corpus(n, &vocabulary);
        let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
        let t = Instant::now();
        let report = analyze(&docs);
        let s = t.elapsed().as_secs_f64();
        println!(
            "| {n} | {mb:.1} | {s:.2} | {:.0} | {} | {:.0} |",
            n as f64 / s,
            report.pairs.len(),
            peak_memory_mb()
        );
    }
}
