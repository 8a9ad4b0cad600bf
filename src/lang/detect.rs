//! Which language an article is in, cheaply enough to ask of every article the page is
//! given.
//!
//! Function words make up about half of any running text, and each language has its own:
//! `the`, `und`, `les`, `het`, `não`. Counting each language's [`Lexicon`] function words in
//! a text therefore says which language it is, with lists the crate keeps anyway, where
//! character n-gram tables would weigh many kilobytes in the page. A word several languages
//! share (`de`, `la`, `in`) counts for each of them in equal parts, so the words that only
//! one language has decide. The answer is `None` when the text does not say clearly: too few
//! words, too few function words of any one language (a language none of these is), no
//! clear winner, or mostly letters of a script none of these languages is written in
//! (Cyrillic, Greek, Arabic, Hebrew, CJK, …).
//!
//! The cost is linear and bounded: one pass over at most the first [`SAMPLE`] bytes, each
//! word looked up in a small table built at compile time.
//!
//! [`Lexicon`]: super::Lexicon

use std::sync::LazyLock;

use super::{is_latin, Folded, Lang};

/// Bytes read at most: some 3,000 words, far more than the answer needs.
const SAMPLE: usize = 20 * 1024;
/// Words a text needs before its language is guessed.
const MIN_WORDS: u32 = 5;
/// Function words the winning language needs, at least…
const MIN_HITS: u32 = 3;
/// …and as a share of the words, in percent: running text in a language is a third or more
/// function words; a language that is none of these shares a few short words with them.
const MIN_SHARE: u32 = 15;
/// The winner's score must be at least this many quarters of the runner-up's.
const MARGIN_QUARTERS: u32 = 5;
/// Words read before the answer may be taken early, and how often it is looked at after.
const SETTLE_WORDS: u32 = 200;
const CHECK_EVERY: u32 = 100;
/// The winner's score, in multiples of the runner-up's, that settles it before the sample
/// is read to its end.
const SETTLED: u32 = 2;
/// What a function word is worth, split equally between the languages that have it:
/// divisible by 1 to 7.
const WORTH: u32 = 420;

/// Slots in [`index`]: a power of two, over twice the words listed in all languages
/// together, so that a probe for a word that is in no list (most words) stops at once.
const SLOTS: usize = 2048;

/// FNV-1a of a (folded) word: its top bits are its slot, its low bits its tag.
fn hash(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

fn slot(hash: u32) -> usize {
    (hash >> (32 - SLOTS.trailing_zeros())) as usize
}

/// An [`index`] entry: the low 16 bits of the word's hash, its language, and where it
/// starts in the language's list (0 is an empty slot: the place is stored plus one).
#[derive(Clone, Copy, Default)]
struct Entry(u32);

impl Entry {
    fn new(hash: u32, lang: usize, at: usize) -> Entry {
        debug_assert!(lang < 8 && at < 1 << 12, "a list's string fits 4 KB");
        Entry((hash & 0xffff) << 16 | (lang as u32) << 12 | (at as u32 + 1))
    }

    fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn tag(self) -> u32 {
        self.0 >> 16
    }

    fn lang(self) -> usize {
        (self.0 >> 12 & 0xf) as usize
    }

    fn at(self) -> usize {
        (self.0 & 0xfff) as usize - 1
    }
}

/// Every language's function words in one open-addressed hash table: a word that several
/// languages list has an entry for each. Looking a word up costs one hash and a probe or
/// two; a listed word is compared only with entries of the same tag. Built on first use
/// (a few microseconds) rather than when compiled, so it costs the page nothing to carry.
fn index() -> &'static [Entry; SLOTS] {
    static INDEX: LazyLock<[Entry; SLOTS]> = LazyLock::new(|| {
        let mut index = [Entry::default(); SLOTS];
        for lang in Lang::ALL {
            for (at, word) in lang.lexicon().function_words.with_places() {
                let h = hash(word.as_bytes());
                let mut s = slot(h);
                while !index[s].is_empty() {
                    s = (s + 1) % SLOTS;
                }
                index[s] = Entry::new(h, lang as usize, at);
            }
        }
        index
    });
    &INDEX
}

