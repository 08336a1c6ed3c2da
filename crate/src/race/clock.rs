//! Vector clocks: a persistent radix tree plus a few loose entries.
//!
//! A goroutine's clock needs one entry per goroutine it has (transitively)
//! synchronised with, and a `go` statement copies the parent's clock. With
//! 100,000 goroutines a flat `Vec<u32>` per goroutine costs O(n) per spawn
//! and per channel operation, O(n²) in all. Here a clock is
//! - a 32-ary tree of reference-counted nodes: copying is O(1), writing copies
//!   one root-to-leaf path (only where shared);
//! - up to [`EXTRA`] loose entries in front of it, where new entries go first:
//!   a `go` statement (child = parent's clock + parent's and child's entries)
//!   and a goroutine's own ticks touch no node at all, and a clock that learns
//!   one entry per operation (main receiving from 100,000 senders) writes its
//!   tree once per [`EXTRA`] entries.
//!
//! Joins skip what one side already covers. Every node content is a version
//! of a lineage: a chain of versions each covering the one before (a copy
//! made to grow, a node grown in place, the join of a node with another), so
//! "this subtree covers that one" is one comparison, and a join stops there.
//! Joining a clock with an older copy of itself, or with a clock derived from
//! it, costs O(height) instead of a walk over every entry changed since they
//! parted (main receiving from thousands of goroutines, a Mutex handed around
//! a thousand goroutines).

use std::cell::Cell;
use std::rc::Rc;

// Leaves of 32 entries and 8-way inner nodes.
const LEAF_BITS: u32 = 5;
const LEAF: usize = 1 << LEAF_BITS;
const BITS: u32 = 3;
const FAN: usize = 1 << BITS;
const MASK: u32 = (FAN as u32) - 1;

/// Loose entries kept before the tree is written.
const EXTRA: usize = 8;

thread_local! {
    /// Lineage ids (0 is "none"); clocks never cross threads.
    static NEXT_LINEAGE: Cell<u64> = const { Cell::new(1) };
}

fn fresh_lineage() -> u64 {
    NEXT_LINEAGE.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    })
}

/// A version of a node's content: the `seq`-th of lineage `lineage`. The
/// versions of one lineage form a chain, each covering (entrywise at least)
/// the one before, so covering is a comparison of two numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Version {
    lineage: u64,
    seq: u32,
}

impl Version {
    fn fresh() -> Version {
        Version {
            lineage: fresh_lineage(),
            seq: 0,
        }
    }

    const NONE: Version = Version { lineage: 0, seq: 0 };
}

#[derive(Clone, Debug)]
struct Node {
    version: Version,
    /// Whether a later version of this lineage exists (a lineage is a chain:
    /// a second successor starts a new lineage).
    succeeded: Cell<bool>,
    /// Versions of other lineages this node is known to cover: learned when
    /// it was made from them, or when a join compared them entry by entry.
    also: Cell<[Version; 2]>,
    kind: Kind,
}

#[derive(Clone, Debug)]
enum Kind {
    Leaf([u32; LEAF]),
    Inner([Option<Rc<Node>>; FAN]),
}

impl Node {
    fn new(kind: Kind, version: Version, also: [Version; 2]) -> Rc<Node> {
        Rc::new(Node {
            version,
            succeeded: Cell::new(false),
            also: Cell::new(also),
            kind,
        })
    }

    /// Whether every entry of `self` is at least the same entry of `other`,
    /// as far as versions tell (false: unknown).
    fn covers(&self, other: &Node) -> bool {
        let v = other.version;
        let [x, y] = self.also.get();
        [self.version, x, y]
            .iter()
            .any(|c| c.lineage == v.lineage && c.seq >= v.seq)
    }

    /// Records that `self` covers version `v` (most recent first).
    fn learn(&self, v: Version) {
        let [x, y] = self.also.get();
        self.also.set(if x.lineage == v.lineage {
            [
                Version {
                    seq: x.seq.max(v.seq),
                    ..v
                },
                y,
            ]
        } else if y.lineage == v.lineage {
            [
                Version {
                    seq: y.seq.max(v.seq),
                    ..v
                },
                x,
            ]
        } else {
            [v, x]
        });
    }

