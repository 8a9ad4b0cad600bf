//! The people and organisations an article names, each once, however it names them.
//!
//! A reader knows that "Chairman of the Joint Chiefs of Staff Gen. Mark Milley",
//! "Gen. Mark A. Milley", "General Milley" and "Milley’s" are one person, and that
//! "National Security Advisor Jake Sullivan" is Jake Sullivan holding a title. This module
//! reads runs of capitalised words inside the article's sentences: titles are split off,
//! middle initials and possessives dropped, runs with an organisation word (`Council`,
//! `Club`, `Pentagon`) or in capitals (`NATO`) are organisations (joined across `and` when
//! what comes before names what an institution does: `National Security and Defense
//! Council`), such words never make a person (`National Security`), and a lone surname is
//! merged into the one person of the article who bears it. Quotation attribution uses the
//! same canonical names, so "he" and "Milley" end up as "Mark Milley".
//!
//! It works without a gazetteer, so a lone capitalised word that is not a known surname
//! (`Russia`, `Kherson`) is left alone rather than guessed at.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::is_stopword;

/// A person or an organisation named in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    /// The canonical name: first and last name for a person, the full name of an
    /// organisation.
    pub name: String,
    pub kind: NameKind,
    /// How many times the text names it, in any form.
    pub mentions: usize,
    /// The forms it was named in, as written (titles included), sorted.
    pub variants: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NameKind {
    Person,
    Organization,
}

/// Titles that stand before a person's name (compared case-insensitively, without a stop).
const TITLES: &[&str] = &[
    "adm",
    "admiral",
    "adviser",
    "advisor",
    "ambassador",
    "attorney",
    "capt",
    "captain",
    "chairman",
    "chairwoman",
    "chief",
    "chancellor",
    "col",
    "colonel",
    "commissioner",
    "detective",
    "director",
    "executive",
    "dr",
    "gen",
    "general",
    "gov",
    "governor",
    "inspector",
    "judge",
    "justice",
    "king",
    "leader",
    "lt",
    "maj",
    "major",
    "mayor",
    "minister",
    "mr",
    "mrs",
    "ms",
    "pope",
    "president",
    "prince",
    "prof",
    "professor",
    "queen",
    "rep",
    "representative",
    "rev",
    "reverend",
    "sec",
    "secretary",
    "sen",
    "senator",
    "sgt",
    "sheriff",
    "spokesman",
    "spokeswoman",
    "superintendent",
    "vp",
];

/// Words that make a run a place, an event or a document: neither a person nor an
/// organisation ("Dnieper River", "World War", "United States", "Budapest Memorandum").
const THINGS: &[&str] = &[
    "accords",
    "act",
    "agreement",
    "average",
    "avenue",
    "bay",
    "city",
    "coast",
    "composite",
    "county",
    "day",
    "index",
    "island",
    "kingdom",
    "lake",
    "memorandum",
    "mountains",
    "ocean",
    "oblast",
    "plan",
    "province",
    "region",
    "republic",
    "river",
    "road",
    "sea",
    "states",
    "street",
    "treaty",
    "valley",
    "war",
];

/// Organisation words that name one organisation on their own.
const PROPER_SINGLE: &[&str] = &["congress", "kremlin", "parliament", "pentagon", "senate"];

/// Days and months: capitalised, but they end a name rather than join it.
const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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

/// Words that make a capitalised run an organisation.
const ORGANIZATION_WORDS: &[&str] = &[
    "administration",
    "agency",
    "alliance",
    "army",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "center",
    "centre",
    "channel",
    "chiefs",
    "clinic",
    "club",
    "coalition",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "confederation",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "electronics",
    "energy",
    "forces",
    "foundation",
    "fund",
    "group",
    "guard",
    "hospital",
    "house",
    "inc",
    "industry",
    "institute",
    "journal",
    "kremlin",
    "ministry",
    "nations",
    "navy",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "post",
    "press",
    "research",
    "senate",
    "service",
    "services",
    "staff",
    "times",
    "union",
    "university",
];

