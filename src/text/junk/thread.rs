//! Reader comments: the thread a pasted page carries under its article.
//!
//! A page copied whole brings its comments along, often more words than the article, and
//! left in they are counted as its text: their words in its figures, a commenter's song
//! lyric among its quotations, commenters' names among the people it names. A thread is
//! found two ways, after each paragraph has been judged on its own:
//!
//! - by its furniture: the lines a comment system prints around each comment (`Reply`,
//!   `2 hours ago`, `Jane says:`, `12 likes`, `View 3 replies`) and above the thread
//!   (`12 Comments`, `Join the discussion`, `Log in to comment`). Two such per-comment lines
//!   a few paragraphs apart, or a thread's heading after the article's first paragraphs
//!   followed by such a line or by talk, make what lies between them the thread;
//! - by its voice, when the paste kept none of that: readers write to each other, in the
//!   first person and the second (`I`, `you`), with questions and exclamations, where a
//!   report — outside its quotations — hardly ever does. A run of paragraphs to the end of
//!   the text mostly in that voice, after an article hardly ever in it, is a thread.
//!
//! A thread takes the paragraphs judged content or heading, the fragments between comments
//! (a commenter's name, a vote count) and the comment system's own lines; other page junk
//! keeps its reason (a link under a comment is a link). Interviews and columns talk all
//! through, so the voice alone never makes a whole text a thread: it needs an article before
//! it that does not talk. (On the 865 articles of the annotated corpora's dev parts —
//! interviews, columns, speeches, fiction in seven languages — no paragraph is taken.)

use std::ops::Range;

use super::{Class, Junk, Seen, Verdict};
use crate::lang::{Lexicon, WordList};

/// Per-comment lines further apart than this many paragraphs are not one thread: a comment
/// is seldom over three paragraphs, and an article's own time line and a stray `Reply` must
/// not make the article between them a thread.
const MAX_GAP: usize = 4;
/// Content words an article has before a thread's heading (a "12 comments" link under a
/// headline is not the start of a thread).
const MIN_ARTICLE_WORDS: usize = 100;

/// What a comment system's line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Furniture {
    /// Above the thread: `12 Comments`, `Join the discussion`, `Sort by Best`.
    Heading,
    /// Before a comment: who and when (`2 hours ago`, `Jane says:`, `@jane`).
    Lead,
    /// After a comment: `Reply`, `Like · Reply · 2h`, `12 likes`, `View 3 replies`.
    Trail,
    /// A bare number: a vote count, inside a thread found otherwise.
    Count,
}

/// Words that name a thread above it, as a whole line.
const HEADINGS: &[&str] = &[
    "add a comment",
    "comment",
    "commentaires",
    "comentarios",
    "comentários",
    "commenti",
    "comments",
    "join the conversation",
    "join the discussion",
    "kommentare",
    "leave a comment",
    "leave a reply",
    "log in to comment",
    "login to comment",
    "newest first",
    "oldest first",
    "post a comment",
    "reacties",
    "reader comments",
    "show comments",
    "sign in to comment",
    "view comments",
    "write a comment",
];

/// The words of the lines around each comment: a line after one is made of [`ACTIONS`],
/// [`REPLY`] and [`VOTES`], with one of the last two.
const REPLY: WordList =
    WordList::new("antworten beantwoorden reageren replies reply responder rispondi répondre");
const VOTES: WordList = WordList::new(
    "dislike dislikes downvote like likes point points recommend recommendations recommended \
     upvote upvotes vote votes",
);
const ACTIONS: WordList = WordList::new(
    "delete edit edited embed flag follow hide link more parent permalink report save share",
);
/// What a count of comments is called (`12 Comments`, `5 thoughts on “…”`).
const COUNTED: WordList = WordList::new("comment comments reactions replies responses thoughts");
/// Units of time as comment systems print them: `2 hours ago`, `5 hr. ago`, `3d`.
const UNITS: WordList = WordList::new(
    "d day days h hour hours hr hrs m min mins minute minutes mo month months mos s sec second \
     seconds secs w week weeks wk wks y year years yr yrs",
);
/// The first word of an article's own time line (`Updated 2 hours ago`): no comment's.
const OWN_TIME: WordList = WordList::new("last modified posted published updated");

