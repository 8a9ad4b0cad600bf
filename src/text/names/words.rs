//! The words that tell the name reader what a capitalised word is — a title or job word
//! before a name (`Gen.`, `Fed Chair`), a thing or a calendar word that names no one
//! (`Monday`), an organisation word (`Council`, `Pentagon`), what institutions do
//! (`Security`) — and the [`Token`]: one word of a sentence with those answers worked out
//! once.
//!
//! The lists are apart from the reading in `mod.rs` because they change for other reasons:
//! an article with a new title or agency teaches a word, not a rule. Each list is looked up
//! as sorted packed keys (see [`pack`]), by binary search rather than a case-insensitive
//! comparison with every word.

use crate::lang::{en, words_of, Folded, WordList};
use crate::util::packed::sorted;

/// Titles, honorifics and the job words news puts before a name as one: the English
/// lexicon's titles ([`en::TITLES`]), compared case-insensitively, without a stop.
const TITLES: [&str; en::TITLES.count()] = words_of(&[en::TITLES]);

/// Words that make a run a place, an event or a document: neither a person nor an
/// organisation ("Dnieper River", "World War", "United States", "Budapest Memorandum",
/// "Trump Tower").
const THINGS: &[&str] = &[
    "accords",
    "act",
    "agreement",
    "amendment",
    "average",
    "avenue",
    "bay",
    "city",
    "coast",
    "composite",
    "county",
    "day",
    "hurricane",
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
    "tower",
    "treaty",
    "valley",
    "war",
];

/// Organisation words that name one organisation on their own.
const PROPER_SINGLE: &[&str] = &["congress", "kremlin", "parliament", "pentagon", "senate"];

/// Days and months ([`en::WEEKDAYS`], [`en::MONTHS`]): capitalised, but they end a name
/// rather than join it.
const CALENDAR: [&str; en::WEEKDAYS.count() + en::MONTHS.count()] =
    words_of(&[en::WEEKDAYS, en::MONTHS]);

