//! The browser adapter: [`work`], the analysis worker's side of the page's requests, and
//! [`analyze`], the same analysis over JS values returned instead of posted.
//!
//! The page's module exports `work` alone: the page reaches the core only through its worker.
//! `analyze` is exported to JS only in the bench's build (`--features bench`, which times it);
//! the browser tests (`tests/web.rs`) call both from Rust. Every export costs the shipped
//! module its binding code and the JS glue its wrapper: exporting `analyze` and `version` as
//! well made the page's code 1.5 KB heavier gzipped.
//!
//! It translates and does not decide: JS objects in, the core's [`crate::report::Report`] out
//! as plain JS objects (`null` for absent values, arrays for spans), bad input as a JS
//! `TypeError` with a message a person can read. It speaks to JS through `js-sys` and to the
//! worker it runs in through `web-sys`: `postMessage` for progress and results,
//! `performance.now()` for the timings sent with a result. Strings arrive through
//! `TextEncoder`, which turns a lone surrogate into U+FFFD — also one UTF-16 unit — so every
//! offset still fits the JS string.

use js_sys::{Array, Function, Object, Reflect, TypeError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::DedicatedWorkerGlobalScope;

use crate::Input;

mod js;

/// The module's allocator: talc, over memory grown a page at a time and merged into one heap,
/// in place of the standard library's dlmalloc. The page's code 1.5 KB smaller gzipped
/// (dlmalloc's bins and trees), the same CPU time, and freed blocks coalesce, so memory after
/// an analysis is within a few percent of dlmalloc's (1 MB of text: 17.3 MB against 16.6) and
/// does not grow with repeated analyses. Its setup is safe code: the module has one thread.
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// `[{name, text}, …]`, read by hand: serde's messages for values of the wrong type format
/// floats, which would bring all of float formatting into the module (some 17 KB).
fn inputs_of(value: &JsValue) -> Result<Vec<Input>, String> {
    let expects = "analyze expects [{name, text}, …]";
    if !Array::is_array(value) {
        return Err([expects, ", not ", &kind(value)].concat());
    }
    let array: &Array = value.unchecked_ref();
    (0..array.length())
        .map(|i| {
            let item = array.get(i);
            let at = crate::util::decimal(i.into());
            if !item.is_object() || Array::is_array(&item) {
                return Err([
                    expects,
                    ": item ",
                    &at,
                    " is ",
                    &kind(&item),
                    ", not an object",
                ]
                .concat());
            }
            let field = |key: &str| {
                let value = Reflect::get(&item, &JsValue::from_str(key)).unwrap_or_default();
                value.as_string().ok_or_else(|| {
                    let kind = kind(&value);
                    [
                        expects,
                        ": item ",
                        &at,
                        "'s `",
                        key,
                        "` is ",
                        &kind,
                        ", not a string",
                    ]
                    .concat()
                })
            };
            Ok(Input {
                name: field("name")?,
                text: field("text")?,
            })
        })
        .collect()
}

/// What a JS value is, for a message: `null`, `an array`, or its `typeof`.
fn kind(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// Reads `inputs`, analyses them and hands the report over as plain JS objects, `progress`
/// hearing the share of the work done. [`work`] and [`analyze`] both come here: the analysis
/// inlined into each would be in the bench's module twice.
#[inline(never)]
fn analysis(inputs: &JsValue, progress: &mut dyn FnMut(f64)) -> Result<JsValue, String> {
    let inputs = inputs_of(inputs)?;
    let report = crate::analyze_observed(&inputs, &crate::Options::default(), progress);
    js::to_js(&report).map_err(|_| String::from("the report could not be handed over"))
}

/// Analyses `inputs`, an array of `{name, text}` objects, and returns the report. If given,
/// `progress` is called with the share of the work done (0 to 1) as the analysis goes.
#[cfg_attr(feature = "bench", wasm_bindgen)]
pub fn analyze(inputs: JsValue, progress: JsValue) -> Result<JsValue, JsValue> {
    let progress = match progress.dyn_into::<Function>() {
        Ok(function) => Some(function),
        Err(other) if other.is_undefined() || other.is_null() => None,
        Err(other) => {
            let message = ["analyze's progress must be a function, not ", &kind(&other)].concat();
            return Err(TypeError::new(&message).into());
        }
    };
    let tell = &mut |done: f64| {
        if let Some(progress) = &progress {
            // A failing listener must not stop the analysis: its errors are dropped.
            let _ = progress.call1(&JsValue::NULL, &done.into());
        }
    };
    analysis(&inputs, tell).map_err(|message| TypeError::new(&message).into())
}

/// `{job, key: value, …}`, a message for the page.
fn message(job: &JsValue, fields: &[(&str, &JsValue)]) -> Object {
    let message = Object::new();
    // Setting a property of a fresh plain object cannot fail.
    let target: &js::Target = message.unchecked_ref();
    target.set(&"job".into(), job);
    for (key, value) in fields {
        target.set(&JsValue::from_str(key), value);
    }
    message
}

/// The analysis worker's answer to the page's request `{job, inputs}`, posted to the page
/// through `scope` (the worker's `self`): `{job, progress}` as the work goes, then
/// `{job, ok: true, report, version, timings}` (`timings.analysis`: milliseconds from reading
/// the request to the report handed over, by `performance.now()`) or `{job, ok: false, fatal: false, error}` for input
/// it cannot read. Throws only if it cannot post or the request is no object.
#[wasm_bindgen]
pub fn work(scope: &DedicatedWorkerGlobalScope, request: &JsValue) -> Result<(), JsValue> {
    let job = Reflect::get(request, &"job".into())?;
    let inputs = Reflect::get(request, &"inputs".into())?;
    let clock = scope.performance();
    let tell = &mut |done: f64| {
        // A page that cannot hear progress still gets the result.
        let _ = scope.post_message(&message(&job, &[("progress", &done.into())]));
    };
    let now = || clock.as_ref().map_or(0.0, |c| c.now());
    let started = now();
    let answer = match analysis(&inputs, tell) {
        Ok(report) => {
            let timings = Object::new();
            let target: &js::Target = timings.unchecked_ref();
            target.set(&"analysis".into(), &(now() - started).into());
            let ok = [
                ("ok", &true.into()),
                ("report", &report),
                ("version", &JsValue::from_str(VERSION)),
                ("timings", &timings.into()),
            ];
            message(&job, &ok)
        }
        Err(error) => {
            let failed = [
                ("ok", &false.into()),
                ("fatal", &false.into()),
                ("error", &error.into()),
            ];
            message(&job, &failed)
        }
    };
    scope.post_message(&answer)
}

/// The crate's version, sent with each report so the page can say which core it runs.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

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
