//! Exact integers and rationals for constant arithmetic: just what go/constant needs
//! (at most 512-bit integers and 4096-bit rationals, see `constant.rs`). In-crate
//! instead of num-bigint + num-rational, which cost ~50 KB of wasm for generality
//! goplay does not use.

use std::cmp::Ordering;

/// A magnitude: little-endian 32-bit limbs, no high zero limbs (zero is empty).
type Mag = Vec<u32>;

fn trim(mut m: Mag) -> Mag {
    while m.last() == Some(&0) {
        m.pop();
    }
    m
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    a.len()
        .cmp(&b.len())
        .then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

fn add_mag(a: &[u32], b: &[u32]) -> Mag {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let s = u64::from(x) + u64::from(b.get(i).copied().unwrap_or(0)) + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    out.push(carry as u32);
    trim(out)
}

/// a - b for a >= b.
fn sub_mag(a: &[u32], b: &[u32]) -> Mag {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let mut d = i64::from(x) - i64::from(b.get(i).copied().unwrap_or(0)) - borrow;
        borrow = i64::from(d < 0);
        d += borrow << 32;
        out.push(d as u32);
    }
    trim(out)
}

fn mul_mag(a: &[u32], b: &[u32]) -> Mag {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let slot = &mut out[i + j];
            let t = u64::from(x) * u64::from(y) + u64::from(*slot) + carry;
            *slot = t as u32;
            carry = t >> 32;
        }
        out[i + b.len()] = carry as u32;
    }
    trim(out)
}

fn shl_mag(a: &[u32], s: usize) -> Mag {
    if a.is_empty() {
        return Vec::new();
    }
    let (limbs, bits) = (s / 32, (s % 32) as u32);
    let mut out = vec![0u32; limbs];
    let mut carry = 0u32;
    for &x in a {
        out.push(if bits == 0 { x } else { (x << bits) | carry });
        carry = if bits == 0 { 0 } else { x >> (32 - bits) };
    }
    out.push(carry);
    trim(out)
}

fn shr_mag(a: &[u32], s: usize) -> Mag {
    let (limbs, bits) = (s / 32, (s % 32) as u32);
    let src = a.get(limbs..).unwrap_or_default();
    let mut out = Vec::with_capacity(src.len());
    for (i, &l) in src.iter().enumerate() {
        let hi = match src.get(i + 1) {
            Some(&h) if bits != 0 => h << (32 - bits),
            _ => 0,
        };
        out.push((l >> bits) | hi);
    }
    trim(out)
}

fn bits_mag(a: &[u32]) -> u64 {
    a.last().map_or(0, |&top| {
        32 * (a.len() as u64 - 1) + u64::from(32 - top.leading_zeros())
    })
}

/// Whether any of the low `s` bits is set.
fn low_bits_set(a: &[u32], s: usize) -> bool {
    let (limbs, bits) = (s / 32, s % 32);
    a.iter().take(limbs).any(|&x| x != 0)
        || (bits != 0 && a.get(limbs).is_some_and(|&x| x & ((1u32 << bits) - 1) != 0))
}

/// Quotient and remainder of magnitudes (Knuth's algorithm D); `b` is not zero.
fn divrem_mag(a: &[u32], b: &[u32]) -> (Mag, Mag) {
    if b.is_empty() || cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if let [d] = b {
        let d = u64::from(*d);
        let mut q = vec![0u32; a.len()];
        let mut r = 0u64;
        for i in (0..a.len()).rev() {
            let cur = (r << 32) | u64::from(a[i]);
            q[i] = (cur / d) as u32;
            r = cur % d;
        }
        return (trim(q), trim(vec![r as u32]));
    }
    // Normalise so the divisor's top limb has its high bit set.
    let shift = b.last().map_or(0, |t| t.leading_zeros()) as usize;
    let v = shl_mag(b, shift);
    let mut u = shl_mag(a, shift);
    u.push(0);
    let n = v.len();
    let m = u.len() - n;
    let (vtop, vnext) = (u64::from(v[n - 1]), u64::from(v[n - 2]));
    let mut q = vec![0u32; m];
    for j in (0..m).rev() {
        let num = (u64::from(u[j + n]) << 32) | u64::from(u[j + n - 1]);
        let mut qhat = num / vtop;
        let mut rhat = num % vtop;
        // At most two corrections (Hacker's Delight's divmnu).
        while qhat > u64::from(u32::MAX) || qhat * vnext > ((rhat << 32) | u64::from(u[j + n - 2]))
        {
            qhat -= 1;
            rhat += vtop;
            if rhat > u64::from(u32::MAX) {
                break;
            }
        }
        // u[j..j+n+1] -= qhat * v
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * u64::from(v[i]) + carry;
            carry = p >> 32;
            let t = i64::from(u[i + j]) - borrow - i64::from(p as u32);
            u[i + j] = t as u32;
            borrow = i64::from(t < 0);
        }
        let t = i64::from(u[j + n]) - borrow - carry as i64;
        u[j + n] = t as u32;
        if t < 0 {
            // qhat was one too large: add v back.
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s = u64::from(u[i + j]) + u64::from(v[i]) + c;
                u[i + j] = s as u32;
                c = s >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    u.truncate(n);
    (trim(q), shr_mag(&trim(u), shift))
}

/// A signed big integer.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BigInt {
    neg: bool,
    mag: Mag,
}

