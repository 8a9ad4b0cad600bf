//! The core on the real pasted pages in `seeds/`: counts a reader can check, and offsets that
//! slice the original text back — in UTF-16, as the page slices it.

use std::fs;
use std::path::Path;

use verbatim::lang::Lang;
use verbatim::report::{DocumentReport, Span};
use verbatim::text::{Class, Formula, Junk};
use verbatim::{analyze, Input};

fn seeds() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let text = fs::read_to_string(dir.join(&n)).unwrap();
            Input::new(n, text)
        })
        .collect()
}

/// What JavaScript's `text.slice(start, end)` gives for a span.
fn slice(text: &str, span: Span) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[span.0..span.1]).expect("a span cuts a surrogate pair")
}

/// Spans are inside the text, ordered, non-overlapping, non-empty and trimmed.
fn assert_well_formed(text: &str, spans: &[Span]) {
    let len = text.encode_utf16().count();
    let mut previous_end = 0;
    for &span in spans {
        assert!(
            previous_end <= span.0 && span.0 < span.1 && span.1 <= len,
            "{span:?}"
        );
        let s = slice(text, span);
        assert_eq!(s.trim(), s, "span {span:?} is not trimmed");
        previous_end = span.1;
    }
}

fn sentences(text: &str, doc: &DocumentReport) -> Vec<String> {
    doc.sentences.iter().map(|&s| slice(text, s)).collect()
}

#[test]
fn every_seed_has_well_formed_spans_and_matching_counts() {
    let inputs = seeds();
    assert_eq!(inputs.len(), 5);
    let report = analyze(&inputs);
    for (input, doc) in inputs.iter().zip(&report.documents) {
        assert_eq!(doc.name, input.name);
        let paragraphs: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
        assert_well_formed(&input.text, &paragraphs);
        assert_well_formed(&input.text, &doc.sentences);
        assert_eq!(doc.stats.paragraphs, doc.paragraphs.len());
        assert_eq!(doc.stats.sentences, doc.sentences.len());
        // A paragraph is a non-blank line.
        let lines = input.text.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(doc.stats.paragraphs, lines, "{}", input.name);
        // Every sentence lies inside one paragraph.
        for s in &doc.sentences {
            assert!(paragraphs.iter().any(|p| p.0 <= s.0 && s.1 <= p.1));
        }
        // Each quotation says which paragraph and sentence it opens in.
        for q in &doc.quotes {
            let p = paragraphs[q.paragraph];
            assert!(p.0 <= q.start && q.start < p.1, "{q:?}");
            let s = doc.sentences[q.sentence.expect("in a sentence")];
            assert!(s.0 <= q.start && q.start < s.1, "{q:?}");
        }
        // However junky the page, most of its words are the article's; but under the
        // article of seed 002 is a thread of reader comments seven times as long.
        if input.name.starts_with("002") {
            assert!(
                doc.stats.content_words * 5 < doc.stats.words,
                "{:?}",
                doc.stats
            );
        } else {
            assert!(
                doc.stats.content_words * 3 > doc.stats.words * 2,
                "{}",
                input.name
            );
        }
        assert!(doc.stats.junk_paragraphs < doc.stats.paragraphs);
        // English, and read by Flesch's formula.
        assert_eq!(doc.language, Some(Lang::En), "{}", input.name);
        assert_eq!(doc.reading.formula, Some(Formula::Flesch), "{}", input.name);
    }
    assert_eq!(report.version, 11);
    // Each rendering in a group of the same quotation knows its group, and only those do.
    let mut grouped = 0;
    for (k, g) in report.quote_groups.iter().enumerate() {
        for &[d, q] in &g.members {
            assert_eq!(report.documents[d].quotes[q].group, Some(k));
            grouped += 1;
        }
    }
    let told = report
        .documents
        .iter()
        .flat_map(|d| &d.quotes)
        .filter(|q| q.group.is_some())
        .count();
    assert!(grouped > 0 && told == grouped);
}

