//! The browser adapter, tested where it runs: in headless Chromium and Firefox
//! (`wasm-pack test --headless --chrome` / `--firefox`), with values made in JS: `analyze`,
//! the analysis over JS values (the bench's export), and `work`, the page's worker's side of
//! a request, which reads its input and hands its report over the same way.
//!
//! What a user of the page would notice: the report is the one the CLI gives for the same
//! text (`tests/web/native.json`, written by `tests/web_native.rs`), it keeps the report
//! contract (`tests/support`) on the seeds and on text an ASCII test would miss, progress is
//! heard and a broken listener stops nothing, bad input is a JS `TypeError` that says what is
//! wrong, and a 20 MB paste is analysed without the module trapping.
#![cfg(target_arch = "wasm32")]

#[path = "web/inputs.rs"]
mod inputs;
mod support;

use js_sys::{Array, Function, JsString, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use verbatim::report::Report;
use verbatim::wasm::analyze;
use verbatim::Input;

wasm_bindgen_test_configure!(run_in_browser);

/// `[{name, text}, …]` as a page builds it.
fn js_inputs(inputs: &[(JsValue, JsValue)]) -> JsValue {
    let array = Array::new();
    for (name, text) in inputs {
        let input = Object::new();
        Reflect::set(&input, &"name".into(), name).unwrap();
        Reflect::set(&input, &"text".into(), text).unwrap();
        array.push(&input);
    }
    array.into()
}

fn of(inputs: &[Input]) -> JsValue {
    let pairs: Vec<(JsValue, JsValue)> = inputs
        .iter()
        .map(|i| (i.name.as_str().into(), i.text.as_str().into()))
        .collect();
    js_inputs(&pairs)
}

/// The report the browser gets for `inputs`, read back into the core's type.
fn report(inputs: &[Input]) -> Report {
    let js = analyze(of(inputs), JsValue::UNDEFINED).expect("a report");
    serde_wasm_bindgen::from_value(js).expect("a report of the contract's shape")
}

/// `value.a.0.b`, the way page code reads it.
fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        let key: JsValue = match key.parse::<u32>() {
            Ok(i) => i.into(),
            Err(_) => key.into(),
        };
        Reflect::get(&v, &key).unwrap()
    })
}

/// A JS string from JSON source: the only way to hold a lone surrogate.
fn js_string(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

/// The message of the error `analyze` throws for these arguments, checking it is a
/// `TypeError` (an `Error` a page can show).
fn type_error(inputs: JsValue, progress: JsValue) -> String {
    let err = analyze(inputs, progress).expect_err("bad input is an error");
    assert!(err.is_instance_of::<js_sys::Error>(), "{err:?}");
    assert!(err.is_instance_of::<js_sys::TypeError>(), "{err:?}");
    err.unchecked_into::<js_sys::Error>().message().into()
}

fn native() -> serde_json::Value {
    serde_json::from_str(include_str!("web/native.json")).expect("native.json")
}

fn native_report(part: &str) -> Report {
    serde_json::from_value(native()[part].clone()).expect("a native report")
}

/// `text.slice(start, end)` in JS for each span.
fn slices(text: &JsValue, spans: &JsValue) -> Vec<String> {
    let text: &JsString = text.unchecked_ref();
    Array::from(spans)
        .iter()
        .map(|span| {
            let start = get(&span, "0").as_f64().unwrap() as u32;
            let end = get(&span, "1").as_f64().unwrap() as u32;
            String::from(text.slice(start, end))
        })
        .collect()
}

// ---- the same report as the CLI's -------------------------------------------------------

#[wasm_bindgen_test]
fn the_seeds_get_the_report_the_cli_gives() {
    assert_eq!(report(&inputs::seeds()), native_report("seeds"));
}

#[wasm_bindgen_test]
fn emoji_crlf_rtl_and_reposts_get_the_report_the_cli_gives() {
    assert_eq!(report(&inputs::generated()), native_report("generated"));
}

#[wasm_bindgen_test]
fn the_seeds_keep_the_report_contract() {
    let seeds = inputs::seeds();
    let report = report(&seeds);
    support::check(&seeds, &report);
    // What the page shows: every seed has sentences, quotations and speakers.
    for doc in &report.documents {
        assert!(doc.stats.sentences > 5, "{}", doc.name);
        assert!(
            doc.quotes.iter().any(|q| q.speaker.is_some()),
            "{}",
            doc.name
        );
    }
}

#[wasm_bindgen_test]
fn generated_texts_keep_the_report_contract() {
    let texts = inputs::generated();
    support::check(&texts, &report(&texts));
}

#[wasm_bindgen_test]
fn a_repost_is_named_as_one() {
    let report = report(&inputs::generated());
    let pair = report
        .pairs
        .iter()
        .find(|p| report.documents[p.a].name == "repost-a")
        .expect("the two copies are paired");
    assert_eq!(report.documents[pair.b].name, "repost-b");
    assert!(
        pair.verdict.contains("repost") || pair.verdict.contains("copy"),
        "{}",
        pair.verdict
    );
    assert!(report.clusters.iter().any(|c| c.len() == 2));
}

#[wasm_bindgen_test]
fn the_page_reads_plain_js_objects() {
    let js = analyze(of(&inputs::seeds()[..1]), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&js, "documents.0.name"), "000");
    assert_eq!(get(&js, "documents.0.language"), "en");
    assert!(get(&js, "documents.0.stats.sentences").as_f64().unwrap() > 10.0);
    assert!(get(&js, "documents.0.sentences.0").is_instance_of::<Array>());
    assert!(get(&js, "documents.0.quotes").is_instance_of::<Array>());
    assert!(get(&js, "pairs").is_instance_of::<Array>());
    // Absent values are null, as JSON would have them, not undefined.
    let short = analyze(of(&[Input::new("x", "Hi.")]), JsValue::UNDEFINED).unwrap();
    assert!(get(&short, "documents.0.language").is_null());
}

