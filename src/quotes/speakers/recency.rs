//! Who, of several people, was named last before a place in the article: the look back
//! [`Article::person`](super::Article) makes for a surname several people bear, and the one
//! [`Article::antecedent`](super::Article) makes for the person last named. Each is one
//! scan of the window backwards for all the names it looks for at once, ending at the last
//! one named, where it was a search of the window per person: a look back costs the
//! distance to the last name, whatever the number of people, which grows with the article
//! (1 MB of news as one article names 1,400 people; 30 bear the surname Clinton or Trump).
//!
//! The answers are the per-person searches' own: a name is found where `str::rfind` finds
//! it, a whole word where the old loop of `rfind`s found one, and of people named at the
//! same place the one the old order preferred.

use crate::text::Name;
use crate::util::FastMap;

use super::Gender;

/// Strings looked for together, grouped by their first byte, each with an id.
struct Needles<'a> {
    /// By first byte; in the order given within one.
    list: Vec<(&'a [u8], usize)>,
    /// Where each first byte's strings start in `list`; the next byte's start ends them.
    starts: Vec<u32>,
}

impl<'a> Needles<'a> {
    /// The non-empty strings of `strings`, with their ids. Compiled once for both look
    /// backs, as is the scan.
    #[inline(never)]
    fn new(strings: Vec<(&'a str, usize)>) -> Self {
        let strings: Vec<(&[u8], usize)> = strings
            .into_iter()
            .map(|(s, id)| (s.as_bytes(), id))
            .filter(|(s, _)| !s.is_empty())
            .collect();
        // Counted by first byte, then placed: a stable bucket sort.
        let mut starts = vec![0u32; 257];
        for (s, _) in &strings {
            starts[usize::from(s[0]) + 1] += 1;
        }
        for b in 0..256 {
            starts[b + 1] += starts[b];
        }
        let mut next = starts.clone();
        let mut list = vec![(&[][..], 0); strings.len()];
        for (s, id) in strings {
            let slot = &mut next[usize::from(s[0])];
            list[*slot as usize] = (s, id);
            *slot += 1;
        }
        Needles { list, starts }
    }

    /// Each place of `hay` from its end back, each string that starts there, in the order
    /// given: `found(place, id)`, until a place where it said true for one.
    #[inline(never)]
    fn scan_back(&self, hay: &[u8], found: &mut dyn FnMut(usize, usize) -> bool) {
        for at in (0..hay.len()).rev() {
            let b = usize::from(hay[at]);
            let (from, to) = (self.starts[b] as usize, self.starts[b + 1] as usize);
            if from == to {
                continue;
            }
            let mut done = false;
            for &(s, id) in &self.list[from..to] {
                if hay[at..].starts_with(s) {
                    done |= found(at, id);
                }
            }
            if done {
                return;
            }
        }
    }
}

/// How a name found in the window counts for the person it names.
#[derive(Clone, Copy)]
enum Counts {
    /// Anywhere (`Hillary Rodham`).
    Anywhere,
    /// Where it ends on the surname looked up, as the window's search for it found it
    /// (`Hillary Clinton`, `Mrs. Clinton`).
    OnTheSurname,
    /// As a whole word (the given name, `Hillary`).
    WholeWord,
}

/// The people bearing one surname, as [`Article::person`](super::Article) tells them
/// apart, gathered once per surname.
pub(super) struct Bearers<'a> {
    /// Each given name to the first bearer with it.
    by_given: FastMap<&'a str, usize>,
    /// The bearer `Mr.` fits, and the one `Mrs.` fits, when one alone does.
    only: [Option<usize>; 2],
    /// Their variants of more than one word other than the surname, and their given names.
    needles: Needles<'a>,
    /// For each needle: its bearer, its length and how it counts.
    counts: Vec<(usize, usize, Counts)>,
}

/// The first word of `name`: its given name.
fn given(name: &Name) -> &str {
    name.name.split(' ').next().unwrap_or_default()
}

