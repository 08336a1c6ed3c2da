//! The crate's hash map and set, for the wasm's size.
//!
//! std's `HashMap` is generic all the way down: every key/value combination (the crate
//! had 36) gets its own copy of probing, growing, rehashing and deletion, ~1.5 KB each
//! in the wasm. Here the entries live in a `Vec<(K, V)>` in insertion order and a hash
//! index maps hashes to entry numbers; the index ([`Index`]) knows nothing of `K` or `V`,
//! so all that machinery is compiled once. What stays generic is hashing a key, comparing
//! it (through a `dyn FnMut`, called only when the stored hashes match) and moving
//! entries in and out of the `Vec`.
//!
//! Iteration is in insertion order, except that `remove` moves the last entry into the
//! removed one's place (as `Vec::swap_remove`).

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};

use crate::types::FastHasher;

/// An index slot's entry number when the slot is free.
const FREE: u32 = u32::MAX;

/// Open addressing with linear probing over `slots` (a power of two long, at most 3/4
/// full); a slot holds an entry number and that entry's hash. `hashes[i]` is entry i's
/// hash, so growing and renumbering never need the keys.
#[derive(Clone, Default)]
struct Index {
    slots: Vec<(u32, u32)>,
    hashes: Vec<u32>,
}

impl Index {
    fn mask(&self) -> usize {
        self.slots.len().wrapping_sub(1)
    }

    /// The entry whose hash is `hash` and for which `eq` holds.
    fn find(&self, hash: u32, eq: &mut dyn FnMut(usize) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut pos = hash as usize & mask;
        loop {
            let &(entry, h) = self.slots.get(pos)?;
            if entry == FREE {
                return None;
            }
            if h == hash && eq(entry as usize) {
                return Some(entry as usize);
            }
            pos = (pos + 1) & mask;
        }
    }

    /// The slot that holds `entry`.
    fn slot_of(&self, entry: usize) -> Option<usize> {
        let mask = self.mask();
        let mut pos = *self.hashes.get(entry)? as usize & mask;
        loop {
            let &(e, _) = self.slots.get(pos)?;
            if e as usize == entry {
                return Some(pos);
            }
            if e == FREE {
                return None;
            }
            pos = (pos + 1) & mask;
        }
    }

    fn place(&mut self, entry: u32, hash: u32) {
        let mask = self.mask();
        let mut pos = hash as usize & mask;
        while let Some(slot) = self.slots.get_mut(pos) {
            if slot.0 == FREE {
                *slot = (entry, hash);
                return;
            }
            pos = (pos + 1) & mask;
        }
    }

    /// Rebuilds the slots for `hashes`, with room for `extra` more entries.
    fn rebuild(&mut self, extra: usize) {
        let want = (self.hashes.len() + extra) * 4 / 3 + 1;
        let size = want.next_power_of_two().max(8);
        self.slots.clear();
        self.slots.resize(size, (FREE, 0));
        let hashes = std::mem::take(&mut self.hashes);
        for (i, &h) in hashes.iter().enumerate() {
            self.place(i as u32, h);
        }
        self.hashes = hashes;
    }

    fn reserve(&mut self, extra: usize) {
        if (self.hashes.len() + extra) * 4 > self.slots.len() * 3 {
            self.rebuild(extra);
        }
    }

    /// Adds the next entry (number `hashes.len()`).
    fn push(&mut self, hash: u32) {
        self.reserve(1);
        let entry = self.hashes.len() as u32;
        self.hashes.push(hash);
        self.place(entry, hash);
    }

    /// Removes entry `entry` and renumbers the last entry to `entry`, as `swap_remove`.
    fn swap_remove(&mut self, entry: usize) {
        if let Some(hole) = self.slot_of(entry) {
            self.delete_slot(hole);
        }
        let last = self.hashes.len().wrapping_sub(1);
        if entry != last {
            if let Some(pos) = self.slot_of(last) {
                if let Some(slot) = self.slots.get_mut(pos) {
                    slot.0 = entry as u32;
                }
            }
        }
        if entry < self.hashes.len() {
            self.hashes.swap_remove(entry);
        }
    }

    /// Frees a slot, shifting later slots of the probe run back so that every entry
    /// stays reachable from its home slot (no tombstones).
    fn delete_slot(&mut self, mut hole: usize) {
        let mask = self.mask();
        let mut pos = hole;
        loop {
            pos = (pos + 1) & mask;
            let Some(&(entry, h)) = self.slots.get(pos) else {
                break;
            };
            if entry == FREE {
                break;
            }
            let home = h as usize & mask;
            if pos.wrapping_sub(home) & mask >= pos.wrapping_sub(hole) & mask {
                if let Some(slot) = self.slots.get_mut(hole) {
                    *slot = (entry, h);
                }
                hole = pos;
            }
        }
        if let Some(slot) = self.slots.get_mut(hole) {
            *slot = (FREE, 0);
        }
    }

