//! Hard-wrapped text joined back into paragraphs.
//!
//! E-mail, plain-text archives and some copy-pastes break every line at a fixed width
//! (70–80 characters) in the middle of sentences. Taken as written, each line would be a
//! paragraph and every line end a sentence end. A text counts as wrapped when most of its
//! long lines end close to one common width; then a line joins the next when the next
//! line's first word would not have fitted on it — the test a wrapping editor applies —
//! unless a blank line, a list item or a heading starts something new.
//!
//! Whatever the widths, a line that ends in a space before its line break, mid-sentence,
//! flows into a next line that goes on in lower case (`It was a cold ⏎ night in the city.`):
//! the soft line break of e-mail's `format=flowed` (RFC 3676), which pasted text keeps.

use std::ops::Range;

/// Lines shorter than this say nothing about a wrap width.
const LONG: usize = 40;
/// Widths beyond this are not hard wrapping but unwrapped paragraphs.
const MAX_WIDTH: usize = 100;
/// How far short of the width a wrapped line may end.
const SLACK: usize = 25;

/// Joins the hard-wrapped runs of `lines` (trimmed, non-blank, in order) into paragraphs.
pub fn join_wrapped(text: &str, lines: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let lengths: Vec<usize> = lines
        .iter()
        .map(|r| text[r.clone()].chars().count())
        .collect();
    let Some(width) = wrap_width(&lengths) else {
        return join_flowed(text, lines);
    };
    // Wrapping cuts sentences: most long lines end mid-sentence. Lines that each end a
    // sentence (quotations, list items, a poem of similar lines) are not wrapped.
    let long: Vec<&Range<usize>> = lines
        .iter()
        .zip(&lengths)
        .filter(|(_, &n)| n >= LONG)
        .map(|(r, _)| r)
        .collect();
    let open = long
        .iter()
        .filter(|r| !text[(**r).clone()].ends_with(['.', '!', '?', ':', '”', '"', '’', ')']))
        .count();
    if open * 2 < long.len() {
        return join_flowed(text, lines);
    }
    let mut out: Vec<Range<usize>> = Vec::with_capacity(lines.len());
    let mut previous: Option<(usize, usize)> = None; // (index into lines, length)
    for (i, line) in lines.iter().enumerate() {
        let joins = previous.is_some_and(|(p, len)| {
            let blank = line_breaks(&text[lines[p].end..line.start]) > 1;
            let next = &text[line.clone()];
            let first_word = next
                .split_whitespace()
                .next()
                .map_or(0, |w| w.chars().count());
            (!blank && len + 1 + first_word > width && !starts_block(next))
                || flows(text, &lines[p], line)
        });
        match out.last_mut() {
            Some(last) if joins => last.end = line.end,
            _ => out.push(line.clone()),
        }
        previous = Some((i, lengths[i]));
    }
    out
}

/// `lines` with each line that [`flows`] into the next joined to it.
fn join_flowed(text: &str, lines: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(lines.len());
    let mut previous: Option<Range<usize>> = None;
    for line in lines {
        match out.last_mut() {
            Some(last) if previous.as_ref().is_some_and(|p| flows(text, p, &line)) => {
                last.end = line.end;
            }
            _ => out.push(line.clone()),
        }
        previous = Some(line);
    }
    out
}

/// A soft line break: `line` ends mid-sentence with a space before one line break, and
/// `next` goes on in lower case. Or a broken line: a long `line` ends on a word in lower
/// case or a comma, and `next` goes on in lower case (`… setzte Fredy ⏎ hinzu.`) — no
/// paragraph, heading or list item ends so and has its next start so (a byline, `by John
/// Smith`, and an address, `https://…`, excepted).
fn flows(text: &str, line: &Range<usize>, next: &Range<usize>) -> bool {
    let gap = &text[line.end..next.start];
    let written = &text[line.clone()];
    let following = &text[next.clone()];
    let lower = following.chars().next().is_some_and(char::is_lowercase);
    if !lower || line_breaks(gap) != 1 {
        return false;
    }
    if gap.starts_with([' ', '\t']) {
        return !written.ends_with(['.', '!', '?', ':', ';', '…', '”', '"', ')']);
    }
    written.chars().count() >= LONG
        && written
            .chars()
            .next_back()
            .is_some_and(|c| c.is_lowercase() || c == ',')
        && !following.starts_with("by ")
        // A word, not an address (`https://…`, `www.…`).
        && following
            .split_whitespace()
            .next()
            .is_some_and(|w| w.trim_end_matches([',', '.', ';', ':', '!', '?']).chars().all(char::is_alphabetic))
}

/// Line breaks in the white space between two lines, a CRLF counting once.
fn line_breaks(gap: &str) -> usize {
    gap.chars().filter(|&c| super::is_line_end(c)).count() - gap.matches("\r\n").count()
}

