//! The names found so far in an article, merged however each is written: people and
//! organisations with their variants and mentions, lone surnames kept until every full
//! name is known, and who a shared surname stands for.

use super::*;

#[derive(Default)]
pub(super) struct Found<'t> {
    /// Canonical person name → variants written and mentions.
    /// (A [`FastMap`]: the standard map's SipHash is slower for these short keys.)
    pub(super) people: FastMap<String, (Vec<String>, usize)>,
    pub(super) organizations: FastMap<String, (Vec<String>, usize)>,
    /// Lone surnames as met, each with how it was written, to merge into people once all
    /// full names are known. Most capitalised words read as one (`Russia`, `Wednesday`)
    /// and are never merged, so they are kept as met rather than counted in a map.
    /// The third is who was last named in full with that surname when it was met.
    pub(super) surnames: Vec<(&'t str, Cow<'t, str>, Option<String>)>,
    /// Each surname to who was last named in full with it, as the text is read.
    pub(super) recent: Texts<'t>,
    /// Buffers for `read_part`'s names as written and canonical, reused from part to part.
    pub(super) written: String,
    pub(super) canonical: String,
    /// The article's language's lexicon, when it is not English.
    pub(super) foreign: Option<&'static Lexicon>,
    /// How each lone surname met with a particle is written (`Le Pen`, `De Niro`), by its
    /// last word: the name of the person it is when no one bears it in full.
    pub(super) particled: Texts<'t>,
    /// Capitalised words met alone beside a verb of saying (`fragte Jens`): people, though
    /// no one bears them in full.
    /// (A map to nothing, of the crate's commonest map type, as a set.)
    pub(super) spoken: FastMap<&'t str, usize>,
    /// In an article in another language, each sentence's first word, by what follows its
    /// first letter, to the bits of the first letters with which the text also writes
    /// that in lower case (see `split_initial`).
    pub(super) opening: FastMap<&'t str, usize>,
}

/// A text for each of some words: a map of words to places in a list of texts, so that the
/// page carries the crate's commonest map type (`&str` to `usize`) where a map of words to
/// texts would be one more (its table's code was 2.6 KB of the WebAssembly module, before
/// compression). Each word keeps its one place, and its text is replaced there.
#[derive(Default)]
pub(super) struct Texts<'t> {
    at: FastMap<&'t str, usize>,
    texts: Vec<String>,
}

impl<'t> Texts<'t> {
    pub(super) fn get(&self, word: &str) -> Option<&String> {
        self.at.get(word).map(|&i| &self.texts[i])
    }

    pub(super) fn get_mut(&mut self, word: &str) -> Option<&mut String> {
        self.at.get(word).map(|&i| &mut self.texts[i])
    }

    /// Sets `word`'s text to `text`.
    pub(super) fn insert(&mut self, word: &'t str, text: String) {
        match self.at.get(word) {
            Some(&i) => self.texts[i] = text,
            None => self.add(word, text),
        }
    }

    /// Sets `word`'s text to `text` if it has none.
    pub(super) fn or_insert(&mut self, word: &'t str, text: String) {
        if !self.at.contains_key(word) {
            self.add(word, text);
        }
    }

    fn add(&mut self, word: &'t str, text: String) {
        self.at.insert(word, self.texts.len());
        self.texts.push(text);
    }
}

