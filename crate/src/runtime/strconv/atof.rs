//! strconv.ParseFloat: Go's syntax (underscores, hex mantissas, inf/nan spellings) checked
//! here; decimal values converted exactly by Go's multiprecision decimal.

use super::decimal::{self, Decimal};
use super::{underscore_ok, NumError, NumErrorKind};

/// special(): the length of an inf/infinity/nan spelling at the start of `s`, with its value.
fn special(s: &[u8]) -> Option<(f64, usize)> {
    let prefix = |s: &[u8], word: &[u8]| {
        s.iter()
            .zip(word)
            .take_while(|(a, b)| a.to_ascii_lowercase() == **b)
            .count()
    };
    let (sign, nsign, rest) = match s.first()? {
        b'+' => (1.0, 1, s.get(1..).unwrap_or_default()),
        b'-' => (-1.0, 1, s.get(1..).unwrap_or_default()),
        _ => (1.0, 0, s),
    };
    match rest.first()? {
        b'i' | b'I' => {
            let mut n = prefix(rest, b"infinity");
            if 3 < n && n < 8 {
                n = 3;
            }
            (n == 3 || n == 8).then_some((sign * f64::INFINITY, nsign + n))
        }
        b'n' | b'N' if nsign == 0 => (prefix(rest, b"nan") == 3).then_some((f64::NAN, 3)),
        _ => None,
    }
}

/// The syntax scan of readFloat: the length of the float literal at the start of `s`,
/// and whether it is hexadecimal; `None` if malformed.
fn scan(s: &[u8]) -> Option<(usize, bool)> {
    let mut i = 0;
    let mut underscores = false;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let hex = i + 2 < s.len() && s[i] == b'0' && s[i + 1] | 0x20 == b'x';
    if hex {
        i += 2;
    }
    let (mut sawdot, mut sawdigits) = (false, false);
    while let Some(&c) = s.get(i) {
        match c {
            b'_' => underscores = true,
            b'.' if !sawdot => sawdot = true,
            b'0'..=b'9' => sawdigits = true,
            _ if hex && (c | 0x20).is_ascii_hexdigit() => sawdigits = true,
            _ => break,
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    let exp_char = if hex { b'p' } else { b'e' };
    if s.get(i).map(|c| c | 0x20) == Some(exp_char) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !s.get(i)?.is_ascii_digit() {
            return None;
        }
        while let Some(&c) = s.get(i) {
            if c == b'_' {
                underscores = true;
            } else if !c.is_ascii_digit() {
                break;
            }
            i += 1;
        }
    } else if hex {
        return None;
    }
    if underscores && !underscore_ok(s.get(..i).unwrap_or_default()) {
        return None;
    }
    Some((i, hex))
}

/// The value of a hexadecimal float literal (already validated): mantissa × 2^exp.
fn hex_value(s: &[u8], bits32: bool) -> f64 {
    let (neg, body) = match s.first() {
        Some(b'-') => (true, s.get(3..).unwrap_or_default()),
        Some(b'+') => (false, s.get(3..).unwrap_or_default()),
        _ => (false, s.get(2..).unwrap_or_default()),
    };
    let (mut mant, mut exp, mut sawdot, mut sticky) = (0u64, 0i64, false, false);
    let mut rest = body;
    while let Some((&c, tail)) = rest.split_first() {
        if c == b'p' || c == b'P' {
            break;
        }
        rest = tail;
        match c {
            b'.' => sawdot = true,
            b'_' => {}
            _ => {
                let d = u64::from((c as char).to_digit(16).unwrap_or(0));
                if mant >> 56 == 0 {
                    mant = (mant << 4) | d;
                    if sawdot {
                        exp -= 4;
                    }
                } else {
                    sticky |= d != 0;
                    if !sawdot {
                        exp += 4;
                    }
                }
            }
        }
    }
    if let Some(e) = rest.get(1..) {
        let text: String = e
            .iter()
            .filter(|&&c| c != b'_')
            .map(|&c| c as char)
            .collect();
        exp += text.parse::<i64>().unwrap_or(if text.starts_with('-') {
            -100_000
        } else {
            100_000
        });
    }
    if sticky {
        mant |= 1;
    }
    // mant has at most 60 bits: the conversion to f64 rounds once, then scaling by a
    // power of two is exact unless the result is subnormal or overflows.
    let exp = exp.clamp(-5000, 5000) as i32;
    let v = if bits32 {
        f64::from((mant as f32) * 2f32.powi(exp.clamp(-300, 300)))
    } else {
        let half = exp / 2;
        (mant as f64) * 2f64.powi(half) * 2f64.powi(exp - half)
    };
    if neg {
        -v
    } else {
        v
    }
}

/// The float at the start of `s` (for ParseComplex): value, length, and the error
/// ParseFloat gives for that prefix (a syntax error when there is none).
pub fn parse_float_prefix(s: &[u8], bit_size: i64) -> (f64, usize, Option<NumError>) {
    let Some(n) = special(s)
        .map(|(_, n)| n)
        .or_else(|| scan(s).map(|(n, _)| n))
    else {
        return (0.0, 0, parse_float(b"", bit_size).1);
    };
    let (v, e) = parse_float(s.get(..n).unwrap_or(s), bit_size);
    (v, n, e)
}

/// strconv.ParseFloat(s, bitSize): the value and, on failure, the *NumError (with the value
/// Go returns: ±Inf on overflow, 0 on syntax errors).
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumError>) {
    let err = |kind| {
        Some(NumError {
            func: "ParseFloat",
            num: s.to_vec(),
            kind,
        })
    };
    let bits32 = bit_size == 32;
    if let Some((v, n)) = special(s) {
        if n == s.len() {
            // Go's math.NaN() has the payload bit 1 (float32 NaNs widen without it).
            let v = if v.is_nan() && !bits32 {
                f64::from_bits(0x7FF8_0000_0000_0001)
            } else {
                v
            };
            return (v, None);
        }
        return (0.0, err(NumErrorKind::Syntax));
    }
    let Some((n, hex)) = scan(s) else {
        return (0.0, err(NumErrorKind::Syntax));
    };
    if n != s.len() {
        return (0.0, err(NumErrorKind::Syntax));
    }
    let v = if hex {
        hex_value(s, bits32)
    } else {
        let digits: Vec<u8> = s.iter().copied().filter(|&c| c != b'_').collect();
        let neg = s.first() == Some(&b'-');
        let dec = Decimal::parse(&digits);
        if bits32 {
            let (bits, _) = dec.float_bits(neg, decimal::F32);
            f64::from(f32::from_bits(bits as u32))
        } else {
            f64::from_bits(dec.float_bits(neg, decimal::F64).0)
        }
    };
    if v.is_infinite() {
        return (v, err(NumErrorKind::Range));
    }
    (v, None)
}