impl BigInt {
    fn new(neg: bool, mag: Mag) -> BigInt {
        let mag = trim(mag);
        BigInt {
            neg: neg && !mag.is_empty(),
            mag,
        }
    }

    pub fn zero() -> BigInt {
        BigInt::default()
    }

    pub fn one() -> BigInt {
        BigInt::from(1u64)
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    pub fn abs(&self) -> BigInt {
        BigInt::new(false, self.mag.clone())
    }

    /// The bit length of the magnitude.
    pub fn bits(&self) -> u64 {
        bits_mag(&self.mag)
    }

    /// Parses digits (no sign, no underscores) in `radix` (2 to 16).
    pub fn parse(digits: &[u8], radix: u32) -> Option<BigInt> {
        if digits.is_empty() {
            return None;
        }
        let mut mag = Vec::new();
        for &c in digits {
            let d = (c as char).to_digit(radix)?;
            let mut carry = u64::from(d);
            for limb in mag.iter_mut() {
                let t = u64::from(*limb) * u64::from(radix) + carry;
                *limb = t as u32;
                carry = t >> 32;
            }
            if carry != 0 {
                mag.push(carry as u32);
            }
        }
        Some(BigInt::new(false, mag))
    }

    pub fn pow(&self, mut exp: u64) -> BigInt {
        let (mut base, mut acc) = (self.clone(), BigInt::one());
        while exp > 0 {
            if exp & 1 == 1 {
                acc = &acc * &base;
            }
            exp >>= 1;
            if exp > 0 {
                base = &base * &base;
            }
        }
        acc
    }

    /// Quotient and remainder truncated toward zero (Go's `/` and `%`); `d` is not zero.
    pub fn div_rem(&self, d: &BigInt) -> (BigInt, BigInt) {
        let (q, r) = divrem_mag(&self.mag, &d.mag);
        (BigInt::new(self.neg != d.neg, q), BigInt::new(self.neg, r))
    }

    pub fn shl(&self, s: usize) -> BigInt {
        BigInt::new(self.neg, shl_mag(&self.mag, s))
    }

    /// Arithmetic shift right: rounds toward negative infinity, as Go's `>>`.
    pub fn shr(&self, s: usize) -> BigInt {
        let q = shr_mag(&self.mag, s);
        if self.neg && low_bits_set(&self.mag, s) {
            BigInt::new(true, add_mag(&q, &[1]))
        } else {
            BigInt::new(self.neg, q)
        }
    }

    /// A bitwise operation on the two's complement forms (infinitely sign-extended).
    pub fn bitwise(&self, y: &BigInt, op: fn(u32, u32) -> u32) -> BigInt {
        let n = self.mag.len().max(y.mag.len()) + 1;
        let (a, b) = (self.twos(n), y.twos(n));
        let mut t = a;
        for (p, &q) in t.iter_mut().zip(&b) {
            *p = op(*p, q);
        }
        if t.last().is_some_and(|&top| top >> 31 == 1) {
            // Negative: the magnitude is !t + 1.
            for x in &mut t {
                *x = !*x;
            }
            BigInt::new(true, add_mag(&trim(t), &[1]))
        } else {
            BigInt::new(false, t)
        }
    }

    /// The low `n` limbs of the two's complement form.
    fn twos(&self, n: usize) -> Mag {
        let mut m = self.mag.clone();
        m.resize(n, 0);
        if self.neg {
            // -m = !(m - 1)
            let dec = sub_mag(&self.mag, &[1]);
            for (i, x) in m.iter_mut().enumerate() {
                *x = !dec.get(i).copied().unwrap_or(0);
            }
        }
        m
    }

    pub fn to_u64(&self) -> Option<u64> {
        if self.neg || self.mag.len() > 2 {
            return None;
        }
        let lo = u64::from(self.mag.first().copied().unwrap_or(0));
        let hi = u64::from(self.mag.get(1).copied().unwrap_or(0));
        Some(lo | hi << 32)
    }

    pub fn to_i64(&self) -> Option<i64> {
        if self.neg {
            let m = BigInt::new(false, self.mag.clone()).to_u64()?;
            (m <= 1 << 63).then(|| (m as i64).wrapping_neg())
        } else {
            self.to_u64().and_then(|m| i64::try_from(m).ok())
        }
    }

    /// The top 64 bits of the magnitude (the top bit set), whether lower bits are set,
    /// and the exponent: |self| = (top + sticky) × 2^exp. `None` for zero.
    fn top64(&self) -> Option<(u64, bool, i64)> {
        let bits = self.bits();
        if bits == 0 {
            return None;
        }
        let drop = bits.saturating_sub(64) as usize;
        let top = shr_mag(&self.mag, drop);
        let lo = u64::from(top.first().copied().unwrap_or(0));
        let hi = u64::from(top.get(1).copied().unwrap_or(0));
        let m = (lo | hi << 32) << (64 - bits.min(64));
        Some((
            m,
            low_bits_set(&self.mag, drop),
            drop as i64 - (64 - bits.min(64) as i64),
        ))
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> BigInt {
        BigInt::new(false, vec![v as u32, (v >> 32) as u32])
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> BigInt {
        let mut b = BigInt::from(v.unsigned_abs());
        b.neg = v < 0;
        b
    }
}

impl Ord for BigInt {
    fn cmp(&self, o: &BigInt) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, o: &BigInt) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl std::ops::Neg for &BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::new(!self.neg, self.mag.clone())
    }
}

impl std::ops::Add for &BigInt {
    type Output = BigInt;
    fn add(self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::new(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::new(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::new(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }
}

impl std::ops::Sub for &BigInt {
    type Output = BigInt;
    fn sub(self, o: &BigInt) -> BigInt {
        self + &-o
    }
}

impl std::ops::Mul for &BigInt {
    type Output = BigInt;
    fn mul(self, o: &BigInt) -> BigInt {
        BigInt::new(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }
}

impl std::fmt::Display for BigInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Nine decimal digits per division by 10^9.
        let mut chunks = Vec::new();
        let mut m = self.mag.clone();
        while !m.is_empty() {
            let (q, r) = divrem_mag(&m, &[1_000_000_000]);
            chunks.push(r.first().copied().unwrap_or(0));
            m = q;
        }
        let mut s = String::from(if self.neg { "-" } else { "" });
        match chunks.split_last() {
            None => s.push('0'),
            Some((top, rest)) => {
                s.push_str(&top.to_string());
                for c in rest.iter().rev() {
                    s.push_str(&format!("{c:09}"));
                }
            }
        }
        f.write_str(&s)
    }
}

/// An exact rational: lowest terms, positive denominator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rat {
    num: BigInt,
    den: BigInt,
}

fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut a, mut b) = (a.abs(), b.abs());
    while !b.is_zero() {
        let r = a.div_rem(&b).1;
        a = b;
        b = r;
    }
    a
}

