//! Tests of the parent module, kept apart so that the rules read in one short file.
use crate::quotes::tests::speaker_of;

#[test]
fn a_pronoun_is_who_the_sentence_before_is_about() {
    // Not the last surname written (a possessive), but the subject: a description here.
    let text = "Judge Allison Burroughs sentenced her. The Rev. Thomas Nguyen spoke.\n\
        One longtime parishioner, who asked not to be named because she knows Sullivan’s family, said the news had shaken them. \
        “We sat next to her every Sunday for thirty years,” she said.\n\
        Sullivan’s lawyer, Robert Kane, asked for three years. In court, Burroughs was unmoved. \
        “This was not a momentary lapse at all,” she said.\n\
        Senator Karen Lindqvist objected to a provision she called “a blank check for big developers.”\n\
        Dr. Samuel Begay was finishing his day. He said he had thought about retiring. “Who would take my place?” he asked.";
    assert_eq!(
        speaker_of(text, "We sat").as_deref(),
        Some("One longtime parishioner")
    );
    assert_eq!(
        speaker_of(text, "This was not").as_deref(),
        Some("Allison Burroughs")
    );
    assert_eq!(
        speaker_of(text, "a blank check").as_deref(),
        Some("Karen Lindqvist")
    );
    assert_eq!(
        speaker_of(text, "Who would").as_deref(),
        Some("Samuel Begay")
    );
}

#[test]
fn a_bare_quotation_after_reported_speech_is_the_reporteds() {
    let text = "Mayor Linda Park praised the vote. Robert Diaz, a council member, disagreed.\n\
        Diaz, who has served on the council since 2015, said he would push for an audit. \
        “Taxpayers deserve to know where every dollar goes.”\n\
        Park called it a fair budget. She said she had listened. “Nobody got everything.”\n\
        Ruth Okafor runs the library. “It was a long night.”\n\
        Park said the council would meet again.\n\
        “Thank you all.”";
    for (start, speaker) in [
        ("Taxpayers", Some("Robert Diaz")),
        ("Nobody got", Some("Linda Park")),
        // After a sentence of narration opening on someone, theirs (the `narration` rule),
        // in its paragraph or closing the paragraph before.
        ("It was a long", Some("Ruth Okafor")),
        ("Thank you", Some("Linda Park")),
    ] {
        assert_eq!(speaker_of(text, start).as_deref(), speaker, "{start}");
    }
}

#[test]
fn she_is_not_a_person_called_mr_nor_he_one_called_ms() {
    let text = "Mayor Linda Park called it a fair budget, and Ms. Park would not budge.\n\
        Robert Diaz disagreed, and Mr. Diaz left early. “It is not fair to anyone,” she said.\n\
        Councilwoman Amy Chen thanked Diaz. “We will talk again,” he said.\n\
        Sam Ortiz spoke last. “Enough,” she said.";
    assert_eq!(speaker_of(text, "It is not").as_deref(), Some("Linda Park"));
    assert_eq!(speaker_of(text, "We will").as_deref(), Some("Robert Diaz"));
    // Nothing says what Sam Ortiz is called: the subject stands.
    assert_eq!(speaker_of(text, "Enough").as_deref(), Some("Sam Ortiz"));
}

#[test]
fn the_official_is_the_one_just_described_so() {
    let text = "One U.S. official, who spoke on condition of anonymity, said the White House \
        had not been consulted. “This was the Fed’s call alone,” the official said.\n\
        Markets rose. “Nobody expected it,” the trader said.";
    assert_eq!(
        speaker_of(text, "This was").as_deref(),
        Some("One U.S. official")
    );
    // No trader was described: the words stay as written.
    assert_eq!(speaker_of(text, "Nobody").as_deref(), Some("the trader"));
}

#[test]
fn a_definite_title_is_its_holder_or_stays_as_written() {
    let text = "Northgate were beaten. Coach Diane Walsh was delighted, and captain Luis Ferreira was not.\n\
        Ferreira, who has 11 goals this season, said the defeat changed nothing. \
        “One bad day doesn’t change anything,” the captain said.\n\
        Politicians have kept their distance. Asked about it, the prime minister said it was “not something we are looking at.”";
    assert_eq!(
        speaker_of(text, "One bad day").as_deref(),
        Some("Luis Ferreira")
    );
    assert_eq!(
        speaker_of(text, "not something").as_deref(),
        Some("the prime minister")
    );
}

#[test]
fn a_surname_takes_the_full_name_another_article_gives() {
    let report = crate::analyze(&[
        crate::Input::new("a", "Gen. Mark Milley spoke in New York on Wednesday."),
        crate::Input::new("b", "“Seize the moment when peace can be achieved,” Sullivan said, and Milley agreed. “Talk now, before the winter,” Milley said."),
    ]);
    let speakers: Vec<_> = report.documents[1]
        .quotes
        .iter()
        .map(|q| q.speaker.as_deref())
        .collect();
    assert_eq!(speakers, [Some("Sullivan"), Some("Mark Milley")]);
}