/// The languages (a bit each, `1 << lang as usize`) that list `word`, already [`Folded`],
/// as a function word.
fn languages_of(word: &[u8]) -> u8 {
    if word.len() > LONGEST {
        return 0;
    }
    let index = index();
    let h = hash(word);
    let mut s = slot(h);
    let mut found = 0;
    while !index[s].is_empty() {
        let entry = index[s];
        if entry.tag() == h & 0xffff {
            let lang = Lang::ALL[entry.lang()];
            let listed = lang.lexicon().function_words.word_at(entry.at());
            if listed.map(str::as_bytes) == Some(word) {
                found |= 1 << entry.lang();
            }
        }
        s = (s + 1) % SLOTS;
    }
    found
}

/// Bytes of the longest function word of any language (the tests check): a longer word is
/// none.
const LONGEST: usize = 10;

/// The language `text` is written in, judged by its first [`SAMPLE`] bytes; `None` when it
/// is not clearly one of [`Lang::ALL`].
pub fn detect(text: &str) -> Option<Lang> {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let bytes = sample.as_bytes();
    let mut tally = Tally::default();
    // A word is a run of letters, apostrophes inside it or closing it (`l’homme`, `dell’`),
    // folded as it is read. ASCII goes byte by byte; anything else by character.
    let mut word = Folded::new();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_alphabetic() {
            tally.latin += 1;
            word.push_ascii_letter(b);
            i += 1;
            continue;
        }
        let c = match b {
            0..=0x7f => char::from(b),
            _ => match sample[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        i += c.len_utf8();
        if c.is_alphabetic() {
            tally.letter(c);
            word.push(c);
        } else if matches!(c, '\'' | '’' | 'ʼ') && !word.is_empty() {
            word.push(c);
        } else if !word.is_empty() {
            tally.word(&word);
            word.clear();
            if tally.words >= tally.next_check {
                if tally.settled() {
                    break;
                }
                tally.next_check += CHECK_EVERY;
            }
        }
    }
    if !word.is_empty() {
        tally.word(&word);
    }
    tally.verdict()
}

/// What has been counted so far.
struct Tally {
    /// Letters of the Latin script, and of any other.
    latin: u32,
    other: u32,
    words: u32,
    /// Per language: function words seen, and their [`WORTH`] shared with other languages.
    hits: [u32; 7],
    score: [u32; 7],
    /// When to look at whether the answer is settled.
    next_check: u32,
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            latin: 0,
            other: 0,
            words: 0,
            hits: [0; 7],
            score: [0; 7],
            next_check: SETTLE_WORDS,
        }
    }
}

impl Tally {
    fn letter(&mut self, c: char) {
        if is_latin(c) {
            self.latin += 1;
        } else {
            self.other += 1;
        }
    }

    fn word(&mut self, word: &Folded) {
        let Some(bytes) = word.bytes() else {
            // Longer than any function word.
            return self.count(0);
        };
        let found = languages_of(bytes);
        let Some(at) = word.apostrophe().filter(|_| found == 0) else {
            return self.count(found);
        };
        // An elided article or preposition and the word it leans on (`l’homme`, `qu’il`,
        // `dell’anno`): two words. Or a closing quotation mark (`‘no’`).
        let after = at + '’'.len_utf8();
        let head = match languages_of(&bytes[..after]) {
            0 => languages_of(&bytes[..at]),
            found => found,
        };
        self.count(head);
        let mut tail = &bytes[after..];
        while let Some(rest) = tail.strip_suffix("’".as_bytes()) {
            tail = rest;
        }
        if !tail.is_empty() {
            self.count(languages_of(tail));
        }
    }