/// The sentence of `doc` that contains `needle`, whole.
fn sentence_with(text: &str, doc: &DocumentReport, needle: &str) -> String {
    let found: Vec<String> = sentences(text, doc)
        .into_iter()
        .filter(|s| s.contains(needle))
        .collect();
    assert_eq!(found.len(), 1, "{needle:?} in {found:?}");
    found.into_iter().next().unwrap()
}

#[test]
fn seed_000_reads_as_written() {
    let inputs = seeds();
    let (input, doc) = (&inputs[0], &analyze(&inputs[..1]).documents[0]);
    let text = input.text.as_str();
    let got = sentences(text, doc);
    assert_eq!(
        got[0],
        "Report: US Tells Ukraine Talks Don’t Need to Happen After Milley’s Comments"
    );
    // A title does not end a sentence.
    assert!(sentence_with(text, doc, "Gen. Mark Milley").starts_with("According to a report"));
    // The closing quotation mark stays with its sentence.
    assert!(got.contains(
        &"He expects fighting will slow down this winter, and the moment for peace talks could be “seized.”".to_string()
    ));
    // A question inside quotes, attributed in lower case, is one sentence.
    assert!(sentence_with(text, doc, "abyss?”")
        .ends_with("one US official said in comments to POLITICO."));
    assert_eq!(
        got.last().unwrap(),
        "Dave DeCamp is the news editor of, follow him on Twitter @decampdave."
    );
    assert_eq!(doc.stats.sentences, 19);
    assert_eq!(doc.stats.paragraphs, 13);
    assert_eq!(doc.stats.characters, text.chars().count()); // no combining marks here
    assert_eq!(doc.stats.words, 469);
}

#[test]
fn seed_003_keeps_initials_dates_and_acronyms_inside_sentences() {
    let inputs = seeds();
    let (input, doc) = (&inputs[3], &analyze(&inputs[3..4]).documents[0]);
    let text = input.text.as_str();
    assert_eq!(
        sentences(text, doc)[0],
        "Top U.S. general urges Ukraine-Russia talks, Biden advisers resist"
    );
    assert!(sentence_with(text, doc, "Mark A. Milley").starts_with("Gen. Mark A. Milley, chairman"));
    assert_eq!(
        sentence_with(text, doc, "Sullivan told reporters"),
        "“The United States is not pressuring Ukraine,” Sullivan told reporters on Nov. 10."
    );
    assert!(sentence_with(text, doc, "U.S. officials said").ends_with("U.S. officials said."));
    assert!(sentence_with(text, doc, "On Nov. 7").ends_with("make negotiation possible:"));
}

#[test]
fn offsets_are_utf16_with_emoji_and_crlf() {
    let text = "Hello 👋🏽 world.\r\nSecond line — here! Then “quoted,” he said.\r\n\r\n🇺🇦 Flag last";
    let report = analyze(&[Input::new("odd.txt", text)]);
    let doc = &report.documents[0];
    let spans: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
    assert_well_formed(text, &spans);
    let paragraphs: Vec<_> = doc.paragraphs.iter().map(|p| slice(text, p.span)).collect();
    assert_eq!(
        paragraphs,
        [
            "Hello 👋🏽 world.",
            "Second line — here! Then “quoted,” he said.",
            "🇺🇦 Flag last"
        ]
    );
    assert_eq!(
        sentences(text, doc),
        [
            "Hello 👋🏽 world.",
            "Second line — here!",
            "Then “quoted,” he said.",
            "🇺🇦 Flag last"
        ]
    );
    // The flag starts after 17 + 2 + 43 + 4 UTF-16 units (each emoji part counts two) and
    // is four units itself.
    assert_eq!(doc.paragraphs[2].span, Span(66, 80));
    assert_eq!(doc.stats.words, 11); // emoji are not words
                                     // 👋🏽 and 🇺🇦 are one character each; so is every CRLF.
    assert_eq!(doc.stats.characters, text.chars().count() - 2 - 3);
}

