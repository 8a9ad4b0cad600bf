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

use std::collections::HashMap;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::report::{DocumentReport, QuoteKind};
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

/// Verbs that attribute a quotation.
const CUES: &[&str] = &[
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "announced",
    "argued",
    "asked",
    "asks",
    "believes",
    "claimed",
    "claims",
    "conceded",
    "continued",
    "declared",
    "emphasized",
    "explained",
    "insisted",
    "noted",
    "notes",
    "recalled",
    "reiterated",
    "replied",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "stressed",
    "suggested",
    "tells",
    "thinks",
    "told",
    "tweeted",
    "urged",
    "warned",
    "wrote",
    "writes",
];

/// Longest speaker phrase read, in words.
const MAX_SPEAKER_WORDS: usize = 8;

fn is_cue(word: &str) -> bool {
    CUES.iter().any(|c| c.eq_ignore_ascii_case(word))
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
    let mut out: Vec<Quotation> = Vec::new();
    let mut last_top: Option<usize> = None;
    for span in marks::pair(text, &paragraphs) {
        let inner = &text[span.inner.clone()];
        let words = inner.unicode_words().count();
        if words == 0 {
            continue;
        }
        let context = sentence_around(sentences, &span.outer);
        let before = &text[context.start.min(span.outer.start)..span.outer.start];
        let after = &text[span.outer.end..context.end.max(span.outer.end)];
        let mut quotation = Quotation {
            outer: span.outer.clone(),
            inner: span.inner.clone(),
            kind: kind(inner, words, before),
            speaker: None,
            cue: None,
            depth: span.depth,
            closed: span.closed,
            continues: None,
        };
        // Scare quotes (terms, irony) are nobody's words.
        if span.depth == 0 && quotation.kind != QuoteKind::Scare {
            // A dash attribution stands after the quotation's own sentence, so look to the
            // paragraph's end for one.
            let paragraph_end = paragraphs
                .get(paragraph_of(&paragraphs, span.outer.start))
                .map_or(span.outer.end, |p| p.end.max(span.outer.end));
            let tail = text[span.outer.end..paragraph_end].trim_start();
            let dashed = tail.starts_with(['—', '–']).then_some(tail);
            if let Some((phrase, cue)) =
                attribution_after(dashed.unwrap_or(after)).or_else(|| attribution_before(before))
            {
                quotation.speaker = resolve(&phrase, text, span.outer.start, &people);
                quotation.cue = cue.map(str::to_lowercase);
            } else if let Some(previous) = last_top.map(|i| &out[i]) {
                // No attribution of its own: it continues the quotation just before it — in
                // the same paragraph with only the attribution between them, or opening the
                // very next paragraph.
                let here = paragraph_of(&paragraphs, span.outer.start);
                let there = paragraph_of(&paragraphs, previous.outer.start);
                let between = &text[previous.outer.end.min(span.outer.start)..span.outer.start];
                let adjacent = (here == there && between.split_whitespace().count() <= 12)
                    || (here == there + 1 && paragraph_is_quote(&paragraphs, &span.outer, text));
                if previous.speaker.is_some() && adjacent {
                    quotation.speaker = previous.speaker.clone();
                    quotation.cue = previous.cue.clone();
                    quotation.continues = last_top;
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
fn kind(inner: &str, words: usize, before: &str) -> QuoteKind {
    let capital = inner
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_uppercase);
    // A word or three is a term or irony, unless it is a whole sentence (“Seize the moment.”).
    let sentence = capital
        && inner
            .trim_end_matches(['”', '’', '"', '\'', ','])
            .ends_with(['.', '!', '?']);
    if words <= 3 && !sentence {
        return QuoteKind::Scare;
    }
    let lead = before.trim_end();
    let opens = lead.is_empty()
        || lead.ends_with([':', ',', '—'])
        || lead.unicode_words().next_back().is_some_and(is_cue);
    if capital && opens {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// `,” Milley said`, `,” said Milley`, `?” one US official said`: the speaker phrase and
/// the cue, read from the text right after the quotation.
fn attribution_after(after: &str) -> Option<(String, Option<&str>)> {
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    // `— Commissioner Geoffrey Starks`: a dash and a name, no verb.
    if let Some(rest) = after.strip_prefix(['—', '–', '-']) {
        let phrase = rest.split(['.', ',', ';', '(']).next().unwrap_or("").trim();
        let words = phrase.split_whitespace().count();
        return (words > 0 && words <= MAX_SPEAKER_WORDS).then(|| (phrase.to_string(), None));
    }
    // It must follow directly, not after a new sentence's worth of words. After a
    // quotation, `the statement read` and `she wrote` attribute too.
    let head: Vec<(usize, &str)> = after
        .unicode_word_indices()
        .take(MAX_SPEAKER_WORDS + 2)
        .collect();
    let cue_at = head
        .iter()
        .position(|(_, w)| is_cue(w) || matches!(*w, "read" | "reads" | "posted"))?;
    let (cue_offset, cue) = head[cue_at];
    if cue_at > 0 {
        let phrase = after[..cue_offset].trim();
        if phrase.contains(['.', '!', '?', ';', '“', '”', '"']) {
            return None;
        }
        // `Jane Smith, a doctor, said`: the name, not its apposition.
        let phrase = phrase.split(',').next().unwrap_or(phrase).trim();
        return Some((phrase.to_string(), Some(cue)));
    }
    // `said Milley`, `said President Biden at a news conference`.
    let rest = &after[cue_offset + cue.len()..];
    let clause = rest
        .split([',', '.', ';', ':', '!', '?', '—'])
        .next()
        .unwrap_or("");
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
    let words: Vec<(usize, &str)> = before.unicode_word_indices().collect();
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
    let cue_at = words.iter().rposition(|(_, w)| is_cue(w))?;
    let (cue_offset, cue) = words[cue_at];
    // The subject: the words before the cue, back to a comma or the sentence's start. The
    // caller prefers a person named anywhere in it (`Milley said Russia … but believes`).
    let subject = &before[..cue_offset];
    let mut clauses = subject.rsplit([',', ';', ':', '—', '(']);
    let mut clause = clauses.next()?.trim();
    // `Jane Smith, a doctor, said:`: past the apposition to the name.
    if clause.is_empty() {
        clause = clauses.nth(1).unwrap_or("").trim();
    }
    let phrase: Vec<&str> = clause.split_whitespace().collect();
    if phrase.is_empty() {
        return None;
    }
    Some((phrase.join(" "), Some(cue)))
}

fn is_preposition(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "after", "as", "at", "before", "during", "earlier", "from", "in", "last", "later", "of",
        "on", "that", "this", "to", "when", "while",
    ];
    WORDS.contains(&word)
}

/// The canonical speaker for a phrase: a person the article names, the person last named
/// before the quotation for a pronoun, or the description as written.
fn resolve(phrase: &str, text: &str, at: usize, people: &[&Name]) -> Option<String> {
    let phrase = phrase
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim();
    if phrase.is_empty() {
        return None;
    }
    let surname = |n: &Name| n.name.rsplit(' ').next().unwrap_or(&n.name).to_string();
    // A name the article knows, in any of its forms: the first one in the phrase, and of
    // the people sharing that surname, the one named most (`people` is ordered so).
    let words: Vec<&str> = phrase.unicode_words().collect();
    let named = words.iter().find_map(|w| {
        let w = w.trim_end_matches("’s");
        people.iter().find(|p| surname(p) == w)
    });
    if let Some(person) = named {
        return Some(person.name.clone());
    }
    let lower = phrase.to_lowercase();
    if matches!(lower.as_str(), "he" | "she" | "him" | "her") {
        // The person last named before the quotation, within a few paragraphs.
        let window_start = floor_char_boundary(text, at.saturating_sub(3000));
        let window = &text[window_start..at];
        return people
            .iter()
            .filter_map(|p| window.rfind(&surname(p)).map(|i| (i, p)))
            .rev()
            .max_by_key(|(i, _)| *i)
            .map(|(_, p)| p.name.clone());
    }
    if matches!(lower.as_str(), "they" | "we" | "i" | "it" | "you") {
        return None;
    }
    // "The top US military officer said", in an article about one general: a definite
    // description with a title in it is the person the article is about.
    const ROLES: &[&str] = &[
        "adviser",
        "advisor",
        "chairman",
        "chief",
        "commander",
        "diplomat",
        "envoy",
        "general",
        "leader",
        "minister",
        "officer",
        "president",
        "secretary",
        "spokesman",
        "spokeswoman",
    ];
    let definite = lower.starts_with("the ");
    if definite && lower.split_whitespace().any(|w| ROLES.contains(&w)) {
        if let Some(main) = people.first() {
            return Some(main.name.clone());
        }
    }
    // A description, as written: its last few words (`one US official`).
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let words = &words[words.len().saturating_sub(MAX_SPEAKER_WORDS)..];
    Some(words.join(" "))
}

/// Speakers named by surname alone in one article take the full name another article gives
/// them, when only one person across the articles bears that surname.
pub fn unify_speakers(documents: &mut [DocumentReport]) {
    let mut bearers: HashMap<String, Vec<String>> = HashMap::new();
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
    // Each distinct quotation as a set of word triples (case, quote marks and punctuation
    // folded), with every rendering of it.
    let mut shingles: Vec<Vec<u64>> = Vec::new();
    let mut renderings: Vec<Vec<[usize; 2]>> = Vec::new();
    let mut seen: HashMap<Vec<u64>, usize> = HashMap::new();
    for (d, doc) in quotes.iter().enumerate() {
        for (q, (inner, _)) in doc.iter().enumerate() {
            let words: Vec<String> = inner
                .unicode_words()
                .map(|w| w.to_lowercase().replace('’', "'"))
                .collect();
            if words.len() < 4 {
                continue;
            }
            let mut set: Vec<u64> = words.windows(3).map(|w| hash(&w.join(" "))).collect();
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
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
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
    let mut parent: Vec<usize> = (0..shingles.len()).collect();
    for (i, set) in shingles.iter().enumerate() {
        let mut shared: HashMap<usize, usize> = HashMap::new();
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
                union(&mut parent, i, j);
                grouped[i] = true;
                grouped[j] = true;
            }
        }
    }
    let mut groups: HashMap<usize, Vec<[usize; 2]>> = HashMap::new();
    for i in (0..shingles.len()).filter(|&i| grouped[i]) {
        let root = find(&mut parent, i);
        groups
            .entry(root)
            .or_default()
            .extend_from_slice(&renderings[i]);
    }
    let mut out: Vec<(Option<String>, Vec<[usize; 2]>)> = groups
        .into_values()
        .map(|mut members| {
            let mut votes: HashMap<&str, usize> = HashMap::new();
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

fn hash(s: &str) -> u64 {
    // FNV-1a: stable across platforms and runs, so reports are reproducible.
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
