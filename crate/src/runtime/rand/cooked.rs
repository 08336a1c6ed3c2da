//! Go's `rngCooked`, computed instead of carried (4.7 KB of random bytes in the wasm).
//!
//! Go's gen_cooked.go made the table by seeding the generator with 1 (shifts of 20 and
//! 10 bits instead of seeding's 40 and 20) and stepping it 7.8e12 times. A step is
//! linear over the integers mod 2^64: the values it writes follow
//! z[k] = z[k-607] + z[k-273], so z[n] is the initial state weighted by the coefficients
//! of x^n mod x^607 - x^334 - 1, which square-and-multiply finds in ~43 squarings (a
//! few milliseconds, once per process). testdata/rngcooked.golden holds real Go's table.

use std::sync::OnceLock;

use super::{seed_values, RNG_LEN, RNG_TAP};

const STEPS: u64 = 7_800_000_000_000;

/// Where the first step writes (the generator's initial `feed`).
const FEED: i64 = (RNG_LEN - RNG_TAP) as i64;

pub(super) fn rng_cooked() -> &'static [u64; RNG_LEN] {
    static COOKED: OnceLock<[u64; RNG_LEN]> = OnceLock::new();
    COOKED.get_or_init(cook)
}

/// `p` reduced mod x^607 - x^334 - 1: x^d becomes x^(d-273) + x^(d-607).
fn reduce(mut p: Vec<u64>) -> Vec<u64> {
    for d in (RNG_LEN..p.len()).rev() {
        let c = p.get(d).copied().unwrap_or(0);
        for e in [d - RNG_TAP, d - RNG_LEN] {
            if let Some(t) = p.get_mut(e) {
                *t = t.wrapping_add(c);
            }
        }
    }
    p.truncate(RNG_LEN);
    p
}

/// `a`² reduced: each cross product once, doubled (half the multiplications).
fn square(a: &[u64]) -> Vec<u64> {
    let mut p = vec![0u64; 2 * a.len()];
    for (i, &x) in a.iter().enumerate() {
        if x != 0 {
            if let Some(t) = p.get_mut(2 * i) {
                *t = t.wrapping_add(x.wrapping_mul(x));
            }
            let x2 = x.wrapping_mul(2);
            for (t, &y) in p.iter_mut().skip(2 * i + 1).zip(a.iter().skip(i + 1)) {
                *t = t.wrapping_add(x2.wrapping_mul(y));
            }
        }
    }
    reduce(p)
}

fn times_x(a: Vec<u64>) -> Vec<u64> {
    let mut p = Vec::with_capacity(a.len() + 1);
    p.push(0);
    p.extend(a);
    reduce(p)
}

fn cook() -> [u64; RNG_LEN] {
    let start = seed_values(1, 20, 10);
    // z[k] for k in -606..=0 is the initial value at the slot the k-th step writes,
    // (FEED - k) mod 607; as a polynomial it is x^(k+606).
    let z: Vec<u64> = (0..RNG_LEN as i64)
        .map(|j| {
            let slot = (FEED - (j - 606)).rem_euclid(RNG_LEN as i64) as usize;
            start.get(slot).copied().unwrap_or(0)
        })
        .collect();
    // x^(STEPS) mod the polynomial, by left-to-right square-and-multiply.
    let mut c = vec![0u64; RNG_LEN];
    if let Some(one) = c.first_mut() {
        *one = 1;
    }
    for bit in (0..u64::BITS - STEPS.leading_zeros()).rev() {
        c = square(&c);
        if STEPS >> bit & 1 == 1 {
            c = times_x(c);
        }
    }
    // The last 607 steps, n = STEPS-606 ..= STEPS, wrote the final state: z[n] is at
    // x^(n+606), slot (FEED - n) mod 607.
    let mut out = [0u64; RNG_LEN];
    for n in STEPS as i64 - 606..=STEPS as i64 {
        let value = c
            .iter()
            .zip(&z)
            .fold(0u64, |s, (a, b)| s.wrapping_add(a.wrapping_mul(*b)));
        if let Some(v) = out.get_mut((FEED - n).rem_euclid(RNG_LEN as i64) as usize) {
            *v = value;
        }
        c = times_x(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn matches_real_go() {
        let want: Vec<u64> = include_str!("../testdata/rngcooked.golden")
            .lines()
            .map(|l| u64::from_str_radix(l, 16).expect("hex"))
            .collect();
        assert_eq!(super::rng_cooked().to_vec(), want);
    }
}
