//! Who said what, scored on news articles the extractor was not written against.
//!
//! `tests/quotes_eval/` holds articles composed for this test in the styles of wire
//! services, broadsheets, local news, live blogs and press releases, each beside an
//! `.expect` file written by hand before the extractor's output was looked at: one line per
//! quotation, in the order they stand in the text,
//!
//! ```text
//! kind | speaker | the first words of the quotation (all of it when it is short)
//! ```
//!
//! `kind` is `direct` or `partial` (someone's words), or `scare`, `title`, `nested` or
//! `junk` (quoted, but not a quotation of speech in the reporter's text: terms and irony,
//! titles, headlines and signs, quotations inside quotations, reader comments). `speaker`
//! is the canonical name, or the description as written when nobody is named (`one
//! official`); alternatives a careful annotator would accept are split by ` / `; `-` is
//! nobody.
//!
//! Scoring, shown by `cargo test --test quotes_eval -- --nocapture`:
//! - what counts: expected quotations of kind `direct` or `partial` whose words given are
//!   four or more; extracted quotations of kind direct or partial, depth 0, four words or
//!   more. Scare quotes are left out on both sides (an expected scare quote or title the
//!   extractor reports as speech of four words or more is a false positive).
//! - an extracted quotation matches the expected one whose first words its span covers
//!   (innermost span; each matched once);
//! - span precision = matched / extracted that count; recall = matched / expected that
//!   count; speaker accuracy = matched quotations whose speaker is the expected one (case
//!   and apostrophe style folded) / matched.

use std::fs;
use std::path::Path;

use unicode_segmentation::UnicodeSegmentation;
use verbatim::report::{Quote, QuoteKind};
use verbatim::{analyze, Input};

/// The totals must stay at or above these: what the extractor measures (184 of 185, 185 of
/// 185 and 184 of 185), to the third place below, so that any regression fails.
const FLOOR_PRECISION: f64 = 0.994;
const FLOOR_RECALL: f64 = 1.0;
const FLOOR_SPEAKERS: f64 = 0.994;

struct Expected {
    kind: String,
    speakers: Vec<String>,
    words: String,
    /// UTF-16 offset of the first words in the text.
    at: usize,
}

impl Expected {
    fn counts(&self) -> bool {
        matches!(self.kind.as_str(), "direct" | "partial")
            && self.words.unicode_words().count() >= 4
    }
}

fn counts(q: &Quote) -> bool {
    q.kind != QuoteKind::Scare && q.depth == 0 && q.text.unicode_words().count() >= 4
}

fn fold(s: &str) -> String {
    s.trim().replace(['’', '\''], "'").to_lowercase()
}

fn utf16_at(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

fn read_expect(name: &str, text: &str, expect: &str) -> Vec<Expected> {
    let mut cursor = 0;
    let mut out = Vec::new();
    for line in expect.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.splitn(3, '|').map(str::trim).collect();
        let [kind, speaker, words] = fields[..] else {
            panic!("{name}: not `kind | speaker | words`: {line}");
        };
        assert!(
            matches!(
                kind,
                "direct" | "partial" | "scare" | "title" | "nested" | "junk"
            ),
            "{name}: unknown kind in {line}"
        );
        let found = text[cursor..]
            .find(words)
            .unwrap_or_else(|| panic!("{name}: {words:?} not found after byte {cursor}"));
        cursor += found;
        out.push(Expected {
            kind: kind.to_string(),
            speakers: if speaker == "-" {
                Vec::new()
            } else {
                speaker.split(" / ").map(fold).collect()
            },
            words: words.to_string(),
            at: utf16_at(text, cursor),
        });
        cursor += words.chars().next().map_or(1, char::len_utf8);
    }
    out
}

