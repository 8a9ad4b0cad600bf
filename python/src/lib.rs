//! The Python adapter, beside the wasm one and the CLI: the core's analysis, and the pieces a
//! distributed job needs to run it over articles no one process holds, as the native module
//! `verbatim._native` (`verbatim/__init__.py` is its face, `verbatim/spark/` the job).
//!
//! It translates and does not decide. Every rule — what a quotation is and who said it,
//! which articles are copies, how a pair is scored and worded, which renderings are one
//! quotation, where a cluster comes from — is the core's, asked through its public
//! functions; here Python values become Rust ones and back:
//!
//! - 64-bit keys and hashes (band keys, shingles, word keys) are handed out as signed
//!   integers (the same 64 bits), so that they fit a Spark `long` column;
//! - a shingle set is handed out as `bytes` (its sorted keys, 8 little-endian bytes each):
//!   compact in a Parquet column, and read back as is to score a pair; a quotation's word
//!   triples (a few dozen) as a sorted list, which Spark groups and explodes;
//! - offsets are the report's: UTF-16 code units, half-open.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};

use verbatim::dedup::{self, Features};
use verbatim::lang::Gender;
use verbatim::report::lineage::{self, Member};
use verbatim::report::{self, DocumentReport, Quote};
use verbatim::{quotes, Input, Options};

/// The same 64 bits as a signed integer (a Spark `long`).
fn signed(x: u64) -> i64 {
    x as i64
}

/// A sorted key set as `bytes`.
fn packed<'py>(py: Python<'py>, set: &[u64]) -> Bound<'py, PyBytes> {
    let mut out = Vec::with_capacity(set.len() * 8);
    for k in set {
        out.extend_from_slice(&k.to_le_bytes());
    }
    PyBytes::new(py, &out)
}

/// A key set from [`packed`]'s `bytes`.
fn unpacked(bytes: &[u8]) -> PyResult<Vec<u64>> {
    if bytes.len() % 8 != 0 {
        return Err(PyValueError::new_err(
            "a key set is a multiple of 8 bytes (from article() or features())",
        ));
    }
    Ok(bytes
        .chunks_exact(8)
        .map(|c| {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            u64::from_le_bytes(b)
        })
        .collect())
}

fn gender_name(g: Gender) -> &'static str {
    match g {
        Gender::Male => "male",
        Gender::Female => "female",
    }
}

fn gender_of(name: Option<&str>) -> PyResult<Option<Gender>> {
    match name {
        None => Ok(None),
        Some("male") => Ok(Some(Gender::Male)),
        Some("female") => Ok(Some(Gender::Female)),
        Some(other) => Err(PyValueError::new_err(format!(
            "a gender is \"male\", \"female\" or None, not {other:?}"
        ))),
    }
}

fn threshold_ok(threshold: f64) -> PyResult<f64> {
    if (0.0..=1.0).contains(&threshold) {
        Ok(threshold)
    } else {
        Err(PyValueError::new_err("threshold is a number from 0 to 1"))
    }
}

/// The report of `inputs` (`(name, text)` pairs), as the CLI's `--json` prints it.
#[pyfunction]
#[pyo3(signature = (inputs, threshold = 0.5))]
fn analyze_json(py: Python<'_>, inputs: Vec<(String, String)>, threshold: f64) -> PyResult<String> {
    let threshold = threshold_ok(threshold)?;
    let inputs: Vec<Input> = inputs.into_iter().map(|(n, t)| Input::new(n, t)).collect();
    let report = py.allow_threads(|| verbatim::analyze_with(&inputs, &Options { threshold }));
    serde_json::to_string(&report).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// One quotation as a dict: the report's fields.
fn quote_dict<'py>(py: Python<'py>, q: &Quote) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("start", q.start)?;
    d.set_item("end", q.end)?;
    d.set_item("text", &q.text)?;
    d.set_item("kind", kind_name(q.kind))?;
    d.set_item("speaker", &q.speaker)?;
    d.set_item("cue", &q.cue)?;
    d.set_item("depth", q.depth)?;
    d.set_item("speech", q.speech)?;
    d.set_item("closed", q.closed)?;
    d.set_item("continues", q.continues)?;
    d.set_item("rule", &q.rule)?;
    Ok(d)
}

