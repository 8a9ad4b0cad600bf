//! Sentence boundaries a copy editor would agree with.
//!
//! Candidates follow Unicode's sentence rules (UAX #29): a run of terminal marks, then any
//! closing quotes and brackets, then white space — so `3.5`, `U.S.A` and `example.com` are
//! never cut, and CJK full stops cut without a space. The scan is our own because the
//! `unicode-segmentation` sentence iterator takes quadratic time on long runs of spaces
//! (100,000 spaces after a full stop: over a minute), and a paste must never freeze the page.
//!
//! What Unicode cannot know is English usage, so a candidate is kept only where a reader
//! would cut: not after a title (`Gen. Mark Milley`), an initial (`Mark A. Milley`), an
//! abbreviation or dotted acronym followed by a word that does not open sentences
//! (`the U.S. Army`, `Nov. 10`, `Apple Inc. shares`), a list marker (`1.`), or any mark the
//! sentence goes on after in lower case (`“…abyss?” one official said`, `Yahoo! in`). An
//! ellipsis (`…`) followed by a capitalised word is a candidate too, and a French closing
//! guillemet set off by a space stays with its sentence.
//!
//! Every check looks at a bounded window around the candidate, so the cost stays linear in
//! the text however long its tokens or runs of spaces are.

use std::iter::Peekable;
use std::ops::Range;
use std::str::CharIndices;

/// Titles and abbreviations that stand before a name or a number: never a sentence's end.
/// Matched as written (see [`listed`]), so the word `art` is not `Art.`.
const NEVER_END: &[&str] = &[
    "Adm", "Amb", "Art", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Fig", "Figs", "Fr",
    "Gen", "Gens", "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Mlle", "Mme", "Mr", "Mrs", "Ms",
    "Msgr", "Mx", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Supt", "Vol",
    "approx", "cf", "e.g", "i.e", "p", "pp", "v", "vs",
];

/// Abbreviations that can end a sentence as well as sit inside one, matched as written.
const MAYBE_END: &[&str] = &[
    "Apr", "Aug", "Ave", "Blvd", "Bros", "Co", "Corp", "Dec", "Dept", "Feb", "Fri", "Inc", "Jan",
    "Jr", "Jul", "Jun", "LLC", "Ltd", "Mar", "Mon", "Mt", "No", "Nos", "Nov", "Oct", "Ph.D", "Rd",
    "Sat", "Sec", "Sep", "Sept", "Sr", "St", "Sun", "Thu", "Thurs", "Tue", "Tues", "Wed", "a.m",
    "al", "etc", "p.m",
];

/// Names that end in `!` and go on (`Yahoo! News`).
const BANG_NAMES: &[&str] = &["jeopardy", "yahoo"];

/// Capitalised words that commonly open a sentence: after an ambiguous abbreviation, one of
/// these says the abbreviation ended the sentence (`…in the U.S. The report…`).
const STARTERS: &[&str] = &[
    "a",
    "according",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "another",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "few",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "let",
    "many",
    "meanwhile",
    "more",
    "most",
    "my",
    "neither",
    "next",
    "no",
    "not",
    "now",
    "on",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "please",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "today",
    "two",
    "under",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "would",
    "yes",
    "yet",
    "you",
    "your",
];

/// Longest token looked at before a full stop; longer ones are ordinary words.
const MAX_TOKEN: usize = 24;

/// The sentences of one paragraph, trimmed, as byte ranges into `paragraph`.
pub fn sentences(paragraph: &str) -> Vec<Range<usize>> {
    let mut cuts = candidates(paragraph);
    // In order, so each candidate knows where its sentence started.
    let mut start = 0;
    cuts.retain(|&at| {
        let kept = keep(paragraph, start, at);
        if kept {
            start = at;
        }
        kept
    });
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for end in cuts.into_iter().chain(std::iter::once(paragraph.len())) {
        let end = guillemet_end(paragraph, start, end);
        if end <= start {
            continue;
        }
        if let Some(range) = super::trim(paragraph, start..end) {
            out.push(range);
        }
        start = end;
    }
    out
}