impl<'a> Bearers<'a> {
    /// `bearers` of `surname`, most named first.
    pub(super) fn new(surname: &str, bearers: &[&'a Name]) -> Self {
        let mut by_given = FastMap::default();
        let mut strings = Vec::new();
        let mut counts = Vec::new();
        let mut of_gender = [(0, 0); 2];
        for (k, p) in bearers.iter().enumerate() {
            by_given.entry(given(p)).or_insert(k);
            if let Some(g) = Gender::of(p) {
                let (count, one) = &mut of_gender[g as usize];
                *count += 1;
                *one = k;
            }
            let variants = p
                .variants
                .iter()
                .filter(|v| v.as_str() != surname && v.contains(' '));
            for v in variants {
                let how = if v.ends_with(surname) {
                    Counts::OnTheSurname
                } else {
                    Counts::Anywhere
                };
                strings.push((v.as_str(), counts.len()));
                counts.push((k, v.len(), how));
            }
            strings.push((given(p), counts.len()));
            counts.push((k, given(p).len(), Counts::WholeWord));
        }
        Bearers {
            by_given,
            only: of_gender.map(|(count, one)| (count == 1).then_some(one)),
            needles: Needles::new(strings),
            counts,
        }
    }

    /// The first bearer whose given name is `given`.
    pub(super) fn by_given(&self, given: &str) -> Option<usize> {
        self.by_given.get(given).copied()
    }

    /// The one bearer an honorific of `gender` fits, if only one.
    pub(super) fn only(&self, gender: Gender) -> Option<usize> {
        self.only[gender as usize]
    }

    /// The bearer named last in `window` (by a variant or given name only they have): of
    /// several named at the same place, the last of them in order. `surname` is the
    /// surname looked up.
    pub(super) fn last_named(&self, window: &str, surname: &str) -> Option<usize> {
        // Where the surname itself ends in the window, as its search from the start finds
        // it: a variant ending with it counts where it ends at one of those.
        let mut ends: Option<Vec<usize>> = None;
        // Where each given name's search from the end stopped on a part of a word: the
        // next is looked for before it.
        let mut limits = vec![usize::MAX; self.counts.len()];
        let mut best: Option<usize> = None;
        self.needles.scan_back(window.as_bytes(), &mut |at, id| {
            let (bearer, len, how) = self.counts[id];
            let counts = match how {
                Counts::Anywhere => true,
                Counts::OnTheSurname => ends
                    .get_or_insert_with(|| {
                        window
                            .match_indices(surname)
                            .map(|(i, _)| i + surname.len())
                            .collect()
                    })
                    .binary_search(&(at + len))
                    .is_ok(),
                Counts::WholeWord if at + len > limits[id] => false,
                Counts::WholeWord => {
                    let after = window[at + len..].chars().next();
                    let before = window[..at].chars().next_back();
                    let whole = !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric);
                    if !whole {
                        limits[id] = at;
                    }
                    whole
                }
            };
            if counts {
                best = Some(best.map_or(bearer, |b| b.max(bearer)));
            }
            counts
        });
        best
    }
}

/// Every person's surname, for the look back to the person last named.
pub(super) struct Surnames<'a> {
    needles: Needles<'a>,
    /// The people whose surname is empty (a name ending in a space), found at the end of
    /// any window, in order.
    empty: Vec<usize>,
}

