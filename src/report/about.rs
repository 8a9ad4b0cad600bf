//! What a pasted page says about itself: its headline, the date it states, and the address
//! and outlet it came from — the names people give an article ("the Reuters piece of
//! 10 November"), which the page and the exports use instead of "Article 5".
//!
//! Only the top of a page is read (its first [`LEAD`] paragraphs, headings and page
//! furniture): a date or a link in the body is what the story is about, not the story's own.

use crate::text::{Class, Document};

/// Paragraphs from the top searched for a headline, a date or an address.
const LEAD: usize = 15;
/// Longest headline taken: a longer first line is a paragraph, not a title.
const MAX_TITLE: usize = 220;

/// An article's own name, date and origin, as far as its text states them.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct About {
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub url: Option<String>,
    /// The host of `url`, without `www.`.
    pub outlet: Option<String>,
}

/// What `doc` (the reader's view of `original`) says about itself.
#[inline(never)]
pub(crate) fn about(original: &str, doc: &Document) -> About {
    let lead = || {
        doc.paragraphs()
            .iter()
            .zip(doc.verdicts())
            .take(LEAD)
            .map(|(r, v)| (doc.text()[r.clone()].trim(), v.class))
    };
    let title = first(doc, Class::Heading)
        .or_else(|| first(doc, Class::Content))
        .map(|text| text.trim_start_matches('#').trim())
        .filter(|t| looks_like_title(t))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
    // A date in page furniture (a dateline, a byline) or a heading, not in the story.
    let date = lead()
        .filter(|(_, class)| *class != Class::Content)
        .find_map(|(text, _)| date(text));
    // An address above the story's second paragraph: below, links are what it cites.
    let top = doc
        .paragraphs()
        .iter()
        .zip(doc.verdicts())
        .take(LEAD)
        .filter(|(_, v)| v.class == Class::Content)
        .nth(1)
        .map_or(
            crate::text::floor_char_boundary(original, 2000),
            |(r, _)| doc.original_outer(r.clone()).start,
        );
    let url = original[..top]
        .lines()
        .find_map(|line| line_url(line.trim()));
    let outlet = url.as_deref().and_then(host);
    About {
        title,
        date,
        url,
        outlet,
    }
}

/// The text of `doc`'s first paragraph of `class` near the top, if it is one sentence (a
/// first line of prose is a headline only then). A function, not a closure: called twice,
/// its code is in the module once.
#[inline(never)]
fn first<'d>(doc: &'d Document<'_>, class: Class) -> Option<&'d str> {
    doc.paragraphs()
        .iter()
        .zip(doc.verdicts())
        .take(LEAD)
        .find(|(_, v)| v.class == class)
        .filter(|(r, _)| {
            doc.sentences()
                .iter()
                .filter(|s| r.contains(&s.start))
                .count()
                <= 1
        })
        .map(|(r, _)| doc.text()[r.clone()].trim())
}

/// A headline: a short line that is not a finished sentence of prose.
fn looks_like_title(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (2..=40).contains(&words)
        && text.len() <= MAX_TITLE
        && !text.ends_with(['.', ',', ';', ':'])
        && text.chars().any(char::is_alphabetic)
}

/// A line that is an address, alone or after a label (`Source: https://…`).
fn line_url(line: &str) -> Option<String> {
    let at = line.find("https://").or_else(|| line.find("http://"))?;
    let label = line[..at].trim().trim_end_matches(':').trim();
    if label.split_whitespace().count() > 2 {
        return None;
    }
    // Up to the first space or closing mark: a slice, not a string built char by char.
    let rest = &line[at..];
    let url = rest
        .find(|c: char| c.is_whitespace() || "<>\"')]".contains(c))
        .map_or(rest, |end| &rest[..end]);
    host(url).map(|_| url.to_string())
}

/// `example.com` of `https://www.example.com/path`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (host.contains('.') && !host.starts_with('.')).then(|| host.to_ascii_lowercase())
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The month a word names (`November`, `Nov`, `Sept`), 1 to 12.
fn month(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let n = MONTHS.iter().position(|m| w.starts_with(m))?;
    (full[n].starts_with(&w) || w == "sept").then_some(n as u32 + 1)
}