/// Where a sentence could start: after terminal marks, closers and white space.
fn candidates(paragraph: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut chars = paragraph.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let Some(mut wide) = terminal(c) else {
            continue;
        };
        let mut end = at + c.len_utf8();
        // A run of terminals (`?!`, `...`), the widest of them deciding.
        while let Some(&(i, d)) = chars.peek() {
            match terminal(d) {
                Some(w) => {
                    wide |= w;
                    end = i + d.len_utf8();
                    chars.next();
                }
                None => break,
            }
        }
        // A spaced ellipsis (`. . .`, `. . . .`) is one run too.
        while c == '.' && paragraph[end..].starts_with(" .") {
            chars.next();
            chars.next();
            end += 2;
        }
        eat_while(&mut chars, &mut end, is_closer);
        let spaced = eat_while(&mut chars, &mut end, is_space);
        let Some(&(_, next)) = chars.peek() else {
            break;
        };
        // `3.5`, `U.S.A`, `example.com`, `Yahoo!Finance` go on; so does `“Why?”, he asked`.
        if (spaced || wide) && !is_continuation(next) {
            cuts.push(end);
        }
    }
    cuts
}

/// Advances past the characters that satisfy `what`, moving `end` after them; true if any.
fn eat_while(chars: &mut Peekable<CharIndices>, end: &mut usize, what: fn(char) -> bool) -> bool {
    let mut ate = false;
    while let Some(&(i, d)) = chars.peek() {
        if !what(d) {
            break;
        }
        *end = i + d.len_utf8();
        ate = true;
        chars.next();
    }
    ate
}

/// `Some(wide)` for a mark that can end a sentence; wide marks (CJK) need no space after.
fn terminal(c: char) -> Option<bool> {
    match c {
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '؟' | '۔' | '।' | '॥' => {
            Some(false)
        }
        '。' | '！' | '？' | '｡' | '．' => Some(true),
        _ => None,
    }
}

/// Marks after which a sentence continues rather than starts (UAX #29's SContinue).
fn is_continuation(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '，' | '、' | '；' | '：')
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Closing quotes and brackets that may follow a terminal mark.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '“' | '»' | '«' | '›' | ')' | ']' | '}' | '」' | '』' | '）'
    )
}

/// Whether the candidate boundary at `at` (the start of the next sentence) is kept.
fn keep(paragraph: &str, sentence_start: usize, at: usize) -> bool {
    let before = paragraph[..at].trim_end_matches(is_space);
    let body = before.trim_end_matches(is_closer);
    let after = paragraph[at..].trim_start_matches(is_space);
    let Some(next) = after.chars().take(MAX_TOKEN).find(|c| c.is_alphanumeric()) else {
        return true;
    };
    // A sentence that goes on in lower case was not finished, whatever mark came before.
    if next.is_lowercase() {
        return false;
    }
    let Some(terminal) = body.chars().next_back() else {
        return true;
    };
    let next_word = first_word(after);
    match terminal {
        '!' => {
            let token = token_before(&body[..body.len() - 1]).to_lowercase();
            !BANG_NAMES.contains(&token.as_str()) || is_starter(next_word)
        }
        // An ellipsis cuts only before a capital: `… maybe not` goes on.
        '…' => next.is_uppercase(),
        '.' if body.ends_with("..") => next.is_uppercase(),
        // Spaced: three dots leave words out inside a sentence, a fourth ends it.
        '.' if body.ends_with(". .") => body.ends_with(". . . .") && next.is_uppercase(),
        '.' => keep_after_full_stop(paragraph, sentence_start, body, next, next_word),
        _ => true,
    }
}

fn keep_after_full_stop(
    paragraph: &str,
    sentence_start: usize,
    body: &str,
    next: char,
    next_word: &str,
) -> bool {
    let stem = &body[..body.len() - 1];
    let token = token_before(stem);
    if token.is_empty() || token.len() > MAX_TOKEN {
        return true;
    }
    // A list marker on its own (`1.`, `a.`, `iv.`) belongs to the item it numbers.
    let sentence = stem
        .get(sentence_start.min(stem.len())..)
        .unwrap_or("")
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '•' | '-' | '*' | '·'));
    if sentence == token && is_list_marker(token) && paragraph.len() > body.len() {
        return false;
    }
    if listed(NEVER_END, token) {
        return false;
    }
    let abbreviation = listed(MAYBE_END, token) || is_initial(token) || is_dotted(token);
    if !abbreviation {
        return true;
    }
    // `Nov. 10`, `No. 5`, `Mark A. Milley`, `the U.S. Army`: the abbreviation sits inside.
    !next.is_numeric() && is_starter(next_word)
}

