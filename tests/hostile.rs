//! Nothing a user pastes can break it: text no article looks like, at sizes no article has.
//!
//! Each input is analysed and its report checked against the contract (`support::check`:
//! spans inside the text, on character boundaries, ordered), then for what a user would
//! notice: counts that make sense, quotation marks that do not explode into quotations,
//! script text that never becomes words or quotations. Time is asserted as growth only
//! (`growth_*` tests, families in `hostile/growth.rs`): doubling a family's input must not
//! cost more than [`growth::MAX_RATIO`] times the time — a ratio, so it holds on any machine
//! and in debug builds. `make bench-hostile` (`examples/doubling.rs`) prints the times.

// Native only, like the CLI tests it sits beside.
#![cfg(not(target_arch = "wasm32"))]

mod support;

#[path = "hostile/growth.rs"]
mod growth;

use support::{analyze_checked, slice, verbatim};
use verbatim::report::{DocumentReport, Report, Span};
use verbatim::Input;

fn one(text: &str) -> DocumentReport {
    let report: Report = analyze_checked(&[Input::new("hostile", text)]);
    report.documents.into_iter().next().expect("one document")
}

fn texts(text: &str, spans: &[Span]) -> Vec<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    spans.iter().map(|&s| slice(&units, s)).collect()
}

const ARTICLE: &str = "Top general urges talks\n\
    Gen. Mark Milley said on Wednesday that the winter could open a window for talks.\n\
    “When there’s an opportunity to negotiate, seize it,” Milley told the Economic Club.\n\
    He added on Thursday that “victory is maybe not achievable” by military means alone.\n";

#[test]
fn empty_and_blank_texts_have_nothing_in_them() {
    for text in [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\t \u{a0}\u{3000}\u{2028}\u{85}\u{b}\u{c}\r",
    ] {
        let doc = one(text);
        let s = doc.stats;
        assert_eq!((s.words, s.sentences, s.paragraphs), (0, 0, 0), "{text:?}");
        assert!(doc.quotes.is_empty() && doc.repeats.is_empty(), "{text:?}");
        assert_eq!(doc.reading.minutes, 0.0);
    }
    // No articles at all is a report with no documents.
    let report = analyze_checked(&[]);
    assert!(report.documents.is_empty() && report.pairs.is_empty());
}

#[test]
fn ten_megabytes_of_articles_are_read_whole() {
    let copies = 10 * 1024 * 1024 / ARTICLE.len() + 1;
    let text = ARTICLE.repeat(copies);
    assert!(text.len() > 10 * 1024 * 1024);
    let doc = one(&text);
    assert_eq!(doc.stats.paragraphs, 4 * copies);
    assert_eq!(doc.stats.sentences, 4 * copies);
    assert_eq!(doc.quotes.len(), 2 * copies);
    // The same article pasted over and over is one long repeat.
    assert!(!doc.repeats.is_empty());
}

#[test]
fn one_three_megabyte_token_is_one_word() {
    let mb3 = 3 * 1024 * 1024;
    // Plus a 1 MB one of two-byte letters (debug builds run these: keep CI quick).
    for token in ["a".repeat(mb3), "ab.".repeat(mb3 / 3), "é".repeat(1 << 19)] {
        let doc = one(&token);
        assert_eq!(doc.stats.paragraphs, 1);
        assert_eq!(doc.stats.sentences, 1);
        assert!(
            doc.stats.words <= 1 || token.contains('.'),
            "{}",
            doc.stats.words
        );
        assert!(doc.quotes.is_empty());
    }
    // A word of emoji: no words (no letter or digit), one paragraph.
    let doc = one(&"😀".repeat(250_000));
    assert_eq!((doc.stats.words, doc.stats.paragraphs), (0, 1));
}

#[test]
fn a_hundred_thousand_quotation_marks_stay_a_handful_of_quotations() {
    let n = 100_000;
    let cases = [
        // Opened and never closed, one paragraph: nesting is capped at 16 levels.
        "“x ".repeat(n),
        // Closed and never opened.
        "x” ".repeat(n),
        // Straight marks, each one ambiguous.
        "\"x ".repeat(n),
        "'x ".repeat(n),
        // Every family nested inside the others.
        "“‘«„「『x ".repeat(n / 6),
        // Balanced but deep: 50,000 opened, then 50,000 closed.
        format!("{}x{}", "“".repeat(n / 2), "”".repeat(n / 2)),
    ];
    for text in &cases {
        let doc = one(text);
        assert!(doc.quotes.len() <= 32, "{} quotations", doc.quotes.len());
        assert!(doc.quotes.iter().all(|q| q.depth < 16));
    }
    // Many short quotations are many quotations, each found.
    let doc = one(&"He said “go now.” ".repeat(n / 10));
    assert_eq!(doc.quotes.len(), n / 10);
}