impl Found<'_> {
    /// Counts a mention of `name` written as `variant`; copies the strings only when new.
    pub(super) fn add(map: &mut FastMap<String, (Vec<String>, usize)>, name: &str, variant: &str) {
        let entry = match map.get_mut(name) {
            Some(entry) => entry,
            None => map.entry(name.to_string()).or_default(),
        };
        entry.1 += 1;
        if !entry.0.iter().any(|v| v == variant) {
            entry.0.push(variant.to_string());
        }
    }

    pub(super) fn finish(self) -> Vec<Name> {
        let mut people: Vec<(String, (Vec<String>, usize))> = self.people.into_iter().collect();
        // A lone surname joins the person who bears it; with none, it is left out rather
        // than guessed. Several bearers: the one named most in full ("Mark Milley", not a
        // stray "Sorry Milley" from a comment), then the first in alphabetical order.
        let mut bearers: FastMap<&str, usize> = FastMap::default();
        for (i, (person, (_, count))) in people.iter().enumerate() {
            let surname = person.rsplit(' ').next().unwrap_or(person);
            let bearer = bearers.entry(surname).or_insert(i);
            let (best, (_, best_count)) = &people[*bearer];
            if count > best_count || (count == best_count && person < best) {
                *bearer = i;
            }
        }
        // Everyone bearing each surname (`Hillary Clinton`, `Bill Clinton`), and each given
        // name to the one person who has it, if only one does (`Anwar` of `Anwar Ibrahim`).
        let mut all: FastMap<&str, Vec<usize>> = FastMap::default();
        // `SEVERAL` where more than one person has the given name: a map of a type the crate
        // already has, not one more compiled into the page.
        const SEVERAL: usize = usize::MAX;
        let mut given: FastMap<&str, usize> = FastMap::default();
        for (i, (person, _)) in people.iter().enumerate() {
            if let Some((first, surname)) = person.split_once(' ') {
                all.entry(surname.rsplit(' ').next().unwrap_or(surname))
                    .or_default()
                    .push(i);
                given
                    .entry(first)
                    .and_modify(|one| *one = SEVERAL)
                    .or_insert(i);
            }
        }
        // A surname no one bears in full but named with a title or an initial (`Mr. Diaz`,
        // `Reader Mark`) is a person all the same, known by it; its bare mentions join it.
        let mut lone: Vec<&str> = Vec::new();
        for (surname, variant, _) in &self.surnames {
            // So is a word met alone beside a verb of saying (`fragte Jens`), unless it is
            // someone's given name.
            let said = self.spoken.contains_key(surname) && !given.contains_key(surname);
            if !bearers.contains_key(surname) && (variant.as_ref() != *surname || said) {
                bearers.insert(surname, people.len() + lone.len());
                lone.push(surname);
            }
        }
        let joins: Vec<(usize, &str)> = self
            .surnames
            .iter()
            .filter_map(|(surname, variant, recent)| {
                let i = match bearers.get(surname) {
                    Some(&best) => match all.get(surname).map(Vec::as_slice) {
                        Some(several @ [_, _, ..]) => {
                            bearer_of(&people, several, variant, recent.as_deref()).unwrap_or(best)
                        }
                        _ => best,
                    },
                    // A given name alone, where no one bears it as a surname.
                    None if variant.as_ref() == *surname => {
                        Some(*given.get(surname)?).filter(|&one| one != SEVERAL)?
                    }
                    None => return None,
                };
                Some((i, variant.as_ref()))
            })
            .collect();
        people.extend(lone.iter().map(|s| {
            let name = self.particled.get(s).cloned();
            (name.unwrap_or_else(|| s.to_string()), (Vec::new(), 0))
        }));
        for (i, variant) in joins {
            let (variants, mentions) = &mut people[i].1;
            *mentions += 1;
            if !variants.iter().any(|v| v == variant) {
                variants.push(variant.to_string());
            }
        }
        let mut out: Vec<Name> = people
            .into_iter()
            .map(|(name, v)| (name, NameKind::Person, v))
            .chain(
                self.organizations
                    .into_iter()
                    .map(|(name, v)| (name, NameKind::Organization, v)),
            )
            .map(|(name, kind, (mut variants, mentions))| {
                crate::util::sort::sort(&mut variants);
                Name {
                    name,
                    kind,
                    mentions,
                    variants,
                }
            })
            .collect();
        crate::util::sort::sort_by(&mut out, |a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.name.cmp(&b.name))
        });
        out
    }
}

/// Which of `several` people sharing a surname a lone mention of it, written `variant`,
/// stands for: the one its honorific fits (`Mrs. Clinton` is Hillary Clinton, by her given
/// name), else `recent`, the one last named in full before it.
fn bearer_of(
    people: &[(String, (Vec<String>, usize))],
    several: &[usize],
    variant: &str,
    recent: Option<&str>,
) -> Option<usize> {
    let honorific = match variant
        .split_once(' ')
        .map(|(h, _)| h.trim_end_matches('.'))
    {
        Some("Mr") => Some(crate::lang::Gender::Male),
        Some("Mrs" | "Ms" | "Miss") => Some(crate::lang::Gender::Female),
        _ => None,
    };
    if let Some(gender) = honorific {
        let fits: Vec<usize> = several
            .iter()
            .copied()
            .filter(|&i| {
                let first = people[i].0.split(' ').next().unwrap_or_default();
                given_name_gender(first) == Some(gender)
            })
            .collect();
        if let [one] = fits.as_slice() {
            return Some(*one);
        }
    }
    several
        .iter()
        .copied()
        .find(|&i| recent.is_some_and(|r| people[i].0 == r))
}
