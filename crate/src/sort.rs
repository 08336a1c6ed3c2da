//! Stable sorting with one compiled merge sort.
//!
//! `slice::sort_by` is instantiated per element type and comparator, ~4 KB of wasm
//! each; a dozen call sites cost ~75 KB. Here the merge sort is compiled once: it
//! orders indices through a `dyn` comparator, and the generic part only applies the
//! resulting permutation with swaps. Results equal `slice::sort_by`'s (both are stable).

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let perm = {
        let v = &*v;
        sorted_order(v.len(), &mut |i, j| match (v.get(i), v.get(j)) {
            (Some(a), Some(b)) => cmp(a, b) == Ordering::Greater,
            _ => false,
        })
    };
    permute(v, perm);
}

/// Sorts `v` stably by the key `f` gives (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` (as `slice::sort`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices `0..n` in stable sorted order: bottom-up merge sort, `greater(i, j)`
/// saying whether element `i` goes after element `j`.
fn sorted_order(n: usize, greater: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    let mut src: Vec<usize> = (0..n).collect();
    let mut dst = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        dst.clear();
        for run in src.chunks(2 * width) {
            let (mut a, mut b) = run.split_at(width.min(run.len()));
            while let (Some((&x, rest_a)), Some((&y, rest_b))) = (a.split_first(), b.split_first())
            {
                if greater(x, y) {
                    dst.push(y);
                    b = rest_b;
                } else {
                    dst.push(x);
                    a = rest_a;
                }
            }
            dst.extend_from_slice(a);
            dst.extend_from_slice(b);
        }
        std::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    src
}

/// Moves element `perm[k]` to position `k`, following the permutation's cycles.
fn permute<T>(v: &mut [T], mut perm: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..perm.len() {
        let mut k = start;
        while let Some(slot) = perm.get_mut(k) {
            let src = std::mem::replace(slot, DONE);
            if src == DONE || src == start {
                break;
            }
            v.swap(k, src);
            k = src;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_std_stable_sort() {
        // A small LCG: many lengths, many equal keys, so stability is exercised.
        let mut seed = 12345u64;
        for len in 0..200 {
            let v: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 59) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |e| e.0);
            let mut std = v.clone();
            std.sort_by_key(|e| e.0);
            assert_eq!(ours, std);
            let mut ours = v.clone();
            sort(&mut ours);
            let mut std = v;
            std.sort();
            assert_eq!(ours, std);
        }
    }
}
