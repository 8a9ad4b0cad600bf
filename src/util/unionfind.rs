//! Disjoint sets over `0..n`: the one union-find the crate uses, because quotation groups
//! and duplicate clusters both join items pair by pair and then read back the groups.
//! Path halving and the smaller root as the representative keep every call near constant.

pub(crate) struct Sets {
    parent: Vec<usize>,
}

impl Sets {
    pub(crate) fn new(n: usize) -> Self {
        Sets {
            parent: (0..n).collect(),
        }
    }

    /// The representative of `i`'s set: its smallest member's root.
    #[inline(never)]
    pub(crate) fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins the sets of `a` and `b`.
    #[inline(never)]
    pub(crate) fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_items_share_a_representative_and_others_do_not() {
        let mut sets = Sets::new(6);
        sets.union(4, 2);
        sets.union(2, 5);
        sets.union(0, 1);
        assert_eq!([sets.find(2), sets.find(4), sets.find(5)], [2, 2, 2]);
        assert_eq!(sets.find(1), 0);
        assert_eq!(sets.find(3), 3);
    }
}
