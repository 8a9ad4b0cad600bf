//! The CLI as a user runs it: the report in the contract's shape, a readable summary, and a
//! one-line error naming any file it cannot read — never a panic.

// Native only: it runs the built binary.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Output;

use serde_json::Value;

mod support;
use support::verbatim;

/// The `.txt` files of `dir` (relative to the package), in order, as paths from there.
fn txt_paths(dir: &str) -> Vec<String> {
    let mut paths: Vec<String> = std::fs::read_dir(format!("{}/{dir}", env!("CARGO_MANIFEST_DIR")))
        .unwrap()
        .map(|e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".txt"))
        .collect();
    paths.sort();
    paths
}

fn seed_paths() -> Vec<String> {
    txt_paths("seeds")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn json_report_has_the_contract_shape() {
    let paths = seed_paths();
    let args: Vec<&str> = std::iter::once("--json")
        .chain(paths.iter().map(String::as_str))
        .collect();
    let out = verbatim(&args, b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = report["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    for (doc, path) in docs.iter().zip(&paths) {
        assert_eq!(doc["name"], path.trim_start_matches("seeds/"));
        for key in ["characters", "words", "sentences", "paragraphs"] {
            assert!(doc["stats"][key].as_u64().unwrap() > 0, "{key}");
        }
        let first = &doc["sentences"][0];
        assert!(first[0].as_u64().unwrap() < first[1].as_u64().unwrap());
        assert!(doc["quotes"].is_array() && doc["repeats"].is_array());
    }
    assert!(report["pairs"].is_array() && report["quote_groups"].is_array());
}

#[test]
fn summary_names_each_article_with_its_figures() {
    let seed = "seeds/000_164cccfa72ed62e3.txt";
    let out = verbatim(&[seed, "-"], b"One. Two.");
    assert!(out.status.success());
    let summary = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = summary.lines().collect();
    assert_eq!(lines.len(), 3, "{summary}");
    let report: Value = serde_json::from_slice(&verbatim(&["--json", seed], b"").stdout).unwrap();
    let stats = &report["documents"][0]["stats"];
    let expected = format!(
        "000_164cccfa72ed62e3.txt  {} words ({} article) · {} sentences · {} paragraphs ({} junk) · {} characters · {} quotes",
        stats["words"],
        stats["content_words"],
        stats["sentences"],
        stats["paragraphs"],
        stats["junk_paragraphs"],
        stats["characters"],
        report["documents"][0]["quotes"].as_array().unwrap().len()
    );
    assert_eq!(lines[0], expected);
    assert!(
        lines[1].starts_with("stdin") && lines[1].contains("2 words (2 article) · 2 sentences")
    );
    assert_eq!(
        lines[2],
        format!(
            "2 articles · {} words",
            stats["words"].as_u64().unwrap() + 2
        )
    );
}

#[test]
fn stdin_without_a_byte_order_mark_gives_page_offsets() {
    let out = verbatim(&["--json", "-"], "\u{FEFF}“Hi.” Bye.".as_bytes());
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["documents"][0]["sentences"][0],
        serde_json::json!([0, 5])
    );
}

#[test]
fn bad_files_get_one_line_naming_them_and_a_failing_exit() {
    let dir = std::env::temp_dir().join(format!("verbatim-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("photo.jpg");
    std::fs::write(&binary, [0xFF, 0xD8, 0xFF, 0x00, 0x10]).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, [b'c', b'a', b'f', 0xE9]).unwrap();
    let cases: [(&str, &str); 4] = [
        (binary.to_str().unwrap(), "looks like a binary file"),
        (latin1.to_str().unwrap(), "is not UTF-8 text"),
        ("seeds/missing.txt", "no such file"),
        (
            dir.to_str().unwrap(),
            &format!("{}: is not UTF-8 text", latin1.display()),
        ),
    ];
    for (path, message) in cases {
        let out = verbatim(&["--json", path], b"");
        assert_eq!(out.status.code(), Some(1), "{path}");
        assert!(out.stdout.is_empty(), "no partial report for {path}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with(&format!("verbatim: {path}: {message}")),
            "{err}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    for args in [&[][..], &["--frobnicate", "x.txt"][..]] {
        let out = verbatim(args, b"");
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("usage: verbatim"));
    }
    assert!(verbatim(&["--help"], b"").status.success());
}

#[test]
fn folders_and_json_lines_give_the_duplicate_clusters() {
    let out = verbatim(&["seeds"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(summary.contains("5 articles"), "{summary}");
    assert!(
        summary
            .contains("copies 1: 2 articles: 001_339dcb377220b435.txt, 002_6d120aa0c9276270.txt"),
        "{summary}"
    );
    assert!(summary.contains("likely a repost"), "{summary}");

    let dir = std::env::temp_dir().join(format!("verbatim-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("articles.jsonl");
    std::fs::write(
        &good,
        "{\"name\": \"a\", \"text\": \"One sentence here. Another one.\"}\n\n{\"name\": \"b\", \"text\": \"Hi.\"}\n",
    )
    .unwrap();
    let report: Value =
        serde_json::from_slice(&verbatim(&["--json", good.to_str().unwrap()], b"").stdout).unwrap();
    let names: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a", "b"]);
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "{\"name\": \"a\", \"text\": \"ok\"}\nnot json\n").unwrap();
    let out = verbatim(&[bad.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("line 2: not a {\"name\", \"text\"} record"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        verbatim(&["--threshold", "2", "seeds"], b"").status.code(),
        Some(2)
    );
}

/// Two runs of the CLI, each its own process, give the same bytes. The crate's hash maps draw
/// a random seed per process (so no text can be written to pile its keys into one bucket):
/// a report that followed a map's order anywhere would differ between the two. (Shown to:
/// with the top terms sorted by count alone, ties left in the order of the seeded map that
/// counts them, it fails with "the JSON report differs between two runs".)
#[test]
fn two_processes_give_the_same_report_byte_for_byte() {
    let paths: Vec<String> = ["seeds", "tests/quotes_eval", "tests/duplicates"]
        .into_iter()
        .flat_map(txt_paths)
        .collect();
    let files: Vec<&str> = paths.iter().map(String::as_str).collect();
    let json: Vec<&str> = std::iter::once("--json").chain(files.clone()).collect();
    for (what, args) in [("the JSON report", json), ("the summary", files)] {
        let runs: Vec<Output> = (0..2).map(|_| verbatim(&args, b"")).collect();
        for out in &runs {
            assert!(out.status.success(), "{}", stderr(out));
        }
        assert!(
            runs[0].stdout == runs[1].stdout,
            "{what} differs between two runs"
        );
    }
}
