//! Who copied whom: each group of copies (a [`Report::clusters`] entry) with its likely
//! original and, for every other member, one line in words — "B republishes A in full",
//! "C quotes 40% of A", "D and E are identical".
//!
//! What each copy is to its source is [`crate::dedup::Relation`]'s to say, the rule a pair's
//! verdict reads too. The likely original is the earliest when every member states its date; otherwise the text
//! that holds most of the others (a copy keeps part of its source, or all of it; the source
//! holds what its copies took). Shares are of article text, page furniture left out, so a
//! repost wrapped in a site's menus and footers is the same article, not a larger one. The
//! words are the report's, so the page and the CLI say the same thing.
//!
//! [`Report::clusters`]: crate::report::Report::clusters

use serde::{Deserialize, Serialize};

use crate::report::{DocumentReport, Pair};

/// A group of copies and where it likely comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lineage {
    /// Document indices, in input order.
    pub members: Vec<usize>,
    /// The likely original, one of `members`.
    pub original: usize,
    /// How the original was told: `"date"` (the earliest stated) or `"containment"`.
    pub basis: Basis,
    /// Every member but the original, in input order.
    pub copies: Vec<Copy>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    Date,
    Containment,
}

/// One member of a group and what it took from which other member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Copy {
    pub article: usize,
    /// The member it took from: the original, or the member it holds most of when it shares
    /// nothing with the original directly.
    pub of: usize,
    /// The share of `of` found in `article`.
    pub share: f64,
    pub relation: Relation,
    /// The relation in words, with the articles' names.
    pub verdict: String,
}

pub use crate::dedup::Relation;

/// The lineage of each cluster, in the clusters' order.
///
/// Every question is answered from each article's listed pairs (at most a few hundred per
/// article, see `dedup`), so a cluster of thousands of copies costs its pairs, not the
/// square of its size.
#[inline(never)]
pub(crate) fn lineages(
    clusters: &[Vec<usize>],
    pairs: &[Pair],
    documents: &[DocumentReport],
) -> Vec<Lineage> {
    // For each article, its listed partners and the share of each found in it.
    let mut holds: Vec<Vec<(usize, f64)>> = vec![Vec::new(); documents.len()];
    for p in pairs {
        if let Some(b) = holds.get_mut(p.b) {
            b.push((p.a, p.containment[0]));
        }
        if let Some(a) = holds.get_mut(p.a) {
            a.push((p.b, p.containment[1]));
        }
    }
    let partners = |y: usize| holds.get(y).map_or(&[][..], Vec::as_slice);
    let date = |m: usize| documents.get(m).and_then(|d| d.date.as_deref());
    let name = |m: usize| documents[m].name.as_str();
    clusters
        .iter()
        .filter(|members| members.len() >= 2)
        .map(|members| one(members, partners, date, name))
        .collect()
}

/// One cluster's lineage: `members` in ascending order, `partners(y)` each article's listed
/// partners with the share of each found in `y`, and each member's stated `date` and `name`.
#[inline(always)]
fn one<'d>(
    members: &[usize],
    partners: impl Fn(usize) -> &'d [(usize, f64)],
    date: impl Fn(usize) -> Option<&'d str>,
    name: impl Fn(usize) -> &'d str,
) -> Lineage {
    // The share of x found in y (0 when they are no listed pair).
    let inside = |x: usize, y: usize| {
        partners(y)
            .iter()
            .find(|&&(o, _)| o == x)
            .map_or(0.0, |&(_, s)| s)
    };
    // Members come in ascending order (`dedup::clusters`): membership is a binary
    // search, and the cluster's order is the articles' order.
    let member = |o: usize| members.binary_search(&o).is_ok();
    let dated: Vec<&str> = members.iter().filter_map(|&m| date(m)).collect();
    let earliest = dated.iter().min().copied();
    let by_date =
        dated.len() == members.len() && dated.iter().filter(|&&d| Some(d) == earliest).count() == 1;
    let original = if by_date {
        members
            .iter()
            .copied()
            .find(|&m| date(m) == earliest)
            .unwrap_or(members[0])
    } else {
        // The member holding most of the others; the first on a tie.
        let held = |m: usize| -> f64 {
            partners(m)
                .iter()
                .filter(|&&(o, _)| o != m && member(o))
                .map(|&(_, s)| s)
                .sum()
        };
        members
            .iter()
            .copied()
            .fold(None, |best: Option<(usize, f64)>, m| {
                let h = held(m);
                match best {
                    Some((_, b)) if b >= h => best,
                    _ => Some((m, h)),
                }
            })
            .map_or(members[0], |(m, _)| m)
    };
    // Of the other members, the one most of which `c` holds; the first in the
    // cluster's order on a tie (and the first other member when `c` holds none).
    let source = |c: usize| -> usize {
        let first = members
            .iter()
            .copied()
            .find(|&p| p != c)
            .unwrap_or(original);
        partners(c)
            .iter()
            .filter(|&&(o, s)| o != c && s > 0.0 && member(o))
            .fold(None, |best: Option<(usize, f64)>, &(o, s)| match best {
                Some((b, bs)) if bs > s || (bs == s && b < o) => best,
                _ => Some((o, s)),
            })
            .map_or(first, |(o, _)| o)
    };
    let copies = members
        .iter()
        .copied()
        .filter(|&c| c != original)
        .map(|c| {
            let of = if partners(c).iter().any(|&(o, _)| o == original) {
                original
            } else {
                source(c)
            };
            let (share, back) = (inside(of, c), inside(c, of));
            let relation = Relation::of(share, back);
            let verdict = verdict(name(c), name(of), share, relation);
            Copy {
                article: c,
                of,
                share,
                relation,
                verdict,
            }
        })
        .collect();
    Lineage {
        members: members.to_vec(),
        original,
        basis: if by_date {
            Basis::Date
        } else {
            Basis::Containment
        },
        copies,
    }
}

