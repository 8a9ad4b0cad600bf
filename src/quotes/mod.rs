//! Who said what: quotations, their kind, their speaker and cue verb, and the same
//! quotation across articles.
//!
//! [`marks`] pairs the quotation marks. This module then reads each quotation in its
//! sentence the way a reader does: `“…,” Milley said`, `said Milley`, `Milley said: “…”`,
//! `Milley said last week that victory “is …”`, `According to X, …`; a pronoun (`he said`)
//! is the person last named before it; a description (`one US official`) is kept as
//! written; a name is the article's canonical name for that person (see
//! [`crate::text::names`]). A quotation with no attribution of its own right after an
//! attributed one — the second half of a quotation split by its attribution, or the next
//! paragraph of a speech — continues that speaker.
//!
//! [`group`] finds the same quotation in several articles even when outlets word it a
//! little differently, through shared word triples, so the cost grows with the number of
//! quotations, not its square.

pub mod diff;
pub mod marks;

use std::cell::RefCell;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::dedup::{run_key, word_key, FastMap};
use crate::report::{DocumentReport, QuoteKind};
use crate::text::stopwords::{ascii_key, packed};
use crate::text::{floor_char_boundary, Class, Document, Name, NameKind};

/// A quotation, in the view coordinates of its [`Document`].
#[derive(Debug, Clone, PartialEq)]
pub struct Quotation {
    /// Marks included.
    pub outer: Range<usize>,
    /// Inside the marks.
    pub inner: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    /// Nesting depth: 0 for a quotation in the reporter's text.
    pub depth: usize,
    pub closed: bool,
    /// The index of the quotation this one continues (same utterance, split by its
    /// attribution or running over paragraphs).
    pub continues: Option<usize>,
}

impl Quotation {
    /// Someone's words in the reporter's text, not a term in quotes nor a quotation quoted
    /// inside another: what is attributed, listed by speaker and grouped.
    pub fn is_speech(&self) -> bool {
        self.depth == 0 && self.kind != QuoteKind::Scare
    }
}

/// Verbs that attribute a quotation, in alphabetical order (looked up by binary search).
const CUES: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "agreed",
    "announced",
    "argued",
    "argues",
    "asked",
    "asks",
    "believes",
    "called",
    "cautioned",
    "claimed",
    "claims",
    "complained",
    "conceded",
    "continued",
    "countered",
    "declared",
    "described",
    "emphasized",
    "explained",
    "insisted",
    "noted",
    "notes",
    "pledged",
    "promised",
    "recalled",
    "reiterated",
    "replied",
    "responded",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "stressed",
    "suggested",
    "tells",
    "testified",
    "thinks",
    "told",
    "tweeted",
    "urged",
    "vowed",
    "warned",
    "writes",
    "wrote",
];

/// Longest speaker phrase read, in words.
const MAX_SPEAKER_WORDS: usize = 8;

/// Longest description kept as a speaker (`A spokeswoman for the Department of Health and
/// Human Services`), in words.
const MAX_DESCRIPTION_WORDS: usize = 12;

/// How many sentences back a pronoun looks for the person it stands for.
const PRONOUN_REACH: usize = 6;

fn is_cue(word: &str) -> bool {
    // [`CUES`] packed as the stopword list is (they are lower-case ASCII), in the same
    // order.
    const KEYS: [u128; CUES.len()] = packed(CUES);
    // Called for most words near a quotation: a binary search of numbers, not a scan of
    // fifty strings.
    ascii_key(word).is_some_and(|key| KEYS.binary_search(&key).is_ok())
}

/// The words of `s` with where each starts: the UAX #29 words `unicode_word_indices` gives,
/// through the text layer's fast path.
fn word_indices(s: &str) -> impl DoubleEndedIterator<Item = (usize, &str)> {
    crate::text::words::words(s)
        .into_iter()
        .map(move |r| (r.start, &s[r]))
}

/// The first `n` words of `s` (all of them if fewer), as [`word_indices`] gives them, from
/// only as much of `s` as they need: a prefix ending before an ASCII space, where words
/// always break (no UAX #29 rule joins or looks ahead across a space, and the text layer's
/// fast path reads a space as it reads the end of the text), so the prefix's words are the
/// first words of the whole.
fn first_words(s: &str, n: usize) -> Vec<(usize, &str)> {
    // Enough for `n` words of news prose, most of the time; else the whole text.
    let budget = 8 * n;
    let cut = s
        .as_bytes()
        .get(budget..)
        .and_then(|rest| rest.iter().position(|&b| b == b' '))
        .map(|k| budget + k);
    if let Some(cut) = cut {
        let words: Vec<(usize, &str)> = word_indices(&s[..cut]).take(n).collect();
        if words.len() == n {
            return words;
        }
    }
    word_indices(s).take(n).collect()
}

/// Whether `word`, at byte `at` of `s`, is a cue verb: not the end of `so-called`.
fn cue_at(s: &str, at: usize, word: &str) -> bool {
    is_cue(word) && !s[..at].ends_with(['-', '‑'])
}