fn kind_name(kind: report::QuoteKind) -> String {
    // The report's own spelling of the kind (serde's), not a second list of names.
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One article's quotations, read on its own (speakers not unified with other articles').
#[pyfunction]
fn quotes_of<'py>(py: Python<'py>, text: String) -> PyResult<Bound<'py, PyList>> {
    let (doc, _) = py.allow_threads(|| verbatim::read(0, &Input::new("", text)));
    let list = PyList::empty(py);
    for q in &doc.quotes {
        list.append(quote_dict(py, q)?)?;
    }
    Ok(list)
}

fn features_of(text: &str, threshold: f64) -> Features {
    let (_, words) = verbatim::read(0, &Input::new("", text));
    Features::of(&words, threshold)
}

fn features_dict<'py>(py: Python<'py>, f: &Features) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("set", packed(py, &f.set))?;
    d.set_item("shingles", f.set.len())?;
    d.set_item("words", signed(f.words))?;
    d.set_item("length", f.length)?;
    d.set_item(
        "bands",
        f.bands.iter().map(|&k| signed(k)).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "near_bands",
        f.near_bands.iter().map(|&k| signed(k)).collect::<Vec<_>>(),
    )?;
    d.set_item(
        "sample",
        f.sample.iter().map(|&k| signed(k)).collect::<Vec<_>>(),
    )?;
    Ok(d)
}

/// An article's comparison features: its shingle set, the key of its words, its LSH band
/// keys at `threshold` (the CLI's parameters), its near-copy band keys and its containment
/// sample.
#[pyfunction]
#[pyo3(signature = (text, threshold = 0.5))]
fn features<'py>(py: Python<'py>, text: String, threshold: f64) -> PyResult<Bound<'py, PyDict>> {
    let threshold = threshold_ok(threshold)?;
    let f = py.allow_threads(|| features_of(&text, threshold));
    features_dict(py, &f)
}

/// An article's MinHash signature (64 values), or None for an article under five words.
#[pyfunction]
fn signature(py: Python<'_>, text: String) -> Option<Vec<i64>> {
    let f = py.allow_threads(|| features_of(&text, 0.5));
    dedup::minhash::signature(&f.set).map(|s| s.iter().map(|&v| signed(v)).collect())
}

/// The exact scores of two articles' shingle sets (`bytes` from `features` or `article`):
/// `(resemblance, share of a found in b, share of b found in a)`.
#[pyfunction]
fn score_sets(a: &[u8], b: &[u8]) -> PyResult<(f64, f64, f64)> {
    let s = dedup::score_sets(0, 1, &unpacked(a)?, &unpacked(b)?);
    Ok((s.resemblance, s.containment[0], s.containment[1]))
}

/// A scored pair as the job writes it: the report's rounded scores, which article is held,
/// its kind and verdict (with the names given), and whether the exact scores reach
/// `threshold` (so that the pair joins a cluster).
#[pyfunction]
#[allow(clippy::too_many_arguments)]
fn judge<'py>(
    py: Python<'py>,
    a: usize,
    b: usize,
    name_a: &str,
    name_b: &str,
    resemblance: f64,
    containment_a: f64,
    containment_b: f64,
    threshold: f64,
) -> PyResult<Bound<'py, PyDict>> {
    let shared = dedup::Shared {
        a,
        b,
        resemblance,
        containment: [containment_a, containment_b],
        passages: Vec::new(),
    };
    let pair = report::judge(&shared, name_a, name_b);
    let d = PyDict::new(py);
    d.set_item("resemblance", pair.resemblance)?;
    d.set_item("containment_a", pair.containment[0])?;
    d.set_item("containment_b", pair.containment[1])?;
    d.set_item("held", pair.held)?;
    d.set_item(
        "kind",
        serde_json::to_value(pair.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string)),
    )?;
    d.set_item("verdict", pair.verdict)?;
    d.set_item(
        "reaches",
        dedup::reaches(shared.resemblance, shared.containment, threshold),
    )?;
    Ok(d)
}

