//! The quotation-mark scanner (`quotes::marks::pair`) and attribution (`quotes::extract`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/mod.rs"]
mod support;

fuzz_target!(|data: &[u8]| support::fuzz_quotes(data));
