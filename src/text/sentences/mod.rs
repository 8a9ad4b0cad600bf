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
//! Spaced and bracketed elisions (`. . .`, `[…]`) and citations after a mark (`1850.[1]`)
//! are weighed in `elisions.rs`.
//!
//! A few cuts Unicode does not offer: before each item of a list run into one paragraph
//! (`1.) One 2.) Two`, `a. One b. Two`, `⁃9. One ⁃10. Two`, `‣ One ‣ Two`; the bullets are
//! the text module's one list, which paragraphs and junk read too), and at a full stop
//! missing its space (`world.Today`), unless it is part of an address or an abbreviation.
//! A clock time ends a sentence before a capitalised word (`at 6 P.M. Mr. Smith`) but a
//! time zone, a day or a date, unless it describes a noun (`a 10 a.m. Senate hearing`) or
//! ends an opening phrase (`At 5 a.m. Mr. Smith`); a company's suffix ends one before any
//! capitalised word but a job title (`Microsoft Corp. Analysts`, not `Tesla Inc. CEO`).
//!
//! Every check looks at a bounded window around the candidate, so the cost stays linear in
//! the text however long its tokens or runs of spaces are.
//!
//! This file finds the candidates and keeps or drops each; the word lists those checks ask
//! are in `words.rs`, what elisions and citations say about a cut in `elisions.rs`, the cuts
//! between the items of a run-in list in `lists.rs`, and the row-by-row table in `tests.rs`.

use std::iter::Peekable;
use std::ops::Range;
use std::str::CharIndices;

use crate::util::lower;

mod elisions;
mod lists;
mod words;

use elisions::{citation, elided, elision_ends, mark_end, ELISIONS};
use lists::list_items;
pub(crate) use words::{is_abbreviation, is_name_abbreviation};
use words::{
    is_clock_follower, is_job_title, is_starter, listed, BANG_NAMES, COMPANY, DETERMINERS,
    MAYBE_END, NEVER_END, OPENERS,
};

/// Longest token looked at before a full stop; longer ones are ordinary words.
const MAX_TOKEN: usize = 24;

