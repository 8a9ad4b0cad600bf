//! Tests of the parent module, kept apart so that the rules read in one short file.
use super::*;
use crate::text::Document;

fn named(text: &str) -> Vec<(String, NameKind, usize)> {
    let doc = Document::new(text);
    names(doc.text(), doc.sentences(), doc.words(), None)
        .into_iter()
        .map(|n| (n.name, n.kind, n.mentions))
        .collect()
}

fn people_in(lang: Lang, text: &str) -> Vec<String> {
    let doc = Document::new(text);
    let mut found: Vec<String> = names(doc.text(), doc.sentences(), doc.words(), Some(lang))
        .into_iter()
        .filter(|n| n.kind == NameKind::Person)
        .map(|n| n.name)
        .collect();
    found.sort();
    found
}

#[test]
fn titles_of_the_articles_language_are_split_from_names() {
    assert_eq!(
        people_in(
            Lang::De,
            "Bundeskanzler Olaf Scholz hat am Montag gesprochen. „Wir handeln“, sagte Scholz. \
             Laut Merz ist das falsch. Friedrich Merz widersprach."
        ),
        ["Friedrich Merz", "Olaf Scholz"]
    );
    assert_eq!(
        people_in(
            Lang::It,
            "Il presidente del Consiglio Giorgia Meloni ha parlato. Secondo Schlein, no. \
             La segretaria del Pd Elly Schlein ha risposto."
        ),
        ["Elly Schlein", "Giorgia Meloni"]
    );
    assert_eq!(
        people_in(
            Lang::Es,
            "El presidente del Gobierno, Pedro Sánchez, habló. Según Feijóo, no. \
             «No», dijo Alberto Núñez Feijóo. El ministro Óscar Puente calló."
        ),
        ["Alberto Feijóo", "Pedro Sánchez", "Óscar Puente"]
    );
    assert_eq!(
        people_in(
            Lang::Fr,
            "Le président Emmanuel Macron a parlé. Le ministre Gérald Darmanin aussi."
        ),
        ["Emmanuel Macron", "Gérald Darmanin"]
    );
    assert_eq!(
        people_in(
            Lang::Nl,
            "Premier Dick Schoof sprak. Volgens Wilders niet. Geert Wilders zweeg. \
             Burgemeester Femke Halsema van Amsterdam was kritisch."
        ),
        ["Dick Schoof", "Femke Halsema", "Geert Wilders"]
    );
    assert_eq!(
        people_in(
            Lang::Pt,
            "O ministro Fernando Haddad falou. Segundo Haddad, sim. A senadora Tereza \
             Cristina criticou."
        ),
        ["Fernando Haddad", "Tereza Cristina"]
    );
}

#[test]
fn particles_stay_in_a_surname_and_english_places_stay_whole() {
    assert_eq!(
        people_in(
            Lang::Fr,
            "Marine Le Pen a quitté la salle. Le Pen a dit non. Charles de Gaulle est cité."
        ),
        ["Charles de Gaulle", "Marine Le Pen"]
    );
    assert_eq!(
        people_in(Lang::De, "Ursula von der Leyen sprach."),
        ["Ursula von der Leyen"]
    );
    let english = "Los Angeles Mayor Karen Bass met Robert De Niro in Las Vegas. De Niro \
                   agreed. Officials in Des Moines and La Paz watched a Van Gogh.";
    for lang in [Some(Lang::En), None] {
        let doc = Document::new(english);
        let found: Vec<String> = names(doc.text(), doc.sentences(), doc.words(), lang)
            .into_iter()
            .map(|n| n.name)
            .collect();
        for whole in ["Robert De Niro", "Karen Bass", "Des Moines", "La Paz"] {
            assert!(found.iter().any(|n| n == whole), "{whole}: {found:?}");
        }
        // (`Las Vegas` is a place, no one's name: neither it nor `Vegas` is listed.)
        assert!(!found
            .iter()
            .any(|n| n == "Vegas" || n == "Las Vegas" || n == "Robert Niro"));
    }
}

fn people(text: &str) -> Vec<String> {
    let mut found: Vec<String> = named(text)
        .into_iter()
        .filter(|n| n.1 == NameKind::Person)
        .map(|n| n.0)
        .collect();
    found.sort();
    found
}