#[test]
fn empty_and_blank_inputs_give_empty_documents() {
    let report = analyze(&[Input::new("empty", ""), Input::new("blank", " \n\t\r\n ")]);
    for doc in &report.documents {
        assert_eq!(
            doc.stats.words + doc.stats.sentences + doc.stats.paragraphs,
            0
        );
    }
    assert_eq!(report.documents[1].stats.characters, 5); // space, LF, tab, CRLF, space
}

/// How the paragraph of seed `seed` that contains `needle` was judged, for every such paragraph.
fn judged(seed: usize, needle: &str) -> Vec<(Class, Option<Junk>)> {
    let inputs = seeds();
    let doc = &analyze(&inputs[seed..=seed]).documents[0];
    let found: Vec<_> = doc
        .paragraphs
        .iter()
        .filter(|p| slice(&inputs[seed].text, p.span).contains(needle))
        .map(|p| (p.class, p.junk))
        .collect();
    assert!(!found.is_empty(), "{needle:?} not found in seed {seed}");
    found
}

#[test]
fn page_junk_in_the_seeds_is_named_and_the_article_is_not() {
    use Junk::*;
    let junk = |seed, needle, why| {
        for got in judged(seed, needle) {
            assert_eq!(got, (Class::Junk, Some(why)), "{needle:?} in seed {seed}");
        }
    };
    junk(0, "Author: Dave DeCamp", Byline);
    junk(1, "By [Dave DeCamp](#)", Byline);
    junk(1, "Global Research, November 13, 2022", Byline);
    junk(1, "Region: [Europe](#)", Links);
    junk(1, "Daily Newsletter", Prompt);
    junk(1, "Copyright ©", Footer);
    junk(1, "Disclaimer: The contents", Footer);
    junk(2, "https://ria.ru/", Links);
    junk(3, "Oops!", Interface);
    junk(3, "Something went wrong.", Interface);
    junk(3, "Read also:", Interface);
    junk(3, "Mark Milley", Repeated);
    junk(4, "(Kenzo Tribouillard/AFP/Getty Images)", Caption);
    junk(4, "Continue reading", Interface);
    junk(4, "Leave a Reply", Interface);
    // The reader comments under seed 002's article: what each commenter wrote, their links
    // aside.
    junk(2, "Lol.", Comment);
    junk(2, "Nobody noticed that Ze has refused", Comment);
    junk(2, "Hail to the chief", Comment);
    junk(2, "I have gained an iota of respect for Milley", Comment);
    let content = |seed, needle| {
        for got in judged(seed, needle) {
            assert_eq!(got, (Class::Content, None), "{needle:?} in seed {seed}");
        }
    };
    content(0, "According to a report from POLITICO");
    content(1, "Milley told the Economic Club of New York");
    content(
        2,
        "Chairman of the Joint Chiefs of Staff Gen. Mark Milley said on Wednesday",
    );
    content(2, "Congress passed a $40 billion aid package");
    // The article's second paragraph, and a commenter quoting it.
    assert_eq!(
        judged(2, "Milley told the Economic Club of New York"),
        [(Class::Content, None), (Class::Junk, Some(Comment))]
    );
    content(3, "• regaining territorial integrity;");
    content(4, "Seize the moment,” Milley said.");
    assert_eq!(
        judged(3, "Top U.S. general urges"),
        [(Class::Heading, None)]
    );
}

