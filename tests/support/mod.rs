//! What every report must satisfy, whatever text it was made from: the checks shared by the
//! property tests (`tests/properties.rs`), the hostile-input suite (`tests/hostile.rs`), the
//! fuzz corpus replay (`tests/corpus.rs`) and the fuzz targets (`fuzz/fuzz_targets/`, which
//! include this file by path), so a fuzzer's find and a test's check are the same check.
//!
//! Only `std` and `verbatim`: the fuzz crate compiles this file too.

// Each test crate uses its own part of this module.
#![allow(dead_code)]

use std::io::Write;
use std::ops::Range;
use std::process::{Command, Output, Stdio};

use verbatim::quotes::{self, marks};
use verbatim::report::{DocumentReport, Report, Span};
use verbatim::text::{Class, Document, Formula};
use verbatim::{analyze, Input};

/// Runs the built CLI from the crate's root with `args`, `stdin` on its standard input, as a
/// user would. (Only the package's own tests have the binary: the fuzz crate, which
/// compiles this file too, never calls this.)
pub fn verbatim(args: &[&str], stdin: &[u8]) -> Output {
    let Some(bin) = option_env!("CARGO_BIN_EXE_verbatim") else {
        panic!("only the package's own tests have the CLI");
    };
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // A CLI that stops reading early (it refuses binary input) closes the pipe: not an error.
    let _ = child.stdin.take().expect("piped").write_all(stdin);
    child.wait_with_output().expect("the CLI runs")
}

/// Analyses `inputs` and checks the report (see [`check`]); returns it for more checks.
pub fn analyze_checked(inputs: &[Input]) -> Report {
    let report = analyze(inputs);
    check(inputs, &report);
    report
}

/// Checks everything the report contract (README, "The report") promises about offsets and
/// counts: spans inside the text, on character boundaries of its UTF-16 view (never between
/// the two halves of a surrogate pair), ordered and non-overlapping where the contract says
/// so, counts that agree with the lists, indices that point at something.
pub fn check(inputs: &[Input], report: &Report) {
    assert_eq!(
        report.documents.len(),
        inputs.len(),
        "one document per input"
    );
    let units: Vec<Vec<u16>> = inputs
        .iter()
        .map(|i| i.text.encode_utf16().collect())
        .collect();
    for (d, ((input, doc), units)) in inputs.iter().zip(&report.documents).zip(&units).enumerate() {
        assert_eq!(doc.name, input.name);
        // A copy of an earlier text points to its analysis, and lists nothing of its own.
        if let Some(k) = doc.copy_of {
            assert!(k < d && inputs[k].text == input.text, "copy {d} of {k}");
            let original = &report.documents[k];
            assert!(original.copy_of.is_none() && original.stats == doc.stats);
            assert!(doc.quotes.is_empty() && doc.sentences.is_empty() && doc.paragraphs.is_empty());
            continue;
        }
        assert!(
            inputs[..d].iter().all(|i| i.text != input.text),
            "{d} is a copy"
        );
        check_document(&input.text, units, doc);
    }
    for g in &report.copies {
        assert!(
            g.members.len() > 1 && g.members.windows(2).all(|w| w[0] < w[1]),
            "{g:?}"
        );
    }
    let omitted: usize = report.documents.iter().map(|d| d.pairs_omitted).sum();
    assert_eq!(omitted, 2 * report.pairs_omitted);
    let n = report.documents.len();
    for pair in &report.pairs {
        assert!(
            pair.a < pair.b && pair.b < n,
            "pair {}–{} of {n}",
            pair.a,
            pair.b
        );
        assert!((0.0..=1.0).contains(&pair.resemblance), "{pair:?}");
        assert!(
            pair.containment.iter().all(|c| (0.0..=1.0).contains(c)),
            "{pair:?}"
        );
        assert!(
            !pair.shared.is_empty() || pair.resemblance < 1.0,
            "{pair:?}"
        );
        let mut previous = 0;
        for passage in &pair.shared {
            span_ok(&units[pair.a], passage.a, "shared passage (a)");
            span_ok(&units[pair.b], passage.b, "shared passage (b)");
            assert!(
                passage.a.0 < passage.a.1 && passage.b.0 < passage.b.1,
                "{passage:?}"
            );
            assert!(
                passage.a.0 >= previous,
                "shared passages in a's order: {pair:?}"
            );
            previous = passage.a.0;
        }
    }
    for group in &report.quote_groups {
        assert!(group.members.len() > 1, "{group:?}");
        assert!(group.members.windows(2).all(|w| w[0] < w[1]), "{group:?}");
        for &[d, q] in &group.members {
            assert!(d < n && q < report.documents[d].quotes.len(), "{group:?}");
        }
    }
}