    /// The version of a node derived from `self` (a copy that will grow, a
    /// join): the next of the lineage, or a new lineage that remembers `self`.
    fn successor(&self) -> (Version, [Version; 2]) {
        if self.succeeded.replace(true) || self.version.seq == u32::MAX {
            let also = self.also.get();
            (Version::fresh(), [self.version, also[0]])
        } else {
            let v = self.version;
            (
                Version {
                    lineage: v.lineage,
                    seq: v.seq + 1,
                },
                self.also.get(),
            )
        }
    }
}

/// `node` made unique (copied if shared) and moved to a new version, ready
/// to grow.
fn make_mut(node: &mut Rc<Node>) -> &mut Node {
    match Rc::get_mut(node) {
        Some(n) => {
            // Growing in place: the old content is gone, so this version
            // succeeds it unless a copy already did.
            let (version, also) = n.successor();
            n.version = version;
            n.also.set(also);
            n.succeeded.set(false);
        }
        None => {
            let (version, also) = node.successor();
            *node = Node::new(node.kind.clone(), version, also);
        }
    }
    Rc::make_mut(node)
}

/// A vector clock: goroutine index -> logical time; absent entries are 0.
/// Entries only grow ([`VClock::set`] raises).
#[derive(Clone, Debug, Default)]
pub struct VClock {
    root: Option<Rc<Node>>,
    /// Inner levels above the leaves: the tree holds `LEAF * FAN^height` entries.
    height: u32,
    /// Loose entries (index, time), the first `loose` of them in use; an
    /// entry here may be below the tree's (a join raised it), never needed.
    extra: [(u32, u32); EXTRA],
    loose: u8,
}

fn capacity(height: u32) -> u64 {
    1u64 << (LEAF_BITS + BITS * height).min(63)
}

/// The child index of entry `t` in a node at `level` (0: a leaf).
fn child_index(t: u32, level: u32) -> usize {
    if level == 0 {
        (t & (LEAF as u32 - 1)) as usize
    } else {
        t.checked_shr(LEAF_BITS + BITS * (level - 1))
            .map_or(0, |x| (x & MASK) as usize)
    }
}

impl VClock {
    fn loose(&self) -> &[(u32, u32)] {
        self.extra.get(..self.loose as usize).unwrap_or(&[])
    }

    pub fn get(&self, t: u32) -> u32 {
        let loose = self.loose().iter().find(|e| e.0 == t).map_or(0, |e| e.1);
        loose.max(self.tree_get(t))
    }

    fn tree_get(&self, t: u32) -> u32 {
        if u64::from(t) >= capacity(self.height) {
            return 0;
        }
        let mut node = match &self.root {
            Some(n) => n,
            None => return 0,
        };
        let mut level = self.height;
        loop {
            let i = child_index(t, level);
            match &node.kind {
                Kind::Leaf(v) => return v.get(i).copied().unwrap_or(0),
                Kind::Inner(kids) => match kids.get(i) {
                    Some(Some(k)) => node = k,
                    _ => return 0,
                },
            }
            if level == 0 {
                return 0;
            }
            level -= 1;
        }
    }

    /// Raises entry `t` to `v` (no effect if it is already at least `v`).
    pub fn set(&mut self, t: u32, v: u32) {
        let n = self.loose as usize;
        if let Some(e) = self
            .extra
            .get_mut(..n)
            .and_then(|l| l.iter_mut().find(|e| e.0 == t))
        {
            e.1 = e.1.max(v);
            return;
        }
        if self.tree_get(t) >= v {
            return;
        }
        if n >= EXTRA {
            self.flush();
        }
        let n = self.loose as usize;
        if let Some(e) = self.extra.get_mut(n) {
            *e = (t, v);
            self.loose += 1;
        }
    }

    /// Keeps room for one loose entry, so that copies of this clock (a `go`
    /// statement's child) can take one more without writing their tree.
    pub fn make_room(&mut self) {
        if self.loose as usize >= EXTRA - 1 {
            self.flush();
        }
    }

    /// Writes the loose entries into the tree, walking to each leaf once
    /// (they are mostly neighbours: goroutines created one after another).
    fn flush(&mut self) {
        let n = std::mem::take(&mut self.loose) as usize;
        let mut es = self.extra;
        let es = es.get_mut(..n).unwrap_or(&mut []);
        es.sort_unstable_by_key(|e| e.0);
        let mut rest: &[(u32, u32)] = es;
        while let Some(&(t, _)) = rest.first() {
            let k = rest
                .iter()
                .take_while(|e| e.0 >> LEAF_BITS == t >> LEAF_BITS)
                .count();
            let (group, tail) = rest.split_at(k);
            rest = tail;
            // Only a leaf that changes is written (and copied if shared).
            if group.iter().all(|&(t, v)| self.tree_get(t) >= v) {
                continue;
            }
            if let Some(leaf) = self.leaf_mut(t) {
                for &(t, v) in group {
                    if let Some(x) = leaf.get_mut(child_index(t, 0)) {
                        *x = (*x).max(v);
                    }
                }
            }
        }
    }

