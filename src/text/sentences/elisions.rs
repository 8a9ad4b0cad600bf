//! Elisions set apart from the words around them — three spaced dots (`. . .`) or an
//! ellipsis in brackets (`[…]`, `[...]`, `(…)`) — and citations after a sentence's mark
//! (`1850.[1]`): what each says about a candidate cut.
//!
//! An elision marks words left out of a quotation, inside a sentence as often as at its
//! end (`the idea that I would . . . is`, `the agency […] Congress had ignored`), and editors
//! write the same mark both ways; so it is cut after only where the sentence plainly ended:
//! right before it (`close. […] We`, the elision then trailing that sentence), or where a
//! word capitalised only because it opens a sentence follows a word that can end one
//! (`everything […] The rest`, not `the thing is . . . I`, not `said: “. . . You`). Four
//! spaced dots are a full stop and an ellipsis, and end
//! a sentence before a capital like any full stop (`mod.rs`). A citation glued to a
//! sentence's mark (`1850.[1]`, `.[2][3]`, `.[citation needed]`) closes it, as a closing
//! quote does.
//!
//! Apart from `mod.rs` because these marks are read by their shape in a few characters
//! around the cut, not by the abbreviations and names the full-stop checks weigh. Every
//! look is bounded (a citation by [`MAX_CITATION`] characters, a run of them by
//! [`MAX_CITATIONS`], a word by the token window) except the walk back over the spaces and
//! closers between an elision and the word before it, which no other cut walks over: the
//! cost stays linear.

use super::words::{is_starter, listed, WANT_MORE};
use super::{is_closer, is_space, terminal, token_before};

/// Elisions that stand apart from the words around them: in brackets (`[…]`, `[...]`,
/// `(…)`), or three dots set off by spaces (`. . .`). Each as it opens; `. . .` also closes
/// the spaced one.
pub(super) const ELISIONS: &[&str] = &["[…", "[...", "[. . .", "(…", "(...", "(. . .", ". . ."];

/// The text before the elision that `body` (the text up to a candidate cut, closers set
/// aside) ends with, if it ends with one of [`ELISIONS`] — three spaced dots, not four,
/// which end a sentence.
pub(super) fn elided(body: &str) -> Option<&str> {
    if body.ends_with(". . . .") {
        return None;
    }
    ELISIONS.iter().find_map(|e| body.strip_suffix(e))
}

/// Whether an elision ends its sentence before a capitalised `word`; `prior` is the
/// paragraph up to the elision. Words left out inside a sentence are marked the same way
/// as words left out at its end (`the agency […] Congress had ignored`, `the thing is . . .
/// I didn’t`), so a copy editor cuts only where the sentence plainly ended: before the
/// elision (`close. […] We`, `“Why?” . . . “How?”`), or where a word that opens sentences
/// follows a word that can end one (`everything […] The rest`, not `is . . . I`). `I` is
/// capitalised wherever it stands, so its capital says nothing (`unlike my husband . . . I
/// have to`). An elision after an opening mark (`: “. . . You`) or opening its sentence is
/// part of what it opens.
pub(super) fn elision_ends(sentence_start: usize, prior: &str, word: &str) -> bool {
    let prior = prior.trim_end_matches(is_space);
    if prior.len() <= sentence_start {
        return false;
    }
    if mark_end(prior)
        .chars()
        .next_back()
        .is_some_and(|c| terminal(c).is_some())
    {
        return true;
    }
    let last = token_before(prior);
    !last.is_empty() && !listed(WANT_MORE, last) && word != "I" && is_starter(word)
}

/// Most citations set aside before a sentence's mark (`.[1][2][3]`); the walk back is
/// bounded by this.
const MAX_CITATIONS: usize = 8;
/// Longest citation in brackets: `[clarification needed]` fits.
const MAX_CITATION: usize = 32;

