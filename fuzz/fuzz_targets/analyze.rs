//! Any bytes as one article: the whole analysis, its report checked against the contract.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/mod.rs"]
mod support;

fuzz_target!(|data: &[u8]| support::fuzz_analyze(data));