    /// Makes the tree deep enough to hold entry `t`.
    fn grow(&mut self, t: u32) {
        while u64::from(t) >= capacity(self.height) {
            if let Some(old) = self.root.take() {
                let mut kids: [Option<Rc<Node>>; FAN] = Default::default();
                kids[0] = Some(old);
                self.root = Some(Node::new(
                    Kind::Inner(kids),
                    Version::fresh(),
                    [Version::NONE; 2],
                ));
            }
            self.height += 1;
        }
    }

    /// The leaf holding entry `t`, made unique (copied where shared).
    fn leaf_mut(&mut self, t: u32) -> Option<&mut [u32; LEAF]> {
        self.grow(t);
        let mut slot = &mut self.root;
        let mut level = self.height;
        loop {
            let node = slot.get_or_insert_with(|| {
                Node::new(
                    if level == 0 {
                        Kind::Leaf([0; LEAF])
                    } else {
                        Kind::Inner(Default::default())
                    },
                    Version::fresh(),
                    [Version::NONE; 2],
                )
            });
            let i = child_index(t, level);
            match &mut make_mut(node).kind {
                Kind::Leaf(vals) => return Some(vals),
                Kind::Inner(kids) => slot = kids.get_mut(i)?,
            }
            if level == 0 {
                return None;
            }
            level -= 1;
        }
    }

    /// `self = max(self, other)` entrywise.
    pub fn join(&mut self, other: &VClock) {
        let mut adopted = false;
        if let Some(theirs) = &other.root {
            self.grow(
                capacity(other.height)
                    .saturating_sub(1)
                    .min(u64::from(u32::MAX)) as u32,
            );
            // Bring `other` to our height: its tree is the leftmost child chain.
            let mut theirs = theirs.clone();
            for _ in other.height..self.height {
                let mut kids: [Option<Rc<Node>>; FAN] = Default::default();
                kids[0] = Some(theirs);
                theirs = Node::new(Kind::Inner(kids), Version::fresh(), [Version::NONE; 2]);
            }
            let joined = match &self.root {
                None => Some(theirs.clone()),
                Some(mine) => joined(mine, &theirs),
            };
            if let Some(j) = joined {
                adopted = Rc::ptr_eq(&j, &theirs);
                self.root = Some(j);
            }
        }
        if adopted && other.loose >= self.loose {
            // Our tree was covered by theirs: take their loose entries too and
            // add back ours (usually our own entry), rather than adding theirs
            // one by one (a lock handed around writes no tree that way).
            let mine = std::mem::replace(&mut self.extra, other.extra);
            let n = std::mem::replace(&mut self.loose, other.loose) as usize;
            for &(t, v) in mine.get(..n).unwrap_or(&[]) {
                self.set(t, v);
            }
        } else {
            for &(t, v) in other.loose() {
                self.set(t, v);
            }
        }
    }
}