/// Words of what institutions are for, never of a person's name: a run made of them is not
/// a person (`National Security`), and one joins an organisation's name across `and`
/// (`National Security and Defense Council`, `Food and Drug Administration`).
const INSTITUTIONAL: &[&str] = &[
    "affairs",
    "agriculture",
    "communications",
    "control",
    "customs",
    "defence",
    "defense",
    "development",
    "disease",
    "drug",
    "economic",
    "education",
    "emergency",
    "environment",
    "environmental",
    "exchange",
    "federal",
    "finance",
    "food",
    "foreign",
    "health",
    "homeland",
    "housing",
    "human",
    "immigration",
    "intelligence",
    "interior",
    "international",
    "labor",
    "labour",
    "management",
    "national",
    "prevention",
    "public",
    "resources",
    "rights",
    "science",
    "securities",
    "security",
    "technology",
    "trade",
    "transport",
    "transportation",
    "urban",
    "veterans",
];

/// Abbreviated place words: a run with one names a place (`St. Petersburg`, `Downing St.`).
const PLACE_SHORT: &[&str] = &["Ave", "Blvd", "Ft", "Mt", "Rd", "St", "Ste"];

/// Capitalised words that join an organisation's name (`Economic Club of New York`).
const CONNECTORS: &[&str] = &["for", "of", "on", "the"];

/// Capitals that are countries, not organisations.
const NOT_ORGANIZATIONS: &[&str] = &["EU", "I", "OK", "TV", "UK", "US", "USA"];

fn listed(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// One word of a sentence, as the name reader sees it.
#[derive(Debug, Clone, Copy)]
struct Token<'t> {
    /// Without a possessive `’s`.
    word: &'t str,
    /// Ends with a full stop right after it (`Gen.`, `A.`).
    stop: bool,
    /// Separated from the previous token by more than white space (a comma, a dash).
    broken: bool,
    /// Had a possessive `’s`: the name ends with it.
    possessive: bool,
}

impl Token<'_> {
    fn capitalised(&self) -> bool {
        self.word.chars().next().is_some_and(char::is_uppercase)
    }
    fn initial(&self) -> bool {
        self.word.chars().count() == 1 && self.capitalised()
    }
    fn title(&self) -> bool {
        listed(TITLES, self.word)
    }
    fn acronym(&self) -> bool {
        let n = self.word.len();
        (2..=8).contains(&n)
            && self.word.bytes().all(|b| b.is_ascii_uppercase())
            && !listed(NOT_ORGANIZATIONS, self.word)
    }
    fn connector(&self) -> bool {
        CONNECTORS.contains(&self.word)
    }
}

/// The names in `text`, read from the given sentences (byte ranges into `text`) and the
/// words inside them, most mentioned first.
pub fn names(text: &str, sentences: &[Range<usize>], words: &[Range<usize>]) -> Vec<Name> {
    let mut found = Found::default();
    let mut w = 0;
    for sentence in sentences {
        while w < words.len() && words[w].start < sentence.start {
            w += 1;
        }
        let mut tokens = Vec::new();
        let mut gaps = Vec::new();
        let mut previous_end = sentence.start;
        while w < words.len() && words[w].end <= sentence.end {
            let r = words[w].clone();
            let full = &text[r.clone()];
            let word = full
                .strip_suffix("’s")
                .or_else(|| full.strip_suffix("'s"))
                .unwrap_or(full);
            let gap = &text[previous_end..r.start];
            tokens.push(Token {
                word,
                stop: text[r.end..].starts_with('.'),
                broken: !gap.chars().all(|c| c.is_whitespace() || c == '.'),
                possessive: word.len() < full.len(),
            });
            gaps.push(gap);
            previous_end = r.end;
            w += 1;
        }
        // `Margaret “Peggy” Sullivan`: a nickname in quotation marks inside a name is left
        // out, and the name runs on across it.
        let mut k = 1;
        while k + 1 < tokens.len() {
            let only = |gap: &str, marks: &str| {
                let gap = gap.trim();
                !gap.is_empty() && gap.chars().all(|c| marks.contains(c))
            };
            if only(gaps[k], "“\"‘'")
                && only(gaps[k + 1], "”\"’'")
                && tokens[k - 1..=k + 1].iter().all(Token::capitalised)
                && !tokens[k - 1].possessive
            {
                tokens.remove(k);
                gaps.remove(k);
                tokens[k].broken = false;
            } else {
                k += 1;
            }
        }
        read_sentence(&tokens, &mut found);
    }
    found.finish()
}