fn is_pronoun(word: &str) -> bool {
    ["he", "she", "him", "her"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
}

/// The quotations of `doc`, outside junk paragraphs, in order.
pub fn extract(doc: &Document, names: &[Name]) -> Vec<Quotation> {
    let text = doc.text();
    let paragraphs: Vec<Range<usize>> = doc
        .paragraphs()
        .iter()
        .zip(doc.verdicts())
        .filter(|(_, v)| v.class != Class::Junk)
        .map(|(r, _)| r.clone())
        .collect();
    let people: Vec<&Name> = names
        .iter()
        .filter(|n| n.kind == NameKind::Person)
        .collect();
    let sentences = doc.sentences();
    let mut surnames: FastMap<&str, &Name> = FastMap::default();
    for &p in &people {
        surnames.entry(Article::surname(p)).or_insert(p);
    }
    let article = Article {
        text,
        sentences,
        people: &people,
        surnames,
        subjects: RefCell::new(FastMap::default()),
    };
    let mut out: Vec<Quotation> = Vec::new();
    let mut last_top: Option<usize> = None;
    for span in marks::pair(text, &paragraphs) {
        let inner = &text[span.inner.clone()];
        // Only a quotation's first words are read: whether it has any, whether it has more
        // than three (and, in `kind`, whether they are capitalised as a title's).
        let inner_words = first_words(inner, 4);
        if inner_words.is_empty() {
            continue;
        }
        let context = sentence_around(sentences, &span.outer);
        let before = &text[context.start.min(span.outer.start)..span.outer.start];
        let after = &text[span.outer.end..context.end.max(span.outer.end)];
        // A dash attribution stands after the quotation's own sentence, so look to the
        // paragraph's end for one.
        let here = paragraph_of(&paragraphs, span.outer.start);
        let paragraph_end = paragraphs
            .get(here)
            .map_or(span.outer.end, |p| p.end.max(span.outer.end));
        let tail = text[span.outer.end..paragraph_end].trim_start();
        let dashed = tail.starts_with(['—', '–']).then_some(tail);
        let attributed_after = attribution_after(dashed.unwrap_or(after));
        let mut kind = kind(inner, &inner_words, before);
        // `“Could it? Maybe,” he said`: a few words with an attribution of their own are
        // someone's words, not a term.
        if kind == QuoteKind::Scare
            && span.depth == 0
            && attributed_after
                .as_ref()
                .is_some_and(|(_, cue)| cue.is_some())
            && inner.trim_end().ends_with([',', '?', '!'])
        {
            kind = QuoteKind::Direct;
        }
        let mut quotation = Quotation {
            outer: span.outer.clone(),
            inner: span.inner.clone(),
            kind,
            speaker: None,
            cue: None,
            depth: span.depth,
            closed: span.closed,
            continues: None,
        };
        // Scare quotes (terms, irony) are nobody's words.
        if quotation.is_speech() {
            let first_sentence = sentences.partition_point(|s| s.end <= span.outer.start);
            if let Some((phrase, cue)) = attributed_after.or_else(|| attribution_before(before)) {
                let lead = context.start.min(span.outer.start)..span.outer.start;
                quotation.speaker = article.resolve(&phrase, first_sentence, lead, &out);
                quotation.cue = cue.map(str::to_lowercase);
            } else if let Some(previous) = last_top.map(|i| &out[i]) {
                // No attribution of its own: it continues the quotation just before it — in
                // the same paragraph with only its attribution between them, or opening the
                // very next paragraph.
                let there = paragraph_of(&paragraphs, previous.outer.start);
                let between = &text[previous.outer.end.min(span.outer.start)..span.outer.start];
                let previous_sentence = sentences.partition_point(|s| s.end <= previous.outer.end);
                let adjacent = (here == there
                    && (between.split_whitespace().count() <= 12
                        || first_sentence <= previous_sentence + 1))
                    || (here == there + 1 && paragraph_is_quote(&paragraphs, &span.outer, text));
                if previous.speaker.is_some() && adjacent {
                    quotation.speaker = previous.speaker.clone();
                    quotation.cue = previous.cue.clone();
                    quotation.continues = last_top;
                }
            }
            // `One creator with 400,000 followers put it this way: “…”`: with no cue verb,
            // a colon's quotation is the words of who the sentence is about.
            if quotation.speaker.is_none() && before.trim_end().ends_with(':') {
                let lead = context.start.min(span.outer.start)..span.outer.start;
                quotation.speaker = article.introducer(lead);
            }
            // A paragraph ending with a colon introduces the quotation opening the next one:
            // `Gloria Tsosie described a typical day:` / `“You start at seven …”`.
            if quotation.speaker.is_none() && paragraph_is_quote(&paragraphs, &span.outer, text) {
                let introduced = here
                    .checked_sub(1)
                    .and_then(|p| paragraphs.get(p))
                    .filter(|p| text[(*p).clone()].trim_end().ends_with(':'));
                if let Some(p) = introduced {
                    let last = sentences.partition_point(|s| s.end <= p.end.saturating_sub(1));
                    quotation.speaker = article.who(last, &out);
                }
            }
            // `Diaz said he would push for an audit. “Taxpayers deserve to know …”`: a
            // quotation opening a sentence, with no attribution of its own, right after a
            // sentence of the same paragraph that reports someone's words without quoting
            // them, carries on that person's words.
            if quotation.speaker.is_none() && before.trim().is_empty() {
                let reported = first_sentence
                    .checked_sub(1)
                    .and_then(|j| sentences.get(j))
                    .filter(|s| paragraphs.get(here).is_some_and(|p| s.start >= p.start))
                    .filter(|s| out.last().is_none_or(|q| q.outer.end <= s.start));
                if let Some(s) = reported {
                    if let Some((phrase, cue)) = attribution_before(&text[s.clone()]) {
                        let lead = s.start..s.start;
                        quotation.speaker =
                            article.resolve(&phrase, first_sentence - 1, lead, &out);
                        quotation.cue = cue.map(str::to_lowercase);
                    }
                }
            }
            last_top = Some(out.len());
        }
        out.push(quotation);
    }
    out
}

/// The sentence (or run of sentences) holding `outer`.
fn sentence_around(sentences: &[Range<usize>], outer: &Range<usize>) -> Range<usize> {
    let first = sentences.partition_point(|s| s.end <= outer.start);
    let last = sentences.partition_point(|s| s.start < outer.end);
    match (
        sentences.get(first),
        last.checked_sub(1).and_then(|l| sentences.get(l)),
    ) {
        (Some(a), Some(b)) if first < last => a.start.min(outer.start)..b.end.max(outer.end),
        _ => outer.clone(),
    }
}

/// The index of the paragraph holding byte `at`.
fn paragraph_of(paragraphs: &[Range<usize>], at: usize) -> usize {
    paragraphs.partition_point(|p| p.end <= at)
}

/// Whether the paragraph holding `outer` starts with it: a paragraph of quotation.
fn paragraph_is_quote(paragraphs: &[Range<usize>], outer: &Range<usize>, text: &str) -> bool {
    let i = paragraphs.partition_point(|p| p.end <= outer.start);
    paragraphs
        .get(i)
        .is_some_and(|p| text[p.start..outer.start].trim().is_empty())
}

/// What a quotation is doing: a word or two is a term or irony; a capitalised quotation
/// that opens its sentence or follows a colon, comma or cue is direct speech; the rest is
/// a fragment woven into the reporter's sentence.
///
/// `words` are its first words, four at most.
fn kind(inner: &str, words: &[(usize, &str)], before: &str) -> QuoteKind {
    let capital = inner
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_uppercase);
    // A word or three is a term or irony, unless it is a whole sentence (“Seize the moment.”).
    let sentence = capital
        && inner
            .trim_end_matches(['”', '’', '"', '\'', ','])
            .ends_with(['.', '!', '?']);
    if words.len() <= 3 && !sentence {
        return QuoteKind::Scare;
    }
    if title_case(inner, words) {
        return QuoteKind::Scare;
    }
    let lead = before.trim_end();
    let opens = lead.is_empty()
        || lead.ends_with([':', ',', '—'])
        // Segmented from the end, lazily: only its last word is read.
        || lead.unicode_words().next_back().is_some_and(is_cue);
    if capital && opens {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// `Bosses Hail Four-Day Week Success`, `Fund Transit, Not Highways`: every word but the
/// small ones capitalised is a title, a headline or a slogan, not speech.
///
/// `first` are its first words, a few at least.
fn title_case(inner: &str, first: &[(usize, &str)]) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
    ];
    let capital = |word: &str| word.starts_with(char::is_uppercase);
    let small = |n: usize, word: &str| n > 0 && SMALL.contains(&word);
    // A word neither capitalised nor small among the first few settles most quotations:
    // more words are segmented only when it does not.
    if !first
        .iter()
        .enumerate()
        .all(|(n, &(_, word))| capital(word) || small(n, word))
    {
        return false;
    }
    let mut capitalised = 0;
    for (n, &(_, word)) in first_words(inner, 13).iter().enumerate() {
        if n >= 12 {
            return false;
        }
        if capital(word) {
            capitalised += 1;
        } else if !small(n, word) {
            return false;
        }
    }
    capitalised >= 3
}