#[test]
fn two_clintons_stay_two_and_each_gets_their_words() {
    let text = "Hillary Clinton and Bill Clinton campaigned in Iowa on Tuesday.\n\
        Hillary Clinton spoke first. “We are going to win this state,” Clinton said. \
        “Nobody should doubt it,” she added.\n\
        Bill Clinton followed her onto the stage. “She is the most qualified candidate in a generation,” Clinton said. \
        “I have known her for forty years,” he said.\n\
        Later, the crowd thinned. “Thank you, Iowa,” Mrs. Clinton said. “Go vote,” Mr. Clinton said.\n\
        Asked about trade, she was blunt. “That deal is dead,” she said.";
    for (start, speaker) in [
        // Bare surname: the Clinton most recently named.
        ("We are going", "Hillary Clinton"),
        ("Nobody should", "Hillary Clinton"),
        ("She is the most", "Bill Clinton"),
        // A pronoun: who the sentence before is about, if the pronoun fits.
        ("I have known", "Bill Clinton"),
        // Honorifics: Mrs. is the Clinton named Hillary, Mr. the one named Bill, though
        // Bill was named last.
        ("Thank you", "Hillary Clinton"),
        ("Go vote", "Bill Clinton"),
        // `she` after a sentence about Bill Clinton's words is not Bill Clinton.
        ("That deal", "Hillary Clinton"),
    ] {
        assert_eq!(speaker_of(text, start).as_deref(), Some(speaker), "{start}");
    }
    let doc = crate::text::Document::new(text);
    let names = doc.names(doc.language());
    let clintons: Vec<(&str, &[String])> = names
        .iter()
        .filter(|n| n.name.ends_with("Clinton"))
        .map(|n| (n.name.as_str(), n.variants.as_slice()))
        .collect();
    assert_eq!(clintons.len(), 2, "{clintons:?}");
    for (name, variants) in clintons {
        let other = if name == "Hillary Clinton" {
            "Mr. Clinton"
        } else {
            "Mrs. Clinton"
        };
        assert!(!variants.iter().any(|v| v == other), "{name}: {variants:?}");
    }
}

#[test]
fn two_johnsons_by_recency() {
    // No honorific or given name tells them apart: the one named last speaks.
    let text = "Sen. Ron Johnson of Wisconsin opposed the bill. Speaker Mike Johnson backed it.\n\
        “This is a good bill for working families,” Johnson said on Tuesday.\n\
        Ron Johnson was unmoved. “It spends too much,” Johnson said. “We can do better,” he said.\n\
        Mike Johnson’s office put out a statement. “The House will vote on Friday,” Johnson said.";
    for (start, speaker) in [
        ("This is a good", "Mike Johnson"),
        ("It spends", "Ron Johnson"),
        ("We can do", "Ron Johnson"),
        ("The House will", "Mike Johnson"),
    ] {
        assert_eq!(speaker_of(text, start).as_deref(), Some(speaker), "{start}");
    }
}

#[test]
fn a_given_name_alone_after_the_full_name_is_that_person() {
    let text = "Anwar Ibrahim spoke in Kuala Lumpur on Monday. \
        “The economy will recover,” Anwar said.\n\
        Rival Muhyiddin Yassin disagreed, and Anwar Ibrahim’s allies stayed silent.";
    assert_eq!(
        speaker_of(text, "The economy").as_deref(),
        Some("Anwar Ibrahim")
    );
    // Not when two people share the given name: the word stays as written.
    let text = "Mark Milley and Mark Rutte met. “We agree,” Mark said.";
    assert_eq!(speaker_of(text, "We agree").as_deref(), Some("Mark"));
}

#[test]
fn a_name_is_never_cut_nor_its_team_the_speaker() {
    let text = "South Korean President Park Geun-hye said on Monday the talks would go on. \
        “We will not give up,” Park said.\n\
        Rep. Alexandria Ocasio-Cortez disagreed. “It is too little,” Ocasio-Cortez said.\n\
        The Montreal Canadiens beat Boston 4-1. \
        “We played well tonight,” Canadiens head coach Martin St. Louis said. \
        “The power play was the difference,” St. Louis said.";
    for (start, speaker) in [
        ("We will not", "Park Geun-hye"),
        ("It is too little", "Alexandria Ocasio-Cortez"),
        ("We played well", "Martin St. Louis"),
        ("The power play", "Martin St. Louis"),
    ] {
        assert_eq!(speaker_of(text, start).as_deref(), Some(speaker), "{start}");
    }
}