#[derive(Default, Clone, Copy)]
struct Score {
    expected: usize,
    extracted: usize,
    matched: usize,
    speakers: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.expected += o.expected;
        self.extracted += o.extracted;
        self.matched += o.matched;
        self.speakers += o.speakers;
    }
    fn precision(&self) -> f64 {
        ratio(self.matched, self.extracted)
    }
    fn recall(&self) -> f64 {
        ratio(self.matched, self.expected)
    }
    fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers, self.matched)
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:<32} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}",
            self.expected,
            self.extracted,
            self.matched,
            self.precision(),
            self.recall(),
            self.speaker_accuracy()
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores one article, and says what went wrong.
fn score(name: &str, text: &str, expected: &[Expected], notes: &mut Vec<String>) -> Score {
    let report = analyze(&[Input::new(name, text)]);
    let quotes = &report.documents[0].quotes;
    let mut taken = vec![false; quotes.len()];
    let mut s = Score {
        expected: expected.iter().filter(|e| e.counts()).count(),
        extracted: quotes.iter().filter(|q| counts(q)).count(),
        ..Score::default()
    };
    let short = |q: &Quote| q.text.chars().take(60).collect::<String>();
    for e in expected {
        // The innermost quotation covering the expected one's first words.
        let hit = quotes
            .iter()
            .enumerate()
            .filter(|(i, q)| !taken[*i] && q.start <= e.at && e.at < q.end)
            .max_by_key(|(_, q)| q.start)
            .map(|(i, _)| i);
        if let Some(i) = hit {
            taken[i] = true;
        }
        let q = hit.map(|i| &quotes[i]);
        match (e.counts(), q.filter(|q| counts(q))) {
            (true, Some(q)) => {
                s.matched += 1;
                let got = q.speaker.as_deref().map(fold);
                let right = match &got {
                    Some(g) => e.speakers.contains(g),
                    None => e.speakers.is_empty(),
                };
                if right {
                    s.speakers += 1;
                } else {
                    notes.push(format!(
                        "  SPEAKER {:?}: got {:?}, want {}",
                        e.words,
                        q.speaker,
                        e.speakers.join(" / ")
                    ));
                }
            }
            (true, None) => notes.push(format!(
                "  MISSED  {:?} ({}){}",
                e.words,
                e.kind,
                q.map(|q| format!(": reported {:?} depth {} {:?}", q.kind, q.depth, short(q)))
                    .unwrap_or_default()
            )),
            (false, Some(q)) => notes.push(format!(
                "  FALSE   {:?} is {}, reported {:?} {:?}",
                e.words,
                e.kind,
                q.kind,
                short(q)
            )),
            (false, None) => {}
        }
    }
    for (q, _) in quotes.iter().zip(&taken).filter(|(q, t)| !**t && counts(q)) {
        notes.push(format!(
            "  FALSE   unexpected {:?} {:?} speaker {:?}",
            q.kind,
            short(q),
            q.speaker
        ));
    }
    s
}

#[test]
fn quotations_in_unseen_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/quotes_eval");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 12, "{names:?}");
    let mut total = Score::default();
    let mut lines = vec![format!(
        "{:<32} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}",
        "article", "exp", "got", "hit", "prec", "recall", "spkr"
    )];
    for name in &names {
        let text = fs::read_to_string(dir.join(name)).unwrap();
        let expect = fs::read_to_string(dir.join(name.replace(".txt", ".expect"))).unwrap();
        let expected = read_expect(name, &text, &expect);
        let mut notes = Vec::new();
        let s = score(name, &text, &expected, &mut notes);
        lines.push(s.row(name.trim_end_matches(".txt")));
        lines.extend(notes);
        total.add(s);
    }
    lines.push(total.row("TOTAL"));
    println!("{}", lines.join("\n"));
    assert!(
        total.precision() >= FLOOR_PRECISION,
        "precision {:.3}",
        total.precision()
    );
    assert!(
        total.recall() >= FLOOR_RECALL,
        "recall {:.3}",
        total.recall()
    );
    assert!(
        total.speaker_accuracy() >= FLOOR_SPEAKERS,
        "speaker accuracy {:.3}",
        total.speaker_accuracy()
    );
}
