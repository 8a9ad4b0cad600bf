//! The native build's reports on the browser suite's articles (`tests/web/inputs.rs`), kept
//! in `tests/web/native.json`, which `tests/web.rs` compares the browser's reports with:
//! the same core compiled to wasm32 must give the same report as the CLI's.
//!
//! When the core's reports change, this test rewrites the file and fails once, asking for it
//! to be committed; the next run passes.

#![cfg(not(target_arch = "wasm32"))]

#[path = "web/inputs.rs"]
mod inputs;

use verbatim::analyze;

#[test]
fn the_browser_suite_compares_against_the_native_reports() {
    let seeds = analyze(&inputs::seeds());
    let generated = analyze(&inputs::generated());
    let json = serde_json::to_string(&serde_json::json!({
        "seeds": seeds,
        "generated": generated,
    }))
    .expect("reports are JSON")
        + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/web/native.json");
    let kept = std::fs::read_to_string(path).unwrap_or_default();
    if kept != json {
        std::fs::write(path, &json).expect("tests/web/native.json is writable");
        panic!("tests/web/native.json was out of date and has been rewritten: commit it");
    }
}