/// The sentences of one paragraph, trimmed, as byte ranges into `paragraph`.
pub fn sentences(paragraph: &str) -> Vec<Range<usize>> {
    let candidates = candidates(paragraph);
    let items = list_items(paragraph);
    // In order, so each candidate knows where its sentence started; a list item's start is
    // always a cut.
    let mut cuts = Vec::with_capacity(candidates.len() + items.len());
    let (mut c, mut i) = (0, 0);
    let mut start = 0;
    while c < candidates.len() || i < items.len() {
        let item = items.get(i).copied();
        let candidate = candidates.get(c).copied();
        let (at, forced) = match (candidate, item) {
            (Some(a), Some(b)) if a == b => {
                c += 1;
                i += 1;
                (a, true)
            }
            (Some(a), Some(b)) if b < a => {
                i += 1;
                (b, true)
            }
            (Some(a), _) => {
                c += 1;
                (a, false)
            }
            (None, Some(b)) => {
                i += 1;
                (b, true)
            }
            (None, None) => break,
        };
        if forced || keep(paragraph, start, at) {
            cuts.push(at);
            start = at;
        }
    }
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
        let single_stop = c == '.' && end == at + 1;
        eat_while(&mut chars, &mut end, is_closer);
        // Citations glued to the mark (`1850.[1]`, `quickly.[2][3]`, `.[citation needed]`)
        // close its sentence, as a closing quote does.
        while let Some(len) = citation(&paragraph[end..]) {
            end += len;
            while chars.next_if(|&(i, _)| i < end).is_some() {}
        }
        let spaced = eat_while(&mut chars, &mut end, is_space);
        let Some(&(_, next)) = chars.peek() else {
            break;
        };
        // `3.5`, `U.S.A`, `example.com`, `Yahoo!Finance` go on; so does `“Why?”, he asked`.
        // A lone full stop glued to a capital (`world.Today`) is weighed in `keep`.
        let glued = single_stop && end == at + 1 && next.is_uppercase();
        if (spaced || wide || glued) && !is_continuation(next) {
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
    let body = mark_end(before);
    let after = paragraph[at..].trim_start_matches(is_space);
    let Some(next) = after.chars().take(MAX_TOKEN).find(|c| c.is_alphanumeric()) else {
        return true;
    };
    // A sentence that goes on in lower case was not finished, whatever mark came before.
    if next.is_lowercase() {
        return false;
    }
    // `close. […] We`: an elision after a finished sentence trails it; the cut comes after.
    if ELISIONS.iter().any(|e| after.starts_with(e)) {
        return false;
    }
    let Some(terminal) = body.chars().next_back() else {
        return true;
    };
    let next_word = first_word(after);
    if let Some(prior) = elided(body) {
        return next.is_uppercase() && elision_ends(sentence_start, prior, next_word);
    }
    match terminal {
        '!' => {
            let token = lower(token_before(&body[..body.len() - 1]));
            !BANG_NAMES.contains(&token.as_str()) || is_starter(next_word)
        }
        // An ellipsis cuts only before a capital: `… maybe not` goes on.
        '…' => next.is_uppercase(),
        '.' if body.ends_with("..") => next.is_uppercase(),
        // Spaced, a fourth dot ends the sentence (three are an elision, above).
        '.' if body.ends_with(". .") => body.ends_with(". . . .") && next.is_uppercase(),
        '.' if before.len() == at => glued_stop(body, sentence_start, after, next_word),
        '.' => keep_after_full_stop(paragraph, sentence_start, body, after, next, next_word),
        _ => true,
    }
}

fn keep_after_full_stop(
    paragraph: &str,
    sentence_start: usize,
    body: &str,
    after: &str,
    next: char,
    next_word: &str,
) -> bool {
    let stem = &body[..body.len() - 1];
    // The sentence so far: a token never reaches back across the previous cut
    // (`Tuesday.Mr. Smith` was cut before `Mr`).
    let sentence = stem.get(sentence_start.min(stem.len())..).unwrap_or("");
    // `N°. 5`: the numero sign is an abbreviation of `number` with the `o` raised.
    if sentence.ends_with(['°', 'º']) && token_before(&sentence[..sentence.len() - 2]) == "N" {
        return false;
    }
    let token = token_before(sentence);
    if token.is_empty() || token.len() > MAX_TOKEN {
        return true;
    }
    // A list marker on its own (`1.`, `a.`, `iv.`) belongs to the item it numbers.
    let item = sentence.trim_start_matches(|c: char| c.is_whitespace() || super::is_bullet(c));
    if item == token && is_list_marker(token) && paragraph.len() > body.len() {
        return false;
    }
    if listed(NEVER_END, token) {
        return false;
    }
    let abbreviation = listed(MAYBE_END, token) || is_initial(token) || is_dotted(token);
    if !abbreviation {
        return true;
    }
    if next.is_numeric() {
        // `Nov. 10`, `No. 5`: the abbreviation sits inside.
        return false;
    }
    if is_clock(token) {
        return clock_ends(&sentence[..sentence.len() - token.len()], after, next_word);
    }
    // `…a deal with Microsoft Corp. Analysts expect more`: a company's suffix is followed in
    // its sentence by lower case, a number or a job title (`Walt Disney Co. Chief
    // Executive`, `Tesla Inc. CEO`), so another capitalised word starts a new one.
    if listed(COMPANY, token) {
        return !is_job_title(next_word);
    }
    // `Mark A. Milley`, `the U.S. Army`: a capitalised word after an abbreviation is more
    // often a name going on than a new sentence, unless it is a word that opens sentences.
    is_starter(next_word)
}

/// A full stop with no space after it, before a capital (`world.Today`, `1,000.That`): a
/// missing space, unless the dot is part of an address (`Jane.Doe@example.com`,
/// `www.Example.com`), an abbreviation (`Mr.Smith`) or a name (`ASP.NET`).
fn glued_stop(body: &str, sentence_start: usize, after: &str, next_word: &str) -> bool {
    let stem = &body[..body.len() - 1];
    let sentence = stem.get(sentence_start.min(stem.len())..).unwrap_or("");
    let token = token_before(sentence);
    let mut letters = next_word.chars();
    // The next word reads as a word: a capital, then lower case (`Today`, `Mr`, not `NET`).
    if !matches!((letters.next(), letters.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
    {
        return false;
    }
    // The word before ends in lower case (not an initial or acronym), or is a number.
    let word = token.chars().all(char::is_alphabetic)
        && token.chars().count() >= 2
        && token.chars().next_back().is_some_and(char::is_lowercase);
    let number = !token.is_empty() && token.chars().all(|c| c.is_ascii_digit());
    if !(word || number) || listed(NEVER_END, token) || listed(MAYBE_END, token) {
        return false;
    }
    // Neither side is part of an address: no `@`, `/` or `:` in the run of text without
    // spaces, and no further dot inside the next run.
    let before_run: String = sentence
        .chars()
        .rev()
        .take(MAX_TOKEN)
        .take_while(|c| !c.is_whitespace())
        .collect();
    let after_run: Vec<char> = after
        .chars()
        .take(MAX_TOKEN)
        .take_while(|c| !c.is_whitespace())
        .collect();
    let address = |c: &char| matches!(c, '@' | '/' | ':' | '\\' | '_' | '=' | '(' | '#');
    let inner_dot = after_run
        .windows(2)
        .any(|w| w[0] == '.' && w[1].is_alphanumeric());
    !before_run.chars().any(|c| address(&c)) && !after_run.iter().any(address) && !inner_dot
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

/// `a.m`, `P.M`: a clock time.
fn is_clock(token: &str) -> bool {
    token.eq_ignore_ascii_case("a.m") || token.eq_ignore_ascii_case("p.m")
}

/// Whether a clock time (`… 6 P.M.`) ends its sentence before the capitalised `word` that
/// opens `after`; `before` is the sentence up to the time's `a.m.`/`p.m.`. Within its
/// sentence a time is followed by a time zone, a day or a date (`10 a.m. Eastern time`,
/// `5 p.m. ET Friday`, `3 p.m. Moscow time`), or stands before the noun it describes
/// (`a 10 a.m. Senate hearing`), or ends an opening phrase (`At 5 a.m. Mr. Smith went`);
/// any other capitalised word starts a new sentence (`…at 6 P.M. Mr. Smith then went`,
/// `…at 2 p.m. President Biden left`).
fn clock_ends(before: &str, after: &str, word: &str) -> bool {
    if is_starter(word) {
        return true;
    }
    let upper = word.chars().all(char::is_uppercase);
    // `word` opens `after` within a few characters, so finding it is bounded.
    let rest = after.find(word).map_or("", |at| &after[at + word.len()..]);
    let second = first_word(rest.trim_start_matches(|c: char| !c.is_alphanumeric()));
    let zone = upper
        || is_clock_follower(word)
        || listed(MAYBE_END, word)
        || second.eq_ignore_ascii_case("time");
    !(zone || is_attributive(before) || is_opening_phrase(before))
}

/// Whether the number a clock time ends (`before` ends with it) follows a determiner:
/// `a 10`, `the 7:30`, `Monday’s 9`. The time then describes the noun after it.
fn is_attributive(before: &str) -> bool {
    let rest = before.trim_end_matches(is_space);
    let number = rest.trim_end_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
    if number.len() == rest.len() || rest.len() - number.len() > 8 {
        return false;
    }
    let word = token_before(number.trim_end_matches(is_space));
    let possessive = number.trim_end_matches(is_space).ends_with(['’', '\'']);
    possessive || listed(DETERMINERS, word)
}

/// A short phrase of time or place with nothing else before it: `At 5`, `By 10`.
fn is_opening_phrase(sentence: &str) -> bool {
    if sentence.len() > 60 {
        return false;
    }
    let sentence = sentence.trim();
    if sentence.len() > 40 {
        return false;
    }
    let mut words = sentence.split_whitespace();
    let first = lower(words.next().unwrap_or(""));
    OPENERS.contains(&first) && words.count() <= 3
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
mod tests;