fn check_document(text: &str, units: &[u16], doc: &DocumentReport) {
    let s = &doc.stats;
    assert_eq!(s.paragraphs, doc.paragraphs.len());
    assert_eq!(s.sentences, doc.sentences.len());
    let junk = doc
        .paragraphs
        .iter()
        .filter(|p| p.class == Class::Junk)
        .count();
    assert_eq!(s.junk_paragraphs, junk);
    assert!(s.content_words <= s.words);
    assert!(s.characters <= units.len());
    assert!(s.words <= units.len() && s.sentences <= units.len());
    // Text without markup is its own reader's view: spans then hold exactly what they say.
    let plain = !text.contains(['[', '*', '_', '<', '&', '#', '\\']);

    let mut previous_end = 0;
    for p in &doc.paragraphs {
        span_ok(units, p.span, "paragraph");
        assert!(p.span.0 < p.span.1, "empty paragraph {:?}", p.span);
        assert!(
            p.span.0 >= previous_end,
            "paragraphs overlap at {:?}",
            p.span
        );
        previous_end = p.span.1;
        assert_eq!(p.class == Class::Junk, p.junk.is_some(), "{p:?}");
        if plain {
            let shown = slice(units, p.span);
            assert_eq!(shown.trim(), shown, "a paragraph is trimmed: {shown:?}");
        }
    }

    let mut previous_end = 0;
    let mut p = 0;
    for &sentence in &doc.sentences {
        span_ok(units, sentence, "sentence");
        assert!(sentence.0 < sentence.1, "empty sentence {sentence:?}");
        assert!(
            sentence.0 >= previous_end,
            "sentences overlap at {sentence:?}"
        );
        previous_end = sentence.1;
        // Both lists are ordered: one walk finds each sentence's paragraph.
        while p < doc.paragraphs.len() && doc.paragraphs[p].span.1 < sentence.1 {
            p += 1;
        }
        let inside = doc
            .paragraphs
            .get(p)
            .is_some_and(|p| p.span.0 <= sentence.0 && sentence.1 <= p.span.1);
        assert!(inside, "sentence {sentence:?} outside every paragraph");
        if plain {
            let shown = slice(units, sentence);
            assert_eq!(shown.trim(), shown, "a sentence is trimmed: {shown:?}");
        }
    }

    // A reading-ease score comes with its band and the formula it comes from, and only for
    // an article whose language is known, by that language's formula.
    let r = &doc.reading;
    assert_eq!(r.flesch_reading_ease.is_some(), r.ease.is_some(), "{r:?}");
    assert_eq!(
        r.flesch_reading_ease.is_some(),
        r.formula.is_some(),
        "{r:?}"
    );
    assert!(
        r.formula.is_none() || r.formula == doc.language.map(Formula::of),
        "{:?}: {r:?}",
        doc.language
    );

    let mut previous_start = 0;
    for (i, q) in doc.quotes.iter().enumerate() {
        span_ok(units, Span(q.start, q.end), "quote");
        assert!(q.start < q.end, "empty quote {q:?}");
        assert!(
            q.start >= previous_start,
            "quotes in order of where they open"
        );
        previous_start = q.start;
        assert!(
            q.continues.is_none_or(|c| c < i),
            "{q:?} continues a later one"
        );
        assert!(!q.text.is_empty(), "{q:?}");
        assert!(
            q.speech || q.speaker.is_none(),
            "only speech has a speaker: {q:?}"
        );
        assert_eq!(
            q.speaker.is_some(),
            q.rule.is_some(),
            "a speaker comes with the rule that named it: {q:?}"
        );
        if plain {
            // From the opening mark to the closing one, which an unclosed quotation
            // lacks: each one UTF-16 unit, like every quotation mark but the typewriter's
            // two apostrophes, which may open or close (of three apostrophes either the
            // first two or the last one may close, so the text decides the length).
            let typewriter = |at: usize| units.get(at..at + 2) == Some(&[0x27, 0x27][..]);
            let open = if typewriter(q.start) { 2 } else { 1 };
            let closes: &[usize] = match q.closed {
                false => &[0],
                true if q.end >= q.start + open + 2 && typewriter(q.end - 2) => &[1, 2],
                true => &[1],
            };
            // A turn of dash dialogue has no closing mark: its text runs from past its dash
            // and the spaces after it (or, after the narrator's incise, from its start) to
            // its last word.
            let dash_turn = || {
                let whole = slice(units, Span(q.start, q.end));
                whole
                    .strip_prefix(['—', '–', '―', '-'])
                    .unwrap_or(&whole)
                    .trim_start()
                    == q.text
            };
            assert!(
                closes.iter().any(|&close| {
                    let inner = Span(q.start + open, q.end - close);
                    inner.0 <= inner.1 && slice(units, inner).trim() == q.text
                }) || dash_turn(),
                "quote text is the text between its marks, white space trimmed: {q:?}"
            );
        }
    }

    for r in &doc.repeats {
        span_ok(units, r.first, "repeat");
        span_ok(units, r.again, "repeat");
        assert!(r.first.0 < r.first.1 && r.again.0 < r.again.1, "{r:?}");
        assert!(
            r.first.1 <= r.again.0,
            "a repeat comes after what it repeats: {r:?}"
        );
        assert!(r.similarity > 0.0 && r.similarity <= 1.0, "{r:?}");
    }
}

