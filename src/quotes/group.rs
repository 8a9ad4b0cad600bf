//! The same quotation across articles, even when outlets word it a little differently:
//! renderings sharing most of their word triples (keyed as duplicates key their shingles,
//! case and apostrophes folded) are one group, with the speaker most of them give.
//!
//! It works on the quotations' texts and speakers alone, after every article is read, so
//! it is apart from the reading of one article; its cost grows with the number of
//! quotations, not its square (see [`group`]).

use crate::text::keys::{run_key, word_key};
use crate::util::FastMap;

/// Most distinct quotations one word triple is followed to. A triple that more quotations
/// share (`i think that`) tells little about which is which, and following it to all of them
/// would cost the square of the number of quotations.
pub const MAX_HOLDERS: usize = 64;

/// A rendering's word triples, keyed as duplicates key their shingles, sorted, each once:
/// what renderings are compared by; `None` for fewer than four words, too few to tell one
/// quotation from another. `keys` is room for the words' keys, reused between calls.
#[inline]
fn triples_with(inner: &str, keys: &mut Vec<u64>) -> Option<Vec<u64>> {
    keys.clear();
    keys.extend(
        crate::text::words::words(inner)
            .into_iter()
            .map(|r| word_key(&inner[r])),
    );
    if keys.len() < 4 {
        return None;
    }
    let mut set: Vec<u64> = keys.windows(3).map(run_key).collect();
    crate::util::sort::sort_hashes(&mut set);
    set.dedup();
    Some(set)
}

/// A rendering's word triples as [`group`] compares them (see `triples_with`), for a caller
/// that groups renderings itself.
pub fn triples(inner: &str) -> Option<Vec<u64>> {
    triples_with(inner, &mut Vec::new())
}

/// Whether two distinct renderings sharing `shared` word triples, of `a` and `b` triples,
/// are one quotation: most of the shorter is in the longer.
#[inline]
pub fn alike(shared: usize, a: usize, b: usize) -> bool {
    shared * 2 >= a.min(b)
}

/// The speaker of a group: the one most of its renderings give (the first in alphabetical
/// order on a tie), or `None` when none gives one.
#[inline]
pub fn vote<'s>(speakers: impl IntoIterator<Item = &'s str>) -> Option<String> {
    let mut votes: FastMap<&str, usize> = FastMap::default();
    for s in speakers {
        *crate::util::slot(&mut votes, s) += 1;
    }
    votes
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(s, _)| s.to_string())
}