#[wasm_bindgen_test]
fn the_report_survives_a_round_trip_through_json() {
    // What "Export the report (JSON)" does with it.
    let js = analyze(of(&inputs::seeds()), JsValue::UNDEFINED).unwrap();
    let text = String::from(JSON::stringify(&js).unwrap());
    let back: Report = serde_json::from_str(&text).unwrap();
    assert_eq!(back, native_report("seeds"));
}

// ---- text an ASCII test would miss -----------------------------------------------------

#[wasm_bindgen_test]
fn an_emoji_with_its_skin_tone_and_a_zwj_family_are_one_character_each() {
    let counts = |text: &str| {
        report(&[Input::new("e", text)]).documents[0]
            .stats
            .characters
    };
    assert_eq!(counts("a👍🏽b"), 3);
    assert_eq!(counts("a👨‍👩‍👧‍👦b"), 3);
    assert_eq!(counts("🇺🇦🏳️‍🌈"), 2);
}

#[wasm_bindgen_test]
fn offsets_index_the_js_string_even_with_emoji_and_lone_surrogates() {
    // A lone high surrogate: a JS string Rust could never hold.
    let text = js_string(r#""\ud800 Emoji 👍🏽 first.\r\nThen \udc00 lone. End""#);
    let js = analyze(
        js_inputs(&[("odd".into(), text.clone())]),
        JsValue::UNDEFINED,
    )
    .unwrap();
    assert_eq!(
        slices(&text, &get(&js, "documents.0.sentences")),
        ["\u{FFFD} Emoji 👍🏽 first.", "Then \u{FFFD} lone.", "End"]
    );
}

#[wasm_bindgen_test]
fn a_lone_surrogate_reads_as_the_replacement_character_would() {
    let text = js_string(r#""“It is \ud83d over,” said Anna Berg. Talks go on.""#);
    let js = analyze(js_inputs(&[("s".into(), text)]), JsValue::UNDEFINED).unwrap();
    let browser: Report = serde_wasm_bindgen::from_value(js).unwrap();
    let inputs = [Input::new(
        "s",
        "“It is \u{FFFD} over,” said Anna Berg. Talks go on.",
    )];
    assert_eq!(browser, verbatim::analyze(&inputs));
    assert_eq!(
        browser.documents[0].quotes[0].speaker.as_deref(),
        Some("Anna Berg")
    );
}

#[wasm_bindgen_test]
fn a_lone_surrogate_in_a_name_is_kept_as_a_replacement_character() {
    let name = js_string(r#""Draft \udc01""#);
    let js = analyze(js_inputs(&[(name, "Text.".into())]), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&js, "documents.0.name"), "Draft \u{FFFD}");
}

#[wasm_bindgen_test]
fn crlf_and_cr_read_as_lf() {
    let lf = "Officials met.\n\n“It was useful,” said Anna Berg.\nTalks go on.\n";
    let counts = |text: &str| {
        let doc = &report(&[Input::new("t", text)]).documents[0];
        (doc.stats, doc.quotes.len(), doc.paragraphs.len())
    };
    assert_eq!(counts(&lf.replace('\n', "\r\n")), counts(lf));
    assert_eq!(counts(&lf.replace('\n', "\r")), counts(lf));
}

#[wasm_bindgen_test]
fn sentences_of_right_to_left_text_slice_to_whole_sentences() {
    let text = "قال الرئيس إن المحادثات مفيدة. وأضاف أن الاجتماع سيستمر.";
    let js = analyze(of(&[Input::new("ar", text)]), JsValue::UNDEFINED).unwrap();
    assert_eq!(
        slices(&text.into(), &get(&js, "documents.0.sentences")),
        ["قال الرئيس إن المحادثات مفيدة.", "وأضاف أن الاجتماع سيستمر."]
    );
}

#[wasm_bindgen_test]
fn a_quotation_in_hebrew_text_is_found_at_its_marks() {
    let text = "אמר השר כי השיחות נמשכות. “זה חשוב,” אמר.";
    let doc = &report(&[Input::new("he", text)]).documents[0];
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].text, "זה חשוב,");
}

