//! What the benchmark examples share: the news-length corpus (the same documents every run)
//! and peak-memory readings. Included with `#[path]`, so it is not an example of its own.

#![allow(dead_code)] // each example uses a different part

use verbatim::Input;

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

/// The seeds' words, most frequent first.
pub fn vocabulary() -> Vec<String> {
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
    vocabulary.into_iter().map(|(w, _)| w).collect()
}

/// News-length documents (about 600 words) drawn from the seeds' vocabulary, Zipf-like, so
/// common words are common; every tenth document copies an earlier one with edits.
pub fn corpus(n: usize, vocabulary: &[String]) -> Vec<Input> {
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

/// The process's peak resident memory since the last [`reset_peak_memory`], in MB.
pub fn peak_memory_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The process's resident memory now, in MB.
pub fn memory_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Starts a new peak-memory measurement (Linux: writing 5 to clear_refs resets VmHWM to
/// the current resident size).
pub fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}