    fn clear(&mut self) {
        self.slots.clear();
        self.hashes.clear();
    }
}

fn hash_of<Q: Hash + ?Sized>(key: &Q) -> u32 {
    let mut h = FastHasher::default();
    key.hash(&mut h);
    // The multiply of FastHasher mixes into the high bits.
    (h.finish() >> 32) as u32
}

/// A hash map (see the module comment for how it differs from std's).
#[derive(Clone)]
pub struct FastMap<K, V> {
    entries: Vec<(K, V)>,
    index: Index,
}

impl<K, V> Default for FastMap<K, V> {
    fn default() -> Self {
        FastMap {
            entries: Vec::new(),
            index: Index::default(),
        }
    }
}

impl<K, V> FastMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn iter_mut(
        &mut self,
    ) -> impl DoubleEndedIterator<Item = (&K, &mut V)> + ExactSizeIterator {
        self.entries.iter_mut().map(|(k, v)| (&*k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator + Clone {
        self.entries.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    pub fn into_values(self) -> impl DoubleEndedIterator<Item = V> + ExactSizeIterator {
        self.entries.into_iter().map(|(_, v)| v)
    }

    /// Keeps the entries for which `keep` holds, in their order.
    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        let hashes = &mut self.index.hashes;
        let (mut read, mut write) = (0, 0);
        self.entries.retain_mut(|(k, v)| {
            let kept = keep(k, v);
            if kept {
                if let Some(h) = hashes.get(read).copied() {
                    if let Some(slot) = hashes.get_mut(write) {
                        *slot = h;
                    }
                }
                write += 1;
            }
            read += 1;
            kept
        });
        hashes.truncate(write);
        self.index.rebuild(0);
    }
}

impl<K: Hash + Eq, V> FastMap<K, V> {
    pub fn with_capacity(n: usize) -> Self {
        let mut map = Self::default();
        map.reserve(n);
        map
    }

    pub fn reserve(&mut self, extra: usize) {
        self.entries.reserve(extra);
        self.index.reserve(extra);
    }

    fn find<Q: Hash + Eq + ?Sized>(&self, hash: u32, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        let entries = &self.entries;
        self.index.find(hash, &mut |i| {
            entries.get(i).is_some_and(|e| e.0.borrow() == key)
        })
    }

    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        let i = self.find(hash_of(key), key)?;
        self.entries.get(i).map(|e| &e.1)
    }

    pub fn get_key_value<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        let i = self.find(hash_of(key), key)?;
        self.entries.get(i).map(|(k, v)| (k, v))
    }

    pub fn get_mut<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let i = self.find(hash_of(key), key)?;
        self.entries.get_mut(i).map(|e| &mut e.1)
    }

    pub fn contains_key<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(hash_of(key), key).is_some()
    }

    /// Sets `key` to `value`, returning the old value.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        let hash = hash_of(&key);
        match self.find(hash, &key).and_then(|i| self.entries.get_mut(i)) {
            Some(e) => Some(std::mem::replace(&mut e.1, value)),
            None => {
                self.push(hash, key, value);
                None
            }
        }
    }

    fn push(&mut self, hash: u32, key: K, value: V) -> usize {
        self.index.push(hash);
        self.entries.push((key, value));
        self.entries.len() - 1
    }

    pub fn remove<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.remove_entry(key).map(|(_, v)| v)
    }

    pub fn remove_entry<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        let i = self.find(hash_of(key), key)?;
        if i >= self.entries.len() {
            return None;
        }
        self.index.swap_remove(i);
        Some(self.entries.swap_remove(i))
    }

    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let hash = hash_of(&key);
        let found = self.find(hash, &key);
        Entry {
            map: self,
            key,
            hash,
            found,
        }
    }
}

/// A key's place in a [`FastMap`], for `entry(k).or_insert(v)`.
pub struct Entry<'a, K, V> {
    map: &'a mut FastMap<K, V>,
    key: K,
    hash: u32,
    found: Option<usize>,
}

impl<'a, K, V> Entry<'a, K, V> {
    pub fn is_vacant(&self) -> bool {
        self.found.is_none()
    }