/// The common width the long lines end at, if most of them end near it.
fn wrap_width(lengths: &[usize]) -> Option<usize> {
    let mut long: Vec<usize> = lengths.iter().copied().filter(|&n| n >= LONG).collect();
    if long.len() < 4 {
        return None;
    }
    crate::util::sort::sort(&mut long);
    // The 90th percentile, so a few over-long lines (a URL) do not set the width.
    let width = long[(long.len() * 9 / 10).min(long.len() - 1)];
    if width > MAX_WIDTH {
        return None;
    }
    let near = long
        .iter()
        .filter(|&&n| n + SLACK >= width && n <= width)
        .count();
    (near * 10 >= long.len() * 7).then_some(width)
}

/// A line that starts a new block even inside a wrapped run: a list item or a heading.
fn starts_block(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    super::is_bullet_token(first)
        || matches!(first, "—" | "#" | ">")
        || first.starts_with('#')
        || (first.len() <= 4
            && first.ends_with(['.', ')'])
            && first[..first.len() - 1].chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::text::Document;

    fn paragraphs(text: &str) -> Vec<&str> {
        Document::new(text)
            .paragraphs()
            .iter()
            .map(|r| &text[r.clone()])
            .collect()
    }

    const WRAPPED: &str = "\
Chairman of the Joint Chiefs of Staff Gen. Mark Milley said on Wednesday
that he sees an opportunity for negotiations between Russia and Ukraine
now that Moscow has announced its retreat from Kherson.

Milley thinks Russia is digging in for the winter and that the battle
lines won't change much over the next few months. He said lessons should
be learned from World War I.
- a list item that stays apart
- and another one

Short closing line.";

    #[test]
    fn wrapped_lines_join_into_their_paragraphs() {
        let got = paragraphs(WRAPPED);
        assert_eq!(got.len(), 5, "{got:#?}");
        assert!(got[0].starts_with("Chairman") && got[0].ends_with("from Kherson."));
        assert!(got[1].starts_with("Milley thinks") && got[1].ends_with("World War I."));
        assert_eq!(got[2], "- a list item that stays apart");
        // Sentences run across the joined line ends.
        let doc = Document::new(WRAPPED);
        let first = &doc.sentences()[0];
        assert!(WRAPPED[first.clone()].ends_with("from Kherson."));
    }

    #[test]
    fn wrapped_text_with_crlf_joins_too() {
        let crlf = WRAPPED.replace('\n', "\r\n");
        assert_eq!(paragraphs(&crlf).len(), 5);
        let mixed = WRAPPED.replace("\n\n", "\r\n\n");
        assert_eq!(paragraphs(&mixed).len(), 5);
    }

    #[test]
    fn lines_that_each_end_a_sentence_are_not_wrapped() {
        let text = "“We will appeal this ruling as soon as we possibly can,” the statement read.\n\
                    “Broadband is a necessity, not a luxury, for every family.” — Geoffrey Starks\n\
                    Geoffrey Starks wrote on Twitter: “The vote is a win for rural families.”\n\
                    Jane Smith, a doctor, said: “The ward is full and we are turning away.”";
        assert_eq!(paragraphs(text).len(), 4);
    }

    #[test]
    fn a_line_ending_in_a_space_flows_into_lower_case() {
        assert_eq!(
            paragraphs("It was a cold \nnight in the city.\nNext line"),
            ["It was a cold \nnight in the city.", "Next line"]
        );
        // No space, a capital, a finished sentence or a blank line: separate lines.
        for text in [
            "features\ncontact manager\nevents, activities",
            "It was a cold \nNight fell.",
            "It ended. \nthen another",
            "It was a cold \n\nnight",
        ] {
            assert!(paragraphs(text).len() > 1, "{text:?}");
        }
    }

    #[test]
    fn a_long_line_broken_mid_sentence_goes_on_in_lower_case() {
        let text =
            "»Besonders die Idee ist sehr sinnreich,« setzte Fredy\nhinzu. »Übrigens …«\nNext";
        assert_eq!(
            paragraphs(text),
            [
                "»Besonders die Idee ist sehr sinnreich,« setzte Fredy\nhinzu. »Übrigens …«",
                "Next"
            ]
        );
        // Short lines (menus, lists), a byline, a capital: separate lines.
        for text in [
            "features\ncontact manager",
            "Senate passes the long-awaited infrastructure bill\nby John Smith",
            "The U.S. Military Will Pay for Its Munition Shortage\nhttps://www.example.com/a",
            "A long line of the article that ends on a word in lower case\nNext paragraph",
        ] {
            assert!(paragraphs(text).len() > 1, "{text:?}");
        }
    }

    #[test]
    fn unwrapped_lines_stay_apart() {
        let text = "Top general urges talks\nMark Milley\nOops!\nSomething went wrong.\n\
                    A long paragraph that runs on well past any wrapping width a mail program would use, as pasted web text does.\n\
                    Another such paragraph, also long, also unwrapped, because the browser copied it as one line of text.";
        assert_eq!(paragraphs(text).len(), 6);
    }
}
