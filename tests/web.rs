//! The browser adapter, tested where it runs: in headless Chromium, through the same
//! exported `analyze` the page's worker calls.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use verbatim::report::Report;
use verbatim::Input;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../seeds/000_164cccfa72ed62e3.txt");

fn inputs(texts: &[(&str, JsValue)]) -> JsValue {
    let array = Array::new();
    for (name, text) in texts {
        let input = Object::new();
        Reflect::set(&input, &"name".into(), &(*name).into()).unwrap();
        Reflect::set(&input, &"text".into(), text).unwrap();
        array.push(&input);
    }
    array.into()
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        let key: JsValue = match key.parse::<u32>() {
            Ok(i) => i.into(),
            Err(_) => key.into(),
        };
        Reflect::get(&v, &key).unwrap()
    })
}

#[wasm_bindgen_test]
fn the_page_gets_the_same_report_as_the_core() {
    let js = verbatim::wasm::analyze(inputs(&[("seed.txt", SEED.into())]), None).unwrap();
    let back: Report = serde_wasm_bindgen::from_value(js.clone()).unwrap();
    let core = verbatim::analyze(&[Input::new("seed.txt", SEED)]);
    assert_eq!(back, core);
    // And the JS shape the page reads: plain objects, arrays for spans, numbers.
    assert_eq!(get(&js, "documents.0.name"), "seed.txt");
    let sentences = core.documents[0].stats.sentences;
    assert!(sentences > 10);
    assert_eq!(
        get(&js, "documents.0.stats.sentences").as_f64(),
        Some(sentences as f64)
    );
    assert!(get(&js, "documents.0.sentences.0").is_instance_of::<Array>());
    assert!(get(&js, "documents.0.quotes").is_instance_of::<Array>());
    assert!(get(&js, "pairs").is_instance_of::<Array>());
}

#[wasm_bindgen_test]
fn offsets_index_the_js_string_even_with_emoji_and_lone_surrogates() {
    // JSON.parse makes a JS string that Rust could never hold: a lone high surrogate.
    let text = JSON::parse(r#""\ud800 Emoji 👍🏽 first.\r\nThen \udc00 lone. End""#).unwrap();
    let js_text: js_sys::JsString = text.clone().unchecked_into();
    let report = verbatim::wasm::analyze(inputs(&[("odd", text)]), None).unwrap();
    let sentences: Array = get(&report, "documents.0.sentences").unchecked_into();
    let slices: Vec<String> = sentences
        .iter()
        .map(|span| {
            let start = get(&span, "0").as_f64().unwrap() as u32;
            let end = get(&span, "1").as_f64().unwrap() as u32;
            String::from(js_text.substring(start, end))
        })
        .collect();
    assert_eq!(
        slices,
        ["\u{FFFD} Emoji 👍🏽 first.", "Then \u{FFFD} lone.", "End"]
    );
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_with_a_message_not_a_crash() {
    for bad in [
        JsValue::from(5),
        JsValue::NULL,
        inputs(&[("no text", JsValue::from(1))]),
    ] {
        let err = verbatim::wasm::analyze(bad, None).unwrap_err();
        let message = get(&err.into(), "message").as_string().unwrap();
        assert!(message.contains("analyze expects"), "{message}");
    }
}

#[wasm_bindgen_test]
fn a_long_analysis_tells_the_page_how_far_it_is() {
    // A page's callback, recording each share of the work done.
    let record = js_sys::Function::new_with_args("done", "(globalThis.seen ??= []).push(done)");
    let text = SEED.repeat(20);
    let report = verbatim::wasm::analyze(
        inputs(&[("a", text.as_str().into()), ("b", SEED.into())]),
        Some(record.unchecked_into()),
    )
    .unwrap();
    assert_eq!(get(&report, "documents.length"), JsValue::from(2));
    let seen: Vec<f64> = Array::from(&get(&js_sys::global().into(), "seen"))
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    // Each article's reading, then its quotations and repeats, moves the bar.
    assert!(seen.len() >= 4 && seen[seen.len() - 1] >= 0.8, "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0] < w[1]) && seen[seen.len() - 1] <= 1.0,
        "{seen:?}"
    );
}
