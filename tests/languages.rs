//! Articles in the languages readers paste: each document's `language`, its reading ease by
//! the formula made for that language, and top terms without that language's function
//! words; a text in no language Verbatim knows has neither language nor reading ease.
//! (How often detection is right on real text is measured by `examples/languages.rs` on
//! the shared corpora, which are not copied here.)

// Native only: it reads the report as JSON, and serde_json is a native dependency.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use support::analyze_checked;
use verbatim::lang::Lang;
use verbatim::text::Formula;
use verbatim::Input;

/// Short news items written for this test, one per language.
const ARTICLES: [(Lang, Formula, &str); 7] = [
    (
        Lang::En,
        Formula::Flesch,
        "The council approved the new budget on Tuesday. The budget raises spending on \
         schools and roads, and the mayor said the schools would get new teachers. \
         Critics said the budget was too large for a small town.",
    ),
    (
        Lang::De,
        Formula::Amstad,
        "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Der Haushalt erhöht \
         die Ausgaben für Schulen und Straßen, und die Bürgermeisterin sagte, die Schulen \
         würden neue Lehrer bekommen. Kritiker sagten, der Haushalt sei für eine kleine \
         Stadt zu groß.",
    ),
    (
        Lang::Fr,
        Formula::KandelMoles,
        "Le conseil municipal a adopté mardi le nouveau budget. Le budget augmente les \
         dépenses pour les écoles et les routes, et la maire a dit que les écoles \
         auraient de nouveaux enseignants. Selon les critiques, le budget est trop lourd \
         pour une petite ville.",
    ),
    (
        Lang::Es,
        Formula::FernandezHuerta,
        "El concejo aprobó el martes el nuevo presupuesto. El presupuesto aumenta el gasto \
         en escuelas y carreteras, y la alcaldesa dijo que las escuelas tendrán nuevos \
         maestros. Los críticos dijeron que el presupuesto es demasiado grande para un \
         pueblo pequeño.",
    ),
    (
        Lang::It,
        Formula::FleschVacca,
        "Il consiglio comunale ha approvato martedì il nuovo bilancio. Il bilancio aumenta \
         la spesa per le scuole e le strade, e la sindaca ha detto che le scuole avranno \
         nuovi insegnanti. Secondo i critici il bilancio è troppo grande per una piccola \
         città.",
    ),
    (
        Lang::Pt,
        Formula::Martins,
        "A câmara aprovou na terça-feira o novo orçamento. O orçamento aumenta os gastos \
         com as escolas e as estradas, e a prefeita disse que as escolas terão novos \
         professores. Os críticos disseram que o orçamento é grande demais para uma \
         cidade pequena.",
    ),
    (
        Lang::Nl,
        Formula::Douma,
        "De gemeenteraad heeft dinsdag de nieuwe begroting goedgekeurd. De begroting \
         verhoogt de uitgaven voor scholen en wegen, en de burgemeester zei dat de scholen \
         nieuwe leraren krijgen. Volgens critici is de begroting te groot voor een klein \
         dorp.",
    ),
];

#[test]
fn each_language_is_named_and_read_by_its_own_formula() {
    for (lang, formula, text) in ARTICLES {
        let report = analyze_checked(&[Input::new(lang.code(), text)]);
        let doc = &report.documents[0];
        assert_eq!(doc.language, Some(lang), "{text}");
        let reading = &doc.reading;
        assert_eq!(reading.formula, Some(formula), "{lang:?}");
        let score = reading.flesch_reading_ease.expect("a score");
        // News written plainly: no formula should read it as impossible or trivial.
        assert!((20.0..=100.0).contains(&score), "{lang:?}: {score}");
        assert!(reading.ease.is_some(), "{lang:?}");
        // The terms are the topic, not the language's function words.
        let terms: Vec<&str> = reading.top_terms.iter().map(|t| t.term.as_str()).collect();
        assert!(!terms.is_empty(), "{lang:?}");
        for term in &terms {
            assert!(
                !lang.lexicon().is_function_word(term),
                "{lang:?}: {term} in {terms:?}"
            );
        }
    }
}

#[test]
fn the_language_is_in_the_json_as_its_code_or_null() {
    let report = analyze_checked(&[
        Input::new("de", ARTICLES[1].2),
        Input::new(
            "ru",
            "Городской совет во вторник утвердил новый бюджет города.",
        ),
    ]);
    let json = serde_json::to_value(&report).expect("JSON");
    assert_eq!(json["version"], 11);
    assert_eq!(json["documents"][0]["language"], "de");
    assert_eq!(json["documents"][0]["reading"]["formula"], "amstad");
    assert!(json["documents"][1]["language"].is_null());
    let reading = &json["documents"][1]["reading"];
    for field in ["flesch_reading_ease", "ease", "formula"] {
        assert!(reading[field].is_null(), "{field}: {reading}");
    }
}

#[test]
fn a_text_too_short_to_tell_has_no_reading_ease() {
    let report = analyze_checked(&[Input::new("short", "Angela Merkel")]);
    let doc = &report.documents[0];
    assert_eq!(doc.language, None);
    assert_eq!(doc.reading.flesch_reading_ease, None);
    assert_eq!(doc.reading.formula, None);
}