#[wasm_bindgen_test]
fn empty_and_blank_articles_give_zero_counts_not_errors() {
    let report = report(&[Input::new("empty", ""), Input::new("blank", " \r\n\t ")]);
    for doc in &report.documents {
        assert_eq!(
            (doc.stats.words, doc.stats.sentences),
            (0, 0),
            "{}",
            doc.name
        );
    }
    let none = analyze(Array::new().into(), JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&none, "documents.length"), 0);
}

// ---- progress ----------------------------------------------------------------------------

/// A page's progress listener that records each share of the work done into `globalThis[key]`.
fn recorder(key: &str) -> (Function, impl Fn() -> Vec<f64>) {
    let record = Function::new_with_args("done", &format!("(globalThis.{key} ??= []).push(done)"));
    let key = key.to_string();
    let seen = move || {
        Array::from(&get(&js_sys::global().into(), &key))
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect()
    };
    (record, seen)
}

#[wasm_bindgen_test]
fn a_long_analysis_tells_the_page_how_far_it_is() {
    let (record, seen) = recorder("seenLong");
    let seed = &inputs::seeds()[0].text;
    let inputs = [
        Input::new("a", seed.repeat(20)),
        Input::new("b", seed.as_str()),
    ];
    let js = analyze(of(&inputs), record.into()).unwrap();
    assert_eq!(get(&js, "documents.length"), 2);
    let seen = seen();
    // Each article's reading, then its quotations and repeats, moves the bar forward.
    assert!(seen.len() >= 4 && seen[seen.len() - 1] >= 0.8, "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    assert!(seen.iter().all(|&d| d > 0.0 && d <= 1.0), "{seen:?}");
}

#[wasm_bindgen_test]
fn a_listener_that_throws_stops_nothing() {
    let throws = Function::new_with_args("done", "throw new Error('listener broke at ' + done)");
    let js = analyze(of(&inputs::seeds()), throws.into()).unwrap();
    let back: Report = serde_wasm_bindgen::from_value(js).unwrap();
    assert_eq!(back, native_report("seeds"));
}

#[wasm_bindgen_test]
fn a_listener_is_called_with_no_this_and_one_number() {
    let check = Function::new_with_args(
        "done",
        "if (this !== null && this !== undefined && this !== globalThis) throw 0; \
         (globalThis.seenArgs ??= []).push(arguments.length, typeof done)",
    );
    analyze(of(&inputs::seeds()), check.into()).unwrap();
    let seen = Array::from(&get(&js_sys::global().into(), "seenArgs"));
    assert!(seen.length() >= 2);
    assert_eq!(seen.get(0), 1);
    assert_eq!(seen.get(1), "number");
}

#[wasm_bindgen_test]
fn no_listener_null_or_undefined_is_fine() {
    for none in [JsValue::UNDEFINED, JsValue::NULL] {
        let js = analyze(of(&inputs::seeds()[..1]), none).unwrap();
        assert_eq!(get(&js, "documents.length"), 1);
    }
}

#[wasm_bindgen_test]
fn a_listener_that_is_no_function_is_a_type_error() {
    let message = type_error(of(&inputs::seeds()[..1]), "progress".into());
    assert_eq!(message, "analyze's progress must be a function, not string");
    let message = type_error(of(&inputs::seeds()[..1]), Object::new().into());
    assert_eq!(message, "analyze's progress must be a function, not object");
}

// ---- bad input from JS -------------------------------------------------------------------

#[wasm_bindgen_test]
fn something_other_than_an_array_is_a_type_error_saying_what_it_got() {
    for (bad, got) in [
        (JsValue::from(5), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (JsValue::from("text"), "string"),
        (Object::new().into(), "object"),
    ] {
        assert_eq!(
            type_error(bad, JsValue::UNDEFINED),
            format!("analyze expects [{{name, text}}, …], not {got}")
        );
    }
}

#[wasm_bindgen_test]
fn an_item_that_is_no_object_is_named_by_its_place() {
    let array = Array::of3(
        &of(&inputs::seeds()[..1]).unchecked_into::<Array>().get(0),
        &"x".into(),
        &JsValue::NULL,
    );
    assert_eq!(
        type_error(array.into(), JsValue::UNDEFINED),
        "analyze expects [{name, text}, …]: item 1 is string, not an object"
    );
    let nested = Array::of1(&Array::new());
    assert_eq!(
        type_error(nested.into(), JsValue::UNDEFINED),
        "analyze expects [{name, text}, …]: item 0 is an array, not an object"
    );
}

#[wasm_bindgen_test]
fn a_name_that_is_no_string_says_what_it_is() {
    for (name, got) in [
        (JsValue::from(42), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (Array::new().into(), "an array"),
        (JsValue::TRUE, "boolean"),
    ] {
        assert_eq!(
            type_error(js_inputs(&[(name, "Text.".into())]), JsValue::UNDEFINED),
            format!("analyze expects [{{name, text}}, …]: item 0's `name` is {got}, not a string")
        );
    }
}

#[wasm_bindgen_test]
fn a_missing_or_wrong_text_is_named() {
    let no_text = JSON::parse(r#"[{"name": "a", "text": "ok"}, {"name": "b"}]"#).unwrap();
    assert_eq!(
        type_error(no_text, JsValue::UNDEFINED),
        "analyze expects [{name, text}, …]: item 1's `text` is undefined, not a string"
    );
    let number = js_inputs(&[("a".into(), JsValue::from(1))]);
    assert_eq!(
        type_error(number, JsValue::UNDEFINED),
        "analyze expects [{name, text}, …]: item 0's `text` is number, not a string"
    );
}

#[wasm_bindgen_test]
fn a_string_object_or_a_getter_that_throws_is_an_error_not_a_crash() {
    // `new String(…)` is an object, not a string; a getter that throws reads as undefined.
    let odd = js_sys::eval(
        "[{name: new String('a'), text: 'x'}, {get name() { throw new Error('no') }, text: 'y'}]",
    )
    .unwrap();
    let message = type_error(odd, JsValue::UNDEFINED);
    assert!(message.contains("item 0's `name` is object"), "{message}");
    let getter = js_sys::eval("[{get name() { throw new Error('no') }, text: 'y'}]").unwrap();
    let message = type_error(getter, JsValue::UNDEFINED);
    assert!(
        message.contains("item 0's `name` is undefined"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn a_huge_sparse_array_is_refused_at_its_first_hole_at_once() {
    // length 2³² − 1 and nothing in it: the error comes from item 0, not after 4 billion.
    let huge = js_sys::eval("new Array(2 ** 32 - 1)").unwrap();
    assert_eq!(
        type_error(huge, JsValue::UNDEFINED),
        "analyze expects [{name, text}, …]: item 0 is undefined, not an object"
    );
    let late =
        js_sys::eval("const a = new Array(1e6).fill({name: 'n', text: 't'}); a[999999] = 7; a")
            .unwrap();
    assert_eq!(
        type_error(late, JsValue::UNDEFINED),
        "analyze expects [{name, text}, …]: item 999999 is number, not an object"
    );
}

#[wasm_bindgen_test]
fn ten_thousand_small_articles_are_all_analysed() {
    let many = js_sys::eval(
        "Array.from({length: 10000}, (_, i) => ({name: 'n' + i, text: `Article ${i} says hello. It ends.`}))",
    )
    .unwrap();
    let js = analyze(many, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&js, "documents.length"), 10000);
    assert_eq!(get(&js, "documents.9999.name"), "n9999");
    assert_eq!(get(&js, "documents.9999.stats.sentences"), 2);
}

// ---- size ----------------------------------------------------------------------------------

#[wasm_bindgen_test]
fn a_20_mb_paste_is_analysed_without_the_module_trapping() {
    let seed = &inputs::seeds()[0].text;
    let text = seed.repeat(20_000_000 / seed.len() + 1);
    assert!(text.len() >= 20_000_000);
    let js = analyze(of(&[Input::new("big", text.as_str())]), JsValue::UNDEFINED).unwrap();
    let words = get(&js, "documents.0.stats.words").as_f64().unwrap();
    let one = report(&inputs::seeds()[..1]).documents[0].stats.words as f64;
    let copies = (text.len() / seed.len()) as f64;
    // Every copy's words are counted (the copies run into each other at one seam each).
    assert!(
        (words - one * copies).abs() <= copies,
        "{words} words for {copies} copies of {one}"
    );
    // And the repeats are found, as the page highlights them.
    assert!(get(&js, "documents.0.repeats.length").as_f64().unwrap() > 0.0);
}

// ---- the worker's side of the page's requests ---------------------------------------------

/// `work(scope, {job, inputs})` with a stand-in for the worker's `self` whose `postMessage`
/// keeps each message; what it returns, and the messages in the order posted.
fn work(job: &JsValue, inputs: &JsValue) -> (Result<(), JsValue>, Vec<JsValue>) {
    let scope =
        js_sys::eval("({ performance, posted: [], postMessage(m) { this.posted.push(m); } })")
            .unwrap();
    let request = Object::new();
    Reflect::set(&request, &"job".into(), job).unwrap();
    Reflect::set(&request, &"inputs".into(), inputs).unwrap();
    let done = verbatim::wasm::work(scope.unchecked_ref(), &request);
    (done, Array::from(&get(&scope, "posted")).to_vec())
}

#[wasm_bindgen_test]
fn the_worker_posts_its_progress_then_the_report_the_cli_gives() {
    let job = JsValue::from(7);
    let (done, posted) = work(&job, &of(&inputs::seeds()));
    assert!(done.is_ok());
    let (last, progress) = posted.split_last().expect("messages");
    let shares: Vec<f64> = progress
        .iter()
        .map(|m| {
            assert_eq!(get(m, "job"), job);
            get(m, "progress")
                .as_f64()
                .expect("a share of the work done")
        })
        .collect();
    assert!(shares.len() >= 4, "{shares:?}");
    assert!(shares.windows(2).all(|w| w[0] < w[1]), "{shares:?}");
    assert!(shares.iter().all(|&d| d > 0.0 && d <= 1.0), "{shares:?}");
    assert_eq!(get(last, "job"), job);
    assert_eq!(get(last, "ok"), true);
    assert_eq!(get(last, "version"), env!("CARGO_PKG_VERSION"));
    let ms = get(last, "timings.analysis")
        .as_f64()
        .expect("the analysis timed");
    assert!(ms >= 0.0, "{ms}");
    let report: Report = serde_wasm_bindgen::from_value(get(last, "report")).unwrap();
    assert_eq!(report, native_report("seeds"));
}

#[wasm_bindgen_test]
fn the_worker_answers_input_it_cannot_read_with_a_message() {
    let job = JsValue::from("j1");
    let (done, posted) = work(&job, &"an article".into());
    assert!(done.is_ok());
    assert_eq!(posted.len(), 1);
    let answer = &posted[0];
    assert_eq!(get(answer, "job"), job);
    assert_eq!(get(answer, "ok"), false);
    assert_eq!(get(answer, "fatal"), false);
    assert_eq!(
        get(answer, "error"),
        "analyze expects [{name, text}, …], not string"
    );
}

#[wasm_bindgen_test]
fn the_worker_throws_for_a_request_that_is_no_object() {
    let scope =
        js_sys::eval("({ performance, postMessage() { throw new Error('posted'); } })").unwrap();
    let err = verbatim::wasm::work(scope.unchecked_ref(), &JsValue::UNDEFINED)
        .expect_err("no request to answer");
    assert!(err.is_instance_of::<js_sys::TypeError>(), "{err:?}");
}