#[test]
fn dashes_by_the_hundred_thousand_stay_dialogue_of_a_sensible_size() {
    let n = 100_000;
    // One paragraph: a turn interrupted by incise after incise, each closed at once.
    let doc = one(&format!("—a{}", " —dijo x— b".repeat(n / 10)));
    assert_eq!(doc.quotes.len(), n / 10 + 1);
    // Incises opened and never closed, dashes alone, hyphens inside words.
    for text in [
        format!("—a{}", " —dijo".repeat(n / 10)),
        "— ".repeat(n),
        format!("—a —dijo{}", "-".repeat(n)),
        format!("-a -dijo {}", "x-y ".repeat(n / 4)),
    ] {
        let doc = one(&text);
        assert!(doc.quotes.len() <= 2, "{} quotations", doc.quotes.len());
    }
    // Turns by the thousand (each its own, or they are a page's repeated junk) are one
    // quotation each, or two when split by an incise.
    let text: String = (0..n / 100)
        .map(|i| format!("—Sí, señor {i} —dijo el ciego—. Ya voy.\n—Bien, {i} veces.\n"))
        .collect();
    assert_eq!(one(&text).quotes.len(), 3 * n / 100);
}

#[test]
fn apostrophes_alone_are_no_quotations() {
    for text in [
        "’".repeat(100_000),
        "'".repeat(100_000),
        "don’t won’t it’s the Ukrainians’ ’90s rock ’n’ roll O'Brien's ".repeat(5_000),
    ] {
        let doc = one(&text);
        assert!(doc.quotes.is_empty(), "{:?}", &doc.quotes[..1]);
    }
}

#[test]
fn typewriter_double_marks_mixed_with_others_keep_their_text() {
    // Two apostrophes are the typewriter's double mark; a curly mark closed by two, or a
    // run of three, must still give quotations whose text is what stands between marks
    // (`one` checks every report against the contract).
    for (text, inside) in [
        ("“the''", Some("the")),
        ("He said ''It's over,'' and left.", Some("It's over,")),
        ("'a''' b", None),
        ("''''''", None),
    ] {
        let doc = one(text);
        if let Some(inside) = inside {
            assert!(
                doc.quotes.iter().any(|q| q.text == inside),
                "{text:?}: {:?}",
                doc.quotes
            );
        }
    }
}

#[test]
fn nul_and_control_characters_are_just_characters() {
    let controls: String = (0u8..0x20).chain([0x7f]).map(char::from).collect();
    for text in [
        "\0".repeat(10_000),
        controls.repeat(1_000),
        "One sentence.\0Two\u{1}sentences. “A\u{7}quote,” he said.\u{1b}[31m".to_string(),
        "C1 controls \u{80}\u{9f} and a NEL\u{85}line end.".to_string(),
    ] {
        one(&text);
    }
    let doc = one("First line.\u{0}\u{0}Still first.\u{85}Second line.");
    assert_eq!(doc.stats.paragraphs, 2, "NEL ends a line, NUL does not");
}

#[test]
fn invalid_utf8_on_standard_input_is_a_clear_error() {
    // tests/cli.rs covers files; this is the pipe, with the byte sequences that are never
    // UTF-8: a lone continuation byte, a truncated character, an encoded surrogate.
    for bytes in [
        &b"ok \x80 then"[..],
        b"cut \xE2\x80",
        b"surrogate \xED\xA0\x80 x",
    ] {
        let out = verbatim(&["--json", "-"], bytes);
        assert_eq!(out.status.code(), Some(1), "{bytes:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("verbatim: -: is not UTF-8 text"), "{err}");
    }
}

#[test]
fn lone_surrogates_arrive_as_replacement_characters_with_the_same_offsets() {
    // The page hands the core JS strings; one holding a lone surrogate reaches Rust with
    // U+FFFD in its place (tests/web.rs checks that in Chromium). U+FFFD is one UTF-16 unit
    // like the surrogate it replaces, so every offset still indexes the page's string.
    let mut units: Vec<u16> = "\u{1F44D} Emoji first. Then ".encode_utf16().collect();
    units.extend([0xD800, b' ' as u16, 0xDC00, 0xDC00, 0xD83D]);
    units.extend("“lone,” she said. End".encode_utf16());
    units.push(0xDBFF);
    let text = String::from_utf16_lossy(&units);
    assert_eq!(text.encode_utf16().count(), units.len());
    let doc = one(&text);
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].text, "lone,");
    assert_eq!(
        String::from_utf16_lossy(&units[doc.quotes[0].start..doc.quotes[0].end]),
        "“lone,”"
    );
    assert_eq!(doc.stats.sentences, 3);
}

