//! Who a speaker phrase stands for in the whole article: the person it names, under the
//! article's canonical name (see [`crate::text::names`]); for a pronoun, who the sentences
//! before are about, checked against what the article calls each person (`Mr.`, `Ms.`); for
//! `the captain` or `the official`, the one the article gave that title or description;
//! else the description as written. Across articles, [`unify_speakers`] gives a surname
//! alone the full name another article gives it.
//!
//! This is apart from [`super::attribution`] because it needs the article, not the words
//! around one quotation: the people named, and who each sentence before is about.

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use crate::lang::Lang;
use crate::text::{floor_char_boundary, Name, NameKind};
use crate::util::{lower, FastMap};

use super::attribution::{
    cue_at, ends_on_conjunction, is_conjunction, is_determiner, is_plural_pronoun, is_possessive,
    is_preposition, is_pronoun, looks_like_name, main_clause, name_tail, pick_apposition,
    subject_after_verb, subject_before, subject_in, MAX_SPEAKER_WORDS, QUOTE_MARKS,
};
use super::{word_indices, Quotation};

mod recency;

use recency::{Bearers, Surnames};

/// Longest description kept as a speaker (`A spokeswoman for the Department of Health and
/// Human Services`), in words.
const MAX_DESCRIPTION_WORDS: usize = 12;

/// How far back (bytes) a surname several people share looks for the last of them named.
const RECENCY_REACH: usize = 3000;

/// How far into its sentence the person it opens on is looked for, in words
/// (`Republican front-runner Donald Trump`).
const OPENING_WORDS: usize = 5;

/// How many of the people a quotation addresses a pronoun attributing it passes over.
const MAX_ADDRESSED: usize = 4;

/// How many sentences back a pronoun looks for the person it stands for.
const PRONOUN_REACH: usize = 6;

/// [`Article::given`]'s value for a given name several people have: no place in `people`.
const SEVERAL: usize = usize::MAX;

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
    /// Each surname of `people` (and each half of a hyphenated one), to everyone bearing
    /// it (their places in `people`), most named first: looked up for every word a speaker
    /// may be named by.
    surnames: FastMap<&'a str, Vec<usize>>,
    /// Each given name to the one person who has it (their place in `people`), [`SEVERAL`]
    /// when several do: `Anwar` of `Anwar Ibrahim`, said alone.
    given: FastMap<&'a str, usize>,
    /// Who each sentence already asked about is about, at its place (`None`: not asked
    /// yet): a sentence is read once, however many quotations look back to it (its
    /// quotations are all known by then).
    subjects: RefCell<Vec<Option<Option<Subject>>>>,
    /// Each canonical name to its person's place in `people` (the map type of `given` and
    /// `shared_at`, so no more code).
    by_name: FastMap<&'a str, usize>,
    /// Each surname several people bear, to its place in `shared`.
    shared_at: FastMap<&'a str, usize>,
    /// What telling the bearers of each such surname apart needs, gathered on first use.
    shared: Vec<OnceCell<Bearers<'a>>>,
    /// Everyone's surname, for the look back to the person last named, on first use.
    everyone: OnceCell<Surnames<'a>>,
    /// Each role word (lower case) a person's variants hold, with the person, sorted: on
    /// first use.
    titles: OnceCell<Vec<(String, usize)>>,
    /// The article's lexicon when it is in a language other than English (`None`: English,
    /// or no language told), whose words apply where English's alone would not
    /// ([`Article::clause_person`] reads English only; [`subject_in`] the others).
    foreign: Option<&'static crate::lang::Lexicon>,
}

