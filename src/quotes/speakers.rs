//! Who a speaker phrase stands for in the whole article: the person it names, under the
//! article's canonical name (see [`crate::text::names`]); for a pronoun, who the sentences
//! before are about, checked against what the article calls each person (`Mr.`, `Ms.`); for
//! `the captain` or `the official`, the one the article gave that title or description;
//! else the description as written. Across articles, [`unify_speakers`] gives a surname
//! alone the full name another article gives it.
//!
//! This is apart from [`super::attribution`] because it needs the article, not the words
//! around one quotation: the people named, and who each sentence before is about.

use std::cell::RefCell;
use std::ops::Range;

use crate::text::{floor_char_boundary, Name, NameKind};
use crate::util::FastMap;

use super::attribution::{
    cue_at, is_determiner, is_plural_pronoun, is_preposition, is_pronoun, looks_like_name,
    pick_apposition, subject_before, MAX_SPEAKER_WORDS,
};
use super::{word_indices, Quotation};

/// Longest description kept as a speaker (`A spokeswoman for the Department of Health and
/// Human Services`), in words.
const MAX_DESCRIPTION_WORDS: usize = 12;

/// How many sentences back a pronoun looks for the person it stands for.
const PRONOUN_REACH: usize = 6;

/// Who a sentence is about, for a pronoun or a description further on.
#[derive(Debug, Clone, PartialEq)]
enum Subject {
    Person(String),
    Description(String),
}

/// The article a speaker is resolved in.
pub(super) struct Article<'a> {
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

impl<'a> Article<'a> {
    /// The article `text`, cut into `sentences`, naming `people` (most named first).
    pub(super) fn new(
        text: &'a str,
        sentences: &'a [Range<usize>],
        people: &'a [&'a Name],
    ) -> Self {
        let mut surnames: FastMap<&str, &Name> = FastMap::default();
        for &p in people {
            surnames.entry(Article::surname(p)).or_insert(p);
        }
        Article {
            text,
            sentences,
            people,
            surnames,
            subjects: RefCell::new(FastMap::default()),
        }
    }
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
    pub(super) fn first_named(
        &self,
        range: Range<usize>,
        quoted: &[Range<usize>],
    ) -> Option<String> {
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
    pub(super) fn introducer(&self, lead: Range<usize>) -> Option<String> {
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
    pub(super) fn who(&self, j: usize, quotes: &[Quotation]) -> Option<String> {
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
    ///
    /// Of several people, the last: a name before a role is whose the role is (`Snyder
    /// spokesman Dave Murray`, `Sanders campaign manager Jeff Weaver`), so the one after it
    /// speaks — and when that one is no person the article knows, the name as written.
    fn named_in(&self, phrase: &str) -> Option<String> {
        let words: Vec<&str> = word_indices(phrase).map(|(_, w)| w).collect();
        let n = words.len();
        let head: Vec<(usize, &str)> = words
            .iter()
            .enumerate()
            .take_while(|(_, w)| !is_preposition(w) && !matches!(**w, "for" | "with" | "by"))
            .filter_map(
                |(i, w)| match w.strip_suffix("’s").or(w.strip_suffix("'s")) {
                    Some(bare) if i + 1 == n => Some((i, bare)),
                    Some(_) => None,
                    None => Some((i, *w)),
                },
            )
            .collect();
        let (at, person) = head
            .iter()
            .rev()
            .find_map(|&(i, w)| self.person(w).map(|p| (i, p)))?;
        // A name after a role that follows the person found: `Snyder spokesman Dave Murray`.
        let end = head.last().map_or(0, |&(i, _)| i + 1);
        let run = words[..end]
            .iter()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        let role = end.checked_sub(run + 1).and_then(|r| words.get(r));
        if run >= 2 && at < end - run && role.is_some_and(|w| w.starts_with(char::is_lowercase)) {
            return Some(words[end - run..end].join(" "));
        }
        Some(person.name.clone())
    }

    /// The canonical speaker for a phrase found before or after the quotation opening
    /// sentence `sentence`: a person the article names; for a pronoun, who the sentences
    /// before are about; for `the captain`, the person holding that title; or the
    /// description as written. `lead` is the quotation's sentence before it.
    pub(super) fn resolve(
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

    /// Who a verb of saying with no subject (`—¿Quién es? —preguntó.`) speaks for: the
    /// nearest person mentioned before, found as a pronoun's antecedent of either gender.
    pub(super) fn nearest_earlier(
        &self,
        sentence: usize,
        lead: Range<usize>,
        quotes: &[Quotation],
    ) -> Option<String> {
        self.antecedent("", sentence, lead, quotes)
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
        match crate::lang::pronoun_gender(pronoun)? {
            crate::lang::Gender::Male => Some(Gender::He),
            crate::lang::Gender::Female => Some(Gender::She),
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
///
/// `articles` gives, for each article, the names it holds and its quotations' speakers.
pub fn unify_speakers<'a, S>(articles: impl IntoIterator<Item = (&'a [Name], S)>)
where
    S: IntoIterator<Item = &'a mut Option<String>>,
{
    // Every article's names are read before any speaker changes.
    let articles: Vec<(&[Name], S)> = articles.into_iter().collect();
    let mut bearers: FastMap<String, Vec<String>> = FastMap::default();
    for (names, _) in &articles {
        for name in names.iter().filter(|n| n.kind == NameKind::Person) {
            if let Some((_, surname)) = name.name.rsplit_once(' ') {
                let list = bearers.entry(surname.to_string()).or_default();
                if !list.contains(&name.name) {
                    list.push(name.name.clone());
                }
            }
        }
    }
    for (_, speakers) in articles {
        for speaker in speakers {
            if let Some(said) = speaker {
                if let Some([full]) = bearers.get(said).map(Vec::as_slice) {
                    *speaker = Some(full.clone());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::quotes::tests::speaker_of;

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
}