/// Whether `token` is in `list` as written, or capitalised (`Vs.` opening a sentence), or in
/// capitals (`GEN.` in a shouted headline). The lists are ASCII (a test checks), so
/// capitals are ASCII capitals: no Unicode case tables needed.
fn listed(list: &[&str], token: &str) -> bool {
    if list.contains(&token) {
        return true;
    }
    let t = token.as_bytes();
    list.iter().any(|entry| {
        let upper = |(a, b): (u8, u8)| a.to_ascii_uppercase() == b;
        let e = entry.as_bytes();
        e.len() == t.len()
            && !e.is_empty()
            && upper((e[0], t[0]))
            && (e[1..] == t[1..]
                || e[1..]
                    .iter()
                    .copied()
                    .zip(t[1..].iter().copied())
                    .all(upper))
    })
}

/// The word-like token that ends `stem`: letters, digits and inner full stops.
fn token_before(stem: &str) -> &str {
    let mut start = stem.len();
    for (at, c) in stem.char_indices().rev().take(MAX_TOKEN + 1) {
        if c.is_alphanumeric() || c == '.' {
            start = at;
        } else {
            break;
        }
    }
    &stem[start..]
}

/// The letters that open `text`, after any opening quotes or brackets; empty when there is
/// no short word there.
fn first_word(text: &str) -> &str {
    let Some(start) = text
        .char_indices()
        .take(MAX_TOKEN)
        .find(|&(_, c)| c.is_alphanumeric())
        .map(|(at, _)| at)
    else {
        return "";
    };
    let word = &text[start..];
    match word
        .char_indices()
        .take(MAX_TOKEN + 1)
        .find(|&(_, c)| !c.is_alphabetic())
    {
        Some((end, _)) => &word[..end],
        None if word.chars().count() <= MAX_TOKEN => word,
        None => "",
    }
}

fn is_starter(word: &str) -> bool {
    word.len() <= 12 && STARTERS.contains(&word.to_lowercase().as_str())
}

/// A single capital letter: an initial, as in `Mark A. Milley` or `J. R. R. Tolkien`.
fn is_initial(token: &str) -> bool {
    let mut chars = token.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters separated by full stops: `U.S`, `U.K`, `e.g`, `a.m`.
fn is_dotted(token: &str) -> bool {
    token.contains('.')
        && token
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// `1`, `12`, `a`, `B`, `iv`: what numbers a list item.
fn is_list_marker(token: &str) -> bool {
    (token.len() <= 3 && token.chars().all(|c| c.is_ascii_digit()))
        || (token.chars().count() == 1 && token.chars().all(char::is_alphabetic))
        || (token.len() <= 4 && token.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
}

/// French spacing sets the closing guillemet apart (`« Bonjour. » Puis`): Unicode cuts
/// before it, but it belongs to the sentence it closes, when that sentence opened one.
fn guillemet_end(paragraph: &str, start: usize, end: usize) -> usize {
    let rest = &paragraph[end..];
    let trimmed = rest.trim_start_matches(is_space);
    if !trimmed.starts_with('»') {
        return end;
    }
    let sentence = &paragraph[start..end];
    let open = sentence.matches('«').count();
    let closed = sentence.matches('»').count();
    if open > closed {
        end + (rest.len() - trimmed.len()) + '»'.len_utf8()
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_lists_are_ascii_so_capitals_are_ascii_capitals() {
        assert!(NEVER_END
            .iter()
            .chain(MAYBE_END)
            .all(|e| e.is_ascii() && !e.is_empty()));
        assert!(listed(NEVER_END, "GEN") && listed(NEVER_END, "Vs") && !listed(NEVER_END, "GeN"));
    }

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
    }
}