impl Rat {
    /// num / den in lowest terms; `den` is not zero.
    pub fn new(num: BigInt, den: BigInt) -> Rat {
        let g = gcd(&num, &den);
        let (mut num, mut den) = if g.is_zero() || g == BigInt::one() {
            (num, den)
        } else {
            (num.div_rem(&g).0, den.div_rem(&g).0)
        };
        if den.is_negative() {
            num = -&num;
            den = -&den;
        }
        if num.is_zero() {
            den = BigInt::one();
        }
        Rat { num, den }
    }

    pub fn from_integer(i: BigInt) -> Rat {
        Rat {
            num: i,
            den: BigInt::one(),
        }
    }

    pub fn zero() -> Rat {
        Rat::from_integer(BigInt::zero())
    }

    pub fn numer(&self) -> &BigInt {
        &self.num
    }

    pub fn denom(&self) -> &BigInt {
        &self.den
    }

    pub fn is_zero(&self) -> bool {
        self.num.is_zero()
    }

    pub fn is_negative(&self) -> bool {
        self.num.is_negative()
    }

    pub fn is_integer(&self) -> bool {
        self.den == BigInt::one()
    }

    pub fn abs(&self) -> Rat {
        Rat {
            num: self.num.abs(),
            den: self.den.clone(),
        }
    }