/// Whether the full stop at byte `at` of `s` ends a sentence rather than an abbreviation
/// (`Dr.`, `Capt.`, `U.S.`, `St.`).
fn ends_sentence(s: &str, at: usize) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "adm", "capt", "col", "dr", "gen", "gov", "jr", "lt", "maj", "mr", "mrs", "ms", "mt",
        "prof", "rep", "rev", "sen", "sgt", "sr", "st", "supt",
    ];
    let word = s[..at]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let single = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
    !(single || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)))
}

/// Where the clause starting `s` ends: at a comma, a semicolon, a colon, a dash, a bracket,
/// a question or exclamation mark, or a full stop that ends a sentence.
fn clause_end(s: &str) -> usize {
    s.char_indices()
        .find(|&(i, c)| {
            matches!(c, ',' | ';' | ':' | '!' | '?' | '—' | '–' | '(')
                || (c == '.' && ends_sentence(s, i))
        })
        .map_or(s.len(), |(i, _)| i)
}

fn has_sentence_end(s: &str) -> bool {
    s.char_indices()
        .any(|(i, c)| matches!(c, '!' | '?' | ';') || (c == '.' && ends_sentence(s, i)))
}

/// Words that begin a clause of its own, not a speaker: `,” and a spokesman said …`.
fn is_conjunction(word: &str) -> bool {
    [
        "and", "but", "or", "while", "although", "because", "so", "yet",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(word))
}

/// Words between a subject and its cue verb: `The group has called`, `Smith also said`.
fn is_auxiliary(word: &str) -> bool {
    [
        "also",
        "earlier",
        "had",
        "has",
        "have",
        "is",
        "later",
        "once",
        "previously",
        "then",
        "was",
        "were",
        "will",
        "would",
    ]
    .contains(&word)
}

/// `Jane Smith`, `Dr. Anil Mehta`, `Teresa`: capitalised words only, as a name is written.
fn looks_like_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && !is_preposition(&words[0].to_lowercase())
        && !is_determiner(words[0])
        && !is_conjunction(words[0])
        && !(words.len() == 1 && (is_pronoun(words[0]) || is_plural_pronoun(words[0])))
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-.’'".contains(c))
        })
}

fn is_plural_pronoun(word: &str) -> bool {
    ["they", "we", "i", "it", "you"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(word))
}

fn is_determiner(word: &str) -> bool {
    [
        "a", "an", "another", "her", "his", "its", "one", "our", "some", "the", "their", "two",
        "three", "several",
    ]
    .iter()
    .any(|d| d.eq_ignore_ascii_case(word))
}

/// Of the parts of an apposition (`Jane Smith, a doctor`, `her spokesman, Daniel Reyes`,
/// `Another parent, who gave only her first name, Teresa`), the one that names the speaker:
/// a name if one is there, else the first that is not a clause about it.
fn pick_apposition<'s>(parts: &[&'s str]) -> Option<&'s str> {
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    if let Some(name) = parts.iter().rev().find(|p| looks_like_name(p)) {
        return Some(name);
    }
    parts.iter().copied().find(|p| {
        let first = p.split_whitespace().next().unwrap_or("").to_lowercase();
        !is_preposition(&first)
            && !["who", "whose", "which", "where", "speaking", "asked"].contains(&first.as_str())
            && !first.ends_with("ing")
    })
}

/// `,” Milley said`, `,” said Milley`, `?” one US official said`: the speaker phrase and
/// the cue, read from the text right after the quotation.
fn attribution_after(after: &str) -> Option<(String, Option<&str>)> {
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    // `— Commissioner Geoffrey Starks`: a dash and a name, no verb.
    if let Some(rest) = after.strip_prefix(['—', '–', '-']) {
        let rest = rest.trim_start();
        let phrase = rest[..clause_end(rest)].trim();
        let words = phrase.split_whitespace().count();
        return (words > 0 && words <= MAX_SPEAKER_WORDS).then(|| (phrase.to_string(), None));
    }
    // It must follow directly, not after a new sentence's worth of words. After a
    // quotation, `the statement read` and `she wrote` attribute too.
    let attributes = |w: &str| is_cue(w) || matches!(w, "read" | "reads" | "posted");
    // Most attributions have their verb among the first few words: more words are
    // segmented only when they do not.
    let mut head = first_words(after, 4);
    if !head.iter().any(|&(_, w)| attributes(w)) {
        head = first_words(after, MAX_SPEAKER_WORDS + 2);
    }
    let cue_at = head.iter().position(|&(_, w)| attributes(w))?;
    let (cue_offset, cue) = head[cue_at];
    if cue_at > 0 {
        let phrase = after[..cue_offset].trim();
        // `,” and a spokesman for the group said …` starts a clause of its own.
        if has_sentence_end(phrase) || phrase.contains(['“', '”', '"']) || is_conjunction(head[0].1)
        {
            return None;
        }
        // `Jane Smith, a doctor, said`, `her spokesman, Daniel Reyes, said`: the whole
        // apposition, for the caller to find the name in.
        let phrase = phrase.trim_end_matches(',').trim();
        return (!phrase.is_empty()).then(|| (phrase.to_string(), Some(cue)));
    }
    // `said Milley`, `said President Biden at a news conference`, `said Dr. Habib Dagher,
    // executive director`.
    let rest = &after[cue_offset + cue.len()..];
    let clause = &rest[..clause_end(rest)];
    let phrase: Vec<&str> = clause
        .split_whitespace()
        .take_while(|w| !is_preposition(w))
        .take(MAX_SPEAKER_WORDS)
        .collect();
    (!phrase.is_empty()).then(|| (phrase.join(" "), Some(cue)))
}

/// `Milley said: “…”`, `Milley said last week that victory “is …”`, `According to X, “…”`:
/// the speaker phrase and the cue, read from the sentence before the quotation.
fn attribution_before(before: &str) -> Option<(String, Option<&str>)> {
    let words: Vec<(usize, &str)> = word_indices(before).collect();
    if let Some(i) = words
        .iter()
        .position(|(_, w)| w.eq_ignore_ascii_case("according"))
    {
        if words.get(i + 1).is_some_and(|(_, w)| *w == "to") {
            let from = words.get(i + 2)?.0;
            let phrase = before[from..].split([',', '.', '“']).next()?.trim();
            return Some((phrase.to_string(), Some("according to")));
        }
    }
    let cue = words.iter().rposition(|&(at, w)| cue_at(before, at, w))?;
    let (cue_offset, cue) = words[cue];
    Some((subject_before(&before[..cue_offset])?, Some(cue)))
}

