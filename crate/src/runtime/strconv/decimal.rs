//! Go's multiprecision decimal (strconv/decimal.go): exact binary <-> decimal conversion
//! by shifting a decimal digit string, with Go's rounding. Float formatting and parsing
//! use it instead of Rust's float formatting and parsing, whose tables and algorithms
//! cost ~40 KB of wasm; the results are the same (both are exact and correctly rounded),
//! and Go's own shortest-digit walk (`round_shortest`) picks Go's digits on ties.

/// Digits of an exact float64 fit in 800 (Go's bound); more are dropped, noted by `trunc`.
const MAX_DIGITS: usize = 800;
/// The largest shift one pass can do without overflowing the u64 accumulator.
const MAX_SHIFT: u32 = 60;

/// value = 0.d1d2d3... × 10^dp; digits are ASCII, no trailing zeros; zero has no digits.
#[derive(Clone)]
pub(super) struct Decimal {
    pub(super) d: Vec<u8>,
    pub(super) dp: i32,
    trunc: bool,
}

/// A float format's mantissa width, exponent width and bias (Go's floatInfo).
#[derive(Clone, Copy)]
pub(super) struct FloatInfo {
    pub(super) mant_bits: u32,
    exp_bits: u32,
    bias: i32,
}

pub(super) const F64: FloatInfo = FloatInfo {
    mant_bits: 52,
    exp_bits: 11,
    bias: -1023,
};
pub(super) const F32: FloatInfo = FloatInfo {
    mant_bits: 23,
    exp_bits: 8,
    bias: -127,
};

impl Decimal {
    /// The decimal of `v`.
    pub(super) fn new(v: u64) -> Decimal {
        let d = v.to_string().into_bytes();
        let mut a = Decimal {
            dp: d.len() as i32,
            d,
            trunc: false,
        };
        a.trim();
        a
    }

    /// The decimal of a validated literal `[+-]digits[.digits][e[+-]digits]` (no
    /// underscores), sign ignored (decimal.set).
    pub(super) fn parse(s: &[u8]) -> Decimal {
        let mut a = Decimal {
            d: Vec::new(),
            dp: 0,
            trunc: false,
        };
        let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
        let mut sawdot = false;
        while let Some(&c) = s.get(i) {
            match c {
                b'.' => {
                    sawdot = true;
                    a.dp = a.d.len() as i32;
                }
                b'0' if a.d.is_empty() => a.dp -= 1, // leading zeros only move the point
                b'0'..=b'9' if a.d.len() < MAX_DIGITS => a.d.push(c),
                b'0'..=b'9' => a.trunc |= c != b'0',
                _ => break,
            }
            i += 1;
        }
        if !sawdot {
            a.dp = a.d.len() as i32;
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            i += 1;
            let sign = match s.get(i) {
                Some(b'-') => {
                    i += 1;
                    -1
                }
                Some(b'+') => {
                    i += 1;
                    1
                }
                _ => 1,
            };
            let mut e = 0i32;
            while let Some(&c) = s.get(i).filter(|c| c.is_ascii_digit()) {
                if e < 10000 {
                    e = e * 10 + i32::from(c - b'0');
                }
                i += 1;
            }
            a.dp += e * sign;
        }
        a.trim();
        a
    }

    fn trim(&mut self) {
        while self.d.last() == Some(&b'0') {
            self.d.pop();
        }
        if self.d.is_empty() {
            self.dp = 0;
        }
    }

    /// Multiplies by 2^k (k > 0) or divides by 2^-k.
    pub(super) fn shift(&mut self, mut k: i32) {
        if self.d.is_empty() {
            return;
        }
        while k > 0 {
            let s = (k as u32).min(MAX_SHIFT);
            self.left_shift(s);
            k -= s as i32;
        }
        while k < 0 {
            let s = (k.unsigned_abs()).min(MAX_SHIFT);
            self.right_shift(s);
            k += s as i32;
        }
    }