/// Words that make a capitalised run an organisation.
const ORGANIZATION_WORDS: &[&str] = &[
    "administration",
    "agency",
    "airlines",
    "airways",
    "alliance",
    "army",
    "association",
    "authority",
    "bancorp",
    "bank",
    "board",
    "brigade",
    "bureau",
    "center",
    "centre",
    "channel",
    "chiefs",
    "church",
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
    "corps",
    "council",
    "court",
    "department",
    "electric",
    "electronics",
    "energy",
    "forces",
    "foundation",
    "fund",
    "gazette",
    "group",
    "guard",
    "herald",
    "holdings",
    "hospital",
    "house",
    "inc",
    "industry",
    "institute",
    "journal",
    "kremlin",
    "labs",
    "library",
    "lines",
    "llc",
    "ltd",
    "magazine",
    "media",
    "ministry",
    "motors",
    "museum",
    "nations",
    "navy",
    "network",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "partners",
    "party",
    "pentagon",
    "pharmaceuticals",
    "police",
    "post",
    "power",
    "press",
    "railway",
    "railways",
    "research",
    "school",
    "schools",
    "senate",
    "service",
    "services",
    "staff",
    "studios",
    "systems",
    "technologies",
    "telecom",
    "times",
    "tribune",
    "union",
    "university",
    "utilities",
    "utility",
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

/// Abbreviated place words, and `New`, which starts places (`New Hampshire`, `New Delhi`)
/// and no one's name: a run with one names a place (`St. Petersburg`, `Downing St.`).
/// What follows a surname and is no part of it: `James B. Comey Jr.`, `Henry Ford II`.
pub(super) const GENERATIONS: &[&str] = &["II", "III", "IV", "Jr", "Sr"];

pub(super) const PLACE_SHORT: &[&str] = &["Ave", "Blvd", "Ft", "Mt", "New", "Rd", "St", "Ste"];

/// Words that open a place's two-word name (`South Carolina`, `North Korea`, `San Diego`,
/// `Los Angeles`, `Fort Worth`) and no person's — the compass points close some (`Kanye
/// West`).
pub(super) const PLACE_OPENERS: &[&str] = &[
    "East", "Fort", "Las", "Los", "North", "Port", "San", "Santa", "South", "West",
];

/// Whether `word` is one that joins an organisation's name (`Economic Club of New York`).
fn is_connector(word: &str) -> bool {
    // A match rather than a list searched: asked of every word, and compiled to a test of
    // the length and a comparison of a few bytes.
    matches!(word, "for" | "of" | "on" | "the")
}

/// Capitals that are countries, not organisations.
const NOT_ORGANIZATIONS: &[&str] = &["EU", "I", "OK", "TV", "UK", "US", "USA"];

/// What `complement_goes_on` does not count as an organisation of its own.
const SHARED_WORDS: &[&str] = &["services", "research"];

// Each list once more as sorted packed keys (see `pack`), for a binary search instead of
// a case-insensitive comparison with every word of the list.
const TITLE_KEYS: [u128; TITLES.len()] = keys(&TITLES);
pub(super) const THING_KEYS: [u128; THINGS.len()] = keys(THINGS);
pub(super) const PROPER_SINGLE_KEYS: [u128; PROPER_SINGLE.len()] = keys(PROPER_SINGLE);
pub(super) const CALENDAR_KEYS: [u128; CALENDAR.len()] = keys(&CALENDAR);
pub(super) const ORGANIZATION_KEYS: [u128; ORGANIZATION_WORDS.len()] = keys(ORGANIZATION_WORDS);
pub(super) const INSTITUTIONAL_KEYS: [u128; INSTITUTIONAL.len()] = keys(INSTITUTIONAL);
pub(super) const NOT_ORGANIZATION_KEYS: [u128; NOT_ORGANIZATIONS.len()] = keys(NOT_ORGANIZATIONS);
pub(super) const SHARED_KEYS: [u128; SHARED_WORDS.len()] = keys(SHARED_WORDS);

/// A word of up to 15 bytes of ASCII, lower-cased and zero-padded into one number read
/// big-endian, its length in the last byte: two such words are equal ignoring ASCII case
/// exactly when their keys are. 0 for any other word: the lists hold only such words, and
/// none is empty, so 0 is in none of them.
fn pack(word: &str) -> u128 {
    let bytes = word.as_bytes();
    if bytes.len() > 15 {
        return 0;
    }
    let mut buf = [0u8; 16];
    buf[..bytes.len()].copy_from_slice(bytes);
    buf[15] = bytes.len() as u8;
    let x = u128::from_be_bytes(buf);
    // All sixteen bytes at once rather than one by one (the length byte is below `A`).
    const ONES: u128 = u128::MAX / 0xFF;
    const HIGH: u128 = ONES * 0x80;
    if x & HIGH != 0 {
        return 0; // beyond ASCII
    }
    // With every byte below 0x80, adding `0x80 - c` to each sets its high bit exactly when
    // the byte is at least `c`, and carries into no other byte: the high bits of `A`..=`Z`,
    // shifted to 0x20, lower-case them.
    let at_least_a = x + ONES * (0x80 - b'A' as u128);
    let beyond_z = x + ONES * (0x80 - b'Z' as u128 - 1);
    x | (at_least_a & !beyond_z & HIGH) >> 2
}

/// A word list as sorted keys (see [`pack`]), computed at compile time, which also checks
/// that every word can be packed.
const fn keys<const N: usize>(list: &[&str]) -> [u128; N] {
    let mut out = [0u128; N];
    let mut i = 0;
    while i < N {
        let word = list[i].as_bytes();
        assert!(!word.is_empty() && word.len() <= 15);
        let mut key = 0u128;
        let mut j = 0;
        while j < 15 {
            key <<= 8;
            if j < word.len() {
                assert!(word[j].is_ascii());
                key |= word[j].to_ascii_lowercase() as u128;
            }
            j += 1;
        }
        out[i] = key << 8 | word.len() as u128;
        i += 1;
    }
    sorted(out)
}

/// Whether the token's word is in the list (given as its `keys`), ignoring ASCII case.
pub(super) fn listed(keys: &[u128], t: &Token) -> bool {
    // Only capitalised words carry a key (see `Token::key`); the lower-case words a run
    // can hold (connectors, `and`) are in no list.
    debug_assert!(t.capital || !keys.contains(&pack(t.word)), "{}", t.word);
    t.key != 0 && keys.binary_search(&t.key).is_ok()
}

/// One word of a sentence, as the name reader sees it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Token<'t> {
    /// Without a possessive `’s`.
    pub(super) word: &'t str,
    /// Ends with a full stop right after it (`Gen.`, `A.`).
    pub(super) stop: bool,
    /// Separated from the previous token by more than white space (a comma, a dash).
    pub(super) broken: bool,
    /// Had a possessive `’s`: the name ends with it.
    pub(super) possessive: bool,
    /// Starts with a capital letter. This and what follows are worked out once per token
    /// rather than each time a run is read.
    pub(super) capital: bool,
    /// A single capital letter (`A` of `Mark A. Milley`).
    initial: bool,
    /// A connector ([`is_connector`]), as written.
    connector: bool,
    /// A title ([`TITLES`], capitalised, or one of the article's language's titles in
    /// either case).
    title: bool,
    /// `pack` of the word for the word lists, for a capitalised word only (0 otherwise):
    /// only those are looked up, and most words of a text are not capitalised.
    key: u128,
}