    /// The integer part (truncated toward zero).
    pub fn to_integer(&self) -> BigInt {
        self.num.div_rem(&self.den).0
    }

    /// The exact value of a finite float.
    pub fn from_float(f: f64) -> Option<Rat> {
        if !f.is_finite() {
            return None;
        }
        let bits = f.to_bits();
        let exp = ((bits >> 52) & 0x7FF) as i64;
        let frac = bits & ((1 << 52) - 1);
        let (mant, exp) = if exp == 0 {
            (frac, -1074)
        } else {
            (frac | 1 << 52, exp - 1075)
        };
        let mut m = BigInt::from(mant);
        m.neg = f.is_sign_negative() && mant != 0;
        Some(if exp >= 0 {
            Rat::from_integer(m.shl(exp as usize))
        } else {
            Rat::new(m, BigInt::one().shl(exp.unsigned_abs() as usize))
        })
    }

    /// The nearest f64 (ties to even); infinite beyond the float range.
    pub fn to_f64(&self) -> Option<f64> {
        if self.num.is_zero() {
            return Some(0.0);
        }
        // q = floor(|num| × 2^s / den) with at least 66 bits, plus a sticky bit.
        let s = 66 + self.den.bits() as i64 - self.num.bits() as i64;
        let (n, d) = if s >= 0 {
            (self.num.abs().shl(s as usize), self.den.clone())
        } else {
            (self.num.abs(), self.den.shl(s.unsigned_abs() as usize))
        };
        let (q, r) = n.div_rem(&d);
        let (top, sticky, exp) = q.top64()?;
        let v = round_to_f64(top, sticky || !r.is_zero(), exp - s);
        Some(if self.num.is_negative() { -v } else { v })
    }
}

/// The f64 nearest to (m + sticky) × 2^exp, `m` having its top bit set (ties to even).
fn round_to_f64(m: u64, sticky: bool, exp: i64) -> f64 {
    // The value's top bit has weight 2^(63 + exp); below 2^-1022 fewer bits survive.
    let top = 63 + exp;
    let keep = if top < -1022 { 53 - (-1022 - top) } else { 53 };
    if keep < 0 {
        return 0.0;
    }
    let drop = (64 - keep) as u32;
    let mut kept = if drop >= 64 { 0 } else { m >> drop };
    let rest = if drop >= 64 {
        m
    } else {
        m & ((1u64 << drop) - 1)
    };
    let half = 1u64 << (drop - 1);
    if rest > half || (rest == half && (sticky || kept & 1 == 1)) {
        kept += 1;
    }
    ldexp(kept as f64, exp + i64::from(drop))
}

