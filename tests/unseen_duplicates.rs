//! Duplicate scoring on articles the scorer was never tuned on (`tests/duplicates/`): one
//! wire story as two sites printed it — different headlines, bylines, menus, footers, one
//! paragraph cut, reader comments under one — and another outlet's own story about the same
//! event, sharing the facts and one quotation. The copies must score clearly high and the
//! story about the same event clearly low.

use std::fs;
use std::path::Path;

use verbatim::report::PairKind;
use verbatim::{analyze, Input};

fn article(name: &str) -> Input {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/duplicates")
        .join(name);
    Input::new(name, fs::read_to_string(path).unwrap())
}

#[test]
fn the_same_wire_story_on_two_sites_scores_high_and_another_story_of_the_event_low() {
    let inputs = [
        article("wire_site_one.txt"),
        article("wire_site_two.txt"),
        article("same_event_other_story.txt"),
    ];
    let report = analyze(&inputs);
    let pair = |a: usize, b: usize| {
        report
            .pairs
            .iter()
            .find(|p| (p.a, p.b) == (a, b))
            .unwrap_or_else(|| panic!("pair {a},{b} in {:?}", report.pairs))
    };

    let copies = pair(0, 1);
    assert!(copies.resemblance >= 0.5, "{copies:?}");
    assert!(copies.containment.iter().all(|&c| c >= 0.7), "{copies:?}");
    assert_eq!(copies.kind, PairKind::Repost, "{copies:?}");
    assert!(
        copies.verdict.ends_with("likely a repost"),
        "{}",
        copies.verdict
    );
    // The shared passages run through the story, from the lede to the last paragraph both print.
    let text = &inputs[0].text;
    let covered: usize = copies.shared.iter().map(|p| p.a.1 - p.a.0).sum();
    // Spans are UTF-16 offsets (the text has dashes and accents before the lede).
    let utf16 = |needle: &str| text[..text.find(needle).unwrap()].encode_utf16().count();
    let body = utf16("Thousands of dockworkers")..utf16("Retailers have warned");
    assert!(
        covered * 10 >= body.len() * 8,
        "{covered} of {}",
        body.len()
    );
    assert_eq!(copies.shared.first().map(|p| p.a.0), Some(body.start));

    for other in [pair(0, 2), pair(1, 2)] {
        assert!(other.resemblance < 0.05, "{other:?}");
        assert!(other.containment.iter().all(|&c| c < 0.1), "{other:?}");
        assert_eq!(other.kind, PairKind::Slight, "{other:?}");
        assert!(
            other.verdict.ends_with("little in common"),
            "{}",
            other.verdict
        );
    }
    assert_eq!(report.clusters, vec![vec![0, 1]]);
}