/// `before` (the text up to a candidate cut, spaces set aside) without what may follow its
/// last mark: closing quotes and brackets, and citations glued to it (`1850.[1]`).
pub(super) fn mark_end(before: &str) -> &str {
    let mut body = before;
    for _ in 0..MAX_CITATIONS {
        match uncited(body) {
            Some(rest) => body = rest,
            None => break,
        }
    }
    body.trim_end_matches(is_closer)
}

/// The characters a citation in brackets is written with: `[1]`, `[12, 14]`, `[3–5]`,
/// `[citation needed]`, `[who?]`, `[note 2]`.
fn is_citation_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '–' | '?')
}

/// The length of the citation `text` opens with (`[1]`, `[citation needed]`), if any.
pub(super) fn citation(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('[')?;
    let (end, close) = inner
        .char_indices()
        .take(MAX_CITATION)
        .find(|&(_, c)| !is_citation_char(c))?;
    (close == ']' && inner.starts_with(char::is_alphanumeric)).then_some(end + 2)
}

/// `text` without the citation glued after a mark at its end (`1850.[1]` → `1850.`,
/// `said.”[2]` → `said.”`), if it ends with one.
fn uncited(text: &str) -> Option<&str> {
    let inner = text.strip_suffix(']')?;
    let (open, c) = inner
        .char_indices()
        .rev()
        .take(MAX_CITATION)
        .find(|&(_, c)| !is_citation_char(c))?;
    let rest = &inner[..open];
    let glued = rest
        .chars()
        .next_back()
        .is_some_and(|m| terminal(m).is_some() || is_closer(m));
    (c == '[' && glued && inner[open + 1..].starts_with(char::is_alphanumeric)).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::super::sentences;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    /// Each row: a paragraph, then the sentences a careful copy editor would cut it into.
    #[test]
    fn elisions_cut_only_where_a_sentence_plainly_ended() {
        let table: &[(&str, &[&str])] = &[
            // Spaced and bracketed elisions: inside a sentence unless one plainly ended.
            (
                "He paused . . . Then the thing is . . . I didn’t go to . . . Smith.",
                &["He paused . . .", "Then the thing is . . . I didn’t go to . . . Smith."],
            ),
            (
                "“It was close. […] We tried everything […] The agency [...] Congress (…) Smith.”",
                &[
                    "“It was close. […]",
                    "We tried everything […]",
                    "The agency [...] Congress (…) Smith.”",
                ],
            ),
            (
                "She said: “. . . You know it. Unlike him . . . I can.” “Why?” . . . “How?”",
                &[
                    "She said: “. . . You know it.",
                    "Unlike him . . . I can.”",
                    "“Why?” . . .",
                    "“How?”",
                ],
            ),
            (
                "He left! . . . Then (...) he flew to […] The Hague.",
                &["He left! . . .", "Then (...) he flew to […] The Hague."],
            ),
            // Citations glued after the mark close the sentence.
            (
                "It was founded in 1850.[1] It grew.[2][3] It is in the U.S.[4] Army files.[who?] Yes.",
                &[
                    "It was founded in 1850.[1]",
                    "It grew.[2][3]",
                    "It is in the U.S.[4] Army files.[who?]",
                    "Yes.",
                ],
            ),
        ];
        for (text, expected) in table {
            assert_eq!(split(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn long_runs_of_elisions_and_citations_stay_linear() {
        assert_eq!(
            split(&format!("End.{} Next.", "[1]".repeat(100_000))).len(),
            2
        );
        assert_eq!(
            split(&format!("End.[{}] Next.", "a".repeat(100_000))).len(),
            1
        );
        assert_eq!(split(&"a . . . ".repeat(100_000)).len(), 1);
        assert_eq!(
            split(&"It ended. [...] The ".repeat(100_000)).len(),
            100_001
        );
        assert_eq!(split(&format!("x{}[…] The", ")".repeat(100_000))).len(), 1);
    }
}