/// The line `s` as a comment system's furniture, if it is.
fn furniture(s: &Seen) -> Option<Furniture> {
    if s.words == 0 || s.words > 12 {
        return None;
    }
    if HEADINGS.contains(&s.key.as_str()) {
        return Some(Furniture::Heading);
    }
    // Its words, and numbers with their `:`, `/`, `.` and `-`, without the marks between
    // (`·`, `|`, `›`, brackets). Read byte by byte: every mark cut on is ASCII.
    let (key, mut tokens, mut n) = (s.key.as_bytes(), [""; 12], 0);
    let cut = |b: u8| b.is_ascii_whitespace() || b.is_ascii_punctuation() && !b":/.-'".contains(&b);
    let mut i = 0;
    while i < key.len() {
        let start = i;
        while i < key.len() && !cut(key[i]) {
            i += 1;
        }
        let (mut a, mut b) = (start, i);
        while a < b && b":/.-".contains(&key[a]) {
            a += 1;
        }
        while a < b && b":/.-".contains(&key[b - 1]) {
            b -= 1;
        }
        if key[a..b].iter().any(u8::is_ascii_alphanumeric) {
            *tokens.get_mut(n)? = s.key.get(a..b)?;
            n += 1;
        }
        i += 1;
    }
    let t = &tokens[..n];
    let (&first, &last) = (t.first()?, t.last()?);
    // What the words are, together.
    let (mut acted, mut acting, mut counts, mut clock, mut date) =
        (true, false, true, false, s.dated);
    for &w in t {
        let said = listed(REPLY, w) || listed(VOTES, w);
        acting |= said;
        acted &= said || listed(ACTIONS, w) || is_count(w) || compact_time(w);
        counts &= is_count(w);
        clock |= is_clock(w);
        date |= is_numeric_date(w);
    }
    let second = t.get(1).copied().unwrap_or("");
    let heading = (is_count(first) && listed(COUNTED, second) && (n == 2 || t[2] == "on"))
        || (n == 2 && listed(COUNTED, first) && is_count(last))
        || (first == "sort" && second == "by" && n <= 4)
        || s.key.starts_with("you must be logged in");
    // `2 hours ago`, `Jane · 5 hr. ago`, `John Smith 3d`, `Nov 13, 2022 at 4:05 pm`,
    // `Jane Doe says:`, `@jane`.
    let before_ago = |k: usize| t.get(n.wrapping_sub(k)).copied().unwrap_or("");
    let ago = last == "ago"
        && (compact_time(before_ago(2))
            || listed(UNITS, before_ago(2))
                && (is_count(before_ago(3))
                    || matches!(before_ago(3), "a" | "an" | "one" | "few")));
    let lead = (ago && n <= 7)
        || (clock && date && n <= 9)
        || (n <= 4 && compact_time(last) && !s.terminated)
        || (n <= 6 && last == "says" && s.terminated)
        || (n <= 4 && s.raw_start == '@');
    // `Reply · Share`, `Like · Reply · 2h`, `12 likes`, `View 3 replies`.
    let more = n <= 5
        && matches!(first, "view" | "show" | "load" | "see" | "hide")
        && matches!(last, "replies" | "reply" | "comments");
    if heading {
        Some(Furniture::Heading)
    } else if listed(OWN_TIME, first) {
        None
    } else if (acted && acting) || more {
        Some(Furniture::Trail)
    } else if lead {
        Some(Furniture::Lead)
    } else if counts && n <= 2 {
        Some(Furniture::Count)
    } else {
        None
    }
}

/// Whether `list` holds `word`: one call, not the search inlined at each use.
#[inline(never)]
fn listed(list: WordList, word: &str) -> bool {
    list.contains(word)
}