/// Two articles as one candidate pair: exact scores, kind and verdict, as the report words
/// them (`a` and `b` are their names), and whether the pair reaches `threshold`.
#[pyfunction]
#[pyo3(signature = (text_a, text_b, name_a = "A", name_b = "B", threshold = 0.5))]
fn pair<'py>(
    py: Python<'py>,
    text_a: String,
    text_b: String,
    name_a: &str,
    name_b: &str,
    threshold: f64,
) -> PyResult<Bound<'py, PyDict>> {
    let threshold = threshold_ok(threshold)?;
    let (fa, fb) = py.allow_threads(|| (features_of(&text_a, 0.5), features_of(&text_b, 0.5)));
    let s = dedup::score_sets(0, 1, &fa.set, &fb.set);
    let d = judge(
        py,
        0,
        1,
        name_a,
        name_b,
        s.resemblance,
        s.containment[0],
        s.containment[1],
        threshold,
    )?;
    d.set_item("resemblance_exact", s.resemblance)?;
    d.set_item("containment_exact", (s.containment[0], s.containment[1]))?;
    Ok(d)
}

/// Whether two shingle sets are near copies (see the core's `dedup::near`).
#[pyfunction]
fn near_copy(a: &[u8], b: &[u8]) -> PyResult<bool> {
    Ok(dedup::near(&unpacked(a)?, &unpacked(b)?))
}

/// Whether two articles sharing `shared` sampled shingles, of `sample_a` and `sample_b`,
/// are containment candidates.
#[pyfunction]
fn contained(shared: usize, sample_a: usize, sample_b: usize) -> bool {
    dedup::minhash::contained(shared, [sample_a, sample_b])
}

/// Whether two renderings sharing `shared` word triples, of `a` and `b`, are one quotation.
#[pyfunction]
fn alike(shared: usize, a: usize, b: usize) -> bool {
    quotes::alike(shared, a, b)
}

/// A group's speaker from its members' speakers.
#[pyfunction]
fn vote(speakers: Vec<String>) -> Option<String> {
    quotes::vote(speakers.iter().map(String::as_str))
}

/// For the distinct full names bearing one surname across the articles, the full name a
/// speaker called by that surname alone takes, when its article's honorifics give it no
/// gender, a male one, and a female one: `(untitled, male, female)`.
#[pyfunction]
fn full_names(bearers: Vec<String>) -> (Option<String>, Option<String>, Option<String>) {
    let pick = |g: Option<Gender>| quotes::full_name(&bearers, || g).cloned();
    (
        pick(None),
        pick(Some(Gender::Male)),
        pick(Some(Gender::Female)),
    )
}

/// The utterance quotation `q` starts, from its article's quotations' texts and what each
/// continues.
#[pyfunction]
fn utterance(texts: Vec<String>, continues: Vec<Option<usize>>, q: usize) -> PyResult<Vec<String>> {
    if q >= texts.len() || continues.len() != texts.len() {
        return Err(PyValueError::new_err(
            "utterance: q must index texts, and continues be as long as texts",
        ));
    }
    let next = report::continued_by(continues.into_iter());
    let text = |i: usize| texts.get(i).map_or("", String::as_str);
    Ok(report::utterance(text, &next, q)
        .into_iter()
        .map(str::to_string)
        .collect())
}