    /// One word, a function word of the languages `found` holds (a bit each).
    fn count(&mut self, found: u8) {
        self.words += 1;
        if found == 0 {
            return;
        }
        let worth = WORTH / found.count_ones();
        for (l, (hits, score)) in self.hits.iter_mut().zip(&mut self.score).enumerate() {
            if found & 1 << l != 0 {
                *hits += 1;
                *score += worth;
            }
        }
    }

    /// Whether reading on could hardly change the answer: a clear winner, by far. Most
    /// articles settle in their first few hundred words.
    fn settled(&self) -> bool {
        self.verdict().is_some_and(|l| {
            let best = self.score[l as usize];
            self.score.iter().all(|&s| s == best || s * SETTLED <= best)
        })
    }

    fn verdict(&self) -> Option<Lang> {
        // Mostly another script (a fifth of the letters or more): an English name in a
        // Russian article does not make it English.
        if self.other * 4 > self.latin || self.words < MIN_WORDS {
            return None;
        }
        let mut best = 0;
        for l in 1..self.score.len() {
            if self.score[l] > self.score[best] {
                best = l;
            }
        }
        let runner_up = (0..self.score.len())
            .filter(|&l| l != best)
            .map(|l| self.score[l])
            .max()
            .unwrap_or(0);
        let hits = self.hits[best];
        let clear = hits >= MIN_HITS
            && hits * 100 >= self.words * MIN_SHARE
            && self.score[best] * 4 >= runner_up * MARGIN_QUARTERS;
        clear.then_some(Lang::ALL[best])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detected(text: &str) -> Option<&'static str> {
        detect(text).map(Lang::code)
    }

    #[test]
    fn news_sentences_in_each_language() {
        let cases = [
            (
                "en",
                "The minister said on Tuesday that the talks would resume next week, \
                 although neither side has agreed to the terms that were put forward.",
            ),
            (
                "de",
                "Der Minister sagte am Dienstag, dass die Gespräche in der nächsten Woche \
                 weitergehen sollen, obwohl keine der beiden Seiten den Bedingungen zugestimmt hat.",
            ),
            (
                "fr",
                "Le ministre a déclaré mardi que les négociations reprendraient la semaine \
                 prochaine, bien qu’aucune des deux parties n’ait accepté les conditions.",
            ),
            (
                "es",
                "El ministro dijo el martes que las negociaciones se reanudarán la próxima \
                 semana, aunque ninguna de las partes ha aceptado las condiciones del acuerdo.",
            ),
            (
                "it",
                "Il ministro ha detto martedì che i negoziati riprenderanno la prossima \
                 settimana, anche se nessuna delle due parti ha accettato le condizioni dell’accordo.",
            ),
            (
                "pt",
                "O ministro disse na terça-feira que as negociações serão retomadas na \
                 próxima semana, embora nenhuma das partes tenha aceitado as condições do acordo.",
            ),
            (
                "nl",
                "De minister zei dinsdag dat de gesprekken volgende week worden hervat, \
                 hoewel geen van beide partijen heeft ingestemd met de voorwaarden van het akkoord.",
            ),
        ];
        for (code, text) in cases {
            assert_eq!(detected(text), Some(code), "{text}");
        }
    }

    #[test]
    fn close_neighbours_are_told_apart() {
        // Spanish and Portuguese, Dutch and German, Italian and Spanish share many words.
        assert_eq!(
            detected("Los vecinos no sabían nada del incendio hasta que llegaron los bomberos."),
            Some("es")
        );
        assert_eq!(
            detected("Os vizinhos não sabiam nada do incêndio até que chegaram os bombeiros."),
            Some("pt")
        );
        assert_eq!(
            detected("Die Polizei hat den Mann nach der Tat in seiner Wohnung festgenommen."),
            Some("de")
        );
        assert_eq!(
            detected("De politie heeft de man na de daad in zijn woning aangehouden."),
            Some("nl")
        );
        assert_eq!(
            detected("I vicini non sapevano nulla dell’incendio finché sono arrivati i pompieri."),
            Some("it")
        );
    }

