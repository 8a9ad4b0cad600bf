//! Properties that hold for any text: arbitrary Unicode, and generated "articles" made of
//! what pasted news is made of — words, every kind of quotation mark, apostrophes, Markdown
//! and HTML markup, entities, page junk, and `\n`, `\r\n` and lone `\r` line ends.
//!
//! Each report is checked against the contract by `support::check` (spans inside the text,
//! on character boundaries of its UTF-16 view, ordered and non-overlapping where the README
//! says so, counts that agree with the lists, a quotation's `text` equal to the text between
//! its marks when there is no markup). proptest shrinks any failure to a small reproducer;
//! add it to `tests/hostile.rs` or `fuzz/regressions/` when fixing the bug.

// Native only: one property runs the CLI.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use proptest::sample::select;

use support::{analyze_checked, verbatim};
use verbatim::text::Utf16Index;
use verbatim::{analyze, Input};

const WORDS: &[&str] = &[
    "the",
    "said",
    "talks",
    "Milley",
    "Gen.",
    "Mark",
    "A.",
    "U.S.",
    "Nov.",
    "10",
    "3.5%",
    "Ukraine",
    "he",
    "she",
    "told",
    "according",
    "to",
    "peace",
    "is",
    "maybe",
    "not",
    "seize",
    "it",
    "moment",
    "one",
    "official",
    "Sullivan",
    "wrote",
    "Yahoo!",
    "e.g.",
    "今天",
    "天气",
    "قال",
    "שלום",
    "café",
    "e\u{301}",
    "👍🏽",
    "👨‍👩‍👧",
    "🇺🇦",
];
const QUOTE_MARKS: &[&str] = &[
    "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‚", "「", "」", "『", "』",
];
const APOSTROPHES: &[&str] = &[
    "don’t",
    "Ukrainians’",
    "’90s",
    "rock ’n’ roll",
    "O'Brien's",
    "it's",
];
const PUNCTUATION: &[&str] = &[
    ".", ",", "!", "?", "…", "...", ". . .", ":", ";", "—", "-", "(", ")", "。", "？", "！", "؟",
];
const MARKUP: &[&str] = &[
    "[",
    "]",
    "](#)",
    "[Milley told reporters](https://example.com/a)",
    "![photo](x.png)",
    "**",
    "*",
    "_",
    "__",
    "# ",
    "## ",
    "\\$",
    "\\*",
    "<p>",
    "</p>",
    "<br>",
    "<b>",
    "</b>",
    "<a href=\"#\">",
    "</a>",
    "<script>",
    "</script>",
    "<style>",
    "<!-- ",
    " -->",
    "&amp;",
    "&#8217;",
    "&#x201C;",
    "&rdquo;",
    "&",
    "&#99999999;",
    "<",
    ">",
];
const JUNK: &[&str] = &[
    "\nOops! Something went wrong.\n",
    "\nContinue reading\n",
    "\nShare this article\n",
    "\nBy Dave DeCamp\n",
    "\n© 2022 All rights reserved\n",
    "\nPhoto: Jane Doe/AFP\n",
];
const LINE_ENDS: &[&str] = &["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u{2028}", "\u{85}"];

fn pick(list: &'static [&'static str]) -> BoxedStrategy<String> {
    select(list).prop_map(str::to_string).boxed()
}

/// A piece of an article without markup.
fn plain_piece() -> BoxedStrategy<String> {
    prop_oneof![
        8 => pick(WORDS),
        6 => Just(" ".to_string()),
        3 => pick(QUOTE_MARKS),
        1 => pick(APOSTROPHES),
        2 => pick(PUNCTUATION),
        1 => pick(JUNK),
        2 => pick(LINE_ENDS),
        1 => any::<char>()
            .prop_filter("no markup", |c| !"[*_<&#\\".contains(*c))
            .prop_map(String::from),
    ]
    .boxed()
}

/// A piece of an article, markup included.
fn piece() -> BoxedStrategy<String> {
    prop_oneof![8 => plain_piece(), 2 => pick(MARKUP), 1 => any::<char>().prop_map(String::from)]
        .boxed()
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..150).prop_map(|p| p.concat())
}

fn plain_article() -> impl Strategy<Value = String> {
    prop::collection::vec(plain_piece(), 0..150).prop_map(|p| p.concat())
}

/// Any characters at all: every plane, controls, NUL, unpaired marks.
fn unicode() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..300).prop_map(|c| c.into_iter().collect())
}

/// Several articles that share passages: pieces of one text pasted into the others.
fn articles() -> impl Strategy<Value = Vec<String>> {
    (
        plain_article(),
        prop::collection::vec((article(), 0usize..200), 1..5),
    )
        .prop_map(|(shared, others)| {
            others
                .into_iter()
                .map(|(text, at)| {
                    let at = verbatim::text::floor_char_boundary(&text, at);
                    format!("{}{shared}{}", &text[..at], &text[at..])
                })
                .collect()
        })
}

