//! The table a copy editor would agree with, row by row, and the long inputs that must stay
//! linear.

use super::*;

fn split(text: &str) -> Vec<&str> {
    sentences(text).into_iter().map(|r| &text[r]).collect()
}

/// Each row: a paragraph, then the sentences a careful copy editor would cut it into.
#[test]
fn a_copy_editor_would_agree() {
    let table: &[(&str, &[&str])] = &[
        // Titles, initials, abbreviations, acronyms.
        ("Gen. Mark Milley said so.", &["Gen. Mark Milley said so."]),
        (
            "Chairman Gen. Mark A. Milley spoke. He left.",
            &["Chairman Gen. Mark A. Milley spoke.", "He left."],
        ),
        (
            "J. R. R. Tolkien wrote it. Then he slept.",
            &["J. R. R. Tolkien wrote it.", "Then he slept."],
        ),
        ("The U.S. Army said so.", &["The U.S. Army said so."]),
        (
            "It was sent to the U.S. The report said so.",
            &["It was sent to the U.S.", "The report said so."],
        ),
        ("On Nov. 10 Biden said so.", &["On Nov. 10 Biden said so."]),
        (
            "Mr. Smith and Mrs. Jones met Dr. Who at St. Paul's.",
            &["Mr. Smith and Mrs. Jones met Dr. Who at St. Paul's."],
        ),
        (
            "Sec. of State Antony Blinken agreed.",
            &["Sec. of State Antony Blinken agreed."],
        ),
        (
            "Apple Inc. shares rose. Apple Inc. The company said so.",
            &[
                "Apple Inc. shares rose.",
                "Apple Inc.",
                "The company said so.",
            ],
        ),
        (
            "It opens at 9 a.m. Monday. It closes at 5 p.m. The doors lock.",
            &[
                "It opens at 9 a.m. Monday.",
                "It closes at 5 p.m.",
                "The doors lock.",
            ],
        ),
        (
            "See No. 5 and Fig. 2 for details.",
            &["See No. 5 and Fig. 2 for details."],
        ),
        (
            "See pp. 10-12 and p. 4. It ran to 300 pp. It won a prize.",
            &["See pp. 10-12 and p. 4.", "It ran to 300 pp.", "It won a prize."],
        ),
        (
            "Pick fruit, e.g. Apples, or i.e. Pears.",
            &["Pick fruit, e.g. Apples, or i.e. Pears."],
        ),
        (
            "Smith et al. found it. They were right.",
            &["Smith et al. found it.", "They were right."],
        ),
        // Numbers, URLs, e-mail addresses, file names.
        (
            "It grew 3.5% to $40.5 billion. Analysts cheered.",
            &["It grew 3.5% to $40.5 billion.", "Analysts cheered."],
        ),
        (
            "Visit example.com/a.html or mail me@example.org. Thanks.",
            &[
                "Visit example.com/a.html or mail me@example.org.",
                "Thanks.",
            ],
        ),
        ("1. The first item", &["1. The first item"]),
        (
            "Born in 1990. Raised in Ohio.",
            &["Born in 1990.", "Raised in Ohio."],
        ),
        // Question and exclamation marks, inside quotes and names.
        (
            "“Why not talk?” one US official said.",
            &["“Why not talk?” one US official said."],
        ),
        (
            "Yahoo! in a statement said no. Fine!",
            &["Yahoo! in a statement said no.", "Fine!"],
        ),
        ("Really? Yes! Good.", &["Really?", "Yes!", "Good."]),
        ("He asked (why?) and left.", &["He asked (why?) and left."]),
        // Quotes closing after the terminal mark, parentheses.
        (
            "“Seize the moment.” Milley said it twice.",
            &["“Seize the moment.”", "Milley said it twice."],
        ),
        (
            "He said, “Go home.” She left.",
            &["He said, “Go home.”", "She left."],
        ),
        (
            "(This stands alone.) The next one follows.",
            &["(This stands alone.)", "The next one follows."],
        ),
        // Ellipses.
        (
            "I never meant that... She left.",
            &["I never meant that...", "She left."],
        ),
        (
            "It is … maybe not achievable. Fine.",
            &["It is … maybe not achievable.", "Fine."],
        ),
        (
            "He paused … Then he spoke.",
            &["He paused …", "Then he spoke."],
        ),
        // Other scripts and conventions.
        (
            "今天天气很好。我们去公园吧！好的？",
            &["今天天气很好。", "我们去公园吧！", "好的？"],
        ),
        (
            "¿Qué pasa? ¡Nada! Bien.",
            &["¿Qué pasa?", "¡Nada!", "Bien."],
        ),
        (
            "Er sagte: „Wir kommen.“ Dann ging er.",
            &["Er sagte: „Wir kommen.“", "Dann ging er."],
        ),
        (
            "Il a dit : « Je viens. » Puis il est parti.",
            &["Il a dit : « Je viens. »", "Puis il est parti."],
        ),
        // List items run together in one paragraph.
        (
            "1.) The first item. 2.) The second item.",
            &["1.) The first item.", "2.) The second item."],
        ),
        (
            "1) The first item 2) The second item",
            &["1) The first item", "2) The second item"],
        ),
        (
            "• 9. The first item • 10. The second item",
            &["• 9. The first item", "• 10. The second item"],
        ),
        (
            "a. The first item b. The second item",
            &["a. The first item", "b. The second item"],
        ),
        // Bullets run together, glued to a number or alone.
        (
            "⁃9. The first item ⁃10. The second item",
            &["⁃9. The first item", "⁃10. The second item"],
        ),
        (
            "‣ One thing - or two ‣ Another ◦ sub-item",
            &["‣ One thing - or two", "‣ Another ◦ sub-item"],
        ),
        // Out of sequence, after a colon, or initials: not list items.
        (
            "1. Pick 3. Then stop.",
            &["1. Pick 3.", "Then stop."],
        ),
        (
            "A. B. Smith wrote it.",
            &["A. B. Smith wrote it."],
        ),
        // A missing space after a full stop.
        (
            "Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.",
            &[
                "Hello world.",
                "Today is Tuesday.",
                "Mr. Smith bought 1,000.",
                "That is a lot.",
            ],
        ),
        (
            "Mail Jane.Doe@example.com, see www.Example.com, Mr.Smith, ASP.NET and Console.WriteLine(x) today.",
            &["Mail Jane.Doe@example.com, see www.Example.com, Mr.Smith, ASP.NET and Console.WriteLine(x) today."],
        ),
        // The numero sign.
        (
            "It is at N°. 1026.253.553. That is all.",
            &["It is at N°. 1026.253.553.", "That is all."],
        ),
        // A clock time before a title.
        (
            "At 5 a.m. Mr. Smith left. He came back at 6 P.M. Mr. Smith then slept.",
            &[
                "At 5 a.m. Mr. Smith left.",
                "He came back at 6 P.M.",
                "Mr. Smith then slept.",
            ],
        ),
        (
            "It ended at 2 p.m. President Biden left. It starts at 10 a.m. Eastern time.",
            &["It ended at 2 p.m.", "President Biden left.", "It starts at 10 a.m. Eastern time."],
        ),
        (
            "She spoke at a 10 a.m. Senate hearing, at 3 p.m. Moscow time, before 5 p.m. ET Friday and 6 p.m. March 3.",
            &["She spoke at a 10 a.m. Senate hearing, at 3 p.m. Moscow time, before 5 p.m. ET Friday and 6 p.m. March 3."],
        ),
        // A function word before the next number: not a list marker.
        (
            "3. The Fed raised rates by 4. Inflation eased.",
            &["3. The Fed raised rates by 4.", "Inflation eased."],
        ),
        // A company's suffix before a capitalised word.
        (
            "They sued Microsoft Corp. Analysts shrugged. Walt Disney Co. Chief Executive Bob Iger and Tesla Inc. CEO Elon Musk met.",
            &[
                "They sued Microsoft Corp.",
                "Analysts shrugged.",
                "Walt Disney Co. Chief Executive Bob Iger and Tesla Inc. CEO Elon Musk met.",
            ],
        ),
        // A headline without a final stop is still a sentence.
        (
            "Top U.S. general urges talks",
            &["Top U.S. general urges talks"],
        ),
    ];
    let mut wrong = Vec::new();
    for (text, expected) in table {
        let got = split(text);
        if got != *expected {
            wrong.push(format!(
                "{text:?}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} rows wrong:\n{}",
        wrong.len(),
        table.len(),
        wrong.join("\n")
    );
}

#[test]
fn long_tokens_and_long_runs_stay_linear() {
    let dots = "a.".repeat(200_000);
    assert_eq!(split(&dots).len(), 1);
    let spaces = format!("End.{}Next one.", " ".repeat(100_000));
    assert_eq!(split(&spaces).len(), 2);
    let glued = "word.Word ".repeat(100_000);
    assert_eq!(split(&glued).len(), 100_001);
    // A run without spaces is an address, however long: the check looks at a window.
    assert_eq!(split(&"word.Word".repeat(100_000)).len(), 1);
    let items = format!(
        "1. {}",
        (2..1_000).map(|n| format!("x {n}. ")).collect::<String>()
    );
    assert_eq!(split(&items).len(), 999);
    let clocks = format!("At{}5 p.m. Mr. X", " ".repeat(100_000)).repeat(10);
    assert!(!split(&clocks).is_empty());
    assert_eq!(split(&"‣ a ".repeat(100_000)).len(), 100_000);
}