impl<'a> Article<'a> {
    /// The article `text`, cut into `sentences`, naming `people` (most named first).
    pub(super) fn new(
        text: &'a str,
        sentences: &'a [Range<usize>],
        people: &'a [&'a Name],
        foreign: Option<&'static crate::lang::Lexicon>,
    ) -> Self {
        let mut surnames: FastMap<&str, Vec<usize>> = FastMap::default();
        let mut given: FastMap<&str, usize> = FastMap::default();
        let mut by_name: FastMap<&str, usize> = FastMap::default();
        for (i, &p) in people.iter().enumerate() {
            by_name.entry(p.name.as_str()).or_insert(i);
            let surname = Article::surname(p);
            let halves = surname.split(['-', '\u{2010}', '\u{2011}'].as_slice());
            for key in std::iter::once(surname).chain(halves.filter(|h| *h != surname)) {
                let bearers = surnames.entry(key).or_default();
                if !bearers.iter().any(|&b| std::ptr::eq(people[b], p)) {
                    bearers.push(i);
                }
            }
            if let Some((first, _)) = p.name.split_once(' ') {
                given
                    .entry(first)
                    .and_modify(|one| *one = SEVERAL)
                    .or_insert(i);
            }
        }
        let mut shared_at: FastMap<&str, usize> = FastMap::default();
        for (&surname, bearers) in &surnames {
            if bearers.len() > 1 {
                *crate::util::slot(&mut shared_at, surname) = shared_at.len();
            }
        }
        let shared = (0..shared_at.len()).map(|_| OnceCell::new()).collect();
        Article {
            text,
            sentences,
            people,
            surnames,
            given,
            subjects: RefCell::new(vec![None; sentences.len()]),
            by_name,
            shared_at,
            shared,
            everyone: OnceCell::new(),
            titles: OnceCell::new(),
            foreign,
        }
    }
}