/// The join of two nodes of the same height, or `None` when it equals `a`.
/// One pass over the parts neither side is known to cover; a result equal to
/// `b` is `b` itself, so later joins find it shared.
fn joined(a: &Rc<Node>, b: &Rc<Node>) -> Option<Rc<Node>> {
    if Rc::ptr_eq(a, b) || a.covers(b) {
        return None;
    }
    if b.covers(a) {
        return Some(b.clone());
    }

    let new = |kind| {
        let (version, also) = a.successor();
        let n = Node::new(kind, version, also);
        n.learn(b.version);
        n
    };
    match (&a.kind, &b.kind) {
        (Kind::Leaf(x), Kind::Leaf(y)) => {
            if x.iter().zip(y).all(|(p, q)| q <= p) {
                a.learn(b.version);
                None
            } else if x.iter().zip(y).all(|(p, q)| p <= q) {
                b.learn(a.version);
                Some(b.clone())
            } else {
                let mut v = *x;
                for (p, q) in v.iter_mut().zip(y) {
                    *p = (*p).max(*q);
                }
                Some(new(Kind::Leaf(v)))
            }
        }
        (Kind::Inner(x), Kind::Inner(y)) => {
            let mut kids: Option<[Option<Rc<Node>>; FAN]> = None;
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                let new = match (p, q) {
                    (_, None) => None,
                    (None, Some(q)) => Some(q.clone()),
                    (Some(p), Some(q)) => joined(p, q),
                };
                if let Some(n) = new {
                    kids.get_or_insert_with(|| x.clone())[i] = Some(n);
                }
            }
            let Some(kids) = kids else {
                a.learn(b.version);
                return None;
            };
            let same_as_b = kids.iter().zip(y).all(|(p, q)| match (p, q) {
                (Some(p), Some(q)) => Rc::ptr_eq(p, q),
                (None, None) => true,
                _ => false,
            });
            Some(if same_as_b {
                b.learn(a.version);
                b.clone()
            } else {
                new(Kind::Inner(kids))
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leq(a: &VClock, b: &VClock, upto: u32) -> bool {
        (0..upto).all(|t| a.get(t) <= b.get(t))
    }

    #[test]
    fn set_get_join() {
        let mut a = VClock::default();
        assert_eq!(a.get(5), 0);
        a.set(1, 3);
        a.set(40, 7);
        a.set(100_000, 2);
        assert_eq!(
            (a.get(1), a.get(40), a.get(100_000), a.get(2)),
            (3, 7, 2, 0)
        );
        let mut b = VClock::default();
        b.set(1, 5);
        b.set(2, 1);
        b.join(&a);
        assert_eq!(
            (b.get(1), b.get(2), b.get(40), b.get(100_000)),
            (5, 1, 7, 2)
        );
        assert_eq!(a.get(u32::MAX), 0);
        a.set(u32::MAX, 9);
        assert_eq!(a.get(u32::MAX), 9);
        a.set(u32::MAX, 4);
        assert_eq!(a.get(u32::MAX), 9, "entries only grow");
    }

    #[test]
    fn copies_are_independent() {
        let mut a = VClock::default();
        a.set(3, 1);
        let mut b = a.clone();
        b.set(3, 2);
        b.set(4, 1);
        assert_eq!((a.get(3), a.get(4), b.get(3), b.get(4)), (1, 0, 2, 1));
        a.join(&b);
        assert_eq!((a.get(3), a.get(4)), (2, 1));
        // A shallow clock joined into a deeper one and vice versa.
        let mut deep = VClock::default();
        deep.set(5000, 1);
        let mut shallow = VClock::default();
        shallow.set(2, 4);
        deep.join(&shallow);
        shallow.join(&deep);
        assert_eq!((deep.get(2), shallow.get(5000), shallow.get(2)), (4, 1, 4));
    }

    /// Many entries (past the loose ones), copies that diverge and meet
    /// again: every join must equal the entrywise maximum, whatever the
    /// version ids let it skip.
    #[test]
    fn joins_of_diverged_copies_are_exact() {
        let n = 600u32;
        let mut clocks: Vec<VClock> = vec![VClock::default(); 5];
        let mut want = vec![vec![0u32; n as usize]; 5];
        let mut seed = 7u64;
        for step in 0..5000u32 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let i = (seed >> 33) as usize % 5;
            let j = (seed >> 40) as usize % 5;
            let t = (seed >> 20) as u32 % n;
            match step % 3 {
                0 => {
                    clocks[i].set(t, step);
                    want[i][t as usize] = want[i][t as usize].max(step);
                }
                1 => {
                    let other = clocks[j].clone();
                    clocks[i].join(&other);
                    let theirs = want[j].clone();
                    for (w, t) in want[i].iter_mut().zip(theirs) {
                        *w = (*w).max(t);
                    }
                }
                _ => {
                    clocks[i] = clocks[j].clone();
                    want[i] = want[j].clone();
                }
            }
            let all = step % 100 == 0;
            for (c, w) in clocks.iter().zip(&want) {
                for t in (0..n).filter(|&u| all || u == t || u == n - 1) {
                    assert_eq!(c.get(t), w[t as usize], "step {step}");
                }
            }
        }
        for (c, w) in clocks.iter().zip(&want) {
            assert!((0..n).all(|t| c.get(t) == w[t as usize]));
        }
        let (a, b) = (&clocks[0], &clocks[1]);
        let mut ab = a.clone();
        ab.join(b);
        assert!(leq(a, &ab, n) && leq(b, &ab, n));
    }
}