#[derive(Default)]
struct Found {
    /// Canonical person name → variants written and mentions.
    people: HashMap<String, (Vec<String>, usize)>,
    organizations: HashMap<String, (Vec<String>, usize)>,
    /// Lone surnames, to merge into people once all full names are known.
    surnames: HashMap<String, (Vec<String>, usize)>,
}

impl Found {
    fn add(map: &mut HashMap<String, (Vec<String>, usize)>, name: String, variant: String) {
        let entry = map.entry(name).or_default();
        entry.1 += 1;
        if !entry.0.contains(&variant) {
            entry.0.push(variant);
        }
    }

    fn finish(mut self) -> Vec<Name> {
        // A lone surname joins the person who bears it; with none, it is left out rather
        // than guessed.
        for (surname, (variants, mentions)) in std::mem::take(&mut self.surnames) {
            let bearers: Vec<String> = self
                .people
                .keys()
                .filter(|p| p.rsplit(' ').next() == Some(surname.as_str()))
                .cloned()
                .collect();
            // Several bearers: the one named most in full ("Mark Milley", not a stray
            // "Sorry Milley" from a comment).
            let bearer = bearers
                .iter()
                .max_by(|a, b| {
                    let count = |p: &String| self.people.get(p).map_or(0, |e| e.1);
                    count(a).cmp(&count(b)).then_with(|| b.cmp(a))
                })
                .cloned();
            if let Some(person) = bearer {
                if let Some(entry) = self.people.get_mut(&person) {
                    entry.1 += mentions;
                    for v in variants {
                        if !entry.0.contains(&v) {
                            entry.0.push(v);
                        }
                    }
                }
            }
        }
        let mut out: Vec<Name> = self
            .people
            .into_iter()
            .map(|(name, v)| (name, NameKind::Person, v))
            .chain(
                self.organizations
                    .into_iter()
                    .map(|(name, v)| (name, NameKind::Organization, v)),
            )
            .map(|(name, kind, (mut variants, mentions))| {
                crate::sort::sort(&mut variants);
                Name {
                    name,
                    kind,
                    mentions,
                    variants,
                }
            })
            .collect();
        crate::sort::sort_by(&mut out, |a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.name.cmp(&b.name))
        });
        out
    }
}

/// Finds the runs of capitalised words in one sentence and reads each.
fn read_sentence(tokens: &[Token], found: &mut Found) {
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].capitalised() {
            i += 1;
            continue;
        }
        // A run: capitalised words, and connectors between two of them.
        let start = i;
        let mut end = i + 1;
        while end < tokens.len() && !tokens[end].broken && !tokens[end - 1].possessive {
            let t = &tokens[end];
            let proper = |t: &Token| t.capitalised() && !listed(CALENDAR, t.word);
            // Connectors join only between capitalised words: "Chiefs of Staff", "Club of the …".
            let after = tokens[end..]
                .iter()
                .position(|n| !n.connector() || n.broken)
                .map(|p| &tokens[end + p]);
            let joins = proper(t)
                || (t.connector() && after.is_some_and(|n| proper(n) && !n.broken))
                || joins_across_and(&tokens[start..end], &tokens[end..]);
            if !joins {
                break;
            }
            end += 1;
        }
        read_run(&tokens[start..end], start == 0, found);
        i = end;
    }
}

/// Whether `rest`, which opens with `and`, goes on with the organisation `run` began:
/// `National Security and Defense Council`, `Food and Drug Administration`. The run before
/// holds only words of what institutions do, so `Jake Sullivan and the National Security
/// Council` stay apart; what follows `and` (a few capitalised words) reaches an
/// organisation word.
fn joins_across_and(run: &[Token], rest: &[Token]) -> bool {
    let Some((and, after)) = rest.split_first() else {
        return false;
    };
    if and.word == "and" && complement_goes_on(run, after) {
        return true;
    }
    let institutional = |t: &Token| listed(INSTITUTIONAL, t.word);
    if and.word != "and"
        || !run.iter().any(institutional)
        || !run
            .iter()
            .all(|t| t.connector() || is_stopword(t.word) || institutional(t))
    {
        return false;
    }
    after
        .iter()
        .take(6)
        .take_while(|t| !t.broken && (t.capitalised() || t.connector()))
        .any(|t| listed(ORGANIZATION_WORDS, t.word))
}

