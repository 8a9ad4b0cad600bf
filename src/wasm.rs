//! The browser adapter: [`analyze`] over JS values, for the page's Web Worker.
//!
//! It translates and does not decide: JS objects in, the core's [`crate::report::Report`] out
//! as plain JS objects (`null` for absent values, arrays for spans), errors as JS `Error`s
//! with a message a person can read. Strings arrive through `TextEncoder`, which turns a lone
//! surrogate into U+FFFD — also one UTF-16 unit — so every offset still fits the JS string.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Input;

/// Analyses `inputs`, an array of `{name, text}` objects, and returns the report.
#[wasm_bindgen]
pub fn analyze(inputs: JsValue) -> Result<JsValue, JsError> {
    let inputs: Vec<Input> = serde_wasm_bindgen::from_value(inputs)
        .map_err(|e| JsError::new(&format!("analyze expects [{{name, text}}, …]: {e}")))?;
    let report = crate::analyze(&inputs);
    report
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not hand over the report: {e}")))
}

/// The crate's version, so the page can say which core it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