/// The subject of a cue verb, from the text before it: back to a clause mark or the
/// sentence's start (the caller prefers a person named anywhere in it: `Milley said Russia
/// … but believes`); a pronoun right before the verb (`a provision she called`); past an
/// apposition, kept whole for the caller to find the name in (`Jane Smith, a doctor, said`).
fn subject_before(s: &str) -> Option<String> {
    let from = s
        .char_indices()
        .rfind(|&(_, c)| matches!(c, ';' | ':' | '—' | '–' | '(' | ')' | '”' | '"' | '»'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let parts: Vec<&str> = s[from..].split(',').collect();
    let (last, chain) = parts.split_last()?;
    if last.trim().is_empty() {
        let chain = chain.join(",");
        return (!chain.trim().is_empty()).then(|| chain.trim().to_string());
    }
    let mut words: Vec<&str> = last.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| is_auxiliary(w) || is_conjunction(w))
    {
        words.pop();
    }
    while words.first().is_some_and(|w| is_conjunction(w)) {
        words.remove(0);
    }
    match words.last() {
        None => None,
        Some(w) if is_pronoun(w) => Some(w.to_string()),
        Some(_) => Some(words.join(" ")),
    }
}

fn is_preposition(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "after", "as", "at", "before", "during", "earlier", "from", "in", "last", "later", "of",
        "on", "that", "this", "to", "when", "while",
    ];
    WORDS.contains(&word)
}

/// Who a sentence is about, for a pronoun or a description further on.
#[derive(Debug, Clone, PartialEq)]
enum Subject {
    Person(String),
    Description(String),
}

/// The article a speaker is resolved in.
struct Article<'a> {
    text: &'a str,
    sentences: &'a [Range<usize>],
    /// Most named first.
    people: &'a [&'a Name],
    /// Each surname of `people`, to the most named person bearing it: looked up for every
    /// word a speaker may be named by.
    surnames: FastMap<&'a str, &'a Name>,
    /// Who each sentence already asked about is about: a sentence is read once, however
    /// many quotations look back to it (its quotations are all known by then).
    subjects: RefCell<FastMap<usize, Option<Subject>>>,
}