/// `[start, end)` lies in the text and cuts it only between characters.
fn span_ok(units: &[u16], span: Span, what: &str) {
    let Span(start, end) = span;
    assert!(
        start <= end && end <= units.len(),
        "{what} {span:?} outside 0..{}",
        units.len()
    );
    for at in [start, end] {
        assert!(
            boundary(units, at),
            "{what} {span:?} splits a surrogate pair at {at}"
        );
    }
}

/// Whether UTF-16 offset `at` falls between two characters.
fn boundary(units: &[u16], at: usize) -> bool {
    let high = |u: u16| (0xD800..0xDC00).contains(&u);
    let low = |u: u16| (0xDC00..0xE000).contains(&u);
    at == 0 || at >= units.len() || !(high(units[at - 1]) && low(units[at]))
}

/// The text of a span, as JavaScript's `text.slice(start, end)` gives it.
pub fn slice(units: &[u16], span: Span) -> String {
    String::from_utf16(&units[span.0..span.1]).expect("spans are on character boundaries")
}

/// The fuzz target `analyze`: any bytes as one article.
pub fn fuzz_analyze(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    analyze_checked(&[Input::new("fuzz", text)]);
}

/// The fuzz target `analyze_many`: bytes as up to eight articles, split at each 0xFF (a byte
/// UTF-8 never uses), so the fuzzer can make articles that share passages and quotations.
pub fn fuzz_analyze_many(data: &[u8]) {
    let inputs: Vec<Input> = data
        .split(|&b| b == 0xFF)
        .take(8)
        .enumerate()
        .map(|(i, part)| Input::new(format!("{i}"), String::from_utf8_lossy(part)))
        .collect();
    analyze_checked(&inputs);
}

/// The fuzz target `quotes`: the quotation-mark scanner and the attribution on any bytes.
pub fn fuzz_quotes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let doc = Document::new(&text);
    let view = doc.text();
    let spans = marks::pair(view, doc.paragraphs());
    let marks_in_text = view.chars().count();
    assert!(
        spans.len() <= marks_in_text,
        "more quotations than characters"
    );
    let mut previous: Option<(usize, usize)> = None;
    for span in &spans {
        ranges_ok(view, &span.outer);
        ranges_ok(view, &span.inner);
        assert!(
            span.outer.start < span.inner.start,
            "{span:?}: the opening mark is outside"
        );
        assert!(span.inner.end <= span.outer.end, "{span:?}");
        assert!(span.depth < 16, "{span:?}: nesting is capped");
        let key = (span.outer.start, usize::MAX - span.outer.end);
        assert!(
            previous.is_none_or(|p| p <= key),
            "quotations in order: {span:?}"
        );
        previous = Some(key);
    }
    let names = doc.names(verbatim::lang::detect(doc.text()));
    let quotations = quotes::extract(&doc, &names);
    for q in &quotations {
        ranges_ok(view, &q.outer);
        ranges_ok(view, &q.inner);
        assert!(!view[q.inner.clone()].is_empty());
        let original = doc.original_outer(q.outer.clone());
        ranges_ok(&text, &original);
    }
}

/// A byte range inside `text`, on character boundaries.
fn ranges_ok(text: &str, r: &Range<usize>) {
    assert!(
        r.start <= r.end && r.end <= text.len(),
        "{r:?} outside 0..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
        "{r:?} cuts a character"
    );
}
