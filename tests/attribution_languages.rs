//! In each language the core reads, a short news article with quotations before and after
//! their attributions gets every speaker: the conventions of quotation marks, the verbs of
//! saying and their word orders (`sagte Scholz`, `a déclaré Macron`, `a-t-elle ajouté`,
//! `dijo Sánchez`, `ha detto Meloni`, `disse Lula`, `zei Rutte`, `so Merz`, `selon`,
//! `según`, `secondo`, `segundo`, `volgens`). These articles were written for the test: they
//! pin behaviour, they do not measure accuracy (`tests/accuracy.rs` does, on real text).

use verbatim::{analyze, Input};

/// The speakers of an article's quotations, in order, and the article's language.
fn speakers(text: &str) -> (Vec<Option<String>>, Option<&'static str>) {
    let report = analyze(&[Input::new("article", text)]);
    let language = report.documents[0].language.map(|l| l.code());
    let speakers = report.documents[0]
        .quotes
        .iter()
        .map(|q| {
            assert!(q.speech, "{q:?}");
            q.speaker.clone()
        })
        .collect();
    (speakers, language)
}

/// The article's one document: its language, names and quotations.
fn document(text: &str) -> verbatim::report::DocumentReport {
    analyze(&[Input::new("article", text)])
        .documents
        .swap_remove(0)
}

/// Whether no quotation of the article is someone's words (terms, titles).
fn nobodys_words(text: &str) -> bool {
    document(text).quotes.iter().all(|q| !q.speech)
}

/// The article is in `code` and each of its `count` quotations is `speaker`'s.
fn all_said_by(text: &str, code: &str, count: usize, speaker: &str) {
    let (got, language) = speakers(text);
    assert_eq!(language, Some(code));
    assert_eq!(got.len(), count, "{got:?}");
    assert!(got.iter().all(|s| s.as_deref() == Some(speaker)), "{got:?}");
}

fn check(text: &str, code: &str, surnames: &[&str]) {
    let (got, language) = speakers(text);
    assert_eq!(language, Some(code));
    assert_eq!(got.len(), surnames.len(), "{got:?}");
    // A surname alone is what the speaker must contain; a full name is what it must be.
    for (speaker, name) in got.iter().zip(surnames) {
        let right = if name.contains(' ') {
            speaker.as_deref() == Some(*name)
        } else {
            speaker.as_deref().is_some_and(|s| s.contains(name))
        };
        assert!(right, "{name} expected, got {got:?}");
    }
}

#[test]
fn english_speakers_before_and_after_their_quotations() {
    let text = "President Joe Biden spoke on Monday in Washington about the budget.

\"This budget protects working families,\" Biden told reporters.

Senator Mitch McConnell answered: \"The White House is spending money it does not have.\"

According to McConnell, \"the numbers do not add up.\"
";
    check(
        text,
        "en",
        &["Joe Biden", "Mitch McConnell", "Mitch McConnell"],
    );
}

#[test]
fn german_speakers_before_and_after_their_quotations() {
    let text =
        "Bundeskanzler Olaf Scholz hat am Montag in Berlin die Pläne der Regierung verteidigt.

„Wir werden die Energiepreise stabil halten“, sagte Scholz vor Journalisten.

Die Opposition widersprach. Friedrich Merz erklärte: „Diese Regierung hat keinen Plan.“

»Das ist nicht die Wahrheit«, so Merz weiter.

Merz schwieg. »Wir halten die Schuldenbremse ein«, beteuerte Christian Lindner.

„Das reicht nicht“, widersprach Ricarda Lang. „Nein“, nickte Merz.
";
    check(
        text,
        "de",
        &[
            "Olaf Scholz",
            "Friedrich Merz",
            "Friedrich Merz",
            "Christian Lindner",
            "Ricarda Lang",
            "Friedrich Merz",
        ],
    );
}

#[test]
fn french_speakers_before_and_after_their_quotations() {
    let text =
        "Le président Emmanuel Macron s'est exprimé mardi à Paris sur la réforme des retraites.

« Nous irons jusqu'au bout de cette réforme », a déclaré Macron devant les élus.

Marine Le Pen a répondu : « Cette réforme est injuste et brutale. »

« Le gouvernement ne nous écoute pas », a-t-elle ajouté.
";
    check(
        text,
        "fr",
        &["Emmanuel Macron", "Marine Le Pen", "Marine Le Pen"],
    );
}

#[test]
fn spanish_speakers_before_and_after_their_quotations() {
    let text = "El presidente Pedro Sánchez defendió el lunes en Madrid el nuevo presupuesto.

«Este presupuesto protege a las familias trabajadoras», dijo Sánchez ante la prensa.

Alberto Núñez Feijóo respondió: «El Gobierno gasta lo que no tiene».

Según Feijóo, «los números no cuadran».
";
    check(text, "es", &["Pedro Sánchez", "Feijóo", "Feijóo"]);
}

#[test]
fn italian_speakers_before_and_after_their_quotations() {
    let text = "Il presidente del Consiglio Giorgia Meloni ha parlato lunedì a Roma della manovra.

\"Questa legge di bilancio aiuta le famiglie\", ha detto Meloni ai giornalisti.

Elly Schlein ha replicato: \"Il governo taglia la sanità pubblica\".

Secondo Schlein, \"i conti non tornano\".

\"La crescita è debole\", ha aggiunto la Schlein, secondo cui \"la manovra non basta\".

Il ministro Giancarlo Giorgetti ha definito la manovra \"prudente\".
";
    check(
        text,
        "it",
        &[
            "Giorgia Meloni",
            "Elly Schlein",
            "Elly Schlein",
            "Elly Schlein",
            "Elly Schlein",
            "Giorgetti",
        ],
    );
}