impl Article<'_> {
    fn surname(name: &Name) -> &str {
        name.name.rsplit(' ').next().unwrap_or(&name.name)
    }

    /// The person of the article named by `word` (`Milley`, `Milley’s`): of the people
    /// sharing that surname, the one named most.
    fn person(&self, word: &str) -> Option<&Name> {
        self.surnames.get(word).copied()
    }

    /// The first person named in `range`, not counting possessives (`Sullivan’s lawyer`
    /// is not Sullivan, nor `Northern Waters’ chief executive` Northern Waters) nor words
    /// inside the quotations `quoted` (titles).
    fn first_named(&self, range: Range<usize>, quoted: &[Range<usize>]) -> Option<String> {
        let s = &self.text[range.clone()];
        word_indices(s)
            .filter(|&(at, w)| {
                !w.ends_with("’s")
                    && !w.ends_with("'s")
                    && !s[at + w.len()..].starts_with(['’', '\''])
                    && !quoted.iter().any(|q| q.contains(&(range.start + at)))
            })
            .find_map(|(_, w)| self.person(w))
            .map(|p| p.name.clone())
    }

    /// Who introduces a quotation with a colon and no cue verb: the first person named
    /// before it, else a description opening the sentence, up to its first preposition.
    fn introducer(&self, lead: Range<usize>) -> Option<String> {
        let lead = lead.start..floor_char_boundary(self.text, (lead.start + 2000).min(lead.end));
        if let Some(name) = self.first_named(lead.clone(), &[]) {
            return Some(name);
        }
        let words: Vec<&str> = self.text[lead].split_whitespace().collect();
        if !words.first().is_some_and(|w| is_determiner(w)) {
            return None;
        }
        let phrase: Vec<&str> = words
            .iter()
            .take_while(|w| {
                let w = w.to_lowercase();
                !is_preposition(&w) && !["with", "for", "by", "who", "whose"].contains(&w.as_str())
            })
            .copied()
            .collect();
        (2..=4).contains(&phrase.len()).then(|| phrase.join(" "))
    }

    /// What a speaker phrase names: a person of the article in any part of its apposition
    /// (`The parish’s pastor, the Rev. Thomas Nguyen`), else the part naming the speaker.
    fn read_phrase<'p>(&self, phrase: &'p str) -> (Option<String>, &'p str) {
        let parts: Vec<&str> = phrase.split(',').collect();
        if let Some((name, part)) = parts
            .iter()
            .find_map(|part| self.named_in(part).map(|n| (n, part.trim())))
        {
            return (Some(name), part);
        }
        (None, pick_apposition(&parts).unwrap_or(phrase.trim()))
    }

    /// A subject phrase as a person or a description; `None` for a pronoun or a clause.
    fn classify(&self, phrase: &str) -> Option<Subject> {
        let (name, part) = self.read_phrase(phrase);
        if let Some(name) = name {
            return Some(Subject::Person(name));
        }
        let words: Vec<&str> = part.split_whitespace().collect();
        if words.first().is_some_and(|w| is_determiner(w))
            && words.len() <= MAX_DESCRIPTION_WORDS
            && !words.iter().any(|w| is_pronoun(w))
        {
            return Some(Subject::Description(description(part)));
        }
        looks_like_name(part).then(|| Subject::Description(part.to_string()))
    }

    /// Who sentence `j` is about: the speaker of its last quotation, else the subject of
    /// its first cue verb that has one, else the first person it names.
    fn subject_of(&self, j: usize, quotes: &[Quotation]) -> Option<Subject> {
        if let Some(known) = self.subjects.borrow().get(&j) {
            return known.clone();
        }
        let subject = self.read_subject(j, quotes);
        self.subjects.borrow_mut().insert(j, subject.clone());
        subject
    }

    /// Who sentence `j` is about, named or described.
    fn who(&self, j: usize, quotes: &[Quotation]) -> Option<String> {
        match self.subject_of(j, quotes)? {
            Subject::Person(name) | Subject::Description(name) => Some(name),
        }
    }

    fn read_subject(&self, j: usize, quotes: &[Quotation]) -> Option<Subject> {
        let sentence = self.sentences.get(j)?.clone();
        let from = quotes.partition_point(|q| q.outer.start < sentence.start);
        let inside: Vec<&Quotation> = quotes[from..]
            .iter()
            .take_while(|q| q.outer.start < sentence.end)
            .collect();
        let quoted = inside
            .iter()
            .rev()
            .filter(|q| q.depth == 0)
            .find_map(|q| q.speaker.clone());
        if let Some(speaker) = quoted {
            return Some(if self.people.iter().any(|p| p.name == speaker) {
                Subject::Person(speaker)
            } else {
                Subject::Description(speaker)
            });
        }
        let quoted: Vec<Range<usize>> = inside.iter().map(|q| q.outer.clone()).collect();
        let s = &self.text[sentence.clone()];
        let subject = word_indices(s)
            .filter(|&(at, w)| {
                cue_at(s, at, w) && !quoted.iter().any(|q| q.contains(&(sentence.start + at)))
            })
            .find_map(|(at, _)| subject_before(&s[..at]).and_then(|p| self.classify(&p)));
        subject.or_else(|| self.first_named(sentence, &quoted).map(Subject::Person))
    }

    /// A name the article knows, in the speaker phrase before any preposition (`Capt. Rita
    /// Gonzales of the sheriff’s office`; `A spokeswoman for the Department …` is not the
    /// department), possessives left out unless last (`Milley’s`).
    fn named_in(&self, phrase: &str) -> Option<String> {
        let words: Vec<&str> = word_indices(phrase).map(|(_, w)| w).collect();
        let n = words.len();
        words
            .iter()
            .enumerate()
            .take_while(|(_, w)| !is_preposition(w) && !matches!(**w, "for" | "with" | "by"))
            .filter_map(
                |(i, w)| match w.strip_suffix("’s").or(w.strip_suffix("'s")) {
                    Some(bare) if i + 1 == n => Some(bare),
                    Some(_) => None,
                    None => Some(*w),
                },
            )
            .find_map(|w| self.person(w))
            .map(|p| p.name.clone())
    }

    /// The canonical speaker for a phrase found before or after the quotation opening
    /// sentence `sentence`: a person the article names; for a pronoun, who the sentences
    /// before are about; for `the captain`, the person holding that title; or the
    /// description as written. `lead` is the quotation's sentence before it.
    fn resolve(
        &self,
        phrase: &str,
        sentence: usize,
        lead: Range<usize>,
        quotes: &[Quotation],
    ) -> Option<String> {
        let phrase = phrase
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim();
        if phrase.is_empty() {
            return None;
        }
        let (name, phrase) = self.read_phrase(phrase);
        if name.is_some() {
            return name;
        }
        let lower = phrase.to_lowercase();
        if is_pronoun(&lower) {
            return self.antecedent(&lower, sentence, lead, quotes);
        }
        if is_plural_pronoun(&lower) {
            return None;
        }
        // `the captain said`, `The top US military officer said`: the person the article
        // gives that title, or the one the sentence before is about.
        const ROLES: &[&str] = &[
            "adviser",
            "advisor",
            "captain",
            "chairman",
            "chief",
            "coach",
            "commander",
            "diplomat",
            "envoy",
            "general",
            "governor",
            "judge",
            "leader",
            "manager",
            "mayor",
            "minister",
            "officer",
            "president",
            "secretary",
            "senator",
            "spokesman",
            "spokeswoman",
        ];
        let roles: Vec<&str> = lower
            .split_whitespace()
            .filter(|w| ROLES.contains(w))
            .collect();
        if lower.starts_with("the ") && !roles.is_empty() {
            let titled: Vec<&&Name> = self
                .people
                .iter()
                .filter(|p| {
                    p.variants.iter().any(|v| {
                        v.split_whitespace()
                            .any(|w| roles.iter().any(|r| r.eq_ignore_ascii_case(w)))
                    })
                })
                .collect();
            if let [one] = titled.as_slice() {
                return Some(one.name.clone());
            }
            if let Some(name) = self.first_named(lead.clone(), &[]) {
                return Some(name);
            }
            if let Some(Subject::Person(name)) = sentence
                .checked_sub(1)
                .and_then(|j| self.subject_of(j, quotes))
            {
                return Some(name);
            }
        }
        // `the official said`: the one a sentence shortly before described so (`One U.S.
        // official, who spoke on condition of anonymity, said …`).
        if let Some(head) = lower
            .strip_prefix("the ")
            .and_then(|rest| rest.split_whitespace().last())
        {
            let earliest = sentence.saturating_sub(PRONOUN_REACH);
            for j in (earliest..sentence).rev() {
                if let Some(Subject::Description(d)) = self.subject_of(j, quotes) {
                    if d.rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(head))
                    {
                        return Some(d);
                    }
                }
            }
        }
        Some(description(phrase))
    }

    /// Who `he` or `she` (lower-cased) stands for: a person named earlier in the quotation's
    /// own sentence, else who the nearest sentence before is about (a name, or a description
    /// such as `One longtime parishioner`), else the person last named.
    fn antecedent(
        &self,
        pronoun: &str,
        sentence: usize,
        lead: Range<usize>,
        quotes: &[Quotation],
    ) -> Option<String> {
        // Before the pronoun, in the quotation's sentence: `Senator Karen Lindqvist …
        // objected to a provision she called “…”`.
        // Only the end of a very long sentence is read, so the cost per quotation is bounded.
        let lead =
            floor_char_boundary(self.text, lead.end.saturating_sub(2000)).max(lead.start)..lead.end;
        let lead_text = &self.text[lead.clone()];
        let cut = word_indices(lead_text)
            .rfind(|(_, w)| w.eq_ignore_ascii_case(pronoun))
            .map_or(lead_text.len(), |(i, _)| i);
        // `she` is not a person the article calls `Mr.` or `Councilman`, nor `he` one it
        // calls `Ms.`; of most people it says neither, and they may be either.
        let unlike = Gender::of_pronoun(pronoun).map(Gender::other);
        let fits = |name: &str| {
            unlike.is_none()
                || self
                    .people
                    .iter()
                    .find(|p| p.name == name)
                    .is_none_or(|p| Gender::of(p) != unlike)
        };
        if let Some(name) = self
            .first_named(lead.start..lead.start + cut, &[])
            .filter(|n| fits(n))
        {
            return Some(name);
        }
        let earliest = sentence.saturating_sub(PRONOUN_REACH);
        for j in (earliest..sentence).rev() {
            match self.subject_of(j, quotes) {
                Some(Subject::Person(name)) if fits(&name) => return Some(name),
                // A singular description, not `officials` or `residents`.
                Some(Subject::Description(d))
                    if !d
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.ends_with('s') && w.starts_with(char::is_lowercase)) =>
                {
                    return Some(d)
                }
                _ => {}
            }
        }
        // The person last named before the quotation, within a few paragraphs.
        let at = lead.end;
        let window_start = floor_char_boundary(self.text, at.saturating_sub(3000));
        let window = &self.text[window_start..at];
        self.people
            .iter()
            .filter(|p| unlike.is_none() || Gender::of(p) != unlike)
            .filter_map(|p| window.rfind(Self::surname(p)).map(|i| (i, p)))
            .rev()
            .max_by_key(|(i, _)| *i)
            .map(|(_, p)| p.name.clone())
    }
}