#[test]
fn markdown_and_html_copies_read_like_the_plain_text() {
    use verbatim::text::Document;
    let inputs = seeds();
    let plain = inputs[0].text.as_str();
    let html = plain
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let l = l
                .replace('’', "&#8217;")
                .replace("Mark Milley", "<b>Mark Milley</b>");
            format!("<p>{l}</p>")
        })
        .collect::<Vec<_>>()
        .join("");
    let markdown = format!("# {plain}")
        .replace("Mark Milley", "**Mark Milley**")
        .replace("POLITICO", "[POLITICO](https://www.politico.com/news)");
    let expected = Document::new(plain);
    let sentence_texts = |d: &Document| -> Vec<String> {
        d.sentences()
            .iter()
            .map(|r| d.text()[r.clone()].to_string())
            .collect()
    };
    for copy in [html, markdown] {
        let doc = Document::new(&copy);
        assert_eq!(sentence_texts(&doc), sentence_texts(&expected));
        assert_eq!(doc.words().len(), expected.words().len());
        // The report's spans still slice the copy as given, markup and all.
        let report = analyze(&[Input::new("copy", copy.as_str())]);
        let spans = &report.documents[0].sentences;
        let with_name = spans
            .iter()
            .map(|&s| slice(&copy, s))
            .find(|s| s.contains("Gen. "))
            .unwrap();
        assert!(
            with_name.contains("**Mark Milley**") || with_name.contains("<b>Mark Milley</b>"),
            "{with_name}"
        );
    }
}

#[test]
fn people_are_named_once_however_each_outlet_names_them() {
    use verbatim::text::NameKind;
    let report = analyze(&seeds());
    let find = |doc: usize, name: &str| {
        report.documents[doc]
            .names
            .iter()
            .find(|n| n.name == name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} not named in seed {doc}"))
    };
    // "Gen. Mark A. Milley" and "General Milley’s" in one article; "Chairman of the Joint
    // Chiefs of Staff Mark Milley" and "Milley" in another: one person each time.
    let milley = find(3, "Mark Milley");
    assert_eq!((milley.kind, milley.mentions), (NameKind::Person, 2));
    let milley = find(4, "Mark Milley");
    assert!(milley.mentions >= 5, "{milley:?}");
    assert!(milley
        .variants
        .contains(&"Chairman of the Joint Chiefs of Staff Mark Milley".to_string()));
    assert_eq!(report.documents[4].names[0].name, "Mark Milley");
    // Titles are not names, and organisations are told apart from people.
    assert_eq!(find(0, "Jake Sullivan").kind, NameKind::Person);
    assert_eq!(find(0, "POLITICO").kind, NameKind::Organization);
    assert_eq!(
        find(1, "Economic Club of New York").kind,
        NameKind::Organization
    );
    assert_eq!(find(4, "Joe Biden").mentions, 3);
    for doc in &report.documents {
        for name in &doc.names {
            assert!(
                !name.name.contains("Gen.") && !name.name.starts_with("The "),
                "{name:?}"
            );
        }
    }
}

