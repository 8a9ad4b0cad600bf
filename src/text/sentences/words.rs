//! The words that decide a candidate cut: titles and abbreviations that never end a
//! sentence (`Gen.`, `Nov.`), those that may (`U.S.`), company suffixes, job titles, clock
//! followers, words that open sentences, and the lookup ([`listed`]) that matches them as
//! written, capitalised or in capitals.
//!
//! The lists are apart from the cutting in `mod.rs` because they grow with the texts read —
//! a new abbreviation is a word here, not a rule there.

use crate::lang::{en, WordList};
use crate::util::lower;

/// Titles abbreviated before a name (`Gen.`, `Dr.`, `Supt.`): never a sentence's end.
const TITLES_SHORT: &[&str] = &[
    "Adm", "Capt", "Col", "Dr", "Gen", "Gov", "Lt", "Maj", "Mr", "Mrs", "Ms", "Prof", "Rep", "Rev",
    "Sen", "Sgt", "Supt",
];

/// Abbreviations inside or after a name (`Jr.`, `St. Louis`, `Mt. Everest`) that may also
/// end a sentence.
const NAMES_SHORT: &[&str] = &["Jr", "Mt", "Sr", "St"];

/// Titles and abbreviations that stand before a name or a number: never a sentence's end.
/// Matched as written (see [`listed`]), so the word `art` is not `Art.`.
pub(super) const NEVER_END: &[&str] =
    &joined::<{ TITLES_SHORT.len() + NEVER_END_OTHERS.len() }>(TITLES_SHORT, NEVER_END_OTHERS);
const NEVER_END_OTHERS: &[&str] = &[
    "Amb", "Art", "Brig", "Cmdr", "Cpl", "Det", "Fig", "Figs", "Fr", "Gens", "Hon", "Insp",
    "Messrs", "Mlle", "Mme", "Msgr", "Mx", "Pres", "Pvt", "Reps", "Sens", "Vol", "approx", "cf",
    "e.g", "i.e", "v", "vs",
];

/// Abbreviations that can end a sentence as well as sit inside one, matched as written.
pub(super) const MAYBE_END: &[&str] =
    &joined::<{ NAMES_SHORT.len() + MAYBE_END_OTHERS.len() }>(NAMES_SHORT, MAYBE_END_OTHERS);
const MAYBE_END_OTHERS: &[&str] = &[
    "Apr", "Aug", "Ave", "Blvd", "Bros", "Co", "Corp", "Dec", "Dept", "Feb", "Fri", "Inc", "Jan",
    "Jul", "Jun", "LLC", "Ltd", "Mar", "Mon", "No", "Nos", "Nov", "Oct", "Ph.D", "Rd", "Sat",
    "Sec", "Sep", "Sept", "Sun", "Thu", "Thurs", "Tue", "Tues", "Wed", "a.m", "al", "etc", "p",
    "p.m", "pp",
];

/// `a` then `b`, as one list (`N` their lengths together, checked), when compiled.
const fn joined<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    assert!(a.len() + b.len() == N);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

/// Whether `word`, in any case, is a title or name word abbreviated ([`TITLES_SHORT`],
/// [`NAMES_SHORT`]): its full stop ends no clause of an attribution (`Dr.`, `Capt.`, `St.`).
pub(crate) fn is_name_abbreviation(word: &str) -> bool {
    TITLES_SHORT
        .iter()
        .chain(NAMES_SHORT)
        .any(|a| a.eq_ignore_ascii_case(word))
}

/// Companies' suffixes: what follows one in its sentence is lower case, a number or a job
/// title. (`Co.` is left out: `in Co. Cork` names an Irish county; `Bros.` goes on in
/// `Warner Bros. Discovery`.)
pub(super) const COMPANY: &[&str] = &["Corp", "Inc", "LLC", "Ltd"];

/// Capitalised words that stand between a company and a person's name
/// (`Walt Disney Co. Chief Executive Bob Iger`).
const JOB_TITLES: WordList = WordList::new(
    "acting board chair chairman chairperson chairwoman chief co cofounder deputy director \
     executive founder general head interim managing president senior spokesman spokeswoman vice",
);

/// Capitalised time zones that go on a sentence after a clock time (`10 a.m. Eastern`); so
/// do the months and days ([`is_clock_follower`]).
const CLOCK_ZONES: &[&str] = &[
    "Alaska", "Atlantic", "Central", "Eastern", "Hawaii", "Mountain", "Pacific",
];

/// Whether `token` goes on a sentence after a clock time: a zone ([`CLOCK_ZONES`]) or a
/// month or day of the English lexicon, as [`listed`] matches it (capitalised or in
/// capitals: `May`, `MAY`, not `may`).
pub(super) fn is_clock_follower(token: &str) -> bool {
    if listed(CLOCK_ZONES, token) {
        return true;
    }
    let t = token.as_bytes();
    let mut buf = [0u8; 9];
    // Capitalised or in capitals, and no longer than `September` or `Wednesday`.
    if t.len() < 2 || t.len() > buf.len() || !t[0].is_ascii_uppercase() {
        return false;
    }
    let rest = &t[1..];
    if !(rest.iter().all(u8::is_ascii_lowercase) || rest.iter().all(u8::is_ascii_uppercase)) {
        return false;
    }
    let lower = &mut buf[..t.len()];
    lower.copy_from_slice(t);
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).unwrap_or("");
    en::MONTHS.contains(lower) || en::WEEKDAYS.contains(lower)
}

