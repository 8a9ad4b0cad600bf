//! Page junk: which paragraphs a reader skips.
//!
//! Pasted pages carry more than the article: "Oops! Something went wrong.", share and
//! newsletter prompts, bylines, photo captions and credits, link lists, copyright footers.
//! Left in, they inflate word counts and make unrelated articles from one site look alike.
//! Each paragraph is judged on the evidence boilerplate detectors such as jusText and
//! boilerpipe use — its length, its density of function words, how much of it is links,
//! whether it repeats, where it stands — together with the phrases such junk is made of.
//! Junk is reported, never removed: offsets still point into the text as given.
//!
//! This file measures each paragraph and judges it; the phrases junk is made of, and the
//! search for them in a paragraph's key, are in `phrases.rs`.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::stopwords::is_stopword;
use super::View;
use crate::util::FastMap;

mod phrases;
mod thread;

use phrases::{
    begins_one_of, key_of, labelled, lists_in, AGENCIES, AGENCY_INITIALS, BYLINE_START,
    CREDIT_START, FOOTER, FOOTER_EXACT, INTERFACE_EXACT, INTERFACE_START, LINK_LABELS, MONTHS,
    MONTH_INITIALS,
};

/// What a paragraph is to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    /// The article's prose.
    Content,
    /// A headline or section heading.
    Heading,
    /// Not the article; see [`Junk`] for why.
    Junk,
}

/// Why a paragraph is junk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Junk {
    /// Navigation and interface strings: "Continue reading", "Read also: …", error messages.
    Interface,
    /// Share, follow, subscribe, newsletter and donation prompts.
    Prompt,
    /// Author lines, author biographies, datelines.
    Byline,
    /// Photo captions and credits.
    Caption,
    /// Copyright, disclaimer and source footers.
    Footer,
    /// Lists of links, tags, categories; a bare URL.
    Links,
    /// A short line repeated in the same page.
    Repeated,
    /// A short fragment with no prose in it: a name, a label, a lone symbol.
    Fragment,
    /// Reader comments under the article, and the lines a comment system prints around
    /// them (`Reply`, `2 hours ago`, `12 Comments`).
    Comment,
}

/// How one paragraph was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub class: Class,
    pub junk: Option<Junk>,
}

impl Verdict {
    const CONTENT: Verdict = Verdict {
        class: Class::Content,
        junk: None,
    };
    const HEADING: Verdict = Verdict {
        class: Class::Heading,
        junk: None,
    };
    fn junk(why: Junk) -> Verdict {
        Verdict {
            class: Class::Junk,
            junk: Some(why),
        }
    }
}

/// Judges each paragraph of `text`, given its words (`words`, in order) and how many of
/// them each paragraph holds.
pub fn classify(
    view: &View,
    paragraphs: &[Range<usize>],
    words: &[Range<usize>],
    paragraph_words: &[usize],
    language: Option<crate::lang::Lang>,
) -> Vec<Verdict> {
    let text = view.text();
    let links = view.links();
    let mut l = 0;
    let mut w = 0;
    let seen: Vec<Seen> = paragraphs
        .iter()
        .zip(paragraph_words)
        .map(|(r, &n)| {
            // Links and paragraphs are both in order: one walk finds each paragraph's links.
            let mut link_chars = 0;
            while l < links.len() && links[l].end <= r.end {
                if links[l].start >= r.start {
                    link_chars += text[links[l].clone()]
                        .chars()
                        .filter(|c| !c.is_whitespace())
                        .count();
                }
                l += 1;
            }
            let own = words[w..w + n].iter().map(|w| &text[w.clone()]);
            w += n;
            Seen::new(&text[r.clone()], own, link_chars, view.is_heading(r.start))
        })
        .collect();
    let mut copies: FastMap<&str, usize> = FastMap::default();
    for s in &seen {
        if s.words <= 12 && !s.key.is_empty() {
            *crate::util::slot(&mut copies, s.key.as_str()) += 1;
        }
    }
    let mut out = Vec::with_capacity(seen.len());
    let mut heading_found = false;
    for (i, s) in seen.iter().enumerate() {
        let next = seen.get(i + 1);
        let previous = i.checked_sub(1).map(|p| &seen[p]);
        let repeated = copies.get(s.key.as_str()).is_some_and(|&n| n > 1);
        let verdict = judge(s, previous, next, repeated, heading_found);
        heading_found |= verdict.class != Class::Junk;
        out.push(verdict);
    }
    thread::mark(
        text,
        paragraphs,
        words,
        paragraph_words,
        &seen,
        &mut out,
        language.map(crate::lang::Lang::lexicon),
    );
    out
}