impl<'t> Token<'t> {
    /// `titles` are the article's language's titles, when it is not English.
    pub(super) fn new(
        word: &'t str,
        stop: bool,
        broken: bool,
        possessive: bool,
        titles: Option<WordList>,
    ) -> Self {
        let mut chars = word.chars();
        let capital = match word.as_bytes().first() {
            // The commonest case, without decoding a character.
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => chars.clone().next().is_some_and(char::is_uppercase),
        };
        chars.next();
        let key = if capital { pack(word) } else { 0 };
        let title = key != 0 && TITLE_KEYS.binary_search(&key).is_ok()
            || titles.is_some_and(|l| Folded::of(word).bytes().is_some_and(|w| l.holds(w)));
        Token {
            word,
            stop,
            broken,
            possessive,
            capital,
            initial: capital && chars.next().is_none(),
            connector: is_connector(word),
            title,
            key,
        }
    }
    pub(super) fn capitalised(&self) -> bool {
        self.capital
    }
    pub(super) fn initial(&self) -> bool {
        self.initial
    }
    pub(super) fn title(&self) -> bool {
        self.title
    }
    /// A particle of a surname (`de`, `da`, `van`, `Le`): see [`crate::lang::is_particle`].
    pub(super) fn particle(&self) -> bool {
        self.word.len() <= 5 && crate::lang::is_particle(self.word)
    }
    pub(super) fn acronym(&self) -> bool {
        let n = self.word.len();
        (2..=8).contains(&n)
            && self.word.bytes().all(|b| b.is_ascii_uppercase())
            && !listed(&NOT_ORGANIZATION_KEYS, self)
    }
    pub(super) fn connector(&self) -> bool {
        self.connector
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_lookups_ignore_ascii_case_as_a_comparison_would() {
        let lists: [(&[&str], &[u128]); 8] = [
            (&TITLES, &TITLE_KEYS),
            (THINGS, &THING_KEYS),
            (PROPER_SINGLE, &PROPER_SINGLE_KEYS),
            (&CALENDAR, &CALENDAR_KEYS),
            (ORGANIZATION_WORDS, &ORGANIZATION_KEYS),
            (INSTITUTIONAL, &INSTITUTIONAL_KEYS),
            (NOT_ORGANIZATIONS, &NOT_ORGANIZATION_KEYS),
            (SHARED_WORDS, &SHARED_KEYS),
        ];
        let mut words: Vec<String> = ["Council\0", "Counci", "Councils", "Cöuncil", "Z", "@gency"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for (list, _) in lists {
            for w in list {
                let mut title = w.to_ascii_lowercase();
                title[..1].make_ascii_uppercase();
                words.extend([
                    w.to_string(),
                    w.to_ascii_uppercase(),
                    title,
                    format!("{w}s"),
                ]);
            }
        }
        for word in &words {
            let token = Token::new(word, false, false, false, None);
            if !token.capital {
                // Not looked up (see `listed`).
                assert_eq!(token.key, 0);
                continue;
            }
            for (list, keys) in lists {
                let expected = list.iter().any(|w| w.eq_ignore_ascii_case(word));
                assert_eq!(listed(keys, &token), expected, "{word} in {list:?}");
            }
        }
    }
}