/// One quotation group as the report gives it: `(reference, [(changed, omitted), …])` for
/// members whose utterances are `utterances`, in the members' order.
#[pyfunction]
#[allow(clippy::type_complexity)]
fn quote_group(utterances: Vec<Vec<String>>) -> (usize, Vec<(Vec<(usize, usize)>, usize)>) {
    let parts: Vec<Vec<&str>> = utterances
        .iter()
        .map(|u| u.iter().map(String::as_str).collect())
        .collect();
    let members = (0..parts.len()).map(|i| [i, 0]).collect();
    let group = report::quote_group(None, members, &parts);
    let differences = group
        .differences
        .into_iter()
        .map(|d| {
            (
                d.changed.into_iter().map(|s| (s.0, s.1)).collect(),
                d.omitted,
            )
        })
        .collect();
    (group.reference, differences)
}

/// The lineage of one cluster: `members` as `(article, name, date)` (any order), `pairs` as
/// `(a, b, resemblance, containment_a, containment_b)` with exact scores. A dict with
/// `original`, `basis` and `copies` (`(article, of, share, relation, verdict)`), or None
/// under two members.
#[pyfunction]
#[allow(clippy::type_complexity)]
fn lineage_of<'py>(
    py: Python<'py>,
    mut members: Vec<(usize, String, Option<String>)>,
    pairs: Vec<(usize, usize, f64, f64, f64)>,
) -> PyResult<Option<Bound<'py, PyDict>>> {
    members.sort_by_key(|m| m.0);
    members.dedup_by_key(|m| m.0);
    let members: Vec<Member> = members
        .into_iter()
        .map(|(article, name, date)| Member {
            article,
            name,
            date,
        })
        .collect();
    let pairs = pairs
        .into_iter()
        .map(|(a, b, r, ca, cb)| dedup::Shared {
            a,
            b,
            resemblance: r,
            containment: [ca, cb],
            passages: Vec::new(),
        })
        .collect();
    let Some(found) = lineage::lineage(&members, pairs) else {
        return Ok(None);
    };
    let word = |v: serde_json::Value| v.as_str().map(str::to_string).unwrap_or_default();
    let d = PyDict::new(py);
    d.set_item("original", found.original)?;
    d.set_item(
        "basis",
        word(serde_json::to_value(found.basis).unwrap_or_default()),
    )?;
    let copies: Vec<(usize, usize, f64, String, String)> = found
        .copies
        .into_iter()
        .map(|c| {
            let relation = word(serde_json::to_value(c.relation).unwrap_or_default());
            (c.article, c.of, c.share, relation, c.verdict)
        })
        .collect();
    d.set_item("copies", copies)?;
    Ok(Some(d))
}

/// Everything the Spark job keeps of one article, read on its own: the report's fields for
/// it, its quotations (with what unifying speakers and grouping quotations across articles
/// need: each speech quotation's word triples, and for a speaker named by one word the
/// gender the article's honorifics give it), the people it names by surname, and its
/// comparison features at `threshold`.
#[pyfunction]
#[pyo3(signature = (name, text, threshold = 0.5))]
fn article<'py>(
    py: Python<'py>,
    name: String,
    text: String,
    threshold: f64,
) -> PyResult<Bound<'py, PyDict>> {
    let threshold = threshold_ok(threshold)?;
    let input = Input::new(name, text);
    let (doc, words, triples, titled) = py.allow_threads(|| {
        let (doc, words) = verbatim::read(0, &input);
        let features = Features::of(&words, threshold);
        let triples: Vec<Option<Vec<u64>>> = doc
            .quotes
            .iter()
            .map(|q| q.speech.then(|| quotes::triples(&q.text)).flatten())
            .collect();
        let titled: Vec<Option<Gender>> = doc
            .quotes
            .iter()
            .map(|q| {
                q.speaker
                    .as_deref()
                    .filter(|s| !s.contains(' '))
                    .and_then(|s| quotes::title_gender(&doc.names, s))
            })
            .collect();
        (doc, features, triples, titled)
    });
    let d = PyDict::new(py);
    document_fields(py, &d, &doc)?;
    let list = PyList::empty(py);
    for ((q, t), g) in doc.quotes.iter().zip(&triples).zip(&titled) {
        let qd = quote_dict(py, q)?;
        match t {
            Some(set) => {
                qd.set_item(
                    "triples",
                    set.iter().map(|&k| signed(k)).collect::<Vec<_>>(),
                )?;
                qd.set_item("triple_count", set.len())?;
            }
            None => {
                qd.set_item("triples", py.None())?;
                qd.set_item("triple_count", 0)?;
            }
        }
        qd.set_item("titled", g.map(gender_name))?;
        list.append(qd)?;
    }
    d.set_item("quotes", list)?;
    let bearers: Vec<(&str, &str)> = quotes::bearers(&doc.names).collect();
    d.set_item("bearers", bearers)?;
    d.set_item("features", features_dict(py, &words)?)?;
    Ok(d)
}