/// What the classifier sees of a paragraph: its reader's text, and measurements.
struct Seen {
    /// Lower case, markup and surrounding punctuation removed, spaces collapsed.
    key: String,
    words: usize,
    stopwords: usize,
    /// Names a photo agency or a credit label.
    credited: bool,
    /// Holds a month name and a year.
    dated: bool,
    /// Share of visible characters that are link text or URLs.
    link_density: f64,
    /// Ends with `.`, `!`, `?`, `:`, `;` or `,` (a list item), or a closing quote after one.
    terminated: bool,
    markdown_heading: bool,
    raw_start: char,
    /// Ends with a quotation mark; opens with a dash (or a hyphen as one).
    quoted_end: bool,
    dashed: bool,
    /// [`Seen::searched`], once asked.
    found: std::cell::OnceCell<[bool; 4]>,
}

impl Seen {
    /// `words` are the paragraph's words: none lies in the bullets and quote marks left out
    /// of what is visible, which never join a word.
    fn new<'w>(
        paragraph: &str,
        words: impl ExactSizeIterator<Item = &'w str>,
        link_chars: usize,
        markdown_heading: bool,
    ) -> Seen {
        let visible = paragraph
            .trim_start_matches(|c: char| matches!(c, '>' | ' ' | '\t') || super::is_bullet(c));
        // Bare URLs count as links too. (Most paragraphs hold none: one cheap look first, by
        // the standard library's substring search, which skips along faster than a walk.)
        let maybe_url = visible.contains("http") || visible.contains("www.");
        let link_chars = link_chars
            + if maybe_url {
                visible
                    .split_whitespace()
                    .filter(|w| {
                        w.starts_with("http://")
                            || w.starts_with("https://")
                            || w.starts_with("www.")
                    })
                    .map(|w| w.chars().count())
                    .sum::<usize>()
            } else {
                0
            };
        let (mut words_seen, mut stopwords) = (0, 0);
        // Function words only matter to short paragraphs (see `judge`).
        let count_stopwords = words.len() <= 5;
        let (mut credited, mut month, mut year) = (false, false, false);
        let mut previous = "";
        for w in words {
            words_seen += 1;
            stopwords += usize::from(count_stopwords && is_stopword(w));
            // "AP" alone is also a word; as a credit it comes before "Photo". (Lengths first:
            // most words are none of these.)
            credited = credited
                || (3..=12).contains(&w.len())
                    && (begins_one_of(AGENCY_INITIALS, w)
                        && AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(w))
                        || (previous.eq_ignore_ascii_case("ap")
                            && w.eq_ignore_ascii_case("photo")));
            month = month
                || (3..=9).contains(&w.len())
                    && begins_one_of(MONTH_INITIALS, w)
                    && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w));
            year |=
                w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit());
            previous = w;
        }

        let (key, chars) = key_of(visible);
        let chars = chars.max(1);
        let end = visible.trim_end_matches(|c: char| c.is_whitespace() || "”’\"')*".contains(c));
        Seen {
            stopwords,
            link_density: link_chars as f64 / chars as f64,
            terminated: end.ends_with(['.', '!', '?', ':', ';', ',', '…', '。']),
            markdown_heading,
            raw_start: visible.chars().next().unwrap_or(' '),
            quoted_end: visible
                .trim_end()
                .ends_with(['"', '”', '’', '\'', '»', '“']),
            dashed: paragraph.trim_start().starts_with(['-', '—', '–']),
            words: words_seen,
            credited: credited || labelled(&key) || key.contains("ap/"),
            found: std::cell::OnceCell::new(),
            dated: month && year,
            key,
        }
    }

    fn starts(&self, prefixes: &[&str]) -> bool {
        prefixes.iter().any(|p| self.key.starts_with(p))
    }

    /// Whether the key holds a phrase of each of [`SEARCHED`], found once when first asked.
    fn searched(&self) -> [bool; 4] {
        *self.found.get_or_init(|| lists_in(&self.key))
    }

    fn stopword_density(&self) -> f64 {
        self.stopwords as f64 / self.words.max(1) as f64
    }
}

/// The most words of a paragraph that a prompt's word also used by news prose (`donate`,
/// `sign up`, `comment on`) makes a prompt.
const PROMPT_WORDS_MAX: usize = 20;