#[test]
fn clergy_prosecutors_police_and_leaders_are_titles() {
    assert_eq!(
        people(
            "The pastor, the Rev. Thomas Nguyen, spoke. Acting U.S. Attorney Joshua Levy agreed. \
             Chief Superintendent Neil Harding and Senate Majority Leader Paul Whitaker did not."
        ),
        [
            "Joshua Levy",
            "Neil Harding",
            "Paul Whitaker",
            "Thomas Nguyen"
        ]
    );
    assert_eq!(
        people("Hadley Fire Chief Robert Doane and Chief Executive Tim Cook spoke."),
        ["Robert Doane", "Tim Cook"]
    );
}

#[test]
fn job_words_news_writes_as_titles_are_titles() {
    assert_eq!(
        people(
            "Fed Chair Jerome Powell, Apple CEO Tim Cook and House Speaker Mike Johnson met. \
             Councilman Robert Diaz and Economist Maria Lopez did not. Reader Sue Hill wrote."
        ),
        [
            "Jerome Powell",
            "Maria Lopez",
            "Mike Johnson",
            "Robert Diaz",
            "Sue Hill",
            "Tim Cook"
        ]
    );
}

#[test]
fn a_titled_surname_no_one_bears_in_full_is_a_person() {
    let got = named(
        "Mr. Diaz left early. Diaz did not vote. President Biden spoke. Reader Mark wrote in.",
    );
    assert!(got.contains(&person("Diaz", 2)), "{got:?}");
    assert!(got.contains(&person("Biden", 1)), "{got:?}");
    assert!(got.contains(&person("Mark", 1)), "{got:?}");
    // A bare surname alone is still not guessed at.
    assert!(!named("Kherson fell. Kherson was quiet.")
        .iter()
        .any(|n| n.1 == NameKind::Person));
}