#[test]
fn scripts_of_the_world_get_sentences_quotes_and_characters() {
    // CJK: full stops that need no space, corner brackets.
    let doc = one("今天天气很好。他说「我们去公园吧！」好的？");
    assert_eq!(doc.stats.sentences, 3);
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].text, "我们去公园吧！");
    // Arabic: its question mark, guillemets.
    let doc = one("قال الوزير «نحن مستعدون للتفاوض». هل هذا صحيح؟ نعم.");
    assert_eq!(doc.stats.sentences, 3);
    assert_eq!(doc.quotes.len(), 1);
    // Hebrew, with straight quotation marks.
    let doc = one("הוא אמר \"אנחנו מוכנים\". זה הכל.");
    assert_eq!(doc.stats.sentences, 2);
    assert_eq!(doc.quotes[0].text, "אנחנו מוכנים");
    // Emoji ZWJ sequences, flags and skin tones: one character each, whatever their length.
    let family = "👨‍👩‍👧‍👦🏳️‍🌈👍🏽🇺🇦";
    let doc = one(&format!("{} end.", family.repeat(1_000)));
    assert_eq!(doc.stats.characters, 4 * 1_000 + 5);
    // Combining marks: a letter with any number of them is one character.
    let zalgo = format!("e{}", "\u{301}\u{316}\u{35c}".repeat(1_000));
    let doc = one(&format!("{zalgo} {zalgo}. Next."));
    // `e+marks`, space, `e+marks`, `.`, space, `Next.`
    assert_eq!((doc.stats.characters, doc.stats.sentences), (10, 2));
    assert_eq!(doc.stats.words, 3);
}

#[test]
fn crlf_and_lone_cr_read_like_newlines() {
    let lf = one(ARTICLE);
    for end in ["\r\n", "\r"] {
        let text = ARTICLE.replace('\n', end);
        let doc = one(&text);
        assert_eq!(doc.stats, lf.stats, "{end:?}");
        assert_eq!(texts(&text, &doc.sentences), texts(ARTICLE, &lf.sentences));
        let quotes =
            |d: &DocumentReport| d.quotes.iter().map(|q| q.text.clone()).collect::<Vec<_>>();
        assert_eq!(quotes(&doc), quotes(&lf));
    }
}

#[test]
fn pasted_html_shows_what_a_browser_shows_and_never_its_scripts() {
    let html = "<html><head><title>Talks</title>\
        <style>p::before { content: \"“styled,” he said\"; }</style>\
        <script>var q = \"“Not a quote at all,” the script said.\"; document.write('<p>injected</p>');</script>\
        </head><body><!-- “A commented quote,” Milley said. -->\
        <h1>Top general urges talks</h1>\
        <p>“When there&#8217;s an opportunity, seize it,” Milley said &amp; left.</p>\
        <p onclick=\"alert('“clicked,” she said')\"><a href=\"javascript:alert(1)\">Read more</a></p>\
        <script type=\"module\">import x from './evil.js'</script></body></html>";
    let doc = one(html);
    let quoted: Vec<&str> = doc.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(quoted, ["When there’s an opportunity, seize it,"]);
    assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Milley"));
    // The reader's view holds what a browser shows: no script, style or comment text, so
    // none of it is counted as words, named, or quoted. (Sentence and paragraph spans cover
    // the markup right around their text, as the contract says, so they are not the test.)
    let view = verbatim::text::View::new(html);
    for hidden in [
        "document",
        "injected",
        "styled",
        "commented",
        "evil",
        "alert",
        "onclick",
    ] {
        assert!(!view.text().contains(hidden), "{hidden}: {:?}", view.text());
    }
    // Talks | Top general urges talks | When there’s … Milley said & left | Read more
    assert_eq!(doc.stats.words, 1 + 4 + 9 + 2);
    // Thousands of tags and entities, unclosed scripts and comments: still linear, still valid.
    let mut soup = "<p>x &amp; <b>y</b> <!-- z ".repeat(20_000);
    soup.push_str(&"<script>".repeat(20_000));
    soup.push_str(&"&#99999999; &#x110000; &bogus; &".repeat(10_000));
    one(&soup);
}