/// The report's fields of one article that are its own (not its lists).
fn document_fields(py: Python<'_>, d: &Bound<'_, PyDict>, doc: &DocumentReport) -> PyResult<()> {
    d.set_item("name", &doc.name)?;
    d.set_item("title", &doc.title)?;
    d.set_item("date", &doc.date)?;
    d.set_item("url", &doc.url)?;
    d.set_item("outlet", &doc.outlet)?;
    d.set_item(
        "language",
        doc.language
            .and_then(|l| serde_json::to_value(l).ok())
            .and_then(|v| v.as_str().map(str::to_string)),
    )?;
    let s = &doc.stats;
    let stats = PyDict::new(py);
    stats.set_item("characters", s.characters)?;
    stats.set_item("words", s.words)?;
    stats.set_item("content_words", s.content_words)?;
    stats.set_item("sentences", s.sentences)?;
    stats.set_item("paragraphs", s.paragraphs)?;
    stats.set_item("junk_paragraphs", s.junk_paragraphs)?;
    d.set_item("stats", stats)?;
    Ok(())
}

/// The speaker a quotation of an article takes once speakers are unified, from the
/// surname's resolution `(untitled, male, female)` (see `full_names`) and the gender its
/// article gives the surname.
#[pyfunction]
#[pyo3(signature = (resolved, titled = None))]
fn unified(
    resolved: (Option<String>, Option<String>, Option<String>),
    titled: Option<&str>,
) -> PyResult<Option<String>> {
    Ok(match gender_of(titled)? {
        None => resolved.0,
        Some(Gender::Male) => resolved.1,
        Some(Gender::Female) => resolved.2,
    })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("REPORT_VERSION", report::REPORT_VERSION)?;
    m.add("K", dedup::minhash::K)?;
    m.add("SAMPLE_MAX_HOLDERS", dedup::minhash::MAX_HOLDERS)?;
    m.add("QUOTE_MAX_HOLDERS", quotes::MAX_HOLDERS)?;
    m.add("DEFAULT_THRESHOLD", Options::default().threshold)?;
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(quotes_of, m)?)?;
    m.add_function(wrap_pyfunction!(features, m)?)?;
    m.add_function(wrap_pyfunction!(signature, m)?)?;
    m.add_function(wrap_pyfunction!(score_sets, m)?)?;
    m.add_function(wrap_pyfunction!(judge, m)?)?;
    m.add_function(wrap_pyfunction!(pair, m)?)?;
    m.add_function(wrap_pyfunction!(near_copy, m)?)?;
    m.add_function(wrap_pyfunction!(contained, m)?)?;
    m.add_function(wrap_pyfunction!(alike, m)?)?;
    m.add_function(wrap_pyfunction!(vote, m)?)?;
    m.add_function(wrap_pyfunction!(full_names, m)?)?;
    m.add_function(wrap_pyfunction!(unified, m)?)?;
    m.add_function(wrap_pyfunction!(utterance, m)?)?;
    m.add_function(wrap_pyfunction!(quote_group, m)?)?;
    m.add_function(wrap_pyfunction!(lineage_of, m)?)?;
    m.add_function(wrap_pyfunction!(article, m)?)?;
    Ok(())
}
