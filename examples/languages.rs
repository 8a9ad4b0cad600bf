//! How often `lang::detect` names the language of real text: each `train.json` given (a
//! list of `{text_path, lang}` documents, as in the shared corpora's `multilingual/<lang>/`
//! and `polnear/`), every document whole, and cut into pieces of `WORDS` words (default 40)
//! for what a short paste gets. Documents without `lang` take `--lang`'s (polnear is
//! English). The texts stay where they are; nothing is copied.
//!
//! `cargo run --release --example languages -- [--lang en] [--words 40] [--half even|odd] FILE.json…`

use std::collections::BTreeMap;
use std::path::Path;

use verbatim::lang::{detect, Lang};

#[derive(Default)]
struct Score {
    right: usize,
    none: usize,
    wrong: BTreeMap<&'static str, usize>,
    total: usize,
}

impl Score {
    fn add(&mut self, expected: &str, got: Option<Lang>) {
        self.total += 1;
        match got {
            Some(l) if l.code() == expected => self.right += 1,
            Some(l) => *self.wrong.entry(l.code()).or_default() += 1,
            None => self.none += 1,
        }
    }

    fn line(&self) -> String {
        let wrong: Vec<String> = self.wrong.iter().map(|(l, n)| format!("{l} {n}")).collect();
        format!(
            "{}/{} = {:.1}% (none {}{}{})",
            self.right,
            self.total,
            100.0 * self.right as f64 / self.total.max(1) as f64,
            self.none,
            if wrong.is_empty() { "" } else { "; wrong: " },
            wrong.join(", ")
        )
    }
}

fn main() {
    let mut default_lang = None;
    let mut words = 40;
    let mut half = None;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--lang" => default_lang = args.next(),
            "--words" => words = args.next().and_then(|w| w.parse().ok()).unwrap_or(words),
            "--half" => half = args.next(),
            _ => files.push(a),
        }
    }
    let mut whole: BTreeMap<String, Score> = BTreeMap::new();
    let mut pieces: BTreeMap<String, Score> = BTreeMap::new();
    let (mut spent, mut calls) = (std::time::Duration::ZERO, 0);
    for file in &files {
        let json = std::fs::read_to_string(file).expect("a train.json");
        let docs: Vec<serde_json::Value> = serde_json::from_str(&json).expect("a list");
        let dir = Path::new(file).parent().unwrap_or(Path::new("."));
        for (i, doc) in docs.iter().enumerate() {
            match half.as_deref() {
                Some("even") if i % 2 == 1 => continue,
                Some("odd") if i % 2 == 0 => continue,
                _ => {}
            }
            let expected = doc["lang"]
                .as_str()
                .map(str::to_string)
                .or(default_lang.clone())
                .expect("a lang");
            // Relative to the file's folder (polnear) or to the one above (multilingual).
            let relative = doc["text_path"].as_str().expect("a text_path");
            let path = [Some(dir), dir.parent()]
                .into_iter()
                .flatten()
                .map(|d| d.join(relative))
                .find(|p| p.exists())
                .expect("the text exists");
            let text = std::fs::read_to_string(&path).expect("the text");
            let started = std::time::Instant::now();
            let got = detect(&text);
            spent += started.elapsed();
            calls += 1;
            if std::env::var_os("SHOW").is_some() && got.map(Lang::code) != Some(&expected) {
                eprintln!("{}: {:?}", path.display(), got);
            }
            whole
                .entry(expected.clone())
                .or_default()
                .add(&expected, got);
            let tokens: Vec<&str> = text.split_whitespace().collect();
            for chunk in tokens.chunks(words).filter(|c| c.len() == words) {
                let piece = chunk.join(" ");
                pieces
                    .entry(expected.clone())
                    .or_default()
                    .add(&expected, detect(&piece));
            }
        }
    }
    println!(
        "{calls} whole documents, {:.1} µs each",
        spent.as_secs_f64() * 1e6 / calls.max(1) as f64
    );
    for (lang, score) in &whole {
        println!("{lang} whole documents: {}", score.line());
        if let Some(p) = pieces.get(lang) {
            println!("{lang} pieces of {words} words: {}", p.line());
        }
    }
}