/// `Err` with the figures when doubling `make`'s input from `size` costs more than
/// [`growth::MAX_RATIO`] times the time at each of three tries, so that a busy spell of the
/// machine is not a failure; a quadratic cost (×3.5 to ×4.4 here) fails them all.
fn grows_linearly(
    family: &str,
    make: &dyn Fn(usize) -> Vec<Input>,
    size: usize,
) -> Result<(), String> {
    let mut ratios = Vec::new();
    for _ in 0..3 {
        let ratio = growth::doubling(make, size);
        eprintln!("{family}: doubling from {size} costs ×{ratio:.2}");
        if ratio <= growth::MAX_RATIO {
            return Ok(());
        }
        ratios.push(format!("×{ratio:.2}"));
    }
    Err(format!(
        "{family}: doubling from {size} costs {}",
        ratios.join(", ")
    ))
}

#[test]
fn growth_quoted_runs_without_sentence_ends() {
    // Quotations in one run with no full stop: each one's sentence is the whole run, and
    // reading it whole for each quotation was quadratic (Arabic 80 KB: 2 s, CJK 80 KB: 8.6 s).
    let failed: Vec<String> = growth::QUOTED_RUNS
        .iter()
        .filter_map(|&(script, unit)| {
            let make = |bytes: usize| vec![Input::new(script, growth::repeat(unit, bytes))];
            grows_linearly(script, &make, 64 * 1024).err()
        })
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn growth_one_article_repeated_inside_itself() {
    let make = |bytes: usize| vec![Input::new("again", growth::repeat(growth::ARTICLE, bytes))];
    grows_linearly("repeated inside itself", &make, 256 * 1024).unwrap();
}

#[test]
fn growth_identical_and_near_identical_articles() {
    // Beyond 200 articles, as a wire story republished by hundreds of sites is: copies were
    // compared pair by pair (1,000 copies: 15 s, 0.5 GB, a 100 MB report).
    grows_linearly("identical articles", &growth::identical, 1_000).unwrap();
    grows_linearly("near-identical articles", &growth::near_identical, 300).unwrap();
}

#[test]
fn thousands_of_copies_are_one_group_with_a_report_that_grows_linearly() {
    let n = 2_000;
    let report = analyze_checked(&growth::identical(n));
    assert_eq!(report.copies.len(), 1);
    assert_eq!(report.copies[0].members, (0..n).collect::<Vec<_>>());
    assert!(report.copies[0].identical);
    assert!(report.documents[1..].iter().all(|d| d.copy_of == Some(0)));
    // The first copy stands for them all, in as many pairs as any article may have; the
    // others are counted.
    let cap = verbatim::report::MAX_PAIRS_PER_ARTICLE;
    assert_eq!(report.pairs.len(), cap);
    assert!(report
        .pairs
        .iter()
        .all(|p| p.a == 0 && p.kind == verbatim::report::PairKind::Repost));
    assert_eq!(report.pairs_omitted, n - 1 - cap);
    assert_eq!(report.documents[0].pairs_omitted, n - 1 - cap);
    assert_eq!(report.clusters, [(0..n).collect::<Vec<_>>()]);
    let bytes = serde_json::to_vec(&report).expect("JSON").len();
    assert!(bytes < n * 1_000, "{bytes} bytes for {n} copies");
    // Edited copies each keep their own analysis, grouped as near copies.
    let n = 300;
    let report = analyze_checked(&growth::near_identical(n));
    let group = &report.copies[0];
    assert!(
        !group.identical && group.members.len() >= n * 95 / 100,
        "{}",
        group.members.len()
    );
    assert!(report.documents.iter().all(|d| d.copy_of.is_none()));
    assert!(report.pairs.len() <= n * cap / 2);
}
