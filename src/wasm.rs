//! The browser adapter: [`analyze`] over JS values, for the page's Web Worker.
//!
//! It translates and does not decide: JS objects in, the core's [`crate::report::Report`] out
//! as plain JS objects (`null` for absent values, arrays for spans), errors as JS `Error`s
//! with a message a person can read. Strings arrive through `TextEncoder`, which turns a lone
//! surrogate into U+FFFD — also one UTF-16 unit — so every offset still fits the JS string.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Input;

#[wasm_bindgen]
extern "C" {
    /// A JS function the page passes to hear how far an analysis has got.
    pub type Progress;
    #[wasm_bindgen(method, catch, js_name = call)]
    fn call(this: &Progress, context: &JsValue, done: f64) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
}

/// `[{name, text}, …]`, read by hand: serde's messages for values of the wrong type format
/// floats, which would bring all of float formatting into the module (some 17 KB).
fn inputs_of(value: &JsValue) -> Result<Vec<Input>, String> {
    if !is_array(value) {
        return Err("not an array".into());
    }
    let length = get(value, &"length".into())
        .ok()
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0) as u32;
    (0..length)
        .map(|i| {
            let item = get(value, &JsValue::from(i)).unwrap_or(JsValue::UNDEFINED);
            if !item.is_object() {
                return Err(format!("item {i} is not an object"));
            }
            let field = |key: &str| {
                get(&item, &JsValue::from_str(key))
                    .ok()
                    .and_then(|v| v.as_string())
                    .ok_or_else(|| format!("item {i} has no string `{key}`"))
            };
            Ok(Input {
                name: field("name")?,
                text: field("text")?,
            })
        })
        .collect()
}

/// Analyses `inputs`, an array of `{name, text}` objects, and returns the report. If given,
/// `progress` is called with the share of the work done (0 to 1) as the analysis goes.
#[wasm_bindgen]
pub fn analyze(inputs: JsValue, progress: Option<Progress>) -> Result<JsValue, JsError> {
    let inputs = inputs_of(&inputs)
        .map_err(|e| JsError::new(&format!("analyze expects [{{name, text}}, …]: {e}")))?;
    let report = crate::analyze_observed(&inputs, &crate::Options::default(), &mut |done| {
        if let Some(progress) = &progress {
            // A failing listener must not stop the analysis: its errors are dropped.
            let _ = progress.call(&JsValue::NULL, done);
        }
    });
    report
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not hand over the report: {e}")))
}

/// The crate's version, so the page can say which core it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Words and sentences alone, without the rest of the analysis (not even junk): what the benchmark
/// (`make bench`) sets against `Intl.Segmenter`. One flat array of UTF-16 offsets,
/// `[words, sentences, word₀ start, word₀ end, …, sentence₀ start, sentence₀ end, …]`, the
/// same spans the report gives (sentences) or counts (words).
/// Only in the bench's build (`--features bench`): the page has no use for it.
#[cfg(feature = "bench")]
#[wasm_bindgen]
pub fn segment(text: &str) -> Vec<u32> {
    let seg = crate::text::Segments::new(text);
    let (words, sentences) = (&seg.words, &seg.sentences);
    let mut out = Vec::with_capacity(2 + 2 * (words.len() + sentences.len()));
    out.push(words.len() as u32);
    out.push(sentences.len() as u32);
    // Both lists are in order: one walk along the text for each.
    let mut utf16 = crate::text::Utf16Cursor::new(text);
    for r in seg.view.originals(words) {
        out.extend([utf16.at(r.start) as u32, utf16.at(r.end) as u32]);
    }
    let mut utf16 = crate::text::Utf16Cursor::new(text);
    for s in sentences {
        let r = seg.view.original_outer(s.clone());
        out.extend([utf16.at(r.start) as u32, utf16.at(r.end) as u32]);
    }
    out
}