#[test]
fn who_said_what_in_the_seeds() {
    use verbatim::report::{Quote, QuoteKind};
    let inputs = seeds();
    let report = analyze(&inputs);
    let quote = |doc: usize, start: &str| -> (usize, Quote) {
        let found: Vec<(usize, Quote)> = report.documents[doc]
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.text.starts_with(start))
            .map(|(i, q)| (i, q.clone()))
            .collect();
        assert!(!found.is_empty(), "{start:?} not quoted in seed {doc}");
        found[0].clone()
    };
    fn said(q: &Quote) -> (QuoteKind, Option<&str>, Option<&str>) {
        (q.kind, q.speaker.as_deref(), q.cue.as_deref())
    }
    // Split by its attribution: two spans, one utterance, one speaker.
    let (first, q) = quote(1, "When there’s an opportunity");
    assert_eq!(
        said(&q),
        (QuoteKind::Direct, Some("Mark Milley"), Some("told"))
    );
    let (_, q) = quote(1, "Seize the moment.");
    assert_eq!(
        (said(&q), q.continues),
        (
            (QuoteKind::Direct, Some("Mark Milley"), Some("told")),
            Some(first)
        )
    );
    // The span covers the marks, in UTF-16 offsets into the text as given.
    let (_, q) = quote(4, "This is up to the Ukrainians.");
    let span = slice(&inputs[4].text, Span(q.start, q.end));
    assert!(span.starts_with('“') && span.ends_with('”'), "{span}");
    assert_eq!(
        said(&q),
        (QuoteKind::Direct, Some("Joe Biden"), Some("said"))
    );
    // A partial quotation, a description as speaker, a pronoun, a definite description.
    let (_, q) = quote(0, "is maybe not achievable");
    assert_eq!(
        said(&q),
        (QuoteKind::Partial, Some("Mark Milley"), Some("said"))
    );
    let (_, q) = quote(0, "Why not start talking");
    assert_eq!(
        said(&q),
        (QuoteKind::Direct, Some("one US official"), Some("said"))
    );
    let (_, q) = quote(1, "Now, what the future holds");
    assert_eq!(q.speaker.as_deref(), Some("Mark Milley"));
    let (_, q) = quote(1, "is maybe not achievable");
    assert_eq!(q.speaker.as_deref(), Some("Mark Milley"));
    // A second paragraph of quotation continues its speaker.
    let (first, _) = quote(3, "The United States is not pressuring");
    let (_, q) = quote(3, "We’re not insisting");
    assert_eq!(
        (q.speaker.as_deref(), q.continues),
        (Some("Jake Sullivan"), Some(first))
    );
    // A word quoted inside reported speech is the speaker's (`the US said its goal was to
    // “weaken” Russia`).
    let (_, q) = quote(1, "weaken");
    assert_eq!(
        (q.kind, q.speaker.as_deref()),
        (QuoteKind::Partial, Some("the US"))
    );
    // The reader comments under seed 002 are not its article: none of their quotations is
    // listed (a commenter's song lyric, their quoting of Milley's words again).
    let comments_start = inputs[2].text.find("Nobody noticed").unwrap();
    let utf16_start = inputs[2].text[..comments_start].encode_utf16().count();
    assert!(report.documents[2]
        .quotes
        .iter()
        .all(|q| q.end <= utf16_start));
    assert!(!report.documents[2]
        .quotes
        .iter()
        .any(|q| q.text.starts_with("Hail to the chief")));
    // Read as an article of their own, the comments hold the seeds' hardest quotation
    // marks: nesting with the same marks, a quotation never closed, a lyric nobody said.
    let comments = analyze(&[Input::new("comments", &inputs[2].text[comments_start..])]);
    let quote = |start: &str| -> Quote {
        comments.documents[0]
            .quotes
            .iter()
            .find(|q| q.text.starts_with(start))
            .unwrap_or_else(|| panic!("{start:?} not quoted"))
            .clone()
    };
    let q = quote("urged");
    assert_eq!((q.kind, q.depth), (QuoteKind::Scare, 1));
    let q = quote("according with");
    assert!(!q.closed);
    assert_eq!(q.text, "according with…? Proof.");
    let q = quote("Hail to the chief");
    assert_eq!(q.speaker, None);
}

#[test]
fn the_same_quote_is_grouped_across_outlets() {
    let report = analyze(&seeds());
    let text = |d: usize, q: usize| report.documents[d].quotes[q].text.as_str();
    let seize = report
        .quote_groups
        .iter()
        .find(|g| {
            g.members
                .iter()
                .any(|&[d, q]| d == 4 && text(d, q).starts_with("When there is"))
        })
        .expect("Milley's “seize it” is grouped");
    assert_eq!(seize.speaker.as_deref(), Some("Mark Milley"));
    // Worded differently by 001 and 004, and once in 002's article (a commenter's quoting
    // it again is no rendering of its own).
    let documents: Vec<usize> = seize.members.iter().map(|m| m[0]).collect();
    assert_eq!(documents, [1, 2, 4]);
    // CNN's rendering is the fullest; the others wrote "there’s" for its "there is". Their
    // "Seize the moment", quoted apart after the attribution, is compared with the rest of
    // the utterance, so it is not counted as left out.
    assert_eq!(seize.members[seize.reference], [4, 0]);
    for (k, &[d, q]) in seize
        .members
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != seize.reference)
    {
        let units: Vec<u16> = text(d, q).encode_utf16().collect();
        let changed: Vec<String> = seize.differences[k]
            .changed
            .iter()
            .map(|s| String::from_utf16_lossy(&units[s.0..s.1]))
            .collect();
        assert_eq!(changed, ["there’s"]);
        assert_eq!(seize.differences[k].omitted, 2);
    }
    assert_eq!(seize.differences[seize.reference].changed, []);
    // Biden's words are nobody else's.
    assert!(!report
        .quote_groups
        .iter()
        .any(|g| g.speaker.as_deref() == Some("Joe Biden")));
}