/// A member of a cluster for [`lineage`]: its index among the articles, its name and the
/// date it states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub article: usize,
    pub name: String,
    pub date: Option<String>,
}

/// The lineage of one cluster (its `members` in ascending order of `article`), from its
/// pairs with their exact scores (any order; pairs with an article outside the cluster are
/// ignored): what the report's `lineages` gives that cluster when these are all its listed
/// pairs — for a caller that holds one cluster at a time, not every article. `None` for
/// fewer than two members.
pub fn lineage(members: &[Member], mut pairs: Vec<crate::dedup::Shared>) -> Option<Lineage> {
    if members.len() < 2 {
        return None;
    }
    let articles: Vec<usize> = members.iter().map(|m| m.article).collect();
    let at = |d: usize| articles.binary_search(&d).ok();
    // As the report lists them, so that each article's partners come in the report's order.
    crate::dedup::sort_pairs(&mut pairs);
    let mut holds: Vec<Vec<(usize, f64)>> = vec![Vec::new(); members.len()];
    for p in pairs {
        if let (Some(a), Some(b)) = (at(p.a), at(p.b)) {
            let shares = p.containment.map(super::assemble::round);
            holds[b].push((p.a, shares[0]));
            holds[a].push((p.b, shares[1]));
        }
    }
    let partners = |y: usize| at(y).map_or(&[][..], |i| holds[i].as_slice());
    let date = |m: usize| at(m).and_then(|i| members[i].date.as_deref());
    let name = |m: usize| at(m).map_or("", |i| members[i].name.as_str());
    Some(one(&articles, partners, date, name))
}

