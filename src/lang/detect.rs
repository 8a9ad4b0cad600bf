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

use super::{fold, Lang, FOLDED, FUNCTION_WORDS};

/// Bytes read at most: some 3,000 words, far more than the answer needs.
pub const SAMPLE: usize = 20 * 1024;
/// Words a text needs before its language is guessed.
const MIN_WORDS: u32 = 5;
/// Function words the winning language needs, at least…
const MIN_HITS: u32 = 3;
/// …and as a share of the words, in percent: running text in a language is a third or more
/// function words; a language that is none of these shares a few short words with them.
const MIN_SHARE: u32 = 15;
/// The winner's score must be at least this many quarters of the runner-up's.
const MARGIN_QUARTERS: u32 = 5;
/// What a function word is worth, split equally between the languages that have it:
/// divisible by 1 to 7.
const WORTH: u32 = 420;

/// Slots in [`INDEX`]: a power of two, over twice the words listed in all languages.
const SLOTS: usize = 2048;

/// Where [`INDEX`] holds a (folded) word: FNV-1a, its top bits.
const fn slot(bytes: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    (h >> (32 - SLOTS.trailing_zeros())) as usize
}

/// For each slot, a bit for each language (bit `l as usize`) with a function word there: a
/// word whose slot has no bit is no function word, the common case decided by one load.
/// A set bit may be another word's, so [`languages_of`] checks the list.
static INDEX: [u8; SLOTS] = {
    let mut index = [0u8; SLOTS];
    let mut l = 0;
    while l < FUNCTION_WORDS.len() {
        let list = FUNCTION_WORDS[l];
        let mut i = 0;
        while i < list.len() {
            index[slot(list[i].as_bytes())] |= 1 << l;
            i += 1;
        }
        l += 1;
    }
    index
};

/// The languages (a bit each) that list `word`, already [`fold`]ed, as a function word.
fn languages_of(word: &str) -> u8 {
    let mut maybe = INDEX[slot(word.as_bytes())];
    let mut found = 0;
    while maybe != 0 {
        let l = maybe.trailing_zeros() as usize;
        maybe &= maybe - 1;
        if Lang::ALL[l].lexicon().is_listed(word) {
            found |= 1 << l;
        }
    }
    found
}

/// The language `text` is written in, judged by its first [`SAMPLE`] bytes; `None` when it
/// is not clearly one of [`Lang::ALL`].
pub fn detect(text: &str) -> Option<Lang> {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut tally = Tally::default();
    // A word is a run of letters, apostrophes inside it or closing it (`l’homme`, `dell’`).
    let mut start = None;
    for (i, c) in sample.char_indices() {
        if c.is_alphabetic() {
            tally.letter(c);
            start.get_or_insert(i);
        } else if start.is_some() && matches!(c, '\'' | '’' | 'ʼ') {
            continue;
        } else if let Some(s) = start.take() {
            tally.word(&sample[s..i]);
        }
    }
    if let Some(s) = start {
        tally.word(&sample[s..]);
    }
    tally.verdict()
}

/// What has been counted so far.
#[derive(Default)]
struct Tally {
    /// Letters of the Latin script, and of any other.
    latin: u32,
    other: u32,
    words: u32,
    /// Per language: function words seen, and their [`WORTH`] shared with other languages.
    hits: [u32; 7],
    score: [u32; 7],
}

impl Tally {
    fn letter(&mut self, c: char) {
        // Basic Latin, Latin-1, Latin Extended-A and -B, Latin Extended Additional.
        if c.is_ascii() || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') {
            self.latin += 1;
        } else {
            self.other += 1;
        }
    }

    fn word(&mut self, word: &str) {
        let mut buf = [0; FOLDED];
        let Some(word) = fold(word, &mut buf) else {
            // Longer than any function word.
            self.count(0);
            return;
        };
        let found = languages_of(word);
        let Some(at) = word.find('’').filter(|_| found == 0) else {
            self.count(found);
            return;
        };
        // An elided article or preposition and the word it leans on (`l’homme`, `qu’il`,
        // `dell’anno`): two words. Or a closing quotation mark (`‘no’`).
        let after = at + '’'.len_utf8();
        let head = match languages_of(&word[..after]) {
            0 => languages_of(&word[..at]),
            found => found,
        };
        self.count(head);
        let tail = word[after..].trim_end_matches('’');
        if !tail.is_empty() {
            self.count(languages_of(tail));
        }
    }

    /// One word, a function word of the languages `found` holds (a bit each).
    fn count(&mut self, found: u8) {
        self.words += 1;
        let worth = WORTH / found.count_ones().max(1);
        for (l, (hits, score)) in self.hits.iter_mut().zip(&mut self.score).enumerate() {
            if found & 1 << l != 0 {
                *hits += 1;
                *score += worth;
            }
        }
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
            for w in lang.lexicon().function_words {
                assert!(languages_of(w) & 1 << lang as usize != 0, "{lang:?} {w}");
            }
        }
        assert_eq!(languages_of("zebra"), 0);
        assert_eq!(languages_of("the"), 1 << Lang::En as usize);
        let filled = INDEX.iter().filter(|&&b| b != 0).count();
        assert!(filled * 2 < SLOTS, "{filled} of {SLOTS} slots");
    }
}