/// A count: digits (`12`), or thousands shortened (`12k`).
fn is_count(t: &str) -> bool {
    let digits = t.strip_suffix('k').unwrap_or(t);
    (1..=6).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `5h`, `3d`, `2hrs`, `10min`: a count glued to a unit of time.
fn compact_time(t: &str) -> bool {
    let unit = t.trim_start_matches(|c: char| c.is_ascii_digit());
    unit.len() < t.len() && t.len() - unit.len() <= 3 && listed(UNITS, unit)
}

/// `4:05`, `16:05`, `4:05pm`.
fn is_clock(t: &str) -> bool {
    let t = t.as_bytes();
    let t = match t {
        [rest @ .., b'a' | b'p', b'm'] => rest,
        _ => t,
    };
    matches!(t, [h @ .., b':', m1, m2] if (1..=2).contains(&h.len())
        && h.iter().chain([m1, m2]).all(u8::is_ascii_digit))
}

/// `13/11/2022`, `11.13.22`, `2022-11-13`: digits in three parts of one to four.
fn is_numeric_date(t: &str) -> bool {
    let (mut parts, mut digits) = (1, 0);
    for &b in t.as_bytes() {
        if b.is_ascii_digit() && digits < 4 {
            digits += 1;
        } else if b"/.-".contains(&b) && digits > 0 {
            (parts, digits) = (parts + 1, 0);
        } else {
            return false;
        }
    }
    parts == 3 && digits > 0
}

/// How a paragraph talks, outside its quotations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Talk {
    /// `I`, `my`, `ich`, `je`…
    first: bool,
    /// `you`, `your`, `du`, `tu`…
    second: bool,
    /// A question or an exclamation.
    asks: bool,
}

impl Talk {
    fn any(self) -> bool {
        self.first || self.second || self.asks
    }
}

/// How the paragraph `range` of `text`, holding `words`, talks, in `lexicon`'s words.
/// Quotations are someone else's voice and are skipped: a double quotation mark glued to
/// the word before it (`moment,”`, `Text“`) closes one, any other opens one, as do `«` and
/// a paragraph opened by a dash (dialogue).
#[inline(never)]
fn talk(text: &str, range: Range<usize>, words: &[Range<usize>], pronouns: &Pronouns) -> Talk {
    let mut out = Talk::default();
    if text[range.clone()].starts_with(['—', '–', '―']) {
        return out;
    }
    let lexicon = pronouns.lexicon;
    let mut quoted = false;
    let mut at = range.start;
    // Whether the word before was capitalised inside a sentence (`World War I`: a numeral).
    let mut capital_inside = false;
    for w in words {
        let gap = &text[at..w.start];
        // Most gaps are one space, which says nothing.
        let ends_sentence = gap != " " && read_gap(gap, at == range.start, &mut quoted, &mut out);
        let starts = at == range.start || ends_sentence;
        let word = &text[w.clone()];
        if !quoted && pronouns.may_be(word) {
            let numeral = word == "I" && capital_inside && !starts && gap == " ";
            out.first |= !numeral && lexicon.first_person.contains_folded(word);
            out.second |= lexicon.second_person.contains_folded(word);
        }
        capital_inside = !starts && word.as_bytes()[0].is_ascii_uppercase();
        at = w.end;
    }
    read_gap(
        &text[at..range.end],
        at == range.start,
        &mut quoted,
        &mut out,
    );
    out
}

/// A language's [`Lexicon::first_person`] and [`Lexicon::second_person`], and what most
/// words are told from them by at once: the two letters they start with, and their longest.
#[derive(Clone, Copy)]
struct Pronouns {
    lexicon: &'static Lexicon,
    /// For each first letter, a bit for each second letter (bit 26: no second letter).
    starts: [u32; 26],
    longest: usize,
}

impl Pronouns {
    fn of(lexicon: &'static Lexicon) -> Pronouns {
        let mut starts = [0; 26];
        let mut longest = 0;
        for w in lexicon
            .first_person
            .iter()
            .chain(lexicon.second_person.iter())
        {
            if let Some(first) = letter(w.as_bytes()[0]) {
                starts[first] |= 1 << letter(*w.as_bytes().get(1).unwrap_or(&0)).unwrap_or(26);
            }
            longest = longest.max(w.len());
        }
        Pronouns {
            lexicon,
            starts,
            longest,
        }
    }

    /// Whether `word` may be one of the pronouns.
    fn may_be(&self, word: &str) -> bool {
        let b = word.as_bytes();
        word.len() <= self.longest
            && letter(b[0]).is_some_and(|first| {
                let second = letter(*b.get(1).unwrap_or(&0)).unwrap_or(26);
                self.starts[first] & 1 << second != 0
            })
    }
}

