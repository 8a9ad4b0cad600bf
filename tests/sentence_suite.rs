//! A sentence-boundary suite in the spirit of the English "Golden Rules" that Pragmatic
//! Segmenter and pySBD are measured on, plus cases from news copy.
//!
//! Unlike the table test in `src/text/sentences.rs`, which must pass row by row, this suite
//! is a score: it reports how many cases the segmenter gets right and fails only if that
//! number drops below [`MIN_RIGHT`]. When a change makes more cases pass, raise `MIN_RIGHT`.
//!
//! Run it with `cargo test --test sentence_suite -- --nocapture` to see the failing cases.

use verbatim::text::Document;

/// How many cases must come out right. Set to the count passing when the suite was written,
/// so the test fails if the segmenter gets worse.
const MIN_RIGHT: usize = 72;

/// Each row: a name, a text, and the sentences a careful copy editor would cut it into.
/// The texts avoid Markdown and HTML characters, so the reader's text is the input itself.
#[rustfmt::skip]
const CASES: &[(&str, &str, &[&str])] = &[
    // ---- Golden Rules: terminal marks -------------------------------------------------
    ("simple period",
        "Hello World. My name is Jonas.",
        &["Hello World.", "My name is Jonas."]),
    ("question mark",
        "What is your name? My name is Jonas.",
        &["What is your name?", "My name is Jonas."]),
    ("exclamation mark",
        "There it is! I found it.",
        &["There it is!", "I found it."]),
    ("double exclamation",
        "Hello!! Long time no see.",
        &["Hello!!", "Long time no see."]),
    ("double question",
        "Hello?? Who is there?",
        &["Hello??", "Who is there?"]),
    ("exclamation then question",
        "Hello!? Is that you?",
        &["Hello!?", "Is that you?"]),
    ("question then exclamation",
        "Hello?! Is that you?",
        &["Hello?!", "Is that you?"]),
    ("no final mark",
        "This is a headline without a stop",
        &["This is a headline without a stop"]),

    // ---- Abbreviations --------------------------------------------------------------
    ("one-letter upper-case initial",
        "My name is Jonas E. Smith.",
        &["My name is Jonas E. Smith."]),
    ("one-letter lower-case abbreviation",
        "Please turn to p. 55.",
        &["Please turn to p. 55."]),
    ("two-letter lower-case abbreviation mid-sentence",
        "Were Jane and co. at the party?",
        &["Were Jane and co. at the party?"]),
    ("two-letter capitalised abbreviation mid-sentence",
        "They closed the deal with Pitt, Briggs and Co. at noon.",
        &["They closed the deal with Pitt, Briggs and Co. at noon."]),
    ("two-letter lower-case abbreviation ending a sentence",
        "Let's ask Jane and co. They should know.",
        &["Let's ask Jane and co.", "They should know."]),
    ("two-letter capitalised abbreviation ending a sentence",
        "They closed the deal with Pitt, Briggs and Co. It closed yesterday.",
        &["They closed the deal with Pitt, Briggs and Co.", "It closed yesterday."]),
    ("abbreviation before a name",
        "I can see Mt. Fuji from here.",
        &["I can see Mt. Fuji from here."]),
    ("abbreviation opening a sentence",
        "St. Michael's Church is on 5th st. near the light.",
        &["St. Michael's Church is on 5th st. near the light."]),
    ("abbreviation with a possessive",
        "That is JFK Jr.'s book.",
        &["That is JFK Jr.'s book."]),
    ("dotted acronym mid-sentence",
        "I visited the U.S.A. last year.",
        &["I visited the U.S.A. last year."]),
    ("dotted acronym ending a sentence",
        "I live in the E.U. How about you?",
        &["I live in the E.U.", "How about you?"]),
    ("U.S. ending a sentence",
        "I live in the U.S. How about you?",
        &["I live in the U.S.", "How about you?"]),
    ("U.S. before a capitalised noun",
        "I work for the U.S. Government in Virginia.",
        &["I work for the U.S. Government in Virginia."]),
    ("U.S. before a preposition",
        "I have lived in the U.S. for 20 years.",
        &["I have lived in the U.S. for 20 years."]),
    ("a.m. and P.M. before a title and at the end",
        "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
        &["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."]),
    ("p.m. ending a sentence before a contraction",
        "It is 3:30 p.m. Let's go.",
        &["It is 3:30 p.m.", "Let's go."]),
    ("titles before names",
        "Dr. Watson met Gen. Lee and Prof. Plum. They talked.",
        &["Dr. Watson met Gen. Lee and Prof. Plum.", "They talked."]),
    ("No. before a number, No as a word",
        "He was ranked No. 1 in the world. No one doubted it.",
        &["He was ranked No. 1 in the world.", "No one doubted it."]),
    ("pronoun I ending a sentence, initial I inside one",
        "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
        &["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"]),
    ("Ph.D. inside and ending a sentence",
        "She earned her Ph.D. in 2010. He holds a Ph.D. They met at work.",
        &["She earned her Ph.D. in 2010.", "He holds a Ph.D.", "They met at work."]),
    ("pages, versus and approx.",
        "See pp. 10-12 on Smith v. Jones, approx. 40 lines.",
        &["See pp. 10-12 on Smith v. Jones, approx. 40 lines."]),
    ("e.g. and i.e. before lower case",
        "Bring fruit, e.g. apples or pears, i.e. something sweet.",
        &["Bring fruit, e.g. apples or pears, i.e. something sweet."]),
    ("etc. ending a sentence",
        "We sell pens, paper, ink, etc. The shop opens at nine.",
        &["We sell pens, paper, ink, etc.", "The shop opens at nine."]),
    ("city with St.",
        "I met him in St. Louis. It was cold.",
        &["I met him in St. Louis.", "It was cold."]),

    // ---- Numbers, times and dates -----------------------------------------------------
    ("decimal money inside a sentence",
        "She has $100.00 in her bag.",
        &["She has $100.00 in her bag."]),
    ("decimal money ending a sentence",
        "She has $100.00. It is in her bag.",
        &["She has $100.00.", "It is in her bag."]),
    ("dotted number after N°",
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        &["You can find it at N°. 1026.253.553.", "That is where the treasure is."]),
    ("month abbreviation before a day",
        "The meeting is on Jan. 5 at 3 p.m. sharp.",
        &["The meeting is on Jan. 5 at 3 p.m. sharp."]),
    ("dotted date ending a sentence",
        "I was born on 12.05.1990. That was a Tuesday.",
        &["I was born on 12.05.1990.", "That was a Tuesday."]),
    ("year ending a sentence",
        "The war ended in 1945. Rebuilding took decades.",
        &["The war ended in 1945.", "Rebuilding took decades."]),

    // ---- Parentheses, e-mail and web addresses ----------------------------------------
    ("parenthetical inner sentence",
        "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
        &["He teaches science (He previously worked for 5 years as an engineer.) at the local University."]),
    ("e-mail address ending a sentence",
        "Her email is Jane.Doe@example.com. I sent her an email.",
        &["Her email is Jane.Doe@example.com.", "I sent her an email."]),
    ("web address ending a sentence",
        "The site is: https://www.example.50.com/new-site/awesome-content.html. Please check it out.",
        &["The site is: https://www.example.50.com/new-site/awesome-content.html.", "Please check it out."]),
    ("missing space after a full stop",
        "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
        &["Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."]),

    // ---- Quotation marks --------------------------------------------------------------
    ("single quotes with an inner period",
        "She turned to him, 'This is great.' she said.",
        &["She turned to him, 'This is great.' she said."]),
    ("double quotes with an inner period",
        "She turned to him, \"This is great.\" she said.",
        &["She turned to him, \"This is great.\" she said."]),
    ("double quotes ending a sentence",
        "She turned to him, \"This is great.\" She held the book out to show him.",
        &["She turned to him, \"This is great.\"", "She held the book out to show him."]),
    ("bang name inside a sentence",
        "She works at Yahoo! in the accounting department.",
        &["She works at Yahoo! in the accounting department."]),

    // ---- Lists ------------------------------------------------------------------------
    ("numbered list with period and parenthesis",
        "1.) The first item 2.) The second item",
        &["1.) The first item", "2.) The second item"]),
    ("numbered list with period and parenthesis, items ending in periods",
        "1.) The first item. 2.) The second item.",
        &["1.) The first item.", "2.) The second item."]),
    ("numbered list with parenthesis",
        "1) The first item 2) The second item",
        &["1) The first item", "2) The second item"]),
    ("numbered list with periods",
        "1. The first item 2. The second item",
        &["1. The first item", "2. The second item"]),
    ("numbered list with periods, items ending in periods",
        "1. The first item. 2. The second item.",
        &["1. The first item.", "2. The second item."]),
    ("bulleted numbered list",
        "• 9. The first item • 10. The second item",
        &["• 9. The first item", "• 10. The second item"]),
    ("lettered list",
        "a. The first item b. The second item c. The third list item",
        &["a. The first item", "b. The second item", "c. The third list item"]),

    // ---- Ellipses ---------------------------------------------------------------------
    ("three-dot ellipsis before a capital",
        "I never meant that... She left the store.",
        &["I never meant that...", "She left the store."]),
    ("four-dot ellipsis ending a sentence",
        "I never meant that.... She left the store.",
        &["I never meant that....", "She left the store."]),
    ("ellipsis character before lower case",
        "It is … maybe not achievable. Fine.",
        &["It is … maybe not achievable.", "Fine."]),
    ("spaced ellipsis inside a closing quote",
        "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
        &["Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"]),
    ("spaced ellipses mid-sentence",
        "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        &["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."]),
    ("spaced ellipses ending sentences",
        "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
        &["One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . .", "The practice was not abandoned. . . ."]),
    ("spaced four-dot ellipsis ending a sentence",
        "Indicate the end of the sentence with a period . . . . Next sentence.",
        &["Indicate the end of the sentence with a period . . . .", "Next sentence."]),

    // ---- Line breaks ------------------------------------------------------------------
    ("short lines are separate items",
        "features\ncontact manager\nevents, activities\n",
        &["features", "contact manager", "events, activities"]),
    ("line break inside a sentence",
        "It was a cold \nnight in the city.",
        &["It was a cold night in the city."]),

    // ---- News copy --------------------------------------------------------------------
    ("titles, initials and a weekday",
        "Secretary of State Antony J. Blinken met Sen. Chuck Schumer on Tuesday. They discussed aid.",
        &["Secretary of State Antony J. Blinken met Sen. Chuck Schumer on Tuesday.", "They discussed aid."]),
    ("date abbreviation before a comma clause",
        "The vote is set for Nov. 10, officials said. It may slip.",
        &["The vote is set for Nov. 10, officials said.", "It may slip."]),
    ("question in quotes, then attribution",
        "“Why?” she asked. Nobody answered.",
        &["“Why?” she asked.", "Nobody answered."]),
    ("question in quotes, attribution with a title",
        "“Is this the end?” asked Mr. Biden. He smiled.",
        &["“Is this the end?” asked Mr. Biden.", "He smiled."]),
    ("quote closing after the period",
        "“It’s over.” That was all he said.",
        &["“It’s over.”", "That was all he said."]),
    ("attribution after a comma, then a new quote",
        "“We will not back down,” Gen. Milley said. “Not now.”",
        &["“We will not back down,” Gen. Milley said.", "“Not now.”"]),
    ("exclamation in quotes, then attribution",
        "“Get out!” the officer shouted. He ran.",
        &["“Get out!” the officer shouted.", "He ran."]),
    ("two quoted sentences back to back",
        "“Where were you?” “At home.”",
        &["“Where were you?”", "“At home.”"]),
    ("D.C. before a comma and ending a sentence",
        "The group, based in Washington, D.C., lost money. He moved to Washington, D.C. He was 24.",
        &["The group, based in Washington, D.C., lost money.", "He moved to Washington, D.C.", "He was 24."]),
    ("Jr. before a verb",
        "The Rev. Martin Luther King Jr. was born in Atlanta. He died in 1968.",
        &["The Rev. Martin Luther King Jr. was born in Atlanta.", "He died in 1968."]),
    ("a.m. before a capitalised word of the same sentence",
        "President George W. Bush spoke at 10 a.m. Eastern time.",
        &["President George W. Bush spoke at 10 a.m. Eastern time."]),
    ("U.N. before a proper noun",
        "The U.N. Security Council met Monday. Russia vetoed the measure.",
        &["The U.N. Security Council met Monday.", "Russia vetoed the measure."]),
    ("party and state after a senator's name",
        "The bill passed, said Sen. John Thune, R-S.D. The House votes next.",
        &["The bill passed, said Sen. John Thune, R-S.D.", "The House votes next."]),
    ("month abbreviations before days",
        "The storm hit on Sept. 28. By Oct. 2, power was back.",
        &["The storm hit on Sept. 28.", "By Oct. 2, power was back."]),
    ("dotted initials opening a sentence",
        "E.J. Dionne wrote the column. It ran Sunday.",
        &["E.J. Dionne wrote the column.", "It ran Sunday."]),
    ("U.S. before a lower-case verb",
        "He said the U.S. would respond. Officials declined to comment.",
        &["He said the U.S. would respond.", "Officials declined to comment."]),
    ("title, judge and initial",
        "Mr. Trump’s lawyers filed a motion. U.S. District Judge Tanya S. Chutkan denied it.",
        &["Mr. Trump’s lawyers filed a motion.", "U.S. District Judge Tanya S. Chutkan denied it."]),
    ("quoted question inside a sentence",
        "She asked, “Are you coming?” and waited.",
        &["She asked, “Are you coming?” and waited."]),
    ("company abbreviation before a verb",
        "Shares of Apple Inc. rose 2 percent on Friday. The Nasdaq gained.",
        &["Shares of Apple Inc. rose 2 percent on Friday.", "The Nasdaq gained."]),
];

/// The sentences of `text`, as the reader's text slices them, each run of white space inside
/// a sentence written as one space (so a sentence that spans a line break reads naturally).
fn split(text: &str) -> Vec<String> {
    let doc = Document::new(text);
    doc.sentences()
        .iter()
        .map(|r| {
            let sentence = &doc.text()[r.clone()];
            sentence.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[test]
fn golden_rules_and_news_copy() {
    let mut failures = Vec::new();
    for (name, text, expected) in CASES {
        let got = split(text);
        if got != *expected {
            failures.push(format!(
                "- {name}\n    input:    {text:?}\n    expected: {expected:?}\n    got:      {got:?}"
            ));
        }
    }
    let right = CASES.len() - failures.len();
    println!("sentence suite: {right} of {} cases right", CASES.len());
    for failure in &failures {
        println!("{failure}");
    }
    assert!(
        right >= MIN_RIGHT,
        "sentence suite got worse: {right} of {} cases right, expected at least {MIN_RIGHT}",
        CASES.len()
    );
}