#[test]
fn across_articles_two_full_names_sharing_a_surname_stay_apart() {
    let report = crate::analyze(&[
        crate::Input::new(
            "a",
            "Hillary Clinton and Bill Clinton arrived in Iowa. Hillary Clinton spoke first.",
        ),
        crate::Input::new(
            "b",
            "“We will win,” Mrs. Clinton said. “We will,” Clinton added.",
        ),
        crate::Input::new("c", "“It is close,” Clinton said."),
        crate::Input::new(
            "d",
            "Bill Clinton spoke. “She is ready,” Clinton said. Hillary Clinton smiled.",
        ),
    ]);
    let speakers = |d: usize| -> Vec<Option<&str>> {
        report.documents[d]
            .quotes
            .iter()
            .map(|q| q.speaker.as_deref())
            .collect()
    };
    // The honorific of the article tells which Clinton another article names in full.
    assert_eq!(
        speakers(1),
        [Some("Hillary Clinton"), Some("Hillary Clinton")]
    );
    // A bare surname with two bearers elsewhere stays as written.
    assert_eq!(speakers(2), [Some("Clinton")]);
    // In an article naming both, its own reading stands: never merged into the other.
    assert_eq!(speakers(3), [Some("Bill Clinton")]);
}

#[test]
fn a_surname_alone_takes_the_only_full_name_or_the_only_one_its_honorific_fits() {
    use crate::lang::Gender;
    use crate::quotes::full_name;
    let clintons = ["Hillary Clinton".to_string(), "Bill Clinton".to_string()];
    assert_eq!(full_name(&clintons[..1], || None), Some(&clintons[0]));
    assert_eq!(
        full_name(&clintons, || None),
        None,
        "two bearers, no honorific"
    );
    assert_eq!(
        full_name(&clintons, || Some(Gender::Female)),
        Some(&clintons[0])
    );
    assert_eq!(
        full_name(&clintons, || Some(Gender::Male)),
        Some(&clintons[1])
    );
    assert_eq!(full_name(&[], || Some(Gender::Male)), None);
}

#[test]
fn a_clause_read_as_a_subject_is_the_one_person_it_names() {
    // A subject read back to the sentence's start runs over a whole clause: the reader is
    // shown the person, not the clause. Not a description with a relative clause of its
    // own.
    let text = "Paul D. Ryan spoke on Tuesday. Donald Trump spoke on Monday.\n\n\
        The anxiety about the races was underscored Wednesday when House Speaker Paul D. Ryan \
        of Wisconsin lamented the \"disheartened\" state of the campaign.\n\n\
        A longtime friend of Trump who attended the rally called it \"a triumph.\"";
    assert_eq!(
        speaker_of(text, "disheartened").as_deref(),
        Some("Paul Ryan")
    );
    assert_ne!(
        speaker_of(text, "a triumph").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn quotations_after_a_sentence_on_how_someone_spoke_are_theirs() {
    // `spoke` reports speech as `said` does: the quotations that follow it, each a
    // paragraph of its own, are the speaker's.
    let text = "Donald Trump gave an interview on Monday.\n\n\
        What that means is left to voters, since Trump spoke only in evasive bromides \
        during the interview.\n\n\
        “We have to be a lot tougher.”\n\n\
        “We’re not fighting it strongly enough.”";
    assert_eq!(
        speaker_of(text, "We have to").as_deref(),
        Some("Donald Trump")
    );
    assert_eq!(
        speaker_of(text, "We’re not").as_deref(),
        Some("Donald Trump")
    );
}

#[test]
fn a_quotation_then_a_sentence_about_someone_is_theirs() {
    // Fiction tells what the speaker did instead of saying who spoke; not a noun after its
    // article that the names took for someone.
    let text = "Olaf Brandt und Jens Hansen saßen im Zimmer. Es war spät.\n\n\
        »Was ist denn das für ein Lärm?« Olaf war steil in die Höhe gefahren.";
    assert_eq!(
        speaker_of(text, "Was ist denn").as_deref(),
        Some("Olaf Brandt")
    );
    let text = "»Nichts!« Die Blätter rauschten im Wind. Die Blätter fielen.";
    assert_eq!(speaker_of(text, "Nichts").as_deref(), None);
}

#[test]
fn a_pronoun_far_from_any_name_is_whom_the_article_is_about() {
    // Pages after its subject was last named, `er` is still the one the article is about —
    // when it names one person at least twice as often as anyone else `er` may stand for
    // (Anna Weber is not).
    let filler = "Es regnete lange, und es war kalt. ".repeat(100);
    let about = format!(
        "Thierry Roland war Reporter. Roland kam spät. Roland lachte. Anna Weber grüßte.\n\n\
         {filler}\n\n»Das ist gut«, sagte er."
    );
    assert_eq!(
        speaker_of(&about, "Das ist gut").as_deref(),
        Some("Thierry Roland")
    );
    let two = format!(
        "Thierry Roland war Reporter. Roland kam spät. Paul Weber grüßte. Weber lachte.\n\n\
         {filler}\n\n»Das ist gut«, sagte er."
    );
    assert_eq!(speaker_of(&two, "Das ist gut").as_deref(), None);
}

#[test]
fn a_name_after_a_relative_in_a_speaker_s_phrase_is_not_theirs() {
    let text = "Jake Sullivan wrote the emails. Sullivan declined to comment.\n\n\
        “I can only tell you that his emails were routine,” said one source who identified \
        Sullivan but spoke on condition of anonymity.";
    let speaker = speaker_of(text, "I can only");
    assert!(
        speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("one source")),
        "{speaker:?}"
    );
}
