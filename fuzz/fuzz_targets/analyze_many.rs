//! Bytes as up to eight articles (split at 0xFF): pairs and quotation groups too.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/mod.rs"]
mod support;

fuzz_target!(|data: &[u8]| support::fuzz_analyze_many(data));