/// An ASCII letter's place in the alphabet, in either case.
fn letter(b: u8) -> Option<usize> {
    b.is_ascii_alphabetic()
        .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
}

/// Reads the quotation marks and the punctuation of `gap`, the text between two words (or
/// before the first, `opening` the paragraph, or after the last); says whether it ends a
/// sentence.
fn read_gap(gap: &str, opening: bool, quoted: &mut bool, out: &mut Talk) -> bool {
    // Before the gap: white space at the paragraph's start, else a word's letter.
    let mut before = if opening { ' ' } else { 'x' };
    let mut ends_sentence = false;
    for c in gap.chars() {
        match c {
            '«' => *quoted = true,
            '»' => *quoted = false,
            '“' | '”' | '„' | '"' => {
                *quoted = before.is_whitespace() || matches!(before, '(' | '[' | '—' | '–' | '/');
            }
            '?' | '!' if !*quoted => out.asks = true,
            _ => {}
        }
        ends_sentence |= matches!(c, '.' | '!' | '?' | ':');
        before = c;
    }
    ends_sentence
}

/// Classes the paragraphs of a comment thread [`Junk::Comment`]: `seen` and `verdicts` are
/// every paragraph's, `paragraphs` their ranges in `text`, holding `words` (`paragraph_words`
/// each), and `lexicon` the text's language's, if known. Linear in the paragraphs.
#[inline(never)]
pub(super) fn mark(
    text: &str,
    paragraphs: &[Range<usize>],
    words: &[Range<usize>],
    paragraph_words: &[usize],
    seen: &[Seen],
    verdicts: &mut [Verdict],
    lexicon: Option<&'static Lexicon>,
) {
    let n = seen.len();
    let readable = |v: &Verdict| {
        v.class != Class::Junk || matches!(v.junk, Some(Junk::Fragment | Junk::Repeated))
    };
    let furniture: Vec<Option<Furniture>> = seen
        .iter()
        .zip(verdicts.iter())
        .map(|(s, v)| {
            // A comment's date reads as a dateline, `Reply` as an interface string.
            let furnishing = matches!(v.junk, Some(Junk::Interface | Junk::Byline));
            furniture(s).filter(|_| readable(v) || furnishing)
        })
        .collect();
    // How each content paragraph talks (none in a language without the lists).
    let mut talks = vec![Talk::default(); n];
    if let Some(x) = lexicon.map(Pronouns::of) {
        let mut w = 0;
        for (p, &k) in paragraph_words.iter().enumerate() {
            if verdicts[p].class == Class::Content {
                talks[p] = talk(text, paragraphs[p].clone(), &words[w..w + k], &x);
            }
            w += k;
        }
    }
    let mut thread = vec![false; n];
    // Per-comment lines chained a few paragraphs apart.
    let per_comment: Vec<usize> = (0..n)
        .filter(|&p| matches!(furniture[p], Some(Furniture::Lead | Furniture::Trail)))
        .collect();
    let mut i = 0;
    while i < per_comment.len() {
        let mut j = i;
        while j + 1 < per_comment.len() && per_comment[j + 1] - per_comment[j] <= MAX_GAP {
            j += 1;
        }
        if j > i {
            let (mut from, mut to) = (per_comment[i], per_comment[j] + 1);
            // The commenter's name on a line of its own, before the first comment's time.
            if from > 0
                && furniture[from] == Some(Furniture::Lead)
                && seen[from - 1].words <= 4
                && !seen[from - 1].terminated
            {
                from -= 1;
            }
            // After the last comment's name and time, its words.
            if furniture[per_comment[j]] == Some(Furniture::Lead) {
                while to < n
                    && to - per_comment[j] <= MAX_GAP
                    && verdicts[to].class == Class::Content
                {
                    to += 1;
                }
            }
            thread[from..to].iter_mut().for_each(|t| *t = true);
        }
        i = j + 1;
    }
    // A thread's heading, after the article, with comments after it or talk in 30% or more
    // of the content after it.
    let (mut content_after, mut talking_after) = (vec![0; n + 1], vec![0; n + 1]);
    for p in (0..n).rev() {
        let content = usize::from(verdicts[p].class == Class::Content);
        content_after[p] = content_after[p + 1] + content;
        talking_after[p] = talking_after[p + 1] + usize::from(talks[p].any());
    }
    let mut article_words = 0;
    for h in 0..n {
        if furniture[h] == Some(Furniture::Heading) && article_words >= MIN_ARTICLE_WORDS {
            let furnished = per_comment.last().is_some_and(|&p| p > h);
            let talking = talking_after[h + 1];
            if furnished || (talking > 0 && talking * 10 >= content_after[h + 1] * 3) {
                thread[h..].iter_mut().for_each(|t| *t = true);
                break;
            }
        }
        if verdicts[h].class == Class::Content {
            article_words += paragraph_words[h];
        }
    }
    // The voice: a tail of content paragraphs mostly talking, after an article that does not.
    let content: Vec<usize> = (0..n)
        .filter(|&p| verdicts[p].class == Class::Content && !thread[p])
        .collect();
    if let Some(from) = talking_tail(&content, &talks, paragraph_words) {
        // Headings and fragments among the comments are theirs too.
        thread[content[from]..].iter_mut().for_each(|t| *t = true);
    }
    for (p, v) in verdicts.iter_mut().enumerate() {
        if thread[p] && (readable(v) || furniture[p].is_some()) {
            *v = Verdict::junk(Junk::Comment);
        }
    }
}