impl<'a> Surnames<'a> {
    /// The surnames of `people`, in order.
    pub(super) fn new(people: &[&'a Name]) -> Self {
        let surnames = people.iter().map(|p| super::Article::surname(p));
        Surnames {
            needles: Needles::new(surnames.clone().zip(0..).collect()),
            empty: surnames
                .enumerate()
                .filter(|(_, s)| s.is_empty())
                .map(|(k, _)| k)
                .collect(),
        }
    }

    /// The person whose surname was written last in `window`, of those `fits` accepts; of
    /// several at the same place, the first in order.
    pub(super) fn last_named(&self, window: &str, fits: impl Fn(usize) -> bool) -> Option<usize> {
        if let Some(&k) = self.empty.iter().find(|&&k| fits(k)) {
            return Some(k);
        }
        let mut found = None;
        self.needles.scan_back(window.as_bytes(), &mut |_, k| {
            let fit = found.is_none() && fits(k);
            if fit {
                found = Some(k);
            }
            fit
        });
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::NameKind;

    fn person(name: &str, variants: &[&str]) -> Name {
        Name {
            name: name.to_string(),
            kind: NameKind::Person,
            mentions: 1,
            variants: variants.iter().map(|v| v.to_string()).collect(),
        }
    }

    /// The look back for a shared surname as it was: a search of the window per bearer.
    fn searched(window: &str, surname: &str, bearers: &[&Name]) -> Option<usize> {
        let ends: Vec<usize> = window
            .match_indices(surname)
            .map(|(i, _)| i + surname.len())
            .collect();
        let whole_word = |word: &str| {
            let mut end = window.len();
            while let Some(i) = window[..end].rfind(word) {
                let after = window[i + word.len()..].chars().next();
                let before = window[..i].chars().next_back();
                if !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                {
                    return Some(i);
                }
                end = i;
            }
            None
        };
        bearers
            .iter()
            .enumerate()
            .filter_map(|(k, p)| {
                let last = p
                    .variants
                    .iter()
                    .filter(|v| v.as_str() != surname && v.contains(' '))
                    .filter_map(|v| {
                        if v.ends_with(surname) {
                            ends.iter()
                                .rev()
                                .find(|&&e| window[..e].ends_with(v.as_str()))
                                .map(|&e| e - v.len())
                        } else {
                            window.rfind(v.as_str())
                        }
                    })
                    .chain(whole_word(given(p)))
                    .max()?;
                Some((last, k))
            })
            .max_by_key(|(last, _)| *last)
            .map(|(_, k)| k)
    }

    /// Random windows of names, parts of names and names inside words, for people who
    /// share a surname, share a given name, bear a surname that overlaps itself (`Anan`),
    /// have variants that do not end with the surname: the scan finds whom the searches
    /// found, and the person last named of everyone whom the per-person `rfind` found.
    #[test]
    fn the_scans_find_whom_the_searches_found() {
        let people = [
            person(
                "Hillary Clinton",
                &[
                    "Clinton",
                    "Hillary Clinton",
                    "Mrs. Clinton",
                    "Hillary Rodham",
                ],
            ),
            person(
                "Bill Clinton",
                &[
                    "Bill Clinton",
                    "Clinton",
                    "Mr. Clinton",
                    "President Clinton",
                ],
            ),
            person("Chelsea Clinton", &["Chelsea Clinton"]),
            // A given name two bearers share: named at the same place, the later wins.
            person("Hillary Diane Clinton", &["Hillary Diane Clinton"]),
            person("Bill Clintonson", &["Bill Clintonson"]),
            person("Kofi Anan", &["Kofi Anan", "Anan"]),
            person("Ana Anan", &["Ana Anan", "Mrs. Anan"]),
            person("Hillary Anan", &["Hillary Anan"]),
        ];
        let pieces = [
            "Hillary",
            "Clinton",
            "Bill",
            "Mr.",
            "Mrs.",
            "Rodham",
            "Chelsea",
            "Clintonson",
            "Anan",
            "Ana",
            "Kofi",
            "Hillaryx",
            "xBill",
            "an",
            "Kofi Ana",
            "’s",
            ", ",
            ". ",
            " ",
            " ",
            " ",
            "é",
        ];
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut window = String::new();
            for _ in 0..12 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                window.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            for surname in ["Clinton", "Anan"] {
                let bearers: Vec<&Name> = people
                    .iter()
                    .filter(|p| p.name.ends_with(surname))
                    .collect();
                let scanned = Bearers::new(surname, &bearers).last_named(&window, surname);
                assert_eq!(
                    scanned,
                    searched(&window, surname, &bearers),
                    "{surname} in {window:?}"
                );
            }
            let everyone: Vec<&Name> = people.iter().collect();
            let fits = |k: usize| k % 3 != 1;
            let searched = everyone
                .iter()
                .enumerate()
                .filter(|&(k, _)| fits(k))
                .filter_map(|(k, p)| {
                    window
                        .rfind(super::super::Article::surname(p))
                        .map(|i| (i, k))
                })
                .rev()
                .max_by_key(|(i, _)| *i)
                .map(|(_, k)| k);
            assert_eq!(
                Surnames::new(&everyone).last_named(&window, fits),
                searched,
                "{window:?}"
            );
        }
    }
}
