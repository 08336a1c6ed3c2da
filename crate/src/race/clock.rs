//! Vector clocks as persistent radix trees.
//!
//! A goroutine's clock needs one entry per goroutine it has (transitively)
//! synchronised with, and a `go` statement copies the parent's clock. With
//! 100,000 goroutines a flat `Vec<u32>` per goroutine costs O(n) per spawn
//! and per channel operation, O(n²) in all. Here a clock is a 32-ary tree of
//! reference-counted nodes: copying is O(1), setting one entry copies one
//! root-to-leaf path (only if shared), and joining two clocks skips every
//! subtree they share (`Rc::ptr_eq`), which is most of the tree when one clock
//! was derived from the other.

use std::rc::Rc;

// Leaves of 32 entries and 8-way inner nodes: a goroutine's private path
// (its own entry after a spawn or a release) costs ~400 bytes, which is what
// 100,000 live goroutines multiply (131,072 entries at height 4).
const LEAF_BITS: u32 = 5;
const LEAF: usize = 1 << LEAF_BITS;
const BITS: u32 = 3;
const FAN: usize = 1 << BITS;
const MASK: u32 = (FAN as u32) - 1;

#[derive(Clone, Debug)]
enum Node {
    Leaf([u32; LEAF]),
    Inner([Option<Rc<Node>>; FAN]),
}

/// A vector clock: goroutine index -> logical time; absent entries are 0.
#[derive(Clone, Debug, Default)]
pub struct VClock {
    root: Option<Rc<Node>>,
    /// Inner levels above the leaves: the tree holds `LEAF * FAN^height` entries.
    height: u32,
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

fn empty_inner() -> Node {
    Node::Inner(Default::default())
}

impl VClock {
    pub fn get(&self, t: u32) -> u32 {
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
            match &**node {
                Node::Leaf(v) => return v.get(i).copied().unwrap_or(0),
                Node::Inner(kids) => match kids.get(i) {
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

    /// Makes the tree deep enough to hold entry `t`.
    fn grow(&mut self, t: u32) {
        while u64::from(t) >= capacity(self.height) {
            if let Some(old) = self.root.take() {
                let mut kids: [Option<Rc<Node>>; FAN] = Default::default();
                kids[0] = Some(old);
                self.root = Some(Rc::new(Node::Inner(kids)));
            }
            self.height += 1;
        }
    }

    pub fn set(&mut self, t: u32, v: u32) {
        self.grow(t);
        let height = self.height;
        let mut slot = &mut self.root;
        let mut level = height;
        loop {
            let node = slot.get_or_insert_with(|| {
                Rc::new(if level == 0 {
                    Node::Leaf([0; LEAF])
                } else {
                    empty_inner()
                })
            });
            let i = child_index(t, level);
            match Rc::make_mut(node) {
                Node::Leaf(vals) => {
                    if let Some(x) = vals.get_mut(i) {
                        *x = v;
                    }
                    return;
                }
                Node::Inner(kids) => match kids.get_mut(i) {
                    Some(k) => slot = k,
                    None => return,
                },
            }
            if level == 0 {
                return;
            }
            level -= 1;
        }
    }

    /// `self = max(self, other)` entrywise.
    pub fn join(&mut self, other: &VClock) {
        let Some(theirs) = &other.root else { return };
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
            theirs = Rc::new(Node::Inner(kids));
        }
        join_into(&mut self.root, &theirs);
    }

    /// Whether every entry of `self` is at most the same entry of `other`.
    pub fn leq(&self, other: &VClock) -> bool {
        let Some(mine) = &self.root else { return true };
        // Entries past `other`'s capacity must be zero.
        let mut node = mine;
        let mut h = self.height;
        while h > other.height {
            let Node::Inner(kids) = &**node else {
                return true;
            };
            if kids
                .iter()
                .skip(1)
                .any(|k| k.as_ref().is_some_and(|k| !all_zero(k)))
            {
                return false;
            }
            match &kids[0] {
                Some(k) => node = k,
                None => return true,
            }
            h -= 1;
        }
        let mut theirs = other.root.as_ref();
        let mut oh = other.height;
        while oh > h {
            theirs = match theirs.map(|n| &**n) {
                Some(Node::Inner(kids)) => kids[0].as_ref(),
                _ => None,
            };
            oh -= 1;
        }
        node_leq(node, theirs)
    }
}

fn all_zero(n: &Node) -> bool {
    match n {
        Node::Leaf(v) => v.iter().all(|&x| x == 0),
        Node::Inner(kids) => kids.iter().flatten().all(|k| all_zero(k)),
    }
}

fn node_leq(a: &Rc<Node>, b: Option<&Rc<Node>>) -> bool {
    let Some(b) = b else { return all_zero(a) };
    if Rc::ptr_eq(a, b) {
        return true;
    }
    match (&**a, &**b) {
        (Node::Leaf(x), Node::Leaf(y)) => x.iter().zip(y).all(|(p, q)| p <= q),
        (Node::Inner(x), Node::Inner(y)) => x
            .iter()
            .zip(y)
            .all(|(p, q)| p.as_ref().is_none_or(|p| node_leq(p, q.as_ref()))),
        _ => false,
    }
}

/// Joins `theirs` into `slot` (same height), copying only what changes.
fn join_into(slot: &mut Option<Rc<Node>>, theirs: &Rc<Node>) {
    match slot {
        None => *slot = Some(theirs.clone()),
        Some(mine) => {
            if let Some(joined) = joined(mine, theirs) {
                *mine = joined;
            }
        }
    }
}

/// The join of two nodes of the same height, or `None` when it equals `a`.
/// One pass over the parts the trees do not share; a result equal to `b` is
/// `b` itself, so later joins find it shared.
fn joined(a: &Rc<Node>, b: &Rc<Node>) -> Option<Rc<Node>> {
    if Rc::ptr_eq(a, b) {
        return None;
    }
    match (&**a, &**b) {
        (Node::Leaf(x), Node::Leaf(y)) => {
            if x.iter().zip(y).all(|(p, q)| q <= p) {
                None
            } else if x.iter().zip(y).all(|(p, q)| p <= q) {
                Some(b.clone())
            } else {
                let mut v = *x;
                for (p, q) in v.iter_mut().zip(y) {
                    *p = (*p).max(*q);
                }
                Some(Rc::new(Node::Leaf(v)))
            }
        }
        (Node::Inner(x), Node::Inner(y)) => {
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
            let kids = kids?;
            let same_as_b = kids.iter().zip(y).all(|(p, q)| match (p, q) {
                (Some(p), Some(q)) => Rc::ptr_eq(p, q),
                (None, None) => true,
                _ => false,
            });
            Some(if same_as_b {
                b.clone()
            } else {
                Rc::new(Node::Inner(kids))
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(!a.leq(&b) && !b.leq(&a));
        b.join(&a);
        assert_eq!(
            (b.get(1), b.get(2), b.get(40), b.get(100_000)),
            (5, 1, 7, 2)
        );
        assert!(a.leq(&b));
        assert_eq!(a.get(u32::MAX), 0);
        a.set(u32::MAX, 9);
        assert_eq!(a.get(u32::MAX), 9);
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
        assert!(deep.leq(&shallow) && shallow.leq(&deep));
    }
}