fn one(text: &str) -> verbatim::report::Report {
    analyze_checked(&[Input::new("article", text)])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Arbitrary Unicode never panics and always gives a report that keeps the contract.
    #[test]
    fn any_unicode_gives_a_sound_report(text in unicode()) {
        one(&text);
    }

    /// Generated articles (quotation marks, apostrophes, markup, junk, any line ends) give
    /// reports that keep the contract.
    #[test]
    fn any_article_gives_a_sound_report(text in article()) {
        one(&text);
    }

    /// Without markup, every quotation starts at a quotation mark, or at the dash of a turn
    /// of dash dialogue (`-Muchacha, ¿se puede ir por aquí?`; `-the -wrote.` reads so too).
    #[test]
    fn quotations_are_the_text_between_their_marks(text in plain_article()) {
        let report = one(&text);
        let units: Vec<u16> = text.encode_utf16().collect();
        for q in &report.documents[0].quotes {
            let mark = String::from_utf16(&units[q.start..q.start + 1]).unwrap();
            let turn = ["-", "—", "–", "―"].contains(&mark.as_str());
            prop_assert!(
                QUOTE_MARKS.contains(&mark.as_str()) || turn,
                "{mark:?} opens {q:?}"
            );
        }
    }

    /// The same text always gives the same report, down to the JSON bytes.
    #[test]
    fn the_same_text_gives_the_same_report(texts in articles()) {
        let inputs: Vec<Input> =
            texts.iter().enumerate().map(|(i, t)| Input::new(format!("{i}"), t)).collect();
        let first = analyze(&inputs);
        let second = analyze(&inputs);
        prop_assert_eq!(&first, &second);
        prop_assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&second).unwrap()
        );
    }

    /// Several articles sharing passages: pairs, shared passages and quotation groups point
    /// into the right texts.
    #[test]
    fn pairs_and_groups_point_into_their_articles(texts in articles()) {
        let inputs: Vec<Input> =
            texts.iter().enumerate().map(|(i, t)| Input::new(format!("{i}"), t)).collect();
        analyze_checked(&inputs);
    }

    /// `\r\n` and a lone `\r` end lines as `\n` does: the same counts, the same sentences.
    #[test]
    fn every_line_end_reads_the_same(text in plain_article()) {
        let text = text.replace(['\r', '\u{2028}', '\u{85}'], "\n");
        let lf = one(&text).documents.remove(0);
        for end in ["\r\n", "\r"] {
            let other = text.replace('\n', end);
            let doc = one(&other).documents.remove(0);
            prop_assert_eq!(doc.stats, lf.stats, "{:?}", end);
            prop_assert_eq!(doc.quotes.len(), lf.quotes.len());
        }
    }

    /// The quotation-mark scanner alone, on marks and little else: spans inside their
    /// paragraphs, on character boundaries, ordered, nesting capped.
    #[test]
    fn the_quote_scanner_is_sound(
        pieces in prop::collection::vec(
            prop_oneof![4 => pick(QUOTE_MARKS), 2 => pick(WORDS), 1 => pick(LINE_ENDS),
                        2 => Just(" ".to_string()), 1 => pick(PUNCTUATION)],
            0..200,
        )
    ) {
        support::fuzz_quotes(pieces.concat().as_bytes());
    }

    /// The one byte-to-UTF-16 translation agrees with the standard library everywhere.
    #[test]
    fn utf16_offsets_agree_with_the_standard_library(text in unicode()) {
        let index = Utf16Index::new(&text);
        let mut expected = 0;
        for (byte, c) in text.char_indices() {
            prop_assert_eq!(index.at(byte), expected);
            expected += c.len_utf16();
        }
        prop_assert_eq!(index.at(text.len()), expected);
    }
}

proptest! {
    // Each case runs the CLI binary: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// The CLI's `--json` is the library's report, byte for byte, for the same articles
    /// (one on standard input, several in a JSON Lines file).
    #[test]
    fn the_cli_prints_the_library_report(texts in articles()) {
        let inputs: Vec<Input> =
            texts.iter().enumerate().map(|(i, t)| Input::new(format!("a{i}"), t)).collect();
        let expected = serde_json::to_string(&analyze(&inputs)).unwrap() + "\n";
        let dir = std::env::temp_dir().join(format!("verbatim-prop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("articles.jsonl");
        let lines: Vec<String> = inputs.iter().map(|i| serde_json::to_string(i).unwrap()).collect();
        std::fs::write(&file, lines.join("\n")).unwrap();
        let out = verbatim(&["--json", &file.to_string_lossy()], b"");
        prop_assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        prop_assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);

        // One article through standard input, named `stdin` as the CLI names it.
        let text = &texts[0];
        let expected =
            serde_json::to_string(&analyze(&[Input::new("stdin", text)])).unwrap() + "\n";
        let out = verbatim(&["--json", "-"], text.as_bytes());
        // The CLI refuses text with NUL in its first 8 KB as binary, and drops a leading
        // byte-order mark as the page does: only compare what it reads as this text.
        if !text.contains('\0') && !text.starts_with('\u{feff}') {
            prop_assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            prop_assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
        }
    }
}