/// x × 2^k, exact when the result is representable (steps keep intermediates normal).
fn ldexp(mut x: f64, mut k: i64) -> f64 {
    let pow = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    while k > 1000 {
        x *= pow(1000);
        k -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while k < -1000 {
        x *= pow(-1000);
        k += 1000;
    }
    x * pow(k)
}

impl Ord for Rat {
    fn cmp(&self, o: &Rat) -> Ordering {
        (&self.num * &o.den).cmp(&(&o.num * &self.den))
    }
}

impl PartialOrd for Rat {
    fn partial_cmp(&self, o: &Rat) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl std::ops::Neg for &Rat {
    type Output = Rat;
    fn neg(self) -> Rat {
        Rat {
            num: -&self.num,
            den: self.den.clone(),
        }
    }
}

impl std::ops::Add for &Rat {
    type Output = Rat;
    fn add(self, o: &Rat) -> Rat {
        Rat::new(
            &(&self.num * &o.den) + &(&o.num * &self.den),
            &self.den * &o.den,
        )
    }
}

impl std::ops::Sub for &Rat {
    type Output = Rat;
    fn sub(self, o: &Rat) -> Rat {
        self + &-o
    }
}

impl std::ops::Mul for &Rat {
    type Output = Rat;
    fn mul(self, o: &Rat) -> Rat {
        Rat::new(&self.num * &o.num, &self.den * &o.den)
    }
}

impl std::ops::Div for &Rat {
    type Output = Rat;
    /// `o` is not zero.
    fn div(self, o: &Rat) -> Rat {
        Rat::new(&self.num * &o.den, &self.den * &o.num)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str) -> BigInt {
        match s.strip_prefix('-') {
            Some(d) => -&BigInt::parse(d.as_bytes(), 10).unwrap(),
            None => BigInt::parse(s.as_bytes(), 10).unwrap(),
        }
    }

    /// Agrees with i128 arithmetic (Rust's, which is exact here) on a spread of values.
    #[test]
    fn integer_arithmetic_matches_i128() {
        let vals: [i128; 12] = [
            0,
            1,
            -1,
            7,
            -7,
            255,
            1 << 40,
            -(1 << 40) - 3,
            (1 << 63) - 1,
            -(1 << 63),
            123_456_789_012_345_678,
            -98_765_432_109_876_543,
        ];
        let big = |v: i128| int(&v.to_string());
        for &a in &vals {
            for &b in &vals {
                let (x, y) = (big(a), big(b));
                assert_eq!((&x + &y).to_string(), (a + b).to_string());
                assert_eq!((&x - &y).to_string(), (a - b).to_string());
                assert_eq!((&x * &y).to_string(), (a * b).to_string());
                if b != 0 {
                    let (q, r) = x.div_rem(&y);
                    assert_eq!(
                        (q.to_string(), r.to_string()),
                        ((a / b).to_string(), (a % b).to_string())
                    );
                }
                assert_eq!(x.bitwise(&y, |p, q| p & q).to_string(), (a & b).to_string());
                assert_eq!(x.bitwise(&y, |p, q| p | q).to_string(), (a | b).to_string());
                assert_eq!(x.bitwise(&y, |p, q| p ^ q).to_string(), (a ^ b).to_string());
                assert_eq!(
                    x.bitwise(&y, |p, q| p & !q).to_string(),
                    (a & !b).to_string()
                );
                assert_eq!(x.cmp(&y), a.cmp(&b));
            }
            let x = big(a);
            for s in [0, 1, 5, 31, 32, 33, 40] {
                assert_eq!(x.shr(s).to_string(), (a >> s).to_string(), "{a} >> {s}");
            }
            assert_eq!(x.shl(20).to_string(), (a << 20).to_string());
            assert_eq!(x.to_i64(), i64::try_from(a).ok());
        }
    }

    #[test]
    fn long_division_and_rationals() {
        let a = int("340282366920938463463374607431768211457"); // 2^128 + 1
        let b = int("18446744073709551629"); // a prime above 2^64
        let (q, r) = a.div_rem(&b);
        assert_eq!(&(&q * &b) + &r, a);
        assert!(r < b && !r.is_negative());
        let third = Rat::new(BigInt::one(), BigInt::from(3u64));
        assert_eq!(third.to_f64(), Some(1.0 / 3.0));
        let tenth = Rat::new(BigInt::one(), BigInt::from(10u64));
        assert_eq!(tenth.to_f64(), Some(0.1));
        assert_eq!((&tenth + &tenth).to_f64(), Some(0.2));
        for f in [
            0.1,
            1e300,
            5e-324,
            2.2250738585072014e-308,
            -3.5,
            1e22,
            123456.789,
        ] {
            assert_eq!(Rat::from_float(f).unwrap().to_f64(), Some(f));
        }
        let huge = Rat::from_integer(BigInt::one().shl(1100));
        assert_eq!(huge.to_f64(), Some(f64::INFINITY));
        let tiny = Rat::new(BigInt::one(), BigInt::one().shl(1100));
        assert_eq!(tiny.to_f64(), Some(0.0));
        // Halfway between 1 and the next float: ties to even (1).
        let half_ulp = Rat::new(
            &BigInt::one().shl(53) + &BigInt::one(),
            BigInt::one().shl(53),
        );
        assert_eq!(half_ulp.to_f64(), Some(1.0));
        assert_eq!(int("10").pow(20).to_string(), "100000000000000000000");
    }
}
