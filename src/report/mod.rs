//! The report: the one contract between the core and everything that shows its results.
//!
//! The CLI prints it as JSON and the page receives it as a JS object; both come from these
//! types, so the two cannot drift. Every offset is in UTF-16 code units, half-open
//! `[start, end)`, into the text exactly as given — JavaScript's string indexing — so the
//! page can highlight with it directly. Fields may be added; renaming one breaks the page
//! and anyone scripting the CLI.
//!
//! [`assemble`] builds these types from what the layers found; nothing below this module
//! knows them.

pub(crate) mod about;
pub(crate) mod assemble;
pub mod lineage;

pub use assemble::{continued_by, judge, quote_group, utterance};

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
pub use crate::quotes::QuoteKind;
use crate::text::{Class, Junk, Name, Reading};

/// The version of this contract, bumped when a field changes meaning or is removed.
///
/// 11: an article identical to an earlier one is reported as its copy (`copy_of`, its lists
/// left empty); pairs inside a group of `copies` other than with its first member are not
/// listed, and no article is in more than [`MAX_PAIRS_PER_ARTICLE`] listed pairs
/// (`pairs_omitted` counts the rest).
pub const REPORT_VERSION: u32 = 11;

pub use crate::dedup::MAX_PAIRS_PER_ARTICLE;

/// A half-open range `[start, end)` of UTF-16 code units; serialised as `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span(pub usize, pub usize);

/// Everything Verbatim found in a set of articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// [`REPORT_VERSION`].
    pub version: u32,
    /// One entry per input, in input order.
    pub documents: Vec<DocumentReport>,
    /// Pairs of documents that share text, best-contained first: at most
    /// [`MAX_PAIRS_PER_ARTICLE`] per article, and of a group of [`copies`](Self::copies) only
    /// its first member's pairs with the others (the rest are the same).
    pub pairs: Vec<Pair>,
    /// Pairs left out of `pairs` because an article was in [`MAX_PAIRS_PER_ARTICLE`] better
    /// ones already (each document's own count is its `pairs_omitted`).
    #[serde(default)]
    pub pairs_omitted: usize,
    /// Articles that are copies of each other, found in one pass before any pair is
    /// compared: the same words (`identical`), or all but a few (resemblance of at least
    /// 0.9 with the first member). The first member stands for the group in `pairs`.
    #[serde(default)]
    pub copies: Vec<Copies>,
    /// The same quotation found in several documents.
    pub quote_groups: Vec<QuoteGroup>,
    /// Documents joined by pairs at or above the threshold (resemblance, or containment
    /// either way): the duplicate clusters, largest first, each in input order.
    pub clusters: Vec<Vec<usize>>,
    /// Who copied whom: each cluster with its likely original and each copy in words.
    pub lineages: Vec<lineage::Lineage>,
}

/// What was found in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentReport {
    /// The name the input was given (a file name, or what the user called the article); for
    /// an input given no name, its `title`, else `Article N` (N counted from 1).
    pub name: String,
    /// The headline: the first heading near the top, or a short first line.
    pub title: Option<String>,
    /// The date the page states at its top (dateline, byline), as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The page's address, when a line near its top is one.
    pub url: Option<String>,
    /// The host of `url`, without `www.`.
    pub outlet: Option<String>,
    /// The language the article is written in, as its ISO 639-1 code (`"de"`), or `None`
    /// when it is not clearly one Verbatim knows (see [`crate::lang::detect`]).
    pub language: Option<Lang>,
    pub stats: Stats,
    /// Reading time, sentence length, reading ease and top terms, over the article's
    /// non-junk paragraphs.
    pub reading: Reading,
    /// People and organisations the article names, most mentioned first.
    pub names: Vec<Name>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
    pub quotes: Vec<Quote>,
    pub repeats: Vec<Repeat>,
    /// The markup in the text as given (`**`, `[`, `](url)`, tags, `&nbsp;`), each range with
    /// what a reader sees in its place: the text without it is what was analysed, and what
    /// a page shows to compare two texts word by word.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub markup: Vec<Markup>,
    /// The index of an earlier document whose text this one's is, character for character:
    /// its analysis is that one's, so only `name`, `language`, `stats` and `reading` are
    /// given here, and `names`, `paragraphs`, `sentences`, `quotes`, `repeats` and `markup`
    /// are left empty (read them from that document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<usize>,
    /// Pairs with this article left out of the report's `pairs` (see
    /// [`Report::pairs_omitted`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pairs_omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A group of articles that are copies of each other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Copies {
    /// Document indices, in input order; the first stands for the group in the pairs.
    pub members: Vec<usize>,
    /// Whether every member has the same words as the first (junk paragraphs aside);
    /// otherwise some differ by a few.
    pub identical: bool,
}

/// A range of the text as given that a reader does not see as it is, and what the reader
/// sees instead (often nothing); serialised as `[start, end, "instead"]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Markup(pub usize, pub usize, pub String);