/// The talking tail of `content` (paragraph indices, in order, each talking as `talks` has
/// it and holding `paragraph_words`), as an index into it: the start that most outweighs the
/// paragraphs that talk against those that do not (a talking one counting 13 against each
/// other's 7: a tail over 35% talk), taken when the tail talks, mostly in the first person,
/// and the article before it hardly does.
fn talking_tail(content: &[usize], talks: &[Talk], paragraph_words: &[usize]) -> Option<usize> {
    /// Enough paragraphs to tell a thread from a few asides.
    const MIN_ARTICLE: usize = 4;
    const MIN_TALKING: usize = 8;
    if content.len() < MIN_ARTICLE + MIN_TALKING {
        return None;
    }
    let (mut sum, mut best, mut from) = (0i64, 0i64, content.len());
    for (k, &p) in content.iter().enumerate().rev() {
        sum += if talks[p].any() { 13 } else { -7 };
        if sum > best {
            (best, from) = (sum, k);
        }
    }
    let count = |ps: &[usize], f: fn(&Talk) -> bool| ps.iter().filter(|&&p| f(&talks[p])).count();
    let (before, tail) = content.split_at(from);
    let talking = count(tail, |t| t.any());
    let first = count(tail, |t| t.first);
    let article: usize = before.iter().map(|&p| paragraph_words[p]).sum();
    (before.len() >= MIN_ARTICLE
        && article >= MIN_ARTICLE_WORDS
        && talking >= MIN_TALKING
        && talking * 2 >= tail.len()
        && first >= 5
        && first * 20 >= tail.len() * 3
        && count(before, |t| t.any()) * 20 <= before.len() * 3
        && count(before, |t| t.first) * 10 <= before.len())
    .then_some(from)
}

#[cfg(test)]
mod tests {
    use crate::text::{Class, Document, Junk};

    /// An article of some length, in a reporter's voice, with its quotations.
    const ARTICLE: &[&str] = &[
        "City council approves new budget for schools",
        "The city council voted on Tuesday to raise spending on schools by 4 percent, the largest increase in a decade, after a debate that ran past midnight.",
        "“We heard from hundreds of parents, and we listened,” said council member Ana Ortiz, who wrote the plan. “I think this is a budget for the next generation.”",
        "The increase will pay for 40 new teachers and repairs to six buildings, according to the budget office. Critics said the city could not afford it.",
        "“You cannot keep raising spending while revenue falls,” said Tom Reyes, the council’s only member to vote against the plan.",
        "The mayor is expected to sign the budget this week. It takes effect in July, at the start of the fiscal year.",
    ];

    fn judged(lines: &[&str]) -> Vec<Option<Junk>> {
        let text = lines.join("\n");
        let doc = Document::new(&text);
        assert_eq!(doc.paragraphs().len(), lines.len(), "{lines:?}");
        doc.verdicts().iter().map(|v| v.junk).collect()
    }