/// "B republishes A in full", "C quotes 40% of A", "D and E are identical".
fn verdict(copy: &str, of: &str, share: f64, relation: Relation) -> String {
    let pct = &crate::util::decimal(crate::dedup::relation::percent(share).into());
    match relation {
        Relation::Identical => [copy, " and ", of, " are identical"].concat(),
        Relation::Whole => [copy, " republishes ", of, " in full"].concat(),
        Relation::Most => [copy, " republishes most of ", of, " (", pct, "% of it)"].concat(),
        Relation::Part => [copy, " republishes part of ", of, " (", pct, "% of it)"].concat(),
        Relation::Quotes => [copy, " quotes ", pct, "% of ", of].concat(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Input};

    const STORY: &str = "Gen. Mark Milley said on Wednesday that he sees an opportunity for talks between the two sides now that Moscow has announced its retreat from the city.\n\nMilley thinks the front is digging in for the winter and that the battle lines will not change much over the next few months of fighting.\n\nHe said lessons should be learned from the first world war, when the refusal of the great powers to negotiate led to millions more deaths in the trenches.\n\nOther officials in the administration have resisted the idea, saying that neither side is ready to stop fighting and that the decision belongs to Kyiv alone.\n\n";
    const OTHER: &str = "The city council voted on Tuesday to close the old harbour bridge for repairs that engineers say are overdue by a decade at least.\n\nTraffic will be sent over the northern crossing, which the council expects to add twenty minutes to the morning commute of most drivers.\n\n";

    const OTHER_MORE: &str = "Shop owners on the harbour front said the closure would cost them a month of trade in the busiest season of the year.\n\nThe council promised to review the timetable for the repairs once the engineers have finished their survey of the old bridge.\n\n";

    fn lineage_of(texts: &[(&str, String)]) -> Vec<Lineage> {
        let inputs: Vec<Input> = texts
            .iter()
            .map(|(n, t)| Input::new(n.to_string(), t.clone()))
            .collect();
        analyze(&inputs).lineages
    }

    #[test]
    fn one_cluster_at_a_time_gives_the_reports_lineage() {
        // A wire story, a trim, a repost in page furniture and a text that quotes part of it:
        // each cluster rebuilt from its members and pairs alone, as a distributed job does.
        let parts: Vec<&str> = STORY.split("\n\n").collect();
        let inputs = [
            ("Wire", STORY.to_string()),
            ("Trim", format!("{}\n\n{}\n\n", parts[0], parts[1])),
            (
                "Repost",
                format!("Share this article\n\n{STORY}© 2022 Example News.\n"),
            ),
            ("Local", format!("{}\n\n{OTHER}", parts[2])),
            ("Other", OTHER.to_string()),
        ]
        .map(|(n, t)| Input::new(n, t));
        let report = analyze(&inputs);
        assert!(!report.lineages.is_empty());
        for found in &report.lineages {
            let members: Vec<Member> = found
                .members
                .iter()
                .map(|&m| Member {
                    article: m,
                    name: report.documents[m].name.clone(),
                    date: report.documents[m].date.clone(),
                })
                .collect();
            let pairs = report
                .pairs
                .iter()
                .map(|p| crate::dedup::Shared {
                    a: p.a,
                    b: p.b,
                    resemblance: p.resemblance,
                    containment: p.containment,
                    passages: Vec::new(),
                })
                .collect();
            assert_eq!(lineage(&members, pairs).as_ref(), Some(found));
        }
        assert_eq!(lineage(&[], Vec::new()), None);
    }

    #[test]
    fn a_trimmed_copy_republishes_part_of_the_text_that_holds_it() {
        let parts: Vec<&str> = STORY.split("\n\n").collect();
        let trimmed = format!("{}\n\n{}\n\n", parts[0], parts[1]);
        let found = lineage_of(&[("Trim", trimmed), ("Wire", STORY.to_string())]);
        assert_eq!(found.len(), 1);
        let copy = &found[0].copies[0];
        assert_eq!((found[0].original, copy.article), (1, 0), "{found:?}");
        assert_eq!(copy.relation, Relation::Part);
        let pct = (copy.share * 100.0).round();
        assert_eq!(
            copy.verdict,
            format!("Trim republishes part of Wire ({pct}% of it)")
        );
    }

    #[test]
    fn a_repost_with_page_furniture_around_it_is_the_same_article() {
        let repost = format!("Share this article\n\nSubscribe to our newsletter\n\n{STORY}© 2022 Example News. All rights reserved.\n");
        let found = lineage_of(&[("Wire", STORY.to_string()), ("Repost", repost)]);
        assert_eq!(found[0].original, 0, "{found:?}");
        assert!(
            matches!(
                found[0].copies[0].relation,
                Relation::Identical | Relation::Whole
            ),
            "{found:?}"
        );
    }

    #[test]
    fn identical_texts_are_called_identical_and_dates_decide_the_original() {
        let dated = |d: &str| format!("Milley urges talks\n\nPublished {d}\n\n{STORY}");
        let found = lineage_of(&[
            ("Later", dated("November 13, 2022")),
            ("Earlier", dated("10 November 2022")),
        ]);
        assert_eq!(found[0].original, 1, "{found:?}");
        assert_eq!(found[0].basis, Basis::Date);
        assert_eq!(found[0].copies[0].relation, Relation::Identical);
        assert_eq!(
            found[0].copies[0].verdict,
            "Later and Earlier are identical"
        );
    }

    #[test]
    fn a_copy_of_most_of_a_story_with_much_of_its_own_says_most() {
        // Three and a half of the story's four paragraphs, and as much again of its own,
        // days later.
        let parts: Vec<&str> = STORY.split("\n\n").collect();
        let wire = format!("Published 10 November 2022\n\n{STORY}");
        let half = &parts[3][..parts[3].find("saying").unwrap_or(0)];
        let taken = format!(
            "Published November 13, 2022\n\n{}\n\n{}\n\n{}\n\n{half}for now.\n\n{OTHER}{OTHER_MORE}",
            parts[0], parts[1], parts[2]
        );
        let found = lineage_of(&[("Wire", wire), ("Local", taken)]);
        let copy = &found[0].copies[0];
        assert_eq!((found[0].original, copy.article), (0, 1), "{found:?}");
        assert_eq!(found[0].basis, Basis::Date);
        assert_eq!(copy.relation, Relation::Most, "{found:?}");
        let pct = (copy.share * 100.0).round();
        assert_eq!(
            copy.verdict,
            format!("Local republishes most of Wire ({pct}% of it)")
        );
    }

    #[test]
    fn a_copy_that_takes_part_says_how_much() {
        // Two of the story's four paragraphs, inside a text mostly its own.
        let parts: Vec<&str> = STORY.split("\n\n").collect();
        let taken = format!("{}\n\n{}\n\n{OTHER}", parts[0], parts[1]);
        let found = lineage_of(&[("Wire", STORY.to_string()), ("Local", taken)]);
        assert_eq!(found.len(), 1, "{found:?}");
        let copy = &found[0].copies[0];
        assert_eq!((found[0].original, copy.article), (0, 1));
        assert_eq!(copy.relation, Relation::Quotes);
        let pct = (copy.share * 100.0).round();
        assert!((35.0..=65.0).contains(&pct), "{pct}");
        assert_eq!(copy.verdict, format!("Local quotes {pct}% of Wire"));
    }
}