impl Article<'_> {
    fn surname(name: &Name) -> &str {
        name.name.rsplit(' ').next().unwrap_or(&name.name)
    }

    /// The person of the article named by `word` (`Milley`, `Milley’s`), written between
    /// `before` and `after` (the words around it, if any) at byte `at` of the text. Of several people
    /// sharing the surname (`Hillary Clinton`, `Bill Clinton`): the one whose given name
    /// is `before`; the one an honorific fits (`Mrs. Clinton`); else the one named most
    /// recently before `at`; else the one named most. A given name alone (`Anwar`) is the
    /// one person who has it, when no one bears it as a surname.
    fn person(
        &self,
        word: &str,
        before: Option<&str>,
        after: Option<&str>,
        at: usize,
    ) -> Option<&Name> {
        let Some((&surname, bearers)) = self.surnames.get_key_value(word) else {
            // Alone: not the first word of another name (`Northern Waters’ chief executive`).
            if after.is_some_and(|a| a.starts_with(char::is_uppercase)) {
                return None;
            }
            return self
                .given
                .get(word)
                .and_then(|&k| self.people.get(k))
                .copied();
        };
        let [first, _, ..] = bearers.as_slice() else {
            return bearers.first().map(|&k| self.people[k]);
        };
        let known = self
            .shared_at
            .get(surname)
            .and_then(|&k| self.shared.get(k))?
            .get_or_init(|| {
                let bearers: Vec<&Name> = bearers.iter().map(|&k| self.people[k]).collect();
                Bearers::new(surname, &bearers)
            });
        if let Some(before) = before {
            if let Some(k) = known.by_given(before) {
                return Some(self.people[bearers[k]]);
            }
            let honorific = match before.trim_end_matches('.') {
                "Mr" => Some(Gender::He),
                "Mrs" | "Ms" | "Miss" => Some(Gender::She),
                _ => None,
            };
            if let Some(k) = honorific.and_then(|g| known.only(g)) {
                return Some(self.people[bearers[k]]);
            }
        }
        // Recency: the last of them named in a way only they are (given name, `Mrs. …`),
        // within a few paragraphs before.
        let from = floor_char_boundary(self.text, at.saturating_sub(RECENCY_REACH));
        let window = &self.text[from..floor_char_boundary(self.text, at).max(from)];
        known
            .last_named(window, surname)
            .map(|k| self.people[bearers[k]])
            .or(Some(self.people[*first]))
    }

    /// Whether the first of `words` is a given name said alone that only qualifies a
    /// person named right after (`Northgate manager Viktor Lund`: the given name of
    /// `Northgate United`, but Lund is who is meant).
    ///
    /// Nor a name before an office and then a person (`Cruz spokesman Rick Tyler`, `Trump
    /// campaign manager Paul Manafort`): the office is theirs, the person the one named.
    fn modifies<'w>(&self, words: impl Iterator<Item = &'w str>) -> bool {
        // (The words read into an array, so the rule is compiled once for both callers.)
        let mut next = [""; 6];
        for (slot, w) in next.iter_mut().zip(words) {
            *slot = w;
        }
        self.modifies_words(&next)
    }

    fn modifies_words(&self, words: &[&str; 6]) -> bool {
        let [first, rest @ ..] = words;
        let named = rest[..4]
            .iter()
            .position(|w| !w.starts_with(char::is_lowercase));
        if named.is_some_and(|k| {
            k > 0
                && Lang::En.lexicon().roles.contains(rest[k - 1])
                && (self.knows(rest[k], false) || self.knows(rest[k], true))
        }) {
            return true;
        }
        !self.knows(first, false)
            && self.knows(first, true)
            && rest.iter().any(|&w| self.knows(w, false))
    }

    /// Whether `word` is the given name (`given`), else the surname, of someone the article
    /// names. (Out of line: each map's look-up is compiled once.)
    #[inline(never)]
    fn knows(&self, word: &str, given: bool) -> bool {
        if given {
            self.given.contains_key(word)
        } else {
            self.surnames.contains_key(word)
        }
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
        let words: Vec<(usize, &str)> = word_indices(s).collect();
        (0..words.len())
            .filter(|&k| {
                let (at, w) = words[k];
                !w.ends_with("’s")
                    && !w.ends_with("'s")
                    && !s[at + w.len()..].starts_with(['’', '\''])
                    && !quoted.iter().any(|q| q.contains(&(range.start + at)))
            })
            .filter(|&k| !self.modifies(words[k..].iter().map(|w| w.1)))
            .find_map(|k| {
                let (at, w) = words[k];
                let before = k.checked_sub(1).map(|b| words[b].1);
                self.person(w, before, words.get(k + 1).map(|n| n.1), range.start + at)
            })
            .map(|p| p.name.clone())
    }

    /// Who a sentence opens on, when it opens on someone: `Cruz blamed the law on “…”`,
    /// `Mr. Sanders, who …, called`, `But she called it “…”` — a person named among its
    /// first [`OPENING_WORDS`] words (a conjunction opening it is skipped), or a pronoun
    /// as its first word, resolved as a pronoun is. Nobody when it opens on anything
    /// else (`After former Gov. Jerry Brown criticized …`, `The ad called …`).
    pub(super) fn opening(
        &self,
        lead: Range<usize>,
        sentence: usize,
        quotes: &[Quotation],
    ) -> Option<String> {
        self.opening_on(lead, sentence, quotes, true)
    }

    /// [`Article::opening`], on a name only when `pronouns` is false.
    pub(super) fn opening_on(
        &self,
        lead: Range<usize>,
        sentence: usize,
        quotes: &[Quotation],
        pronouns: bool,
    ) -> Option<String> {
        let s = &self.text[lead.clone()];
        // A sentence that opens inside someone's quotation is theirs, not the narrator's:
        // its first quotation mark closes (`Ja, du lieber Gott ...« »Eine …`), with no space
        // before it and one after.
        if let Some(at) = s.find(QUOTE_MARKS) {
            let closes = !s[..at].ends_with(char::is_whitespace)
                && at > 0
                && s[at..]
                    .chars()
                    .nth(1)
                    .is_none_or(|c| c.is_whitespace() || ",.;:!?".contains(c));
            if closes {
                return None;
            }
        }
        // Past what opens it before its subject: `After former Gov. Jerry Brown criticized
        // Bill Clinton during a debate, Hillary shot back`.
        let main = main_clause(s);
        let (s, lead) = (&s[main..], lead.start + main..lead.end);
        let mut words = word_indices(s).take(OPENING_WORDS + 1).peekable();
        while words.next_if(|&(_, w)| is_conjunction(w)).is_some() {}
        let (at, first) = words.peek().copied()?;
        let lower = lower(first);
        if is_pronoun(&lower) {
            return pronouns
                .then(|| self.antecedent(&lower, sentence, lead.start..lead.start, quotes, &[]))
                .flatten();
        }
        if is_preposition(&lower) || is_determiner(first) {
            return None;
        }
        let end = words.nth(OPENING_WORDS - 1).map_or(s.len(), |(i, _)| i);
        self.first_named(lead.start + at..lead.start + end, &[])
    }

    /// The person of the article a name as someone says it stands for (`Niels` for Niels
    /// Thienwiebel, `Herr Thienwiebel`), if the article knows them.
    pub(super) fn known_person(&self, name: &str) -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let (last, rest) = words.split_last()?;
        self.person(last, rest.last().copied(), None, self.text.len())
            .map(|p| p.name.clone())
    }

    /// Who introduces a quotation with a colon and no cue verb: the first person named
    /// before it, else a capitalised word opening the sentence before an auxiliary
    /// (`Norbert hatte … zu antworten:`), else an article and a capitalised word after the
    /// verb that follows its first word (`Da wurde der Alte plötzlich aufgebracht:`), else a
    /// description opening the sentence, up to its first preposition.
    pub(super) fn introducer(&self, lead: Range<usize>) -> Option<String> {
        let lead = lead.start..floor_char_boundary(self.text, (lead.start + 2000).min(lead.end));
        if let Some(name) = self.first_named(lead.clone(), &[]) {
            return Some(name);
        }
        let words: Vec<&str> = self.text[lead].split_whitespace().collect();
        // `Norbert hatte … gewonnen, daß ihm möglich fiel zu antworten: »…«`: a sentence
        // opening on a capitalised word, not a function word, and an auxiliary is that
        // one's, whom the article may not know by that name alone (`Key facts about …:` is
        // nobody's).
        if let [first, second, ..] = words.as_slice() {
            let lower = lower(first);
            if first.starts_with(char::is_uppercase)
                && first.chars().all(char::is_alphabetic)
                && crate::lang::is_auxiliary(second)
                && !crate::lang::is_any_function_word(&lower)
                && !is_pronoun(&lower)
                && !is_preposition(&lower)
                && !is_conjunction(&lower)
            {
                return Some(first.to_string());
            }
        }
        // `Da wurde der Alte plötzlich aufgebracht:`: a word opening the sentence, its verb,
        // then the subject an article and a capitalised word name.
        if let [first, verb, article, noun, ..] = words.as_slice() {
            if first.starts_with(char::is_uppercase)
                && verb.starts_with(char::is_lowercase)
                && crate::lang::is_article(article)
                && noun.starts_with(char::is_uppercase)
                && noun.chars().all(char::is_alphabetic)
            {
                return Some([article, " ", noun].concat());
            }
        }
        if !words.first().is_some_and(|w| is_determiner(w)) {
            return None;
        }
        let phrase: Vec<&str> = words
            .iter()
            .take_while(|w| {
                let w = lower(w);
                !is_preposition(&w) && !Lang::En.lexicon().phrase_ends.contains(&w)
            })
            .copied()
            .collect();
        (2..=4).contains(&phrase.len()).then(|| phrase.join(" "))
    }

    /// What a speaker phrase names: a person of the article in any part of its apposition
    /// (`The parish’s pastor, the Rev. Thomas Nguyen`), else the part naming the speaker.
    ///
    /// `at` is where the phrase stands in the text, for a surname several people share.
    fn read_phrase<'p>(&self, phrase: &'p str, at: usize) -> (Option<String>, &'p str) {
        let parts: Vec<&str> = phrase.split(',').collect();
        // A part that is a name (`the Vatican spokesman, Federico Lombardi`) before one
        // that only holds one.
        let named = |whole: bool| {
            parts.iter().find_map(|part| {
                (!whole || looks_like_name(part.trim()))
                    .then(|| self.named_in(part, at).map(|n| (n, part.trim())))
                    .flatten()
            })
        };
        if let Some((name, part)) = named(true).or_else(|| named(false)) {
            return (Some(name), part);
        }
        (None, pick_apposition(&parts).unwrap_or(phrase.trim()))
    }

    /// A subject phrase as a person or a description; `None` for a pronoun or a clause.
    fn classify(&self, phrase: &str, at: usize) -> Option<Subject> {
        let (name, part) = self.read_phrase(phrase, at);
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
        if let Some(Some(known)) = self.subjects.borrow().get(j) {
            return known.clone();
        }
        let subject = self.read_subject(j, quotes);
        if let Some(slot) = self.subjects.borrow_mut().get_mut(j) {
            *slot = Some(subject.clone());
        }
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
            return Some(if self.by_name.contains_key(speaker.as_str()) {
                Subject::Person(speaker)
            } else {
                Subject::Description(speaker)
            });
        }
        let quoted: Vec<Range<usize>> = inside.iter().map(|q| q.outer.clone()).collect();
        let s = &self.text[sentence.clone()];
        let mut cues = word_indices(s).filter(|&(at, w)| {
            cue_at(s, at, w) && !quoted.iter().any(|q| q.contains(&(sentence.start + at)))
        });
        // In another language, one word of its grammar before the verb puts the subject
        // after it (`Alleen merkte ik op, dat …`, `Hier liet Fogg …`): a pronoun there is
        // whom the sentence is about, and no one named later in it.
        let first = cues.next();
        let grammar_word = |opener: &str, x: &crate::lang::Lexicon| {
            !opener.contains(' ')
                && crate::lang::Folded::of(opener)
                    .bytes()
                    .is_some_and(|w| x.holds_grammar_word(w))
        };
        let inverted = match (self.foreign, first) {
            (Some(x), Some((at, w))) if grammar_word(s[..at].trim(), x) => {
                let after: Vec<&str> = s[at + w.len()..].split_whitespace().take(8).collect();
                let subject = subject_after_verb(&after, false).join(" ");
                let subject = subject.trim_end_matches(|c: char| !c.is_alphanumeric());
                if x.is_personal_pronoun(subject) {
                    return None;
                }
                Some(self.classify(subject, sentence.start + at))
            }
            _ => None,
        };
        let subject = inverted.unwrap_or_else(|| {
            first.into_iter().chain(cues).find_map(|(at, _)| {
                subject_before(&s[..at]).and_then(|p| self.classify(&p, sentence.start + at))
            })
        });
        subject.or_else(|| self.first_named(sentence, &quoted).map(Subject::Person))
    }

    /// A name the article knows, in the speaker phrase before any preposition (`Capt. Rita
    /// Gonzales of the sheriff’s office`; `A spokeswoman for the Department …` is not the
    /// department), possessives left out unless last (`Milley’s`).
    ///
    /// Of several people, the last: a name before a role is whose the role is (`Snyder
    /// spokesman Dave Murray`, `Sanders campaign manager Jeff Weaver`), so the one after it
    /// speaks — and when that one is no person the article knows, the name as written.
    fn named_in(&self, phrase: &str, at: usize) -> Option<String> {
        let words: Vec<&str> = word_indices(phrase).map(|(_, w)| w).collect();
        let n = words.len();
        let head: Vec<(usize, &str)> = words
            .iter()
            .enumerate()
            .take_while(|(_, w)| !is_preposition(w) && !Lang::En.lexicon().phrase_ends.contains(w))
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
            .filter(|&&(i, _)| !self.modifies(words[i..].iter().copied()))
            .find_map(|&(i, w)| {
                let before = i.checked_sub(1).map(|b| words[b]);
                self.person(w, before, words.get(i + 1).copied(), at)
                    .map(|p| (i, p))
            })?;
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
    /// description as written. `lead` is the quotation's sentence before it; `addressed`,
    /// whom the quotation calls by name, whom a pronoun never stands for.
    pub(super) fn resolve(
        &self,
        phrase: &str,
        sentence: usize,
        lead: Range<usize>,
        quotes: &[Quotation],
        addressed: &[&str],
    ) -> Option<String> {
        let phrase = phrase
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim();
        if phrase.is_empty() {
            return None;
        }
        // `Auch Jens`, `En Dora`, `Als Helmerich`: a function word opening the sentence is
        // not part of the name after it (an article is: `Der Doktor`, `The Times`).
        let phrase = match phrase.split_once(' ') {
            Some((first, rest))
                if first.starts_with(char::is_uppercase)
                    && crate::lang::is_any_function_word(first)
                    && !crate::lang::is_article(first)
                    && !crate::lang::is_other_pronoun(first)
                    && !is_pronoun(first)
                    && looks_like_name(rest) =>
            {
                rest
            }
            _ => phrase,
        };
        // In another language than English, the subject a clause or a phrase past an
        // inverted verb holds (`Er ließ sich nicht stören und`, `der Arzt mit der Miene …`):
        // in a clause, before any person it names (`Er sah Käthe an und`); in a phrase, a
        // person it names is the speaker (`der Präsident der Vereinigten Staaten Barack
        // Obama`). (Not a phrase in apposition, which [`Article::read_phrase`] reads part by
        // part: `le président du conseil du CERN, Michel Spiro`.)
        let phrase = match self.foreign {
            Some(lex) if !phrase.contains(',') => {
                let clause = ends_on_conjunction(phrase);
                if !clause {
                    if let (Some(name), _) = self.read_phrase(phrase, lead.end) {
                        return Some(name);
                    }
                }
                subject_in(phrase, lex, clause)
            }
            _ => phrase,
        };
        let (name, phrase) = self.read_phrase(phrase, lead.end);
        if name.is_some() {
            return name;
        }
        // `Chairman of the Joint Chiefs of Staff Gen. Mark Milley`: a title's complement
        // before the name; the person of the article it closes on.
        if phrase.contains(" of ") {
            if let Some(name) = name_tail(phrase).and_then(|t| self.known_person(&t)) {
                return Some(name);
            }
        }
        let lower = lower(phrase);
        if is_pronoun(&lower) {
            return self.antecedent(&lower, sentence, lead, quotes, addressed);
        }
        // (`ich`, `wir`, `ik`: [`subject_in`] reads a foreign subject pronoun too.)
        if is_plural_pronoun(&lower) {
            return None;
        }
        // `the captain said`, `The top US military officer said`: the person the article
        // gives that title, or the one the sentence before is about.
        let roles_list = Lang::En.lexicon().roles;
        let roles: Vec<&str> = lower
            .split_whitespace()
            .filter(|w| roles_list.contains(w))
            .collect();
        if lower.starts_with("the ") && !roles.is_empty() {
            // Everyone whose variants hold one of the roles, stopping at the second.
            let titles = self.titles.get_or_init(|| titles(self.people, roles_list));
            let mut titled = roles.iter().flat_map(|r| {
                let from = titles.partition_point(|(t, _)| t.as_str() < *r);
                titles[from..]
                    .iter()
                    .take_while(move |(t, _)| t == r)
                    .map(|&(_, k)| k)
            });
            let one = titled.next();
            if let Some(k) = one.filter(|&k| titled.all(|other| other == k)) {
                return Some(self.people[k].name.clone());
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
        self.clause_person(phrase, lead.end)
            .or_else(|| Some(description(phrase)))
    }

    /// The one person of the article a clause read as a speaker phrase names (`The
    /// endorsement comes just three days after Trump`, `It is strange that Trump`): a
    /// subject read back to a clause mark may run over a whole clause, which is no
    /// description to show a reader. None when it is no clause (a verb only after a
    /// relative: `a longtime friend of Trump who attended`; an adjective: `a retired
    /// teacher`), or it names no one before a relative, or several, or the article is not in
    /// English, whose words it reads.
    fn clause_person(&self, phrase: &str, at: usize) -> Option<String> {
        if self.foreign.is_some() {
            return None;
        }
        let en = Lang::En.lexicon();
        let words: Vec<&str> = word_indices(phrase).map(|(_, w)| w).collect();
        // The words before a relative: what a relative clause says is about someone else
        // (`A registered nurse who voted for Trump`).
        let main = words
            .iter()
            .position(|w| en.relatives.contains(w))
            .unwrap_or(words.len());
        let words = &words[..main];
        // A verb of its own, before any `that` (`a report that quoted Trump`), not an
        // adjective after an article (`An unnamed official`, `a retired teacher`).
        let clause = (1..words.len())
            .take_while(|&i| !en.complementizers.contains(words[i]))
            .any(|i| {
                let w = words[i];
                w.starts_with(char::is_lowercase)
                    && (en.finite_auxiliaries.contains(w)
                        || en.is_past(w) && !is_determiner(words[i - 1]))
            });
        if !clause {
            return None;
        }
        let mut named = words.iter().enumerate().filter_map(|(i, w)| {
            let before = i.checked_sub(1).map(|b| words[b]);
            let after = words.get(i + 1).copied();
            // (Not a name qualifying whose something is: `the Clinton campaign's`.)
            if after.is_some_and(|a| a.starts_with(char::is_lowercase) && is_possessive(a)) {
                return None;
            }
            self.person(w, before, after, at).map(|p| p.name.as_str())
        });
        let one = named.next()?;
        named.all(|n| n == one).then(|| one.to_string())
    }

    /// Who a verb of saying with no subject (`—¿Quién es? —preguntó.`) speaks for: the
    /// nearest person mentioned before, found as a pronoun's antecedent of either gender.
    pub(super) fn nearest_earlier(
        &self,
        sentence: usize,
        lead: Range<usize>,
        quotes: &[Quotation],
    ) -> Option<String> {
        self.antecedent("", sentence, lead, quotes, &[])
    }

    /// Who `he` or `she` (lower-cased) stands for: a person named earlier in the quotation's
    /// own sentence, else who the nearest sentence before is about (a name, or a description
    /// such as `One longtime parishioner`), else the person last named — never one of those
    /// the quotation `addressed` by name (`„Komm doch, Grete!“, sagte er`).
    fn antecedent(
        &self,
        pronoun: &str,
        sentence: usize,
        lead: Range<usize>,
        quotes: &[Quotation],
        addressed: &[&str],
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
        // Nor whom the quotation addresses: no one speaks the words that call them by name.
        // (A title alone is no one's name: after `Herr Müller`, `der Herr` may be another.
        // A few vocatives at most, so the look-up stays small whatever the quotation holds.)
        let addressed: Vec<&str> = addressed
            .iter()
            .take(MAX_ADDRESSED)
            .map(|v| {
                let words = v.split_whitespace();
                let titles = words
                    .take_while(|w| crate::lang::is_any_title(w))
                    .map(|w| w.len() + 1)
                    .sum::<usize>();
                v.get(titles..).unwrap_or(v).trim()
            })
            .filter(|v| !v.is_empty())
            .collect();
        let called = |name: &str| addressed.iter().any(|v| same_person(v, name));
        let gendered = |k: usize| unlike.is_none() || Gender::of(self.people[k]) != unlike;
        let fits_k = |k: usize| gendered(k) && !called(&self.people[k].name);
        // Nor a speaker the text calls by a pronoun that stands for no one named (`ich`,
        // `ik`, `I`, `we`, `they`): a narrator is no `he`. (`by_name` holds each person by
        // their name: `called` is asked once.)
        let fits = |name: &str| {
            !called(name)
                && !crate::lang::is_other_pronoun(name)
                && self.by_name.get(name).is_none_or(|&k| gendered(k))
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
                    if !called(&d)
                        && !crate::lang::is_other_pronoun(&d)
                        && !d.rsplit(' ').next().is_some_and(|w| {
                            w.ends_with('s') && w.starts_with(char::is_lowercase)
                        }) =>
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
        self.everyone
            .get_or_init(|| Surnames::new(self.people))
            .last_named(window, fits_k)
            // Else, for `he` or `she`, who the article is about (`Thierry Roland …`, and `il`
            // for pages after): the person it names most, at least twice as often as anyone
            // else the pronoun may stand for.
            .or_else(|| {
                unlike?;
                let mut fitting = (0..self.people.len()).filter(|&k| fits_k(k));
                let first = fitting.next()?;
                let most = self.people[first].mentions;
                fitting
                    .next()
                    .is_none_or(|k| most >= 2 * self.people[k].mentions)
                    .then_some(first)
            })
            .map(|k| self.people[k].name.clone())
    }
}

/// Whether two speakers as named are one person: `Amalie` and `Amalie Thienwiebel`,
/// `Herr Thienwiebel` and `Thienwiebel`.
pub(super) fn same_person(a: &str, b: &str) -> bool {
    fn names(s: &str) -> impl Iterator<Item = &str> {
        s.split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
    }
    // `Amalie Thienwiebel` and `Niels Thienwiebel`: one family, two people.
    fn given(s: &str) -> Option<&str> {
        let mut words = names(s);
        let first = words.next()?;
        (words.next().is_some() && !crate::lang::is_any_title(first)).then_some(first)
    }
    if let (Some(x), Some(y)) = (given(a), given(b)) {
        if x != y {
            return false;
        }
    }
    names(a).any(|w| names(b).any(|v| v == w))
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
        Gender::of_titles(name).or_else(|| {
            // Else what a reader expects of the given name (`Hillary`, `Bill`).
            crate::text::given_name_gender(name.name.split_once(' ')?.0).map(Gender::from)
        })
    }

    /// What `name`'s variants' titles say, alone.
    fn of_titles(name: &Name) -> Option<Gender> {
        let (mut he, mut she) = (false, false);
        let en = Lang::En.lexicon();
        for word in name.variants.iter().flat_map(|v| v.split_whitespace()) {
            let word = word.trim_end_matches('.');
            he |= en.he_titles.contains_ignore_ascii_case(word);
            she |= en.she_titles.contains_ignore_ascii_case(word);
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

    fn from(gender: crate::lang::Gender) -> Gender {
        match gender {
            crate::lang::Gender::Male => Gender::He,
            crate::lang::Gender::Female => Gender::She,
        }
    }

    fn other(self) -> Gender {
        match self {
            Gender::He => Gender::She,
            Gender::She => Gender::He,
        }
    }
}

/// Each word of `roles` that a variant of one of `people` holds (in any ASCII case), with
/// the index of the person, sorted.
fn titles(people: &[&Name], roles: crate::lang::WordList) -> Vec<(String, usize)> {
    let mut titles = Vec::new();
    for (k, p) in people.iter().enumerate() {
        for word in p.variants.iter().flat_map(|v| v.split_whitespace()) {
            let word = word.to_ascii_lowercase();
            if roles.contains(&word) {
                titles.push((word, k));
            }
        }
    }
    crate::util::sort::sort(&mut titles);
    titles
}

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
/// them, when only one person across the articles bears that surname — or, of several
/// (`Hillary Clinton`, `Bill Clinton`), when the article's honorific for the surname fits
/// only one (`Mrs. Clinton`). Two different full names sharing a surname stay apart.
///
/// `articles` gives, for each article, the names it holds and its quotations' speakers.
/// A caller holding the articles apart can do the same in steps: each article's
/// [`bearers`], gathered by surname, then [`full_name`] for each speaker.
pub fn unify_speakers<'a, S>(articles: impl IntoIterator<Item = (&'a [Name], S)>)
where
    S: IntoIterator<Item = &'a mut Option<String>>,
{
    // Every article's names are read before any speaker changes.
    let articles: Vec<(&[Name], S)> = articles.into_iter().collect();
    // Each surname to its bearers' full names (the count beside them unused): the map type
    // of `text::names`' people, not one more compiled into the page.
    let mut bearers_of: FastMap<String, (Vec<String>, usize)> = FastMap::default();
    for (names, _) in &articles {
        for (surname, full) in bearers(names) {
            let list = &mut bearers_of.entry(surname.to_string()).or_default().0;
            if !list.iter().any(|f| f == full) {
                list.push(full.to_string());
            }
        }
    }
    for (names, speakers) in articles {
        for speaker in speakers {
            let Some(said) = speaker else { continue };
            let Some((list, _)) = bearers_of.get(said.as_str()) else {
                continue;
            };
            if let Some(full) = full_name(list, || title_gender(names, said)) {
                *speaker = Some(full.clone());
            }
        }
    }
}

/// The people `names` holds under a name of two words or more, as `(surname, full name)`:
/// what an article tells [`unify_speakers`] about who bears which surname.
#[inline]
pub fn bearers(names: &[Name]) -> impl Iterator<Item = (&str, &str)> {
    names
        .iter()
        .filter(|n| n.kind == NameKind::Person)
        .filter_map(|n| Some((n.name.rsplit_once(' ')?.1, n.name.as_str())))
}

/// What an article's honorifics say of the person it calls `said` (`Mrs. Clinton`): `None`
/// when they say nothing, or both, or the article names no such person.
#[inline]
pub fn title_gender(names: &[Name], said: &str) -> Option<crate::lang::Gender> {
    let gender = names
        .iter()
        .find(|n| n.name == said && n.kind == NameKind::Person)
        .and_then(Gender::of_titles)?;
    Some(match gender {
        Gender::He => crate::lang::Gender::Male,
        Gender::She => crate::lang::Gender::Female,
    })
}

/// The full name a speaker called by a surname alone takes, of the distinct full names that
/// bear the surname across the articles (`bearers`, any order): the only one; or, of
/// several, the only one whose given name fits the gender the speaker's article gives the
/// surname (`titled`, asked only then: see [`title_gender`]); else none.
#[inline]
pub fn full_name(
    bearers: &[String],
    titled: impl FnOnce() -> Option<crate::lang::Gender>,
) -> Option<&String> {
    match bearers {
        [full] => Some(full),
        several @ [_, _, ..] => {
            let gender = titled()?;
            let mut fits = several.iter().filter(|f| {
                crate::text::given_name_gender(f.split(' ').next().unwrap_or_default())
                    == Some(gender)
            });
            match (fits.next(), fits.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        }
        [] => None,
    }
}

#[cfg(test)]
mod tests;