fn judge(
    s: &Seen,
    previous: Option<&Seen>,
    next: Option<&Seen>,
    repeated: bool,
    heading_found: bool,
) -> Verdict {
    let n = s.words;
    if n == 0 {
        return Verdict::junk(Junk::Fragment);
    }
    // Word counts first: they rule out long paragraphs before any phrase is searched.
    if (n <= 80 && s.searched()[0])
        || (n <= 200 && s.starts(FOOTER))
        || FOOTER_EXACT.contains(&s.key.as_str())
    {
        return Verdict::junk(Junk::Footer);
    }
    if INTERFACE_EXACT.contains(&s.key.as_str()) || (n <= 25 && s.starts(INTERFACE_START)) {
        return Verdict::junk(Junk::Interface);
    }
    // (Not a paragraph quoting someone: `“…,” said Jon Ralston, who runs a Nevada politics
    // newsletter.`)
    let quoting = || s.key.contains(['"', '“', '”', '«', '»', '„']);
    if ((n <= 60 && s.searched()[1]) || (n <= PROMPT_WORDS_MAX && s.searched()[3])) && !quoting() {
        return Verdict::junk(Junk::Prompt);
    }
    if (n <= 10 && s.starts(BYLINE_START))
        || (n <= 40 && (s.searched()[2] || (!s.terminated && s.starts(CREDIT_START))))
        || is_dateline(s)
    {
        return Verdict::junk(Junk::Byline);
    }
    if s.link_density > 0.5 || (n <= 30 && s.starts(LINK_LABELS)) {
        return Verdict::junk(Junk::Links);
    }
    if is_caption(s, previous, next) {
        return Verdict::junk(Junk::Caption);
    }
    // (A quotation's signature is no page furniture, however often a fact-check signs with
    // it: `"…"` / `- Sanders.`)
    let signature = s.dashed && previous.is_some_and(|p| p.quoted_end);
    if repeated && !signature {
        return Verdict::junk(Junk::Repeated);
    }
    if s.markdown_heading || (!heading_found && !s.terminated && n <= 25) {
        return Verdict::HEADING;
    }
    // jusText's evidence: short, unpunctuated and nearly free of function words is not prose.
    if n <= 5 && !s.terminated && s.stopword_density() < 0.2 {
        return Verdict::junk(Junk::Fragment);
    }
    Verdict::CONTENT
}

/// A line that is mostly a date: "Global Research, November 13, 2022".
fn is_dateline(s: &Seen) -> bool {
    s.dated && s.words <= 7 && !s.terminated
}