/// `Department of Health and Human Services`, `National Institute of Allergy and Infectious
/// Diseases`, `Secretary of Health and Human Services`: the run ends in an organisation word
/// or a title, `of` and up to three words, and after `and` come up to three capitalised
/// words that end the run and name no organisation or title of their own (so
/// `Department of Defense and Congress` stay two).
fn complement_goes_on(run: &[Token], after: &[Token]) -> bool {
    let Some(of) = run.iter().rposition(|t| t.word == "of") else {
        return false;
    };
    let head = of.checked_sub(1).map(|h| &run[h]);
    let complement = &run[of + 1..];
    if !head.is_some_and(|h| listed(ORGANIZATION_WORDS, h.word) || h.title())
        || complement.is_empty()
        || complement.len() > 3
        || complement.iter().any(|t| !t.capitalised())
    {
        return false;
    }
    let more = after
        .iter()
        .take(4)
        .take_while(|t| !t.broken && t.capitalised())
        .count();
    let own = |t: &Token| {
        listed(ORGANIZATION_WORDS, t.word) && !listed(&["services", "research"], t.word)
            || listed(PROPER_SINGLE, t.word)
            || t.title()
            || t.acronym()
    };
    (1..=3).contains(&more)
        && !after[..more].iter().any(own)
        && after.get(more).is_none_or(|t| t.broken || !t.connector())
}