    #[test]
    fn elisions_and_quotation_marks_around_words_count() {
        // `l’`, `d’`, `qu’` carry most of this French.
        assert_eq!(
            detected("L’homme qu’il a vu n’était pas l’auteur d’un tel crime."),
            Some("fr")
        );
        assert_eq!(
            detected("He said ‘no’ and ‘not now’ when it was put to him."),
            Some("en")
        );
    }

    #[test]
    fn none_when_unsure() {
        for text in [
            "",
            "   \n\t ",
            // Too few words.
            "Angela Merkel",
            "Breaking news",
            "1 2 3 4 5 6 7 8 9 10 11 12",
            // Names and numbers: no function words.
            "Milley Sullivan Biden Zelensky Putin Kyiv Moscow Washington Brussels 2024",
            // Languages that are none of these, in the Latin script.
            "Rząd przyjął we wtorek projekt ustawy, który trafi teraz do Sejmu.",
            "Hallituksen esitys annettiin eduskunnalle tiistaina iltapäivällä.",
            // Other scripts.
            "Правительство во вторник одобрило законопроект, который теперь направят в Думу.",
            "الحكومة وافقت يوم الثلاثاء على مشروع القانون الذي سيحال الآن إلى البرلمان.",
            "הממשלה אישרה ביום שלישי את הצעת החוק שתועבר כעת לכנסת.",
            "政府は火曜日に法案を承認し、今後国会に送られる。",
            "政府周二批准了该法案，现在将提交议会审议。",
            "Η κυβέρνηση ενέκρινε την Τρίτη το νομοσχέδιο που θα πάει στη Βουλή.",
            // English words in a Russian article: still mostly another script.
            "Президент сказал, что the talks will continue, но переговоры зашли в тупик и никто не знает что дальше.",
        ] {
            assert_eq!(detected(text), None, "{text}");
        }
    }

    #[test]
    fn only_the_sample_is_read() {
        // A long English opening decides, whatever follows.
        let text = format!(
            "{}{}",
            "The talks will go on and the two sides say that they are close. ".repeat(400),
            "Die Gespräche werden fortgesetzt und die beiden Seiten sagen, dass sie nah sind. "
                .repeat(400)
        );
        assert!(text.len() > 2 * SAMPLE);
        assert_eq!(detected(&text), Some("en"));
        // A cut inside a character is moved back to its start.
        let text = "é".repeat(SAMPLE);
        assert_eq!(detected(&text), None);
    }

    #[test]
    fn the_index_finds_every_listed_word_and_only_those() {
        for lang in Lang::ALL {
            for w in lang.lexicon().function_words.iter() {
                assert!(w.len() <= LONGEST, "{lang:?} {w}");
                let found = languages_of(w.as_bytes());
                assert!(found & 1 << lang as usize != 0, "{lang:?} {w}");
                for other in Lang::ALL {
                    let listed = other.lexicon().function_words.contains(w);
                    assert_eq!(found & 1 << other as usize != 0, listed, "{other:?} {w}");
                }
            }
        }
        // Short probes, and places that fit an entry.
        let words: usize = Lang::ALL
            .iter()
            .map(|l| l.lexicon().function_words.len())
            .sum();
        assert!(words * 2 <= SLOTS, "{words} words");
        for lang in Lang::ALL {
            assert!(lang.lexicon().function_words.as_str().len() < 1 << 12);
        }
        assert_eq!(languages_of(b"zebra"), 0);
        assert_eq!(languages_of(b"the"), 1 << Lang::En as usize);
        let de = [Lang::Fr, Lang::Es, Lang::Pt, Lang::Nl];
        assert_eq!(
            languages_of(b"de"),
            de.iter().map(|&l| 1u8 << l as usize).sum::<u8>()
        );
    }
}