    fn right_shift(&mut self, k: u32) {
        let mask = (1u64 << k) - 1;
        let (mut r, mut n) = (0usize, 0u64);
        // Pick up enough leading digits to cover the first shift.
        while n >> k == 0 {
            match self.d.get(r) {
                Some(&c) => n = n * 10 + u64::from(c - b'0'),
                None if n == 0 => {
                    self.d.clear();
                    self.dp = 0;
                    return;
                }
                None => n *= 10,
            }
            r += 1;
        }
        self.dp -= r as i32 - 1;
        let mut out = Vec::with_capacity(self.d.len() + 20);
        // Pick up a digit, put down a digit.
        for &c in self.d.get(r..).unwrap_or_default() {
            out.push((n >> k) as u8 + b'0');
            n = (n & mask) * 10 + u64::from(c - b'0');
        }
        // Put down the extra digits.
        while n > 0 {
            let dig = (n >> k) as u8;
            if out.len() < MAX_DIGITS {
                out.push(dig + b'0');
            } else if dig > 0 {
                self.trunc = true;
            }
            n = (n & mask) * 10;
        }
        self.d = out;
        self.trim();
    }

    fn left_shift(&mut self, k: u32) {
        // Digits come out least significant first; reversed at the end.
        let mut rev = Vec::with_capacity(self.d.len() + 20);
        let mut n = 0u64;
        for &c in self.d.iter().rev() {
            n += u64::from(c - b'0') << k;
            rev.push((n % 10) as u8 + b'0');
            n /= 10;
        }
        while n > 0 {
            rev.push((n % 10) as u8 + b'0');
            n /= 10;
        }
        self.dp += (rev.len() - self.d.len()) as i32;
        rev.reverse();
        if rev.len() > MAX_DIGITS {
            self.trunc |= rev
                .get(MAX_DIGITS..)
                .unwrap_or_default()
                .iter()
                .any(|&c| c != b'0');
            rev.truncate(MAX_DIGITS);
        }
        self.d = rev;
        self.trim();
    }

    /// Whether chopping at `nd` digits should round up (halves to even).
    fn should_round_up(&self, nd: usize) -> bool {
        match self.d.get(nd) {
            None => false,
            Some(b'5') if nd + 1 == self.d.len() => {
                self.trunc || nd > 0 && self.d.get(nd - 1).is_some_and(|c| (c - b'0') % 2 == 1)
            }
            Some(&c) => c >= b'5',
        }
    }

    /// Rounds to `nd` digits; as all three roundings, nothing to do when `nd` is out of
    /// range (Go's Round, RoundDown, RoundUp).
    pub(super) fn round(&mut self, nd: i32) {
        if self.in_range(nd) && self.should_round_up(nd as usize) {
            self.round_up(nd);
        } else {
            self.round_down(nd);
        }
    }

    fn in_range(&self, nd: i32) -> bool {
        nd >= 0 && (nd as usize) < self.d.len()
    }

    fn round_down(&mut self, nd: i32) {
        if self.in_range(nd) {
            self.d.truncate(nd as usize);
            self.trim();
        }
    }

    fn round_up(&mut self, nd: i32) {
        if !self.in_range(nd) {
            return;
        }
        self.d.truncate(nd as usize);
        while let Some(c) = self.d.pop() {
            if c < b'9' {
                self.d.push(c + 1);
                return;
            }
        }
        // All nines: 1 with the decimal point one further.
        self.d.push(b'1');
        self.dp += 1;
    }

    /// The integer part, rounded (RoundedInteger).
    fn rounded_integer(&self) -> u64 {
        if self.dp > 20 {
            return u64::MAX;
        }
        let Ok(dp) = usize::try_from(self.dp) else {
            return 0;
        };
        let mut n = 0u64;
        for i in 0..dp {
            let c = self.d.get(i).map_or(0, |c| c - b'0');
            n = n.wrapping_mul(10).wrapping_add(u64::from(c));
        }
        if self.should_round_up(dp) {
            n = n.wrapping_add(1);
        }
        n
    }