/// Reads one run of capitalised words: splits it at titles, then names what is left.
fn read_run(run: &[Token], sentence_start: bool, found: &mut Found) {
    let written = |part: &[Token]| -> String {
        part.iter()
            .map(|t| {
                if t.stop {
                    format!("{}.", t.word)
                } else {
                    t.word.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut i = 0;
    let mut segment = 0;
    let mut title: Option<usize> = None;
    while i < run.len() {
        if !run[i].title() {
            i += 1;
            continue;
        }
        // What stands before a title qualifies it ("National Security Advisor"): only an
        // organisation can be named there ("NATO Secretary General") — unless an earlier
        // title precedes it, whose name it then is.
        let titled = title.map(|t| written(&run[t..i]));
        let qualifier = titled.is_none();
        read_part(&run[segment..i], false, titled, qualifier, found);
        title = Some(i);
        i += 1;
        // A title's complement: "Secretary of State", "Chairman of the Joint Chiefs of Staff".
        if run.get(i).is_some_and(Token::connector) {
            let from = i;
            while run.get(i).is_some_and(Token::connector) {
                i += 1;
            }
            let next_title = run[i..]
                .iter()
                .position(Token::title)
                .map_or(run.len(), |p| i + p);
            match run[i..next_title]
                .iter()
                .rposition(|t| listed(ORGANIZATION_WORDS, t.word))
            {
                Some(k) => {
                    read_part(&run[from..=i + k], false, None, true, found);
                    i += k + 1;
                }
                None => i += 1,
            }
        }
        segment = i;
    }
    let titled = title.map(|t| written(&run[t..]));
    read_part(
        &run[segment.min(run.len())..],
        sentence_start && segment == 0,
        titled,
        false,
        found,
    );
}

/// Names what is left of a run once titles are split off: an organisation, a person, or a
/// lone surname to merge later. `titled` is the part written with its title, when it had one.
fn read_part(
    part: &[Token],
    sentence_start: bool,
    titled: Option<String>,
    organizations_only: bool,
    found: &mut Found,
) {
    // Connectors and stopwords at the edges ("The", "of the") are not the name.
    let mut part = part;
    while let Some((first, rest)) = part.split_first() {
        if first.connector() || is_stopword(first.word) || (!first.capitalised()) {
            part = rest;
        } else {
            break;
        }
    }
    while let Some((last, rest)) = part.split_last() {
        if last.connector() || !last.capitalised() {
            part = rest;
        } else {
            break;
        }
    }
    if part.is_empty() {
        return;
    }
    let written: String = part
        .iter()
        .map(|t| {
            if t.stop && t.initial() {
                format!("{}.", t.word)
            } else {
                t.word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    // `Capt. Rita Gonzales of the Washington County Sheriff’s Office`: after a title the
    // name ends at the first connector; what follows can only be an organisation.
    if let (Some(title), false) = (&titled, organizations_only) {
        if let Some(k) = part.iter().position(Token::connector).filter(|&k| k > 0) {
            let cut = format!(" {} ", part[k].word);
            let title = title.split(&cut).next().unwrap_or(title).to_string();
            read_part(&part[..k], sentence_start, Some(title), false, found);
            read_part(&part[k..], false, None, true, found);
            return;
        }
    }
    let variant = titled.unwrap_or_else(|| written.clone());
    if part.len() > 1 && part.iter().any(|t| listed(THINGS, t.word)) {
        return;
    }
    let organization = match part {
        [one] => one.acronym() || listed(PROPER_SINGLE, one.word),
        _ => part.iter().any(|t| listed(ORGANIZATION_WORDS, t.word)),
    };
    if organization {
        Found::add(&mut found.organizations, written, variant);
        return;
    }
    if organizations_only {
        return;
    }
    let names: Vec<&Token> = part.iter().filter(|t| !t.initial()).collect();
    // People's names are not in capitals ("Ukraine US" is two places).
    if names
        .iter()
        .any(|t| t.word.chars().count() > 1 && t.acronym() || listed(NOT_ORGANIZATIONS, t.word))
    {
        return;
    }
    let plain = |t: &Token| {
        t.word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'')
    };
    if !names.iter().all(|t| plain(t)) || part.iter().any(|t| t.connector()) {
        return;
    }
    // `National Security`, `Homeland Security`: what an institution does, not who someone
    // is; `St. Petersburg`, `Downing St.`: a place.
    if names
        .iter()
        .any(|t| listed(INSTITUTIONAL, t.word) || PLACE_SHORT.contains(&t.word))
    {
        return;
    }
    match names.as_slice() {
        // First and last name, middle names and initials dropped.
        [first, .., last] if names.len() <= 4 => {
            let canonical = format!("{} {}", first.word, last.word);
            Found::add(&mut found.people, canonical, variant);
        }
        // A lone surname: after a title for sure, or anywhere if someone bears it.
        [only] if !(sentence_start && is_stopword(only.word)) => {
            Found::add(&mut found.surnames, only.word.to_string(), variant);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    fn named(text: &str) -> Vec<(String, NameKind, usize)> {
        let doc = Document::new(text);
        names(doc.text(), doc.sentences(), doc.words())
            .into_iter()
            .map(|n| (n.name, n.kind, n.mentions))
            .collect()
    }

    fn people(text: &str) -> Vec<String> {
        let mut found: Vec<String> = named(text)
            .into_iter()
            .filter(|n| n.1 == NameKind::Person)
            .map(|n| n.0)
            .collect();
        found.sort();
        found
    }

    #[test]
    fn clergy_prosecutors_police_and_leaders_are_titles() {
        assert_eq!(
            people(
                "The pastor, the Rev. Thomas Nguyen, spoke. Acting U.S. Attorney Joshua Levy agreed. \
                 Chief Superintendent Neil Harding and Senate Majority Leader Paul Whitaker did not."
            ),
            ["Joshua Levy", "Neil Harding", "Paul Whitaker", "Thomas Nguyen"]
        );
        assert_eq!(
            people("Hadley Fire Chief Robert Doane and Chief Executive Tim Cook spoke."),
            ["Robert Doane", "Tim Cook"]
        );
    }

    #[test]
    fn boards_clinics_police_and_authorities_are_not_people() {
        assert_eq!(
            people(
                "The Riverside Unified School Board met. Staff at Cleveland Clinic and Cornwall \
                 Police agreed, as did the Metro Transit Authority and Human Services."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_titled_name_ends_where_its_organisation_begins() {
        let found = named(
            "“Stay out,” said Capt. Rita Gonzales of the Washington County Sheriff’s Office.",
        );
        assert!(
            found
                .iter()
                .any(|n| n.0 == "Rita Gonzales" && n.1 == NameKind::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_nickname_in_quotation_marks_stays_inside_the_name() {
        assert_eq!(
            people("Margaret “Peggy” Sullivan, 61, pleaded guilty. Sullivan apologized."),
            ["Margaret Sullivan"]
        );
    }

    fn person(name: &str, mentions: usize) -> (String, NameKind, usize) {
        (name.to_string(), NameKind::Person, mentions)
    }

    fn organization(name: &str, mentions: usize) -> (String, NameKind, usize) {
        (name.to_string(), NameKind::Organization, mentions)
    }

    #[test]
    fn one_person_however_named() {
        let text = "Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke. \
                    Gen. Mark A. Milley, the top officer, agreed. General Milley’s view is not shared. \
                    Milley said so.";
        let got = named(text);
        assert_eq!(got[0], person("Mark Milley", 4), "{got:?}");
        assert!(
            got.contains(&organization("Joint Chiefs of Staff", 1)),
            "{got:?}"
        );
    }

    #[test]
    fn titles_are_split_from_names() {
        let got = named(
            "National Security Advisor Jake Sullivan and Secretary of State Antony Blinken disagree. \
             Sullivan told reporters.",
        );
        assert!(got.contains(&person("Jake Sullivan", 2)), "{got:?}");
        assert!(got.contains(&person("Antony Blinken", 1)), "{got:?}");
    }

    #[test]
    fn organisations_by_their_words_or_capitals() {
        let got = named(
            "He spoke at the Economic Club of New York on Wednesday. NATO and the Pentagon agreed, \
             POLITICO said. Sullivan’s National Security Council resisted.",
        );
        for org in [
            "Economic Club of New York",
            "NATO",
            "Pentagon",
            "POLITICO",
            "National Security Council",
        ] {
            assert!(got.contains(&organization(org, 1)), "{org}: {got:?}");
        }
    }

    #[test]
    fn what_institutions_do_is_not_a_person() {
        let got = named(
            "Zelenskyy enacted a decision taken by the National Security and Defense Council. \
             The Food and Drug Administration agreed. National Security Advisor Jake Sullivan \
             and the National Security Council met. Homeland Security was not told. The \
             Health Resources and Services Administration was. The Department of Health and \
             Human Services and the National Institute of Allergy and Infectious Diseases \
             agreed. The Department of Defense and Congress did not.",
        );
        for org in [
            "Department of Health and Human Services",
            "National Institute of Allergy and Infectious Diseases",
            "National Security and Defense Council",
            "Food and Drug Administration",
            "National Security Council",
            "Health Resources and Services Administration",
        ] {
            assert!(got.contains(&organization(org, 1)), "{org}: {got:?}");
        }
        assert!(got.contains(&person("Jake Sullivan", 1)), "{got:?}");
        assert!(
            got.contains(&organization("Department of Defense", 1)),
            "{got:?}"
        );
        assert!(got.contains(&organization("Congress", 1)), "{got:?}");
        let people: Vec<_> = got.iter().filter(|n| n.1 == NameKind::Person).collect();
        assert_eq!(people.len(), 1, "{got:?}");
        // Places and market indexes are not people either.
        assert_eq!(
            super::tests::people(
                "Landfall came near St. Petersburg. She was at No. 10 Downing St. on Monday. \
                 The Dow Jones Industrial Average and the Nasdaq Composite fell."
            ),
            Vec::<String>::new()
        );
        // A person before `and` stays a person.
        assert_eq!(
            super::tests::people("Jake Sullivan and Defense Council members met."),
            ["Jake Sullivan"]
        );
    }

    #[test]
    fn places_and_sentence_openers_are_not_named() {
        let got =
            named("Russia and Ukraine met. The talks ended. But Kyiv said no. US officials left.");
        assert!(got.is_empty(), "{got:?}");
    }
}