    /// Asserts that the article's paragraphs are not comments and every line of `thread`
    /// after it is page junk, most of it comments (links keep their own reason).
    fn thread_after_article(thread: &[&str]) {
        let lines: Vec<&str> = ARTICLE.iter().chain(thread).copied().collect();
        let got = judged(&lines);
        for (line, junk) in lines.iter().zip(&got).take(ARTICLE.len()) {
            assert_ne!(*junk, Some(Junk::Comment), "{line:?}");
        }
        for (line, junk) in lines.iter().zip(&got).skip(ARTICLE.len()) {
            assert!(junk.is_some(), "{line:?} is left in the article");
        }
        let comments = got.iter().filter(|j| **j == Some(Junk::Comment)).count();
        assert!(comments * 4 >= thread.len() * 3, "{got:?}");
    }

    #[test]
    fn a_wordpress_thread_is_comments() {
        thread_after_article(&[
            "3 thoughts on “City council approves new budget for schools”",
            "Maria Lopez says:",
            "November 13, 2022 at 4:05 pm",
            "Finally. My kids have had substitutes all year. About time the council did something.",
            "Reply",
            "Dan K. says:",
            "November 13, 2022 at 6:40 pm",
            "And who pays for it? Property taxes went up again last spring.",
            "Reply",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        ]);
    }

    #[test]
    fn a_disqus_thread_is_comments() {
        thread_after_article(&[
            "12 Comments",
            "Sort by Best",
            "Join the discussion…",
            "riverside_mom",
            "2 hours ago",
            "Forty teachers across the whole district is not much, honestly. Still better than nothing.",
            "14",
            "Reply",
            "Share ›",
            "taxpayer1979",
            "riverside_mom",
            "an hour ago",
            "Better than nothing is how we got here. They will want more next year, mark my words.",
            "3",
            "Reply",
            "Share ›",
            "Load more comments",
        ]);
    }

    #[test]
    fn a_reddit_thread_is_comments() {
        thread_after_article(&[
            "Comments (4)",
            "u/schoolbus_driver · 5 hr. ago",
            "Drove past one of those six buildings today. The roof has been leaking since 2019.",
            "245 points",
            "Reply Share Report",
            "u/budget_hawk · 3 hr. ago",
            "Reyes is right though, the revenue numbers are ugly.",
            "61 points",
            "Reply Share Report",
            "View 2 more replies",
        ]);
    }

    /// Seed 002's shape: no furniture left, only readers talking to each other.
    #[test]
    fn a_thread_without_its_furniture_is_told_by_its_voice() {
        thread_after_article(&[
            "Nobody asked the parents in my neighbourhood. We were told about the meeting the day before.",
            "I was there until midnight. Were you? Half the room left after the first hour.",
            "You are right about the roof, I saw the buckets in the gym myself.",
            "https://example.org/school-repairs-2019",
            "Forty teachers! For a district of this size that is a rounding error.",
            "Do you even know what a teacher costs? I do, I am one.",
            "My taxes pay for this and I was never asked.",
            "Lol.",
            "Give it up. Nobody here is buying your numbers.",
            "I read the whole plan and you clearly have not.",
            "Where do you think the money comes from?",
            "I’m done arguing with you.",
        ]);
    }

    #[test]
    fn an_interview_a_column_and_furniture_under_a_headline_stay_the_article() {
        // An interview talks all through: there is no article before it that does not.
        let mut interview = vec!["Q&A with the mayor"];
        interview.extend(std::iter::repeat_n(
            "Why did you back the plan? I backed it because my own kids go to these schools, and you would too.",
            8,
        ));
        assert!(judged(&interview).iter().all(|j| j.is_none()));
        // A column in the first person throughout.
        let mut column = vec!["I was wrong about the budget"];
        column.extend(std::iter::repeat_n(
            "I have covered this council for ten years, and I have never seen the readers so angry. My inbox is full.",
            5,
        ));
        column.extend(std::iter::repeat_n(
            "You wrote to me, and I listened. I owe you an answer.",
            8,
        ));
        // (Its repeated line is page junk of another kind.)
        assert!(judged(&column).iter().all(|j| *j != Some(Junk::Comment)));
        // A share bar and a time under the headline, a "Reply" line in a quoted email: the
        // article stays whole.
        let lines: Vec<&str> = [ARTICLE[0], "12 Comments", "Updated 2 hours ago", "Share"]
            .into_iter()
            .chain(ARTICLE[1..].iter().copied())
            .chain([
                "Reply",
                "Tom Reyes is a council member.",
                "Updated 2 hours ago",
            ])
            .collect();
        let got = judged(&lines);
        for (line, junk) in lines.iter().zip(&got) {
            if line.len() > 40 {
                assert_eq!(*junk, None, "{line:?}");
            }
        }
        // A section of advice to readers, in the second person, after a report.
        let mut service: Vec<&str> = ARTICLE.to_vec();
        service.extend(std::iter::repeat_n(
            "If you are a parent, you can ask the school office which of the new teachers will teach your child’s class.",
            9,
        ));
        assert!(
            judged(&service).iter().all(|j| j != &Some(Junk::Comment)),
            "{:?}",
            judged(&service)
        );
    }