/// The same quotation across documents: `(document, quotation)` members of each group,
/// found through shared word triples of their normalised texts.
///
/// Renderings with the same triples are compared once, as one set, so an article quoting
/// the same words ten thousand times costs ten thousand lookups, not a hundred million
/// comparisons; and each triple leads to at most [`MAX_HOLDERS`] sets, so the cost grows
/// with the number of quotations, not its square.
pub fn group(quotes: &[Vec<(String, Option<String>)>]) -> Vec<(Option<String>, Vec<[usize; 2]>)> {
    // A group joins renderings from two documents at least: with quotations in only one
    // document (a single article), there is none, and nothing below need be computed.
    if quotes
        .iter()
        .filter(|doc| doc.iter().any(|(inner, _)| !inner.is_empty()))
        .count()
        < 2
    {
        return Vec::new();
    }
    // Each distinct quotation as a set of word triples, keyed as duplicates key their
    // shingles (`text::keys::run_key`: case and apostrophes folded), with every rendering
    // of it.
    let mut shingles: Vec<Vec<u64>> = Vec::new();
    let mut renderings: Vec<Vec<[usize; 2]>> = Vec::new();
    let mut seen: FastMap<u64, Vec<usize>> = FastMap::default();
    // The keys of one quotation's words: reused from quotation to quotation.
    let mut keys: Vec<u64> = Vec::new();
    for (d, doc) in quotes.iter().enumerate() {
        for (q, (inner, _)) in doc.iter().enumerate() {
            let Some(set) = triples_with(inner, &mut keys) else {
                continue;
            };
            let s = crate::util::place_of(&mut seen, &shingles, &set).unwrap_or_else(|s| {
                shingles.push(set);
                renderings.push(Vec::new());
                s
            });
            renderings[s].push([d, q]);
        }
    }
    // The one document all of a set's renderings are in, if they are all in one.
    let only_in: Vec<Option<usize>> = renderings
        .iter()
        .map(|r| Some(r[0][0]).filter(|&d| r.iter().all(|m| m[0] == d)))
        .collect();
    let mut index: FastMap<u64, Vec<usize>> = FastMap::default();
    for (i, set) in shingles.iter().enumerate() {
        for &h in set {
            let holders = crate::util::slot(&mut index, h);
            if holders.len() < MAX_HOLDERS {
                holders.push(i);
            }
        }
    }
    // Renderings group across documents: the same words in two documents, or similar words
    // in sets not confined to one and the same document.
    let mut grouped: Vec<bool> = only_in.iter().map(Option::is_none).collect();
    let mut sets = crate::util::unionfind::Sets::new(shingles.len());
    for (i, set) in shingles.iter().enumerate() {
        // Triples shared by each pair `(i, j)`: keyed by the pair, as the duplicate scorer
        // keys its own, so that the page carries one map type for both.
        let mut shared: FastMap<(usize, usize), usize> = FastMap::default();
        for h in set {
            for &j in index.get(h).into_iter().flatten() {
                if j > i && (only_in[i].is_none() || only_in[i] != only_in[j]) {
                    *shared.entry((i, j)).or_default() += 1;
                }
            }
        }
        for ((_, j), n) in shared {
            // Most of the shorter rendering is in the longer one.
            if alike(n, set.len(), shingles[j].len()) {
                sets.union(i, j);
                grouped[i] = true;
                grouped[j] = true;
            }
        }
    }
    // Each set's renderings at its root's place (roots are places among the sets), so that
    // no map type of its own is compiled into the page; every set has a rendering, so the
    // places left empty are exactly the roots of no group.
    let mut groups: Vec<Vec<[usize; 2]>> = vec![Vec::new(); shingles.len()];
    for i in (0..shingles.len()).filter(|&i| grouped[i]) {
        let root = sets.find(i);
        groups[root].extend_from_slice(&renderings[i]);
    }
    let mut out: Vec<(Option<String>, Vec<[usize; 2]>)> = groups
        .into_iter()
        .filter(|members| !members.is_empty())
        .map(|mut members| {
            let speaker = vote(
                members
                    .iter()
                    .filter_map(|&[d, q]| quotes[d][q].1.as_deref()),
            );
            crate::util::sort::sort(&mut members);
            (speaker, members)
        })
        .collect();
    crate::util::sort::sort_by(&mut out, |a, b| a.1.cmp(&b.1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_quotation_repeated_in_one_article_groups_only_with_other_articles() {
        let q = |t: &str| (t.to_string(), Some("Mark Milley".to_string()));
        let seize = "When there is an opportunity to negotiate, seize it";
        // Repeated in one article, and nowhere else: not a group (and, at 20,000 copies,
        // one comparison, not 200 million).
        let alone = vec![
            vec![q(seize); 20_000],
            vec![q("Something else entirely was said here")],
        ];
        assert!(group(&alone).is_empty());
        // Once in another article too: every rendering joins the group.
        let mut twice = vec![
            vec![q(seize); 3],
            vec![q("Nothing like it, nothing at all here")],
        ];
        twice[1].push(q("When there’s an opportunity to negotiate, seize it."));
        let groups = group(&twice);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].1, [[0, 0], [0, 1], [0, 2], [1, 1]]);
    }

    #[test]
    fn the_same_quote_across_outlets_is_one_group() {
        let quotes = vec![
            vec![("When there’s an opportunity to negotiate when peace can be achieved, seize it,".to_string(), Some("Mark Milley".to_string()))],
            vec![("When there is an opportunity to negotiate, when peace can be achieved, seize it. Seize the moment,".to_string(), Some("Mark Milley".to_string()))],
            vec![("This is up to the Ukrainians. Nothing about Ukraine without Ukraine,".to_string(), Some("Joe Biden".to_string()))],
        ];
        let groups = group(&quotes);
        assert_eq!(
            groups,
            [(Some("Mark Milley".to_string()), vec![[0, 0], [1, 0]])]
        );
    }

    #[test]
    fn words_group_as_they_compare_whatever_the_apostrophe() {
        // Typed with a left single quote, a modifier letter, a typewriter apostrophe and a
        // right single quote: one quotation, as the differences between renderings say too.
        // Short, so that every word triple holds the apostrophe.
        let said = |text: &str| vec![(text.to_string(), None)];
        let quotes = vec![
            said("We don‘t know it"),
            said("We donʼt know it"),
            said("WE DON'T KNOW IT"),
            said("we don’t know it"),
        ];
        assert_eq!(
            group(&quotes),
            [(None, vec![[0, 0], [1, 0], [2, 0], [3, 0]])]
        );
    }
}
