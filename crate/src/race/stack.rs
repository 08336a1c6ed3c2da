//! Cheap handles for the stack of an access.
//!
//! A race report prints the stack of the *previous* access, long after the
//! goroutine has moved on, so every access that updates shadow state must
//! remember its stack. Capturing a `Vec` of frames each time would allocate
//! per access; instead the caller frames are interned in a trie (parent node,
//! function, pc) and an access keeps a [`Site`]: the trie node of its callers
//! plus its own function and pc (16 bytes, no allocation). Each goroutine
//! caches the node chain of its last stack, so in the steady state (same
//! callers as last time) interning is a walk of comparisons with no hashing.

use crate::types::FastMap;

/// A frame as the VM sees it: function index and program counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RawFrame {
    pub func: u32,
    pub pc: u32,
}

/// The trie node of "no callers".
pub const ROOT: u32 = 0;

/// Where an access happened: its callers, its frame, and whether it was made
/// inside a runtime function (maps, atomics) whose frames Go prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Site {
    pub callers: u32,
    pub top: RawFrame,
    pub origin: super::Origin,
}

#[derive(Default)]
pub struct StackTable {
    /// Node i (from 1) is `nodes[i - 1]`: (parent, frame).
    nodes: Vec<(u32, RawFrame)>,
    index: FastMap<(u32, RawFrame), u32>,
}

impl StackTable {
    fn child(&mut self, parent: u32, f: RawFrame) -> u32 {
        if let Some(&n) = self.index.get(&(parent, f)) {
            return n;
        }
        self.nodes.push((parent, f));
        let n = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        self.index.insert((parent, f), n);
        n
    }

    /// Interns `frames` (outermost first, the accessing frame last) using
    /// and updating a goroutine's `cache` of (frame, node) pairs.
    pub fn site(
        &mut self,
        cache: &mut Vec<(RawFrame, u32)>,
        frames: super::FramesFn<'_>,
        origin: super::Origin,
    ) -> Site {
        let mut parent = ROOT;
        let mut depth = 0;
        let mut pending: Option<RawFrame> = None;
        frames(&mut |f| {
            if let Some(caller) = pending.replace(f) {
                parent = match cache.get(depth) {
                    Some(&(c, node)) if c == caller => node,
                    _ => {
                        cache.truncate(depth);
                        let node = self.child(parent, caller);
                        cache.push((caller, node));
                        node
                    }
                };
                depth += 1;
            }
        });
        Site {
            callers: parent,
            top: pending.unwrap_or(RawFrame { func: 0, pc: 0 }),
            origin,
        }
    }

    /// The frames of a site, innermost first.
    pub fn frames(&self, site: &Site) -> Vec<RawFrame> {
        let mut out = vec![site.top];
        let mut n = site.callers;
        // Parents are always older (smaller) nodes, so this terminates.
        while let Some(&(parent, f)) = n.checked_sub(1).and_then(|i| self.nodes.get(i as usize)) {
            out.push(f);
            if parent >= n {
                break;
            }
            n = parent;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::race::Origin;

    fn f(func: u32, pc: u32) -> RawFrame {
        RawFrame { func, pc }
    }

    #[test]
    fn interns_and_resolves() {
        let mut t = StackTable::default();
        let mut cache = Vec::new();
        let a = t.site(
            &mut cache,
            &mut |s| [f(1, 10), f(2, 20), f(3, 5)].into_iter().for_each(s),
            Origin::Go,
        );
        let b = t.site(
            &mut cache,
            &mut |s| [f(1, 10), f(2, 20), f(3, 7)].into_iter().for_each(s),
            Origin::Go,
        );
        assert_eq!(a.callers, b.callers);
        assert_eq!(t.frames(&b), vec![f(3, 7), f(2, 20), f(1, 10)]);
        let c = t.site(
            &mut cache,
            &mut |s| [f(1, 11), f(4, 1)].into_iter().for_each(s),
            Origin::Go,
        );
        assert_eq!(t.frames(&c), vec![f(4, 1), f(1, 11)]);
        assert_eq!(t.frames(&a), vec![f(3, 5), f(2, 20), f(1, 10)]);
        let empty = t.site(&mut cache, &mut |_| {}, Origin::Go);
        assert_eq!(t.frames(&empty), vec![f(0, 0)]);
    }
}