/// Which of `he` and `she` an article uses for a person, as far as its honorifics and
/// titles tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    He,
    She,
}

impl Gender {
    /// What `name`'s variants say (`Mr. Diaz`, `Councilwoman Park`): `None` when they say
    /// nothing, as for most names, or both.
    fn of(name: &Name) -> Option<Gender> {
        let (mut he, mut she) = (false, false);
        for word in name.variants.iter().flat_map(|v| v.split_whitespace()) {
            let word = word.trim_end_matches('.');
            he |= HE_TITLES.iter().any(|t| t.eq_ignore_ascii_case(word));
            she |= SHE_TITLES.iter().any(|t| t.eq_ignore_ascii_case(word));
        }
        match (he, she) {
            (true, false) => Some(Gender::He),
            (false, true) => Some(Gender::She),
            _ => None,
        }
    }

    /// `pronoun` as [`Article::antecedent`] gets it, lower-cased.
    fn of_pronoun(pronoun: &str) -> Option<Gender> {
        match pronoun {
            "he" | "him" => Some(Gender::He),
            "she" | "her" => Some(Gender::She),
            _ => None,
        }
    }

    fn other(self) -> Gender {
        match self {
            Gender::He => Gender::She,
            Gender::She => Gender::He,
        }
    }
}

/// Honorifics and titles that come with `he`, and with `she`.
const HE_TITLES: &[&str] = &[
    "Mr",
    "Sir",
    "Lord",
    "King",
    "Prince",
    "Father",
    "Councilman",
    "Congressman",
    "Assemblyman",
    "Alderman",
    "Chairman",
    "Spokesman",
];
const SHE_TITLES: &[&str] = &[
    "Ms",
    "Mrs",
    "Miss",
    "Dame",
    "Lady",
    "Queen",
    "Princess",
    "Sister",
    "Councilwoman",
    "Congresswoman",
    "Assemblywoman",
    "Alderwoman",
    "Chairwoman",
    "Spokeswoman",
];

/// A description as a speaker, as written: from its determiner (`one US official`, `A
/// spokeswoman for the Department of Health and Human Services`), or its last few words.
fn description(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let words = match words.iter().position(|w| is_determiner(w)) {
        Some(d) => &words[d..(d + MAX_DESCRIPTION_WORDS).min(words.len())],
        None => &words[words.len().saturating_sub(MAX_SPEAKER_WORDS)..],
    };
    words.join(" ")
}

/// Speakers named by surname alone in one article take the full name another article gives
/// them, when only one person across the articles bears that surname.
pub fn unify_speakers(documents: &mut [DocumentReport]) {
    let mut bearers: FastMap<String, Vec<String>> = FastMap::default();
    for doc in documents.iter() {
        for name in doc.names.iter().filter(|n| n.kind == NameKind::Person) {
            if let Some((_, surname)) = name.name.rsplit_once(' ') {
                let list = bearers.entry(surname.to_string()).or_default();
                if !list.contains(&name.name) {
                    list.push(name.name.clone());
                }
            }
        }
    }
    for doc in documents.iter_mut() {
        for quote in &mut doc.quotes {
            if let Some(speaker) = &quote.speaker {
                if let Some([full]) = bearers.get(speaker).map(Vec::as_slice) {
                    quote.speaker = Some(full.clone());
                }
            }
        }
    }
}

/// Most distinct quotations one word triple is followed to. A triple that more quotations
/// share (`i think that`) tells little about which is which, and following it to all of them
/// would cost the square of the number of quotations.
const MAX_HOLDERS: usize = 64;