/// The first full date stated in `text`: `November 13, 2022`, `10 November 2022`,
/// `Nov. 13, 2022` or `2022-11-13`, as `YYYY-MM-DD`.
fn date(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let day = |w: &str| number_in(w, 1..=31);
    let year = |w: &str| number_in(w, 1900..=2100).filter(|_| w.len() == 4);
    for (i, w) in words.iter().enumerate() {
        let next = |k: usize| words.get(i + k).copied().unwrap_or("");
        if let Some(m) = month(w) {
            if let (Some(d), Some(y)) = (day(next(1)), year(next(2))) {
                return Some(iso(y, m, d));
            }
        }
        if let (Some(d), Some(m), Some(y)) = (day(w), month(next(1)), year(next(2))) {
            return Some(iso(y, m, d));
        }
        let parts: Vec<&str> = w.split('-').collect();
        if let [y, m, d] = parts[..] {
            // `2023-01-05` or `2023-01-05T10`: the day is two digits, a time may follow.
            let d = d
                .get(..2)
                .filter(|_| d.len() == 2 || d[2..].starts_with('T'));
            if let (Some(y), Some(m), Some(d)) = (year(y), number_in(m, 1..=12), d.and_then(day)) {
                if parts[1].len() == 2 {
                    return Some(iso(y, m, d));
                }
            }
        }
    }
    None
}

/// `w` as a number within `range`, when it is ASCII digits alone: what `str::parse::<u32>`
/// reads of these words, which hold no sign, without its code inlined at each use.
#[inline(never)]
fn number_in(w: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    if w.is_empty() {
        return None;
    }
    let n = w.bytes().try_fold(0u32, |n, b| {
        b.is_ascii_digit()
            .then(|| n.checked_mul(10)?.checked_add(u32::from(b - b'0')))
            .flatten()
    })?;
    range.contains(&n).then_some(n)
}

/// `YYYY-MM-DD` of a year of four digits, a month and a day: as `format!("{y:04}-{m:02}-{d:02}")`
/// writes them, without padded formatting in the module.
fn iso(y: u32, m: u32, d: u32) -> String {
    let mut out = String::with_capacity(10);
    for (value, digits) in [(y, 4), (m, 2), (d, 2)] {
        if !out.is_empty() {
            out.push('-');
        }
        for k in (0..digits).rev() {
            out.push(char::from(b'0' + (value / 10u32.pow(k) % 10) as u8));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(text: &str) -> About {
        about(text, &Document::new(text))
    }

    #[test]
    fn the_headline_is_the_first_heading_or_a_short_first_line() {
        let body = "Gen. Mark Milley said on Wednesday that the two sides should talk, and \
                    that the winter would give them the time to do it, as he told a club.";
        assert_eq!(
            of(&format!("# Milley urges talks\n\n{body}"))
                .title
                .as_deref(),
            Some("Milley urges talks")
        );
        assert_eq!(
            of(&format!(
                "Top U.S. general urges talks, advisers resist\n\n{body}"
            ))
            .title
            .as_deref(),
            Some("Top U.S. general urges talks, advisers resist")
        );
        // An article that starts with its story has no headline to give.
        assert_eq!(of(body).title, None);
        assert_eq!(
            of("Milley spoke on Wednesday. “Seize it,” he said! 👍🏽\n\nMore.").title,
            None
        );
    }

    #[test]
    fn the_date_is_read_from_the_top_of_the_page_not_the_story() {
        let story = "Milley spoke on November 9, 2022 to the Economic Club of New York, \
                     where he said the two sides should seize the moment.";
        let dated = format!(
            "Milley urges talks\n\nBy Dave DeCamp\n\nGlobal Research, November 13, 2022\n\n{story}"
        );
        assert_eq!(of(&dated).date.as_deref(), Some("2022-11-13"));
        assert_eq!(
            date("Antiwar.com 10 November 2022").as_deref(),
            Some("2022-11-10")
        );
        assert_eq!(
            date("Posted Nov. 3, 2021 at noon").as_deref(),
            Some("2021-11-03")
        );
        assert_eq!(
            date("Updated 2023-01-05T10:00").as_deref(),
            Some("2023-01-05")
        );
        assert_eq!(date("May the force be with you 2022"), None);
        assert_eq!(of(&format!("Milley urges talks\n\n{story}")).date, None);
    }

    #[test]
    fn the_address_and_outlet_come_from_a_line_that_is_a_link() {
        let page = "Source: https://www.example-news.com/world/milley-talks?ref=x\n\nMilley urges talks\n\nMilley said it.";
        let about = of(page);
        assert_eq!(
            about.url.as_deref(),
            Some("https://www.example-news.com/world/milley-talks?ref=x")
        );
        assert_eq!(about.outlet.as_deref(), Some("example-news.com"));
        // A link inside a sentence is what the story cites, not where it is from.
        let cited = "Milley urges talks\n\nThe full speech, as the club published it at https://club.example.org/talk, ran long.";
        assert_eq!(of(cited).url, None);
    }
}