    /// The nearest float's bits and whether it overflowed to infinity (floatBits).
    pub(super) fn float_bits(mut self, neg: bool, flt: FloatInfo) -> (u64, bool) {
        const POWTAB: [i32; 9] = [1, 3, 6, 9, 13, 16, 19, 23, 26];
        let pow = |dp: i32| {
            POWTAB
                .get(dp.unsigned_abs() as usize)
                .copied()
                .unwrap_or(27)
        };
        let max_exp = (1i32 << flt.exp_bits) - 1;
        let (mut mant, mut exp, mut overflow) = (0u64, flt.bias, false);
        if !self.d.is_empty() && self.dp <= 310 && self.dp >= -330 {
            // Scale by powers of two into [0.5, 1).
            let mut e = 0;
            while self.dp > 0 {
                let n = pow(self.dp);
                self.shift(-n);
                e += n;
            }
            while self.dp < 0 || self.dp == 0 && self.d.first().is_some_and(|&c| c < b'5') {
                let n = pow(self.dp);
                self.shift(n);
                e -= n;
            }
            // The range is [0.5, 1) but floats' is [1, 2).
            e -= 1;
            if e < flt.bias + 1 {
                let n = flt.bias + 1 - e;
                self.shift(-n);
                e += n;
            }
            if e - flt.bias >= max_exp {
                overflow = true;
            } else {
                self.shift(1 + flt.mant_bits as i32);
                mant = self.rounded_integer();
                if mant == 2 << flt.mant_bits {
                    mant >>= 1;
                    e += 1;
                    overflow = e - flt.bias >= max_exp;
                }
                exp = if mant & (1 << flt.mant_bits) == 0 {
                    flt.bias
                } else {
                    e
                };
            }
        } else if self.dp > 310 {
            overflow = true;
        }
        if overflow {
            mant = 0;
            exp = max_exp + flt.bias;
        }
        let mut bits = mant & ((1u64 << flt.mant_bits) - 1);
        bits |= (((exp - flt.bias) & max_exp) as u64) << flt.mant_bits;
        if neg {
            bits |= 1 << flt.mant_bits << flt.exp_bits;
        }
        (bits, overflow)
    }
}

/// Rounds `d`, the exact value mant × 2^(exp - mant_bits), to the shortest digits that
/// still read back as the same float (ftoa.go's roundShortest).
pub(super) fn round_shortest(d: &mut Decimal, mant: u64, exp: i32, flt: FloatInfo) {
    if mant == 0 {
        d.d.clear();
        d.dp = 0;
        return;
    }
    let mb = flt.mant_bits as i32;
    let minexp = flt.bias + 1;
    let nd = d.d.len() as i32;
    if exp > minexp && 332 * (d.dp - nd) >= 100 * (exp - mb) {
        return; // already shortest
    }
    // The upper bound: halfway to the next float up.
    let mut upper = Decimal::new(mant * 2 + 1);
    upper.shift(exp - mb - 1);
    // The lower bound: halfway to the next float down.
    let (mantlo, explo) = if mant > 1 << flt.mant_bits || exp == minexp {
        (mant - 1, exp)
    } else {
        (mant * 2 - 1, exp - 1)
    };
    let mut lower = Decimal::new(mantlo * 2 + 1);
    lower.shift(explo - mb - 1);
    // The bounds are possible outputs only when the mantissa is even (round to even).
    let inclusive = mant.is_multiple_of(2);
    // 0: d and upper agree so far; 1: they differ by one followed by 9s and 0s; 2: more.
    let mut upperdelta = 0u8;
    let digit = |x: &Decimal, i: i32| {
        usize::try_from(i)
            .ok()
            .and_then(|i| x.d.get(i).copied())
            .unwrap_or(b'0')
    };
    let mut ui = 0i32;
    loop {
        let mi = ui - upper.dp + d.dp;
        if mi >= nd {
            break;
        }
        let li = ui - upper.dp + lower.dp;
        let (l, m, u) = (digit(&lower, li), digit(d, mi), digit(&upper, ui));
        let okdown = l != m || inclusive && li + 1 == lower.d.len() as i32;
        if upperdelta == 0 && m + 1 < u {
            upperdelta = 2;
        } else if upperdelta == 0 && m != u {
            upperdelta = 1;
        } else if upperdelta == 1 && (m != b'9' || u != b'0') {
            upperdelta = 2;
        }
        let okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.d.len() as i32);
        if okdown && okup {
            d.round(mi + 1);
            return;
        } else if okdown {
            d.round_down(mi + 1);
            return;
        } else if okup {
            d.round_up(mi + 1);
            return;
        }
        ui += 1;
    }
}