/// The same quotation across documents: `(document, quotation)` members of each group,
/// found through shared word triples of their normalised texts.
///
/// Renderings with the same triples are compared once, as one set, so an article quoting
/// the same words ten thousand times costs ten thousand lookups, not a hundred million
/// comparisons; and each triple leads to at most [`MAX_HOLDERS`] sets, so the cost grows
/// with the number of quotations, not its square.
pub fn group(quotes: &[Vec<(String, Option<String>)>]) -> Vec<(Option<String>, Vec<[usize; 2]>)> {
    // A group joins renderings from two documents at least: with quotations in only one
    // document (a single article), there is none, and nothing below need be computed.
    if quotes
        .iter()
        .filter(|doc| doc.iter().any(|(inner, _)| !inner.is_empty()))
        .count()
        < 2
    {
        return Vec::new();
    }
    // Each distinct quotation as a set of word triples, keyed as duplicates key their
    // shingles (`dedup::run_key`: case and apostrophes folded), with every rendering of it.
    let mut shingles: Vec<Vec<u64>> = Vec::new();
    let mut renderings: Vec<Vec<[usize; 2]>> = Vec::new();
    let mut seen: FastMap<Vec<u64>, usize> = FastMap::default();
    // The keys of one quotation's words: reused from quotation to quotation.
    let mut keys: Vec<u64> = Vec::new();
    for (d, doc) in quotes.iter().enumerate() {
        for (q, (inner, _)) in doc.iter().enumerate() {
            keys.clear();
            keys.extend(
                crate::text::words::words(inner)
                    .into_iter()
                    .map(|r| word_key(&inner[r])),
            );
            if keys.len() < 4 {
                continue;
            }
            let mut set: Vec<u64> = keys.windows(3).map(run_key).collect();
            set.sort_unstable();
            set.dedup();
            let s = *seen.entry(set).or_insert_with_key(|set| {
                shingles.push(set.clone());
                renderings.push(Vec::new());
                shingles.len() - 1
            });
            renderings[s].push([d, q]);
        }
    }
    // The one document all of a set's renderings are in, if they are all in one.
    let only_in: Vec<Option<usize>> = renderings
        .iter()
        .map(|r| Some(r[0][0]).filter(|&d| r.iter().all(|m| m[0] == d)))
        .collect();
    let mut index: FastMap<u64, Vec<usize>> = FastMap::default();
    for (i, set) in shingles.iter().enumerate() {
        for &h in set {
            let holders = index.entry(h).or_default();
            if holders.len() < MAX_HOLDERS {
                holders.push(i);
            }
        }
    }
    // Renderings group across documents: the same words in two documents, or similar words
    // in sets not confined to one and the same document.
    let mut grouped: Vec<bool> = only_in.iter().map(Option::is_none).collect();
    let mut sets = crate::unionfind::Sets::new(shingles.len());
    for (i, set) in shingles.iter().enumerate() {
        let mut shared: FastMap<usize, usize> = FastMap::default();
        for h in set {
            for &j in index.get(h).into_iter().flatten() {
                if j > i && (only_in[i].is_none() || only_in[i] != only_in[j]) {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        for (j, n) in shared {
            // Most of the shorter rendering is in the longer one.
            if n * 2 >= set.len().min(shingles[j].len()) {
                sets.union(i, j);
                grouped[i] = true;
                grouped[j] = true;
            }
        }
    }
    let mut groups: FastMap<usize, Vec<[usize; 2]>> = FastMap::default();
    for i in (0..shingles.len()).filter(|&i| grouped[i]) {
        let root = sets.find(i);
        groups
            .entry(root)
            .or_default()
            .extend_from_slice(&renderings[i]);
    }
    let mut out: Vec<(Option<String>, Vec<[usize; 2]>)> = groups
        .into_values()
        .map(|mut members| {
            let mut votes: FastMap<&str, usize> = FastMap::default();
            for &[d, q] in &members {
                if let Some(s) = &quotes[d][q].1 {
                    *votes.entry(s.as_str()).or_default() += 1;
                }
            }
            let speaker = votes
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(s, _)| s.to_string());
            crate::sort::sort(&mut members);
            (speaker, members)
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| a.1.cmp(&b.1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_are_the_first_of_all_the_words() {
        let texts = [
            "When there’s an opportunity to negotiate, when peace can be achieved, seize it. Seize the moment, he said.",
            "a.b c.d 3.5 3,5 don't don’t U.S. a:b e.g. x_y _ __ a\u{301}b a \u{301}b a. \u{301}b 1\u{301}.2",
            "Flags 🇺🇸🇺🇸🇺 🇸 and emoji 👍🏽 and ZWJ 👨\u{200D}👩 then words words words words words words words",
            "שלום\"ab a\"b カタカナ カ ナ 中文字 한국어 ελληνικά русский \u{FEFF}a\u{200B}b a\u{A0}b",
            "averyveryveryveryveryveryverylongwordthatgoesonandonandonandonandonandonandon and then some more",
            "",
            "   ",
            "one",
        ];
        for text in texts {
            for n in [1, 2, 4, 10, 13] {
                // Every suffix too, so the cut falls everywhere.
                for (at, _) in text.char_indices() {
                    let s = &text[at..];
                    let expected: Vec<(usize, &str)> = s.unicode_word_indices().take(n).collect();
                    assert_eq!(first_words(s, n), expected, "{s:?} {n}");
                }
            }
        }
    }

    #[test]
    fn cue_verbs_are_found_as_a_scan_would_find_them() {
        // The binary search needs the list in order.
        assert!(CUES.windows(2).all(|w| w[0] < w[1]));
        let words = [
            "said",
            "Said",
            "SAID",
            "says",
            "say",
            "sai",
            "saidd",
            "wrote",
            "writes",
            "write",
            "acknowledged",
            "acknowledgedd",
            "told",
            "tolds",
            "saİd",
            "sa’id",
            "say\0",
            "\0said",
            "",
            "a",
            "extraordinarily",
            "ACKNOWLEDGED",
            "urged",
            "vowed",
            "warned",
            "zz",
        ];
        for word in words.iter().copied().chain(CUES.iter().copied()) {
            let scan = CUES.iter().any(|c| c.eq_ignore_ascii_case(word));
            assert_eq!(is_cue(word), scan, "{word:?}");
        }
    }

    fn quoted(text: &str) -> Vec<(String, QuoteKind, Option<String>, Option<String>)> {
        let doc = Document::new(text);
        let names = doc.names();
        extract(&doc, &names)
            .into_iter()
            .map(|q| (doc.text()[q.inner].to_string(), q.kind, q.speaker, q.cue))
            .collect()
    }

    fn q(
        inner: &str,
        kind: QuoteKind,
        speaker: Option<&str>,
        cue: Option<&str>,
    ) -> (String, QuoteKind, Option<String>, Option<String>) {
        (
            inner.into(),
            kind,
            speaker.map(Into::into),
            cue.map(Into::into),
        )
    }

    #[test]
    fn attributions_a_reader_would_make() {
        use QuoteKind::*;
        let text = "Gen. Mark Milley spoke in New York on Wednesday.\n\
            “When there’s an opportunity to negotiate, seize it,” Milley told the Economic Club of New York. “Seize the moment.”\n\
            Milley said last week that victory “is maybe not achievable through military means.”\n\
            “Now, what the future holds is not known,” he said.\n\
            “Why not start talking before you throw more lives away?” one US official said.\n\
            The US said its goal was to “weaken” Russia.";
        let got = quoted(text);
        assert_eq!(
            got,
            [
                q(
                    "When there’s an opportunity to negotiate, seize it,",
                    Direct,
                    Some("Mark Milley"),
                    Some("told")
                ),
                q(
                    "Seize the moment.",
                    Direct,
                    Some("Mark Milley"),
                    Some("told")
                ),
                q(
                    "is maybe not achievable through military means.",
                    Partial,
                    Some("Mark Milley"),
                    Some("said")
                ),
                q(
                    "Now, what the future holds is not known,",
                    Direct,
                    Some("Mark Milley"),
                    Some("said")
                ),
                q(
                    "Why not start talking before you throw more lives away?",
                    Direct,
                    Some("one US official"),
                    Some("said")
                ),
                q("weaken", Scare, None, None),
            ]
        );
    }

    #[test]
    fn said_before_the_name_and_colons() {
        use QuoteKind::*;
        let text = "President Joe Biden spoke.\n“This is up to the Ukrainians,” said President Biden at a news conference.\n\
                    Sullivan told reporters: “We are not pressuring Ukraine at all.”";
        let got = quoted(text);
        assert_eq!(
            got[0],
            q(
                "This is up to the Ukrainians,",
                Direct,
                Some("Joe Biden"),
                Some("said")
            )
        );
        assert_eq!(
            got[1],
            q(
                "We are not pressuring Ukraine at all.",
                Direct,
                Some("Sullivan"),
                Some("told")
            )
        );
    }

    #[test]
    fn appositions_dashes_statements_and_posts() {
        use QuoteKind::*;
        let text = "Jane Smith, a doctor, said: “The ward is full and we are turning people away.”\n\
                    “We will appeal this ruling as soon as we can,” the statement read.\n\
                    “Broadband is a necessity, not a luxury, for every family.” — Commissioner Geoffrey Starks\n\
                    Geoffrey Starks wrote on Twitter: “The vote is a win for rural families.”";
        let got = quoted(text);
        assert_eq!(
            got[0],
            q(
                "The ward is full and we are turning people away.",
                Direct,
                Some("Jane Smith"),
                Some("said")
            )
        );
        assert_eq!(
            got[1],
            q(
                "We will appeal this ruling as soon as we can,",
                Direct,
                Some("the statement"),
                Some("read")
            )
        );
        assert_eq!(
            got[2],
            q(
                "Broadband is a necessity, not a luxury, for every family.",
                Direct,
                Some("Geoffrey Starks"),
                None
            )
        );
        assert_eq!(
            got[3],
            q(
                "The vote is a win for rural families.",
                Direct,
                Some("Geoffrey Starks"),
                Some("wrote")
            )
        );
    }

    /// The speaker of the quotation starting with `start`.
    fn speaker_of(text: &str, start: &str) -> Option<String> {
        quoted(text)
            .into_iter()
            .find(|q| q.0.starts_with(start))
            .unwrap_or_else(|| panic!("{start:?} not quoted"))
            .2
    }

    #[test]
    fn abbreviations_do_not_end_an_attribution() {
        let text = "Officials urged caution.\n\
            “It looks calm, but it isn’t,” said Capt. Rita Gonzales of the County Sheriff’s Office.\n\
            “She betrayed the trust of us all,” Acting U.S. Attorney Joshua Levy said.\n\
            “For fifteen years we worked toward this,” said Dr. Habib Dagher, director of the center.";
        assert_eq!(
            speaker_of(text, "It looks").as_deref(),
            Some("Rita Gonzales")
        );
        assert_eq!(
            speaker_of(text, "She betrayed").as_deref(),
            Some("Joshua Levy")
        );
        assert_eq!(
            speaker_of(text, "For fifteen").as_deref(),
            Some("Habib Dagher")
        );
    }

    #[test]
    fn the_name_in_an_apposition_is_the_speaker() {
        let text = "Her office denied it. “The senator makes her own decisions,” her spokesman, Daniel Reyes, said.\n\
            Another reader, Sue, wrote: “Trees down all along the road near Truro.”\n\
            The parish’s pastor, the Rev. Thomas Nguyen, said: “We are a family, and families forgive.”";
        assert_eq!(
            speaker_of(text, "The senator").as_deref(),
            Some("Daniel Reyes")
        );
        assert_eq!(speaker_of(text, "Trees down").as_deref(), Some("Sue"));
        assert_eq!(
            speaker_of(text, "We are a family").as_deref(),
            Some("Thomas Nguyen")
        );
    }

    #[test]
    fn a_clause_after_a_quotation_with_its_own_subject_is_not_its_attribution() {
        let text = "The Confederation of British Industry has called the plan “a distraction from the real challenge,” \
            and a spokesman for the group said in an email that “most businesses simply cannot cut hours.”";
        assert_eq!(
            speaker_of(text, "a distraction").as_deref(),
            Some("The Confederation of British Industry")
        );
        assert_eq!(
            speaker_of(text, "most businesses").as_deref(),
            Some("a spokesman for the group")
        );
    }

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
            // Not past a sentence that reports nobody's words, nor into the next paragraph.
            ("It was a long", None),
            ("Thank you", None),
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
    fn a_quotation_continues_across_a_long_attribution_and_after_a_colon() {
        use QuoteKind::*;
        let text = "“For more than fifteen years our engineers have worked toward this,” said Dr. Habib Dagher, \
            executive director of the university’s Advanced Structures and Composites Center. \
            “Seeing our design built is extraordinary.”\n\
            Nurse practitioner Gloria Tsosie described a typical day in an interview last month:\n\
            “You start at seven and you don’t stop.\n\
            “And then at six o’clock you start the paperwork.”";
        let got = quoted(text);
        assert_eq!(got[1].2.as_deref(), Some("Habib Dagher"));
        assert_eq!(
            (got[2].1, got[2].2.as_deref()),
            (Direct, Some("Gloria Tsosie"))
        );
    }

    #[test]
    fn few_words_with_an_attribution_are_speech_and_titles_are_not() {
        use QuoteKind::*;
        let text = "Asked again, Raymond Ochoa paused. “Could it? Maybe,” he said. “Will it? That depends on you.”\n\
            The tabloid headline read “Bosses Hail Four-Day Week Success,” and a sign read “Fund Transit, Not Highways.”\n\
            The episode echoed the so-called “Homes for Heroes Act of the Year” program.";
        let got = quoted(text);
        assert_eq!(
            (got[0].1, got[0].2.as_deref()),
            (Direct, Some("Raymond Ochoa"))
        );
        assert_eq!(got[1].2.as_deref(), Some("Raymond Ochoa"));
        assert_eq!((got[2].1, got[3].1, got[4].1), (Scare, Scare, Scare));
        assert_eq!(got[4].2, None);
    }

    #[test]
    fn a_colon_without_a_cue_gives_the_words_to_who_introduces_them() {
        let text =
            "Users post pages. One creator with 400,000 followers put it this way in a video: \
            “My notebook is the only place nobody can reach me.”\n\
            Key facts about the plan: “Build more homes for the people who need them.”";
        assert_eq!(
            speaker_of(text, "My notebook").as_deref(),
            Some("One creator")
        );
        assert_eq!(speaker_of(text, "Build more"), None);
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
    fn one_quotation_repeated_in_one_article_groups_only_with_other_articles() {
        let q = |t: &str| (t.to_string(), Some("Mark Milley".to_string()));
        let seize = "When there is an opportunity to negotiate, seize it";
        // Repeated in one article, and nowhere else: not a group (and, at 20,000 copies,
        // one comparison, not 200 million).
        let alone = vec![
            vec![q(seize); 20_000],
            vec![q("Something else entirely was said here")],
        ];
        assert!(group(&alone).is_empty());
        // Once in another article too: every rendering joins the group.
        let mut twice = vec![
            vec![q(seize); 3],
            vec![q("Nothing like it, nothing at all here")],
        ];
        twice[1].push(q("When there’s an opportunity to negotiate, seize it."));
        let groups = group(&twice);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].1, [[0, 0], [0, 1], [0, 2], [1, 1]]);
    }

    #[test]
    fn the_same_quote_across_outlets_is_one_group() {
        let quotes = vec![
            vec![("When there’s an opportunity to negotiate when peace can be achieved, seize it,".to_string(), Some("Mark Milley".to_string()))],
            vec![("When there is an opportunity to negotiate, when peace can be achieved, seize it. Seize the moment,".to_string(), Some("Mark Milley".to_string()))],
            vec![("This is up to the Ukrainians. Nothing about Ukraine without Ukraine,".to_string(), Some("Joe Biden".to_string()))],
        ];
        let groups = group(&quotes);
        assert_eq!(
            groups,
            [(Some("Mark Milley".to_string()), vec![[0, 0], [1, 0]])]
        );
    }

    #[test]
    fn words_group_as_they_compare_whatever_the_apostrophe() {
        // Typed with a left single quote, a modifier letter, a typewriter apostrophe and a
        // right single quote: one quotation, as the differences between renderings say too.
        // Short, so that every word triple holds the apostrophe.
        let said = |text: &str| vec![(text.to_string(), None)];
        let quotes = vec![
            said("We don‘t know it"),
            said("We donʼt know it"),
            said("WE DON'T KNOW IT"),
            said("we don’t know it"),
        ];
        assert_eq!(
            group(&quotes),
            [(None, vec![[0, 0], [1, 0], [2, 0], [3, 0]])]
        );
    }
}