#[test]
fn portuguese_speakers_before_and_after_their_quotations() {
    let text = "O presidente Luiz Inácio Lula da Silva falou nesta segunda-feira em Brasília sobre a economia.

\"O Brasil vai crescer mais este ano\", disse Lula aos jornalistas.

O senador Flávio Bolsonaro afirmou: \"O governo gasta demais\".

Segundo Bolsonaro, \"a inflação vai voltar\".

Bolsonaro saiu cedo. \"Os juros caíram\", lembrou o ministro Fernando Haddad.
";
    check(
        text,
        "pt",
        &["Lula", "Flávio Bolsonaro", "Flávio Bolsonaro", "Haddad"],
    );
}

#[test]
fn dutch_speakers_before_and_after_their_quotations() {
    let text = "Premier Mark Rutte sprak maandag in Den Haag over de nieuwe begroting.

\"We gaan de koopkracht beschermen\", zei Rutte tegen journalisten.

Geert Wilders reageerde: \"Dit kabinet laat de burger in de steek.\"

Volgens Wilders is \"de begroting een schande\".

\"Dat klopt niet\", verzekerde Sigrid Kaag. \"Nee\", knikte Rutte.
";
    check(
        text,
        "nl",
        &[
            "Mark Rutte",
            "Geert Wilders",
            "Geert Wilders",
            "Sigrid Kaag",
            "Mark Rutte",
        ],
    );
}

/// German and Dutch put the verb second: after a quotation closing on a comma, a verb and a
/// personal pronoun are the narrator's incise whatever the verb, as stories write (`»Ja,«
/// zitterte er`, `"Och," zuchtte hij`), and the pronoun goes to the person named before.
/// A term quoted with no comma after it stays nobody's words.
#[test]
fn a_storys_own_verbs_of_speaking_after_the_quotation() {
    let german = "Meister Schramm saß allein am Fenster und wartete auf den Abend.

»Ja,« zitterte er, »er läßt gar keinen zu sich.«
";
    all_said_by(german, "de", 2, "Meister Schramm");

    let dutch = "Op het terras van het café zat Willem Bakker en keek naar de mensen op straat.

\"Och,\" zuchtte hij, \"wat is het warm vandaag in de stad.\"
";
    all_said_by(dutch, "nl", 2, "Willem Bakker");

    let term = "Die Zeitung schrieb über die Regierung und ihre Pläne für das Land.

Wer sind wohl diese „eingeweihten Kreise“ verheimlichen sie dem Volke etwas?
";
    assert!(nobodys_words(term));
}

/// Where every noun is capitalised, words cried or asked in a row are speech, not a title
/// (`»Mein Herr! Bitte!«`), and God called on is no one who speaks (`Ach, lieber Gott!`);
/// an English title may cry out and stays a title.
#[test]
fn cries_in_german_are_speech_and_god_is_no_speaker() {
    let german = "Olaf Jensen stand lange an der Tür der kleinen Wohnung und klopfte.

»Mein Herr! Bitte!« Olaf Jensen wartete.

»Ach, lieber Gott! Ich! Selbst!« Die Frau weinte.
";
    let doc = document(german);
    assert_eq!(doc.language.map(|l| l.code()), Some("de"));
    assert!(doc.quotes.iter().all(|q| q.speech), "{:?}", doc.quotes);
    assert!(
        doc.names.iter().all(|n| n.name != "Gott"),
        "{:?}",
        doc.names
    );
    assert_eq!(doc.quotes[0].speaker.as_deref(), Some("Olaf Jensen"));

    let english = "John O'Donnell worked for the casino for three years and later wrote \
a book about his boss.

He called it “Trumped! The Inside Story of the Real Donald Trump.” It sold well.
";
    assert!(nobodys_words(english));
}

/// A few words quoted as a sentence of their own are speech, not a term, with the stop
/// after the closing mark as Dutch writers put it (`"Ik trouw niet". Ze zei 't …`); a
/// title standing so stays a title.
#[test]
fn a_short_sentence_with_its_stop_after_the_mark_is_speech() {
    let dutch = "Dora stond op van haar stoel en keek hem lang aan in de kleine kamer.

\"Ik trouw niet\". Ze zei 't alsof ze vertelde dat de boekhouder weg was.
";
    let doc = document(dutch);
    assert_eq!(doc.language.map(|l| l.code()), Some("nl"));
    assert_eq!(doc.quotes.len(), 1);
    assert!(doc.quotes[0].speech, "{:?}", doc.quotes);

    let title = "De film draaide die week in alle bioscopen van de stad.

\"Barton Fink\". Zo heette de film die iedereen wilde zien.
";
    assert!(nobodys_words(title));
}

/// The narrator's incise after a verb whatever the verb is German's and Dutch's word order
/// only: in Italian, words after a quoted term are no incise.
#[test]
fn an_unknown_verb_after_a_quotation_is_no_incise_in_a_romance_language() {
    let italian = "Marco Rossi era arrivato presto alla stazione di Milano con la sua famiglia.

«Tutti sono venuti», solo lui no.
";
    assert_eq!(document(italian).language.map(|l| l.code()), Some("it"));
    assert!(nobodys_words(italian));
}