/// One paragraph and what it is to a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    /// `content`, `heading` or `junk`.
    pub class: Class,
    /// Why it is junk (`interface`, `prompt`, `byline`, `caption`, `footer`, `links`,
    /// `repeated`, `fragment`, `comment`); `null` otherwise.
    pub junk: Option<Junk>,
}

/// Counts a reader would expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Extended grapheme clusters: what a reader counts as characters.
    pub characters: usize,
    /// Unicode (UAX #29) words holding a letter or a digit.
    pub words: usize,
    /// Words outside junk paragraphs: the article itself.
    pub content_words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub junk_paragraphs: usize,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// The words inside the quotation marks.
    pub text: String,
    pub kind: QuoteKind,
    /// The canonical name of who said it, a description as written, or `None`.
    pub speaker: Option<String>,
    /// The verb that attributes it (`said`, `told`, `wrote`).
    pub cue: Option<String>,
    /// 0 for a quotation in the reporter's text, 1 for one inside it, …
    pub depth: usize,
    /// Someone's words in the reporter's own text: neither a scare quote nor a quotation
    /// inside another. Only these have a speaker, are listed by speaker and are grouped
    /// across articles.
    pub speech: bool,
    /// False when the quotation was never closed (it then ends with its paragraph).
    pub closed: bool,
    /// The index, in this document's `quotes`, of the quotation this one continues: the
    /// same utterance split by its attribution or running over paragraphs.
    pub continues: Option<usize>,
    /// The id of the attribution rule that named the speaker (`after`, `before`,
    /// `continues`, …), so a reader can see why; none without a speaker.
    pub rule: Option<String>,
    /// Where it stands, as indices into this document's `paragraphs` and `sentences` (the
    /// sentence it opens in; none when it opens between sentences).
    #[serde(default)]
    pub paragraph: usize,
    #[serde(default)]
    pub sentence: Option<usize>,
    /// The index, in the report's `quote_groups`, of the group it is a rendering in.
    #[serde(default)]
    pub group: Option<usize>,
}

/// A passage that occurs again in the same document: `first` and `again` are the same words;
/// `similarity` is how much of the paragraphs holding them the repeat covers (1.0: the
/// paragraphs are copies; less: one of them adds something, such as a photo credit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Repeat {
    pub first: Span,
    pub again: Span,
    pub similarity: f64,
}

/// Two documents that share text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    /// Index of the first document in [`Report::documents`].
    pub a: usize,
    pub b: usize,
    /// Jaccard similarity of the two shingle sets.
    pub resemblance: f64,
    /// `[share of a found in b, share of b found in a]`.
    pub containment: [f64; 2],
    /// The document (`a` or `b`) more of which is inside the other: `a` when its share of
    /// `containment` is at least `b`'s, as the scores compare before they are rounded. The
    /// other holds it, and the `verdict` says so.
    pub held: usize,
    /// What the larger containment makes of the pair.
    pub kind: PairKind,
    /// The pair in plain words: "B contains 92% of A: likely a repost".
    pub verdict: String,
    pub shared: Vec<SharedPassage>,
}

/// What two articles sharing text are to each other, by the larger share of one found in
/// the other: how much a reader should care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PairKind {
    /// Under a tenth: a phrase or a quotation in common, which news on one story has.
    Slight,
    /// A tenth or more: the same topic, or a quotation both give at length.
    Topic,
    /// 30% or more: passages taken over.
    Reuse,
    /// 80% or more: one is a copy of the other, perhaps retitled or trimmed (or they are
    /// the same article, and the verdict says identical).
    Repost,
}

impl PairKind {
    /// The kind for the larger of a pair's two containments, in whole percent, by the
    /// thresholds of [`crate::dedup::relation`]: a repost is a copy as a lineage calls it.
    pub fn of(percent: u32) -> PairKind {
        use crate::dedup::relation::{COPY, REUSE, TOPIC};
        if percent >= COPY {
            PairKind::Repost
        } else if percent >= REUSE {
            PairKind::Reuse
        } else if percent >= TOPIC {
            PairKind::Topic
        } else {
            PairKind::Slight
        }
    }
}

/// One passage found in both documents of a [`Pair`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedPassage {
    pub a: Span,
    pub b: Span,
}

/// The same quotation as rendered by several documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    pub speaker: Option<String>,
    /// `[document index, quote index]` of each rendering.
    pub members: Vec<[usize; 2]>,
    /// Which member is the fullest rendering, the one the others are compared with.
    pub reference: usize,
    /// For each member, in order, how its words differ from the reference's.
    pub differences: Vec<QuoteDifference>,
}

/// How one rendering of a quotation differs from the group's reference rendering.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteDifference {
    /// UTF-16 ranges of the quotation's `text` holding words the reference does not have.
    pub changed: Vec<Span>,
    /// How many of the reference's words this rendering leaves out.
    pub omitted: usize,
}