/// The page offers the seeds as sample articles through `seeds/index.json`: every seed, once,
/// in order, each with a name.
#[test]
fn the_page_offers_every_seed_as_a_sample() {
    let index =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/index.json")).unwrap();
    let files: Vec<&str> = index
        .split("\"file\": \"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    let seeds: Vec<String> = seeds().into_iter().map(|s| s.name).collect();
    assert_eq!(files, seeds);
    assert_eq!(index.matches("\"name\": \"").count(), seeds.len());
}

#[test]
fn offsets_hold_for_right_to_left_text_and_combining_marks() {
    let text = "قال الجنرال: «السلام ممكن». ثم غادر.\nשלום עולם. e\u{301}te\u{301} “cafe\u{301},” he said.\r\nZalgo t\u{336}e\u{336}x\u{336}t.";
    let report = analyze(&[Input::new("rtl", text)]);
    let doc = &report.documents[0];
    let spans: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
    assert_well_formed(text, &spans);
    assert_well_formed(text, &doc.sentences);
    assert_eq!(doc.quotes.len(), 2, "the guillemets and the curly quotes");
    for q in &doc.quotes {
        let s = slice(text, Span(q.start, q.end));
        assert!(s.contains(&q.text), "{s:?} holds {:?}", q.text);
    }
    assert_eq!(doc.stats.paragraphs, 3);
    // A letter with its combining accent is one character (three accents, three strokes),
    // and so is a CRLF.
    assert_eq!(doc.stats.characters, text.chars().count() - 3 - 3 - 1);
}

#[test]
fn repeats_and_copies_in_the_seeds() {
    let inputs = seeds();
    let report = analyze(&inputs);
    let repeated = |d: usize| -> Vec<String> {
        report.documents[d]
            .repeats
            .iter()
            .map(|r| {
                let (first, again) = (
                    slice(&inputs[d].text, r.first),
                    slice(&inputs[d].text, r.again),
                );
                // Both places hold the same words (the markup around them may differ).
                let words = |s: &str| {
                    s.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .count()
                };
                assert_eq!(words(&first), words(&again), "{first:?} / {again:?}");
                assert!(r.first.1 <= r.again.0, "in order, not overlapping");
                first
            })
            .collect()
    };
    // The error message twice, the caption twice (once with its credit), the reader
    // comments and the quoted speech pasted twice.
    assert!(repeated(3)
        .iter()
        .any(|r| r.starts_with("Oops!") && r.ends_with("Please try again later")));
    let caption = &report.documents[4].repeats[0];
    assert!(
        caption.similarity > 0.75 && caption.similarity < 1.0,
        "{caption:?}"
    );
    assert!(slice(&inputs[4].text, caption.first)
        .starts_with("Chairman of the Joint Chiefs of Staff Mark Milley speaks"));
    let comments = repeated(2);
    assert!(
        comments.iter().any(|r| r.starts_with("Now that’s silly.")),
        "{comments:?}"
    );
    assert!(
        comments
            .iter()
            .any(|r| r.starts_with("When there’s an opportunity")),
        "{comments:?}"
    );

    // The article of the comment-thread page (002), its comments set aside, is all inside
    // the Global Research repost (001), covered by shared passages, and that pair ranks first.
    let top = &report.pairs[0];
    assert_eq!((top.a, top.b), (1, 2));
    assert!(top.containment[1] >= 0.95, "{top:?}");
    assert!(top.verdict.contains("likely a repost"), "{}", top.verdict);
    // The report says which is held, as the verdict names it: the page draws that.
    assert_eq!(top.held, 2, "{top:?}");
    for pair in &report.pairs {
        let (held, holder) = if pair.held == pair.a {
            (pair.a, pair.b)
        } else {
            (pair.b, pair.a)
        };
        assert!(pair.held == pair.a || pair.held == pair.b, "{pair:?}");
        let name = |d: usize| inputs[d].name.as_str();
        assert!(
            pair.verdict.starts_with(name(holder))
                && pair.verdict.contains(&format!("of {}", name(held))),
            "{pair:?}"
        );
    }
    let covered: usize = top.shared.iter().map(|p| p.a.1 - p.a.0).sum();
    let body = inputs[1].text.find("Milley thinks Russia").unwrap();
    assert!(
        top.shared
            .iter()
            .any(|p| p.a.0 <= body && body < p.a.1 + 200),
        "the body is shared"
    );
    assert!(
        covered > 2500,
        "shared passages cover the article body: {covered}"
    );
    for p in &top.shared {
        let (a, b) = (slice(&inputs[1].text, p.a), slice(&inputs[2].text, p.b));
        assert_eq!(
            a.split_whitespace().next(),
            b.split_whitespace().next(),
            "{a:?} ~ {b:?}"
        );
    }
    // Articles that share only a topic or a quote score low.
    for p in &report.pairs[1..] {
        assert!(
            p.resemblance < 0.05 && p.containment[0].max(p.containment[1]) < 0.1,
            "{p:?}"
        );
    }
    // So the repost and its host are the one cluster of copies.
    assert_eq!(report.clusters, vec![vec![1, 2]]);
}

/// Beyond the exact limit, candidates come from MinHash: a repost inside a page four times its
/// length (wholly contained, under 30% alike, which Jaccard's bands alone would rarely
/// propose) is still found.
#[test]
fn the_repost_is_found_among_hundreds_of_articles() {
    let seeds = seeds();
    let vocabulary: Vec<&str> = seeds
        .iter()
        .flat_map(|s| s.text.split_whitespace())
        .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut inputs: Vec<Input> = (0..verbatim::dedup::EXACT_LIMIT + 50)
        .map(|i| {
            let words: Vec<&str> = (0..400)
                .map(|_| vocabulary[(next() % vocabulary.len() as u64) as usize])
                .collect();
            Input::new(format!("filler {i}"), words.join(" "))
        })
        .collect();
    // The host page: other text first (found in no other article), then the Global
    // Research repost (001) whole.
    let mut host: Vec<String> = (0..5)
        .map(|_| {
            let words: Vec<&str> = (0..400)
                .map(|_| vocabulary[(next() % vocabulary.len() as u64) as usize])
                .collect();
            words.join(" ")
        })
        .collect();
    host.push(seeds[1].text.clone());
    let host = host.join("\n\n");
    inputs.push(seeds[1].clone());
    inputs.push(Input::new("host", host));
    let report = analyze(&inputs);
    let (a, b) = (inputs.len() - 2, inputs.len() - 1);
    let pair = report
        .pairs
        .iter()
        .find(|p| (p.a, p.b) == (a, b))
        .expect("the repost pair");
    assert!(
        pair.containment[0] >= 0.8 && pair.resemblance < 0.3,
        "{pair:?}"
    );
    assert!(
        report.clusters.contains(&vec![a, b]),
        "{:?}",
        report.clusters
    );
}