/// A photo caption: it carries a credit, or it is repeated by the next paragraph with a
/// credit appended (as pages print a caption beside the photo and again under it).
fn is_caption(s: &Seen, previous: Option<&Seen>, next: Option<&Seen>) -> bool {
    let n = s.words;
    let credit = s.credited && n <= 60 && (s.key.contains('/') || s.raw_start == '(' || n <= 12);
    let echoed = |other: Option<&Seen>| {
        other.is_some_and(|o| {
            n >= 4
                && o.key.len() != s.key.len()
                && (o.key.starts_with(&s.key) || s.key.starts_with(&o.key))
                && (o.credited || s.credited)
        })
    };
    credit || echoed(next) || echoed(previous)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge_all(lines: &[&str]) -> Vec<Option<Junk>> {
        let text = lines.join("\n");
        let doc = crate::text::Document::new(&text);
        assert_eq!(doc.paragraphs().len(), lines.len(), "{lines:?}");
        doc.verdicts().iter().map(|v| v.junk).collect()
    }

    /// Each row: a paragraph among ordinary prose, and what a reader would call it.

    #[test]
    fn junk_a_reader_would_skip() {
        let prose =
            "The two sides need to reach a mutual recognition that victory is not achievable.";
        let table: &[(&str, Option<Junk>)] = &[
            ("Continue reading", Some(Junk::Interface)),
            ("Leave a Reply", Some(Junk::Interface)),
            ("Read also: US announces $400 military aid package for Ukraine", Some(Junk::Interface)),
            ("• Oops!", Some(Junk::Interface)),
            ("Your email address will not be published.", Some(Junk::Interface)),
            ("To receive Global Research’s Daily Newsletter (selected articles), [click here](#).", Some(Junk::Prompt)),
            ("Follow us on [Instagram](#) and [Twitter](#) and subscribe to our [Telegram Channel](#).", Some(Junk::Prompt)),
            ("By [Dave DeCamp](#)", Some(Junk::Byline)),
            ("Author: Dave DeCamp", Some(Junk::Byline)),
            ("Global Research, November 13, 2022", Some(Junk::Byline)),
            ("Reporting by Ann Saphir and Howard Schneider in Washington; Editing by Andrea Ricci", Some(Junk::Byline)),
            ("Contributing: Jane Roe, USA TODAY", Some(Junk::Byline)),
            ("(Writing by Tom Balmforth; Editing by Gareth Jones)", Some(Junk::Byline)),
            ("Media Contact:", Some(Junk::Footer)),
            ("Reporting by the Tribune found the payments were late.", None),
            ("Dave DeCamp is the news editor of Antiwar.com, follow him on Twitter @decampdave.", Some(Junk::Byline)),
            ("(Kenzo Tribouillard/AFP/Getty Images)", Some(Junk::Caption)),
            ("Photo: Jane Doe", Some(Junk::Caption)),
            ("• regaining territorial integrity;", None),
            ("• reparation for the damage caused by the war;", None),
            ("The photo showed the AP reporter with an image of the city.", None),
            ("Copyright © [Dave DeCamp](#), [Antiwar.com](#), 2022", Some(Junk::Footer)),
            ("Donate now to keep this site running.", Some(Junk::Prompt)),
            ("Bernie Sanders sent out a fundraising call following the remarks, asking supporters to “donate $3 to our campaign now to condemn Donald Trump’s hate and racism.”", None),
            ("But Cruz would not comment on an executive order signed by the governor “to protect privacy and equality” for many state workers.", None),
            ("\"We have to get over partisan divides,\" Manuel Valls told the daily LibÃ©ration.", None),
            ("Region: [Europe](#), [Russia and FSU](#), [USA](#)", Some(Junk::Links)),
            ("[Become a Member of Global Research](#)", Some(Junk::Prompt)),
            ("https://www.reuters.com/world/us/russias-prigozhin-admits-interfering", Some(Junk::Links)),
            ("*", Some(Junk::Fragment)),
            ("Mark Milley", Some(Junk::Fragment)),
            // Prose stays prose, short or long, even when it mentions a newsletter.
            ("Lol.", None),
            ("Milley is pipe dreaming.", None),
            ("welcome to the New American Century", None),
            ("Milley said the two sides should “seize the moment.”", None),
            (
                "“They've got a real problem,” said Jon Ralston, who runs a politics newsletter.",
                None,
            ),
            (prose, None),
        ];
        let mut wrong = Vec::new();
        for (line, expected) in table {
            let got = judge_all(&["A headline first", prose, line, prose])[2];
            if got != *expected {
                wrong.push(format!("{line:?}: expected {expected:?}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn the_first_unpunctuated_line_is_the_headline_and_repeats_are_junk() {
        let got = judge_all(&[
            "Top U.S. general urges Ukraine-Russia talks",
            "Mark Milley",
            "Mark Milley",
            "Gen. Mark A. Milley made the case in internal meetings that the time was right.",
        ]);
        assert_eq!(
            got,
            [None, Some(Junk::Repeated), Some(Junk::Repeated), None]
        );
        // A fact-check signs each claim it quotes: the signature is not page furniture.
        let got = judge_all(&[
            "Fact-checking the Democratic debate",
            "\"Boeing and GE and other multinationals pay zero taxes.\"",
            "- Sanders.",
            "This is a complex issue, subject to fierce debate.",
            "\"I helped write that bill.\"",
            "- Sanders.",
        ]);
        assert_eq!(got, [None; 6]);
        let doc =
            crate::text::Document::new("Headline\nBody text that goes on.\n## A section\nMore.");
        let classes: Vec<Class> = doc.verdicts().iter().map(|v| v.class).collect();
        assert_eq!(
            classes,
            [
                Class::Heading,
                Class::Content,
                Class::Heading,
                Class::Content
            ]
        );
    }

    #[test]
    fn a_caption_printed_twice_with_a_credit_is_a_caption_both_times() {
        let caption = "Chairman of the Joint Chiefs of Staff Mark Milley speaks during a press conference at NATO headquarters in Brussels on October 12.";
        let credited = format!("{caption} (Kenzo Tribouillard/AFP/Getty Images)");
        let got = judge_all(&[
            "Headline",
            caption,
            &credited,
            "Amid domestic talks, he spoke.",
        ]);
        assert_eq!(got, [None, Some(Junk::Caption), Some(Junk::Caption), None]);
    }
}