    pub fn or_insert_with(self, make: impl FnOnce() -> V) -> &'a mut V {
        let i = match self.found {
            Some(i) => i,
            None => {
                self.map.index.push(self.hash);
                self.map.entries.push((self.key, make()));
                self.map.entries.len() - 1
            }
        };
        let entries = &mut self.map.entries;
        let last = entries.len().saturating_sub(1);
        // `i` is an entry number the map just found or made.
        &mut entries[i.min(last)].1
    }

    pub fn or_insert(self, value: V) -> &'a mut V {
        self.or_insert_with(|| value)
    }

    pub fn or_default(self) -> &'a mut V
    where
        V: Default,
    {
        self.or_insert_with(V::default)
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for FastMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Hash + Eq, V: PartialEq> PartialEq for FastMap<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<K: Hash + Eq, V> Extend<(K, V)> for FastMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for FastMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = Self::default();
        map.extend(iter);
        map
    }
}

impl<K, V> IntoIterator for FastMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, K, V> IntoIterator for &'a FastMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// A hash set: a [`FastMap`] to `()`.
#[derive(Clone)]
pub struct FastSet<K> {
    map: FastMap<K, ()>,
}

impl<K> Default for FastSet<K> {
    fn default() -> Self {
        FastSet {
            map: FastMap::default(),
        }
    }
}

impl<K: Hash + Eq> PartialEq for FastSet<K> {
    fn eq(&self, other: &Self) -> bool {
        self.map == other.map
    }
}

impl<K> FastSet<K> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn clear(&mut self) {
        self.map.clear();
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator + Clone {
        self.map.keys()
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K) -> bool) {
        self.map.retain(|k, _| keep(k));
    }
}

impl<K: Hash + Eq> FastSet<K> {
    /// Adds `key`; false when it was there already.
    pub fn insert(&mut self, key: K) -> bool {
        let hash = hash_of(&key);
        if self.map.find(hash, &key).is_some() {
            return false;
        }
        self.map.push(hash, key, ());
        true
    }

    pub fn contains<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.map.contains_key(key)
    }

    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&K>
    where
        K: Borrow<Q>,
    {
        self.map.get_key_value(key).map(|(k, _)| k)
    }

    pub fn remove<Q: Hash + Eq + ?Sized>(&mut self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.map.remove(key).is_some()
    }
}

impl<K: fmt::Debug> fmt::Debug for FastSet<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<K: Hash + Eq> Extend<K> for FastSet<K> {
    fn extend<I: IntoIterator<Item = K>>(&mut self, iter: I) {
        for k in iter {
            self.insert(k);
        }
    }
}

impl<K: Hash + Eq> FromIterator<K> for FastSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        let mut set = Self::default();
        set.extend(iter);
        set
    }
}

impl<'a, K> IntoIterator for &'a FastSet<K> {
    type Item = &'a K;
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, ())>, fn(&'a (K, ())) -> &'a K>;
    fn into_iter(self) -> Self::IntoIter {
        self.map.entries.iter().map(|(k, _)| k)
    }
}

impl<K> IntoIterator for FastSet<K> {
    type Item = K;
    type IntoIter = std::iter::Map<std::vec::IntoIter<(K, ())>, fn((K, ())) -> K>;
    fn into_iter(self) -> Self::IntoIter {
        self.map.entries.into_iter().map(|(k, _)| k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_get_remove_against_a_model() {
        // A deterministic walk of inserts and removes, checked against std's map.
        let mut map: FastMap<u32, u32> = FastMap::default();
        let mut model = std::collections::BTreeMap::new();
        let mut x: u32 = 12345;
        for step in 0..20_000u32 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let k = x % 500;
            if x.is_multiple_of(3) {
                assert_eq!(map.remove(&k), model.remove(&k), "step {step}");
            } else {
                assert_eq!(map.insert(k, step), model.insert(k, step), "step {step}");
            }
            assert_eq!(map.len(), model.len());
        }
        for (k, v) in &model {
            assert_eq!(map.get(k), Some(v));
        }
        let mut pairs: Vec<_> = map.iter().map(|(k, v)| (*k, *v)).collect();
        pairs.sort();
        assert_eq!(pairs, model.into_iter().collect::<Vec<_>>());
        map.retain(|k, _| k % 2 == 0);
        assert!(map.keys().all(|k| k % 2 == 0));
        assert!(map.iter().all(|(k, v)| map.get(k) == Some(v)));
    }

    #[test]
    fn strings_borrow_and_entry() {
        let mut map: FastMap<String, u32> = FastMap::default();
        *map.entry("a".to_string()).or_insert(0) += 1;
        *map.entry("a".to_string()).or_insert(0) += 1;
        *map.entry("b".to_string()).or_default() += 5;
        assert_eq!(map.get("a"), Some(&2));
        assert_eq!(map.get("b"), Some(&5));
        assert_eq!(map.keys().cloned().collect::<Vec<_>>(), ["a", "b"]);
        let mut set: FastSet<std::rc::Rc<str>> = FastSet::default();
        assert!(set.insert("x".into()));
        assert!(!set.insert("x".into()));
        assert_eq!(set.get("x").map(|s| &**s), Some("x"));
    }
}