    #[test]
    fn the_lines_of_a_comment_system() {
        use super::Furniture::*;
        let table: &[(&str, Option<super::Furniture>)] = &[
            ("12 Comments", Some(Heading)),
            ("Comments (12)", Some(Heading)),
            (
                "3 thoughts on “City council approves new budget”",
                Some(Heading),
            ),
            ("Sort by Best", Some(Heading)),
            ("Join the discussion…", Some(Heading)),
            ("2 hours ago", Some(Lead)),
            ("an hour ago", Some(Lead)),
            ("u/schoolbus_driver · 5 hr. ago", Some(Lead)),
            ("John Smith 3d", Some(Lead)),
            ("November 13, 2022 at 4:05 pm", Some(Lead)),
            ("13/11/2022 16:05", Some(Lead)),
            ("Maria Lopez says:", Some(Lead)),
            ("@riverside_mom", Some(Lead)),
            ("Reply", Some(Trail)),
            ("Like · Reply · 2h", Some(Trail)),
            ("Reply Share Report", Some(Trail)),
            ("245 points", Some(Trail)),
            ("View 2 more replies", Some(Trail)),
            ("14", Some(Count)),
            // An article's own lines.
            ("Updated 2 hours ago", None),
            ("Share", None),
            ("Report", None),
            ("The vote was 4:05 on Tuesday.", None),
            ("In 2019, 12 people said they would reply.", None),
            ("Comments by the mayor on Tuesday drew applause.", None),
        ];
        let mut wrong = Vec::new();
        for &(line, expected) in table {
            let text = format!("Headline\n{line}");
            let view = crate::text::View::new(&text);
            let start = text.find(line).unwrap_or(0);
            let words: Vec<&str> = line.split_whitespace().collect();
            let seen =
                super::Seen::new(&text[start..], words.into_iter(), 0, view.is_heading(start));
            let got = super::furniture(&seen);
            if got != expected {
                wrong.push(format!("{line:?}: expected {expected:?}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_quotation_talks_for_its_speaker_not_for_the_page() {
        let doc = Document::new(ARTICLE[2]);
        let x = &super::Pronouns::of(crate::lang::Lang::En.lexicon());
        let talk = super::talk(doc.text(), doc.paragraphs()[0].clone(), doc.words(), x);
        assert_eq!(talk, super::Talk::default());
        let doc = Document::new("Sorry Milley, I think World War I was different. Was it?");
        let talk = super::talk(doc.text(), doc.paragraphs()[0].clone(), doc.words(), x);
        assert!(talk.first && talk.asks && !talk.second);
        let doc = Document::new("He fought in World War I and “I was there,” he said.");
        let talk = super::talk(doc.text(), doc.paragraphs()[0].clone(), doc.words(), x);
        assert_eq!(talk, super::Talk::default());
        let doc = Document::new("„Ich war dort“, sagte er, „und du?“");
        let de = &super::Pronouns::of(crate::lang::Lang::De.lexicon());
        let talk = super::talk(doc.text(), doc.paragraphs()[0].clone(), doc.words(), de);
        assert_eq!(talk, super::Talk::default());
        assert_eq!(
            Document::new("x").verdicts()[0].class,
            Class::Heading,
            "one word is a headline"
        );
    }
}
