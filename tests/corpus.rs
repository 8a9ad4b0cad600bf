//! The fuzz corpus, replayed: every input in `fuzz/corpus/<target>/` (what `make fuzz` found
//! worth keeping, minimised) and in `fuzz/regressions/<target>/` (each crash a fuzzer found,
//! minimised, named for the bug it showed), through the very functions the fuzz targets call
//! (`tests/support`). Stable Rust, no fuzzing: CI replays, it does not search.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::Path;

/// Replays every file of `fuzz/{corpus,regressions}/<target>/` through `run`; returns how
/// many there were.
fn replay(target: &str, run: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files = Vec::new();
    for kind in ["corpus", "regressions"] {
        let Ok(dir) = std::fs::read_dir(root.join(kind).join(target)) else {
            continue;
        };
        files.extend(dir.map(|e| e.unwrap().path()).filter(|p| p.is_file()));
    }
    files.sort();
    for file in &files {
        let data = std::fs::read(file).unwrap();
        let shown = file.strip_prefix(&root).unwrap().display().to_string();
        // The file's name in any panic, so a failure names its reproducer.
        let outcome = std::panic::catch_unwind(|| run(&data));
        assert!(
            outcome.is_ok(),
            "fuzz/{shown} fails: rerun with `cargo test --test corpus`"
        );
    }
    files.len()
}

#[test]
fn analyze_corpus() {
    assert!(replay("analyze", support::fuzz_analyze) > 0);
}

#[test]
fn analyze_many_corpus() {
    assert!(replay("analyze_many", support::fuzz_analyze_many) > 0);
}

#[test]
fn quotes_corpus() {
    assert!(replay("quotes", support::fuzz_quotes) > 0);
}