/// Words before a number that make it describe a noun (`a 10 a.m. Senate hearing`).
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "each", "every", "her", "his", "its", "my", "our", "that", "the", "their", "this",
    "your",
];

/// Words that cannot end a clause: they take what follows as their object or complement.
/// Before a number they make it theirs (`rates by 4.`, `No. 1 to 3.`), so it is not the next
/// list marker; before an elision they leave the sentence open past it (`flew to […] The
/// Hague`, `the thing is . . . This`), so it is no sentence's end.
pub(super) const WANT_MORE: &[&str] = &[
    "a", "about", "above", "after", "almost", "an", "and", "are", "around", "at", "be", "before",
    "below", "between", "by", "from", "is", "minus", "nearly", "of", "or", "over", "past", "plus",
    "than", "the", "to", "under", "was", "were", "will", "with", "would",
];

/// Words that open a phrase of time or place before the subject (`At 5 a.m. Mr. Smith`).
pub(super) const OPENERS: WordList =
    WordList::new("about after around at before by from on since until");

/// Names that end in `!` and go on (`Yahoo! News`).
pub(super) const BANG_NAMES: &[&str] = &["jeopardy", "yahoo"];

/// Capitalised words that commonly open a sentence: after an ambiguous abbreviation, one of
/// these says the abbreviation ended the sentence (`…in the U.S. The report…`).
const STARTERS: WordList = WordList::new(
    "a according after all also although an and another are as at because before both \
     but by can could despite did do does during each even every few for from had has \
     have he her here his how however i if in indeed instead is it its just last \
     later let many meanwhile more most my neither next no not now on one only or \
     other our over please she should since so some still such that the their then \
     there these they this those though thus to today two under was we were what when \
     where which while who why will with would yes yet you your",
);

/// Whether `token`, written before a full stop, is an abbreviation (`Nov`, `Gen`, `Inc`):
/// shorthand, not a word of what a text is about.
pub(crate) fn is_abbreviation(token: &str) -> bool {
    listed(NEVER_END, token) || listed(MAYBE_END, token) || listed(COMPANY, token)
}

/// Whether `token` is in `list` as written, or capitalised (`Vs.` opening a sentence), or in
/// capitals (`GEN.` in a shouted headline). The lists are ASCII (a test checks), so
/// capitals are ASCII capitals: no Unicode case tables needed. One walk, lengths first:
/// most tokens are longer than every entry, or differ in length from most.
pub(super) fn listed(list: &[&str], token: &str) -> bool {
    let t = token.as_bytes();
    if t.is_empty() || t.len() > LONGEST_LISTED {
        return false;
    }
    let upper = |(a, b): (u8, u8)| a.to_ascii_uppercase() == b;
    list.iter().any(|entry| {
        let e = entry.as_bytes();
        e.len() == t.len()
            && (e == t
                || upper((e[0], t[0]))
                    && (e[1..] == t[1..]
                        || e[1..]
                            .iter()
                            .copied()
                            .zip(t[1..].iter().copied())
                            .all(upper)))
    })
}

/// The longest entry of any list [`listed`] is given.
const LONGEST_LISTED: usize = {
    let lists = [
        NEVER_END,
        MAYBE_END,
        COMPANY,
        CLOCK_ZONES,
        DETERMINERS,
        WANT_MORE,
    ];
    let mut longest = 0;
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            if lists[l][i].len() > longest {
                longest = lists[l][i].len();
            }
            i += 1;
        }
        l += 1;
    }
    longest
};

pub(super) fn is_starter(word: &str) -> bool {
    word.len() <= 12 && STARTERS.contains(&lower(word))
}

pub(super) fn is_job_title(word: &str) -> bool {
    let upper = word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase());
    upper || (word.len() <= 12 && JOB_TITLES.contains(&lower(word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_lists_are_ascii_so_capitals_are_ascii_capitals() {
        assert!(NEVER_END
            .iter()
            .chain(MAYBE_END)
            .chain(COMPANY)
            .all(|e| e.is_ascii() && !e.is_empty()));
        assert!(listed(NEVER_END, "GEN") && listed(NEVER_END, "Vs") && !listed(NEVER_END, "GeN"));
        for word in ["May", "MAY", "Wednesday", "WEDNESDAY", "Eastern", "EASTERN"] {
            assert!(is_clock_follower(word), "{word}");
        }
        for word in [
            "may",
            "MaY",
            "mAY",
            "Wednesdays",
            "M",
            "Sept",
            "eastern",
            "Éastern",
        ] {
            assert!(!is_clock_follower(word), "{word}");
        }
    }
}