#[test]
fn boards_clinics_police_and_authorities_are_not_people() {
    assert_eq!(
        people(
            "The Riverside Unified School Board met. Staff at Cleveland Clinic and Cornwall \
             Police agreed, as did the Metro Transit Authority and Human Services. \
             Coastal Power and Delta Air Lines, in New Hampshire, said nothing."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_titled_name_ends_where_its_organisation_begins() {
    let found =
        named("“Stay out,” said Capt. Rita Gonzales of the Washington County Sheriff’s Office.");
    assert!(
        found
            .iter()
            .any(|n| n.0 == "Rita Gonzales" && n.1 == NameKind::Person),
        "{found:?}"
    );
}

#[test]
fn a_name_ends_where_its_organisation_begins_without_a_title_too() {
    let found = named("Of course, as Joel Pollak of Breitbart California observed, it rained.");
    assert!(
        found
            .iter()
            .any(|n| n.0 == "Joel Pollak" && n.1 == NameKind::Person),
        "{found:?}"
    );
    // An organisation named so stays whole.
    let found = named("Officials at the University of Chicago and the Bank of America agreed.");
    assert!(!found.iter().any(|n| n.1 == NameKind::Person), "{found:?}");
}

#[test]
fn party_labels_storms_and_corps_are_no_one_s_names() {
    assert_eq!(
        people(
            "Republican Ted Cruz spoke in the South Carolina Republican primary. \
             Hurricane Donald hit the coast. The Marine Corps said nothing."
        ),
        ["Ted Cruz"]
    );
}

#[test]
fn a_nickname_in_quotation_marks_stays_inside_the_name() {
    assert_eq!(
        people("Margaret “Peggy” Sullivan, 61, pleaded guilty. Sullivan apologized."),
        ["Margaret Sullivan"]
    );
}

fn person(name: &str, mentions: usize) -> (String, NameKind, usize) {
    (name.to_string(), NameKind::Person, mentions)
}

fn organization(name: &str, mentions: usize) -> (String, NameKind, usize) {
    (name.to_string(), NameKind::Organization, mentions)
}

#[test]
fn one_person_however_named() {
    let text = "Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke. \
                Gen. Mark A. Milley, the top officer, agreed. General Milley’s view is not shared. \
                Milley said so.";
    let got = named(text);
    assert_eq!(got[0], person("Mark Milley", 4), "{got:?}");
    assert!(
        got.contains(&organization("Joint Chiefs of Staff", 1)),
        "{got:?}"
    );
}

#[test]
fn titles_are_split_from_names() {
    let got = named(
        "National Security Advisor Jake Sullivan and Secretary of State Antony Blinken disagree. \
         Sullivan told reporters.",
    );
    assert!(got.contains(&person("Jake Sullivan", 2)), "{got:?}");
    assert!(got.contains(&person("Antony Blinken", 1)), "{got:?}");
}

#[test]
fn organisations_by_their_words_or_capitals() {
    let got = named(
        "He spoke at the Economic Club of New York on Wednesday. NATO and the Pentagon agreed, \
         POLITICO said. Sullivan’s National Security Council resisted.",
    );
    for org in [
        "Economic Club of New York",
        "NATO",
        "Pentagon",
        "POLITICO",
        "National Security Council",
    ] {
        assert!(got.contains(&organization(org, 1)), "{org}: {got:?}");
    }
}

#[test]
fn what_institutions_do_is_not_a_person() {
    let got = named(
        "Zelenskyy enacted a decision taken by the National Security and Defense Council. \
         The Food and Drug Administration agreed. National Security Advisor Jake Sullivan \
         and the National Security Council met. Homeland Security was not told. The \
         Health Resources and Services Administration was. The Department of Health and \
         Human Services and the National Institute of Allergy and Infectious Diseases \
         agreed. The Department of Defense and Congress did not.",
    );
    for org in [
        "Department of Health and Human Services",
        "National Institute of Allergy and Infectious Diseases",
        "National Security and Defense Council",
        "Food and Drug Administration",
        "National Security Council",
        "Health Resources and Services Administration",
    ] {
        assert!(got.contains(&organization(org, 1)), "{org}: {got:?}");
    }
    assert!(got.contains(&person("Jake Sullivan", 1)), "{got:?}");
    assert!(
        got.contains(&organization("Department of Defense", 1)),
        "{got:?}"
    );
    assert!(got.contains(&organization("Congress", 1)), "{got:?}");
    let people: Vec<_> = got.iter().filter(|n| n.1 == NameKind::Person).collect();
    assert_eq!(people.len(), 1, "{got:?}");
    // Places and market indexes are not people either.
    assert_eq!(
        super::tests::people(
            "Landfall came near St. Petersburg. She was at No. 10 Downing St. on Monday. \
             The Dow Jones Industrial Average and the Nasdaq Composite fell."
        ),
        Vec::<String>::new()
    );
    // A person before `and` stays a person.
    assert_eq!(
        super::tests::people("Jake Sullivan and Defense Council members met."),
        ["Jake Sullivan"]
    );
}

#[test]
fn places_and_sentence_openers_are_not_named() {
    let got =
        named("Russia and Ukraine met. The talks ended. But Kyiv said no. US officials left.");
    assert!(got.is_empty(), "{got:?}");
    // A building is no one either.
    let got = named("One operative inside Trump Tower tried to downplay the comments.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn hyphens_and_saints_stay_inside_a_name_and_a_given_name_joins_it() {
    assert_eq!(
        people(
            "President Park Geun-hye met Kim Jong-un and Rep. Alexandria Ocasio-Cortez. \
             Canadiens head coach Martin St. Louis watched. The Saudi-led coalition and \
             St. Louis did not."
        ),
        [
            "Alexandria Ocasio-Cortez",
            "Kim Jong-un",
            "Martin St. Louis",
            "Park Geun-hye"
        ]
    );
    let got = named("Anwar Ibrahim spoke. Anwar said no. Muhyiddin Yassin agreed.");
    assert!(got.contains(&person("Anwar Ibrahim", 2)), "{got:?}");
}

#[test]
fn a_lone_surname_two_people_bear_goes_to_the_right_one() {
    let doc = Document::new(
        "Hillary Clinton and Bill Clinton arrived. Mrs. Clinton spoke. Bill Clinton left. \
         Clinton waved. Mr. Clinton smiled.",
    );
    let found = names(doc.text(), doc.sentences(), doc.words(), None);
    let of = |name: &str| {
        found
            .iter()
            .find(|n| n.name == name)
            .map(|n| (n.mentions, n.variants.clone()))
    };
    assert_eq!(
        of("Hillary Clinton"),
        Some((2, vec!["Hillary Clinton".into(), "Mrs. Clinton".into()]))
    );
    assert_eq!(
        of("Bill Clinton"),
        Some((
            4,
            vec![
                "Bill Clinton".into(),
                "Clinton".into(),
                "Mr. Clinton".into()
            ]
        ))
    );
}

#[test]
fn a_generation_or_a_title_after_an_initial_is_no_name_of_its_own() {
    assert_eq!(
        people(
            "James B. Comey Jr., the director, spoke. Representative Peter T. King of New \
             York agreed."
        ),
        ["James Comey", "Peter King"]
    );
}

#[test]
fn german_capitalised_nouns_and_pronouns_are_no_one() {
    // Fiction's openings, from the multilingual corpus's shapes: an object fronted, a
    // possessive, a thing, and the formal pronoun after a verb.
    assert_eq!(
        people_in(
            Lang::De,
            "Olaf Brandt stand auf. Den Ellbogen hatte er aufgestützt. Seine Langeweile wuchs. \
             Allgemeine Heiterkeit. Die Stimmung war gut. Glauben Sie mir, sagte Henning \
             Hartung."
        ),
        ["Henning Hartung", "Olaf Brandt"]
    );
}

#[test]
fn a_run_holding_words_of_the_language_s_grammar_is_a_clause_not_someone() {
    // Runs the German fiction of the multilingual corpus gave as people: a lower-case word
    // of grammar inside (`Willst du mein Weib`, `Jäger zu seinen Thieren`) or the polite
    // pronoun after the first word (`Ist Ihr Herz`, `Mitglied Ihrer Familie`). Not a
    // particle and its article (`Ursula von der Leyen`), nor a word an article makes a noun
    // (`Die Anderen`).
    assert_eq!(
        people_in(
            Lang::De,
            "Es war spät. »Willst du mein Weib werden?« Ist Ihr Herz noch frei? Er war ein \
             Mitglied Ihrer Familie. So sprach der Jäger zu seinen Thieren. Das sagte Ursula \
             von der Leyen. Die Anderen machen nur: »brum, brum.« Er sah das Auge von dem \
             Manne. Natürliches von den Lippen kam nicht."
        ),
        ["Die Anderen", "Ursula von der Leyen"]
    );
    // A capitalised function word that is no pronoun nor determiner is a surname.
    assert_eq!(
        people_in(
            Lang::De,
            "Die Sendung lief am Sonntag. „Warum nicht?“, fragte Anne Will die Gäste."
        ),
        ["Anne Will"]
    );
    // Dutch writes its surnames with `van den`.
    assert_eq!(
        people_in(
            Lang::Nl,
            "\"Kom hier\", zei Jan van den Berg. Het was stil."
        ),
        ["Jan van den Berg"]
    );
}

#[test]
fn a_word_alone_beside_a_verb_of_saying_is_someone_in_another_language() {
    // Fiction names its people by one word; a verb of saying right beside it tells a name
    // from a capitalised noun. Not a given name someone bears in full, nor a noun elsewhere.
    assert_eq!(
        people_in(
            Lang::De,
            "Es war spät. »Gut«, sagte Jens und setzte sich an den Tisch. Mareile lachte. \
             Es war still. »Ja«, rief Olaf. Olaf Brandt stand auf."
        ),
        ["Jens", "Mareile", "Olaf Brandt"]
    );
    assert_eq!(
        people_in(
            Lang::Nl,
            "\"Kom hier\", zei Dora. Het was stil in de Kamer."
        ),
        ["Dora"]
    );
    // A noun after its article or adjective is no one, whatever verb follows it.
    assert!(people_in(
        Lang::De,
        "Dann fuhr der Zug ab. Die kleine Katze fauchte. Ein alter Hund bellte laut."
    )
    .is_empty());
    // English news names its people in full: a word alone is left out as before.
    assert!(people_in(Lang::En, "\"Stop,\" said Holmes. Officials said no.").is_empty());
}

#[test]
fn a_word_of_the_language_s_grammar_opening_the_sentence_is_not_part_of_the_name() {
    // Dutch and German fiction gave `En Dora`, `Maar Bavink`, `Als Helmerich` as people,
    // and `En` then counted as a mention of Dora wherever a sentence opened on it. An
    // article (`De Sahib`) or a surname's particle (`Van Eeden`) stays; a greeting opens no
    // name (`Dag Dora`, `Hallo Bekker`).
    assert_eq!(
        people_in(
            Lang::Nl,
            "\"Ja\", zei Dora. En Dora lachte. Maar Bavink zweeg. \"Dag Dora\", zei Bavink. \
             Toen Van Eeden kwam, zei Bavink niets. \"Hallo Bekker\", riep hij."
        ),
        ["Bavink", "Dora", "Van Eeden"]
    );
    assert_eq!(
        people_in(
            Lang::De,
            "Es war spät. Als Helmerich kam, sagte Helmerich nichts. Und Jens lachte. »Ja«, sagte Jens."
        ),
        ["Helmerich", "Jens"]
    );
    // Nor does a pronoun (the polite `Ihnen`): `Gelingt Ihnen`, `Ihnen Vergnügen`.
    let polite = people_in(
        Lang::De,
        "Es war still. Gelingt Ihnen das nicht? Tun Sie, was Ihnen Vergnügen macht.",
    );
    assert!(polite.is_empty(), "{polite:?}");
    // A surname's particle alone is no one, even before an initial (`De W. doet uw naam
    // veronderstellen`: the letter on a watch), however often sentences open on it.
    let particle = people_in(
        Lang::Nl,
        "Het horloge was oud. De W. doet uw eigen naam veronderstellen. \"De eenige \
         detective?\" vroeg ik. \"De eenige,\" zei hij. De man zweeg.",
    );
    assert!(particle.is_empty(), "{particle:?}");
    // Nor does an indefinite article: `Ein Schlucken`, `Een Godsgericht` are no one.
    let indefinite = people_in(
        Lang::De,
        "Es war still. Ein Schlucken und Schnieben war die Antwort. Eine Dame kam herein.",
    );
    assert!(indefinite.is_empty(), "{indefinite:?}");
    // (Not in a question opening on an adverb before its verb: `Waarom zei je dat`.)
    assert!(people_in(
        Lang::Nl,
        "Het was stil. Waarom zei je dat? Natuurlijk zei hij niets."
    )
    .is_empty());
}

#[test]
fn a_word_the_text_writes_in_lower_case_opens_no_name_as_a_sentence_s_first() {
    // `kom`, `solche`, `mijnheer` are written in lower case elsewhere in the text: as the
    // sentence's first word they are capitalised, not names. An article stays (`Der
    // Doktor`), though written in lower case everywhere too.
    assert_eq!(
        people_in(
            Lang::Nl,
            "\"Ja\", zei Bobi. Kom Bobi, wij gaan. Ja, kom maar. Mijnheer Fix lachte. \
             \"Nee\", zei Fix. De mijnheer at."
        ),
        ["Bobi", "Fix"]
    );
    let de = people_in(
        Lang::De,
        "Er sagte solche Worte oft. Solche Worte hörte sie gern.",
    );
    assert!(de.is_empty(), "{de:?}");
    assert_eq!(
        people_in(Lang::De, "Der Doktor kam spät. Er sah der Frau nach."),
        ["Der Doktor"]
    );
}

#[test]
fn what_opens_no_name_leaves_the_names_that_open_on_such_a_word_whole() {
    // A given name that is a word of the language's grammar (Spanish `al`), a determiner
    // opening a name where nouns are not capitalised (French `son`), a pronoun after a
    // verb of saying that is its object (`Jens fragte sie`).
    assert_eq!(
        people_in(Lang::Es, "Al Gore habló ayer. Al Gore dijo que no."),
        ["Al Gore"]
    );
    assert_eq!(
        people_in(
            Lang::Fr,
            "Le joueur est arrivé hier soir. Son Heung-min a déclaré qu'il était heureux."
        ),
        ["Son Heung-min"]
    );
    assert_eq!(
        people_in(
            Lang::De,
            "Es war spät. Jens fragte sie leise. Ihre Schwester Anna kam herein."
        ),
        ["Jens"]
    );
    // The text's lower-case words are met whatever their order, and a word's first letter
    // tells it from another with the same rest (`Kom`, `Nom`): no `Kom Bobi` either way.
    for text in [
        "\"Ja\", zei Bobi. Kom Bobi, wij gaan. Ja, kom maar. Nom Bobi zweeg.",
        "\"Ja\", zei Bobi. Nom Bobi zweeg. Ja, kom maar. Kom Bobi, wij gaan.",
    ] {
        assert_eq!(people_in(Lang::Nl, text), ["Nom Bobi"], "{text}");
    }
}

#[test]
fn a_compass_point_or_a_saint_opens_a_place_and_a_compass_point_closes_a_person() {
    assert_eq!(
        people(
            "Hillary Clinton won in South Carolina. North Korea tested a missile. \
             Kanye West and Allen West spoke in West Virginia. A San Diego paper found it; \
             Los Angeles agreed, and Fort Worth did not."
        ),
        ["Allen West", "Hillary Clinton", "Kanye West"]
    );
}
