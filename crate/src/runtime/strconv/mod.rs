//! Package strconv: integer and float conversions and quoting, with Go's exact output and
//! error texts (`strconv.Atoi: parsing "x": invalid syntax`).

mod atof;
mod decimal;
mod ftoa;
mod quote;

#[cfg(test)]
mod golden_tests;

pub use atof::{parse_float, parse_float_prefix};
pub use ftoa::{append_complex, append_float, format_float};
pub use quote::{
    append_quote, append_quote_rune, can_backquote, is_print, quote, unquote, unquote_char,
};

/// Why a conversion failed (the `Err` of a `*strconv.NumError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumErrorKind {
    /// strconv.ErrSyntax: "invalid syntax".
    Syntax,
    /// strconv.ErrRange: "value out of range".
    Range,
    /// "invalid base N".
    Base(i64),
    /// "invalid bit size N".
    BitSize(i64),
}

/// A `*strconv.NumError`: `Func` (e.g. "Atoi"), `Num` (the input) and `Err`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub func: &'static str,
    pub num: Vec<u8>,
    pub kind: NumErrorKind,
}

impl NumErrorKind {
    /// The text of the underlying error (`Err.Error()`).
    pub fn message(&self) -> String {
        match self {
            NumErrorKind::Syntax => "invalid syntax".into(),
            NumErrorKind::Range => "value out of range".into(),
            NumErrorKind::Base(b) => format!("invalid base {b}"),
            NumErrorKind::BitSize(b) => format!("invalid bit size {b}"),
        }
    }
}

impl NumError {
    fn new(func: &'static str, num: &[u8], kind: NumErrorKind) -> Self {
        NumError {
            func,
            num: num.to_vec(),
            kind,
        }
    }

    /// `(*NumError).Error()`: `strconv.Func: parsing "num": reason`.
    pub fn message(&self) -> Vec<u8> {
        let mut out = format!("strconv.{}: parsing ", self.func).into_bytes();
        append_quote(&mut out, &self.num, false);
        out.extend_from_slice(b": ");
        out.extend_from_slice(self.kind.message().as_bytes());
        out
    }
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// strconv.AppendUint; bases outside 2..=36 are treated as 10 (Go panics there; the VM
/// should raise that panic before calling).
pub fn append_uint(out: &mut Vec<u8>, mut v: u64, base: u32) {
    let base = if (2..=36).contains(&base) {
        u64::from(base)
    } else {
        10
    };
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(v % base) as usize];
        v /= base;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(buf.get(i..).unwrap_or_default());
}

/// strconv.AppendInt.
pub fn append_int(out: &mut Vec<u8>, v: i64, base: u32) {
    if v < 0 {
        out.push(b'-');
    }
    append_uint(out, v.unsigned_abs(), base);
}

/// strconv.FormatInt / Itoa.
pub fn format_int(v: i64, base: u32) -> String {
    let mut out = Vec::with_capacity(20);
    append_int(&mut out, v, base);
    String::from_utf8(out).unwrap_or_default()
}

/// strconv.FormatUint.
pub fn format_uint(v: u64, base: u32) -> String {
    let mut out = Vec::with_capacity(20);
    append_uint(&mut out, v, base);
    String::from_utf8(out).unwrap_or_default()
}

/// underscoreOK: underscores only between digits (a base prefix counts as a digit).
fn underscore_ok(s: &[u8]) -> bool {
    let s = match s.first() {
        Some(b'+' | b'-') => s.get(1..).unwrap_or_default(),
        _ => s,
    };
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = s[1] | 0x20 == b'x';
    }
    for &c in s.get(i..).unwrap_or_default() {
        if c.is_ascii_digit() || (hex && (c | 0x20).is_ascii_hexdigit()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
    }
    saw != b'_'
}

/// The error-less core of ParseUint; on `Range` the value is the clamped maximum.
fn parse_uint_core(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (NumErrorKind, u64)> {
    if s.is_empty() {
        return Err((NumErrorKind::Syntax, 0));
    }
    let base0 = base == 0;
    let mut digits = s;
    let base = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                if s.len() >= 3 && matches!(s[1] | 0x20, b'b' | b'o' | b'x') {
                    digits = s.get(2..).unwrap_or_default();
                    match s[1] | 0x20 {
                        b'b' => 2,
                        b'o' => 8,
                        _ => 16,
                    }
                } else {
                    digits = s.get(1..).unwrap_or_default();
                    8
                }
            } else {
                10
            }
        }
        _ => return Err((NumErrorKind::Base(base), 0)),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size,
        _ => return Err((NumErrorKind::BitSize(bit_size), 0)),
    };
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let cutoff = u64::MAX / base + 1;
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in digits {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if (c | 0x20).is_ascii_lowercase() => (c | 0x20) - b'a' + 10,
            _ => return Err((NumErrorKind::Syntax, 0)),
        };
        if u64::from(d) >= base {
            return Err((NumErrorKind::Syntax, 0));
        }
        if n >= cutoff {
            return Err((NumErrorKind::Range, max_val));
        }
        n *= base;
        let n1 = n.wrapping_add(u64::from(d));
        if n1 < n || n1 > max_val {
            return Err((NumErrorKind::Range, max_val));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s) {
        return Err((NumErrorKind::Syntax, 0));
    }
    Ok(n)
}

/// strconv.ParseUint: on error, the value Go returns alongside it (max value on range).
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumError>) {
    match parse_uint_core(s, base, bit_size) {
        Ok(n) => (n, None),
        Err((kind, v)) => (v, Some(NumError::new("ParseUint", s, kind))),
    }
}

fn parse_int_as(func: &'static str, s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    let err = |kind| Some(NumError::new(func, s, kind));
    if s.is_empty() {
        return (0, err(NumErrorKind::Syntax));
    }
    let (neg, digits) = match s[0] {
        b'+' => (false, s.get(1..).unwrap_or_default()),
        b'-' => (true, s.get(1..).unwrap_or_default()),
        _ => (false, s),
    };
    let un = match parse_uint_core(digits, base, bit_size) {
        Ok(n) => n,
        Err((NumErrorKind::Range, n)) => n,
        Err((kind, _)) => return (0, err(kind)),
    };
    let bit_size = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, err(NumErrorKind::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), err(NumErrorKind::Range));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// strconv.ParseInt.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    parse_int_as("ParseInt", s, base, bit_size)
}

/// strconv.Atoi (int is 64 bits).
pub fn atoi(s: &[u8]) -> (i64, Option<NumError>) {
    let (n, err) = parse_int_as("Atoi", s, 10, 0);
    match err {
        Some(e) if e.kind == NumErrorKind::Range => (n, Some(e)),
        Some(e) => (0, Some(e)),
        None => (n, None),
    }
}

/// strconv.ParseBool.
pub fn parse_bool(s: &[u8]) -> Result<bool, NumError> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Ok(false),
        _ => Err(NumError::new("ParseBool", s, NumErrorKind::Syntax)),
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    #[test]
    fn random_inputs_never_panic() {
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let alphabet = b"0123456789abcdefxXpPeE_.+-'\"`\\nuUiInNfF \xff\xc3";
        for _ in 0..20_000 {
            let s: Vec<u8> = (0..next() % 10)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let base = (next() % 40) as i64 - 2;
            let bits = (next() % 70) as i64 - 2;
            let _ = parse_int(&s, base, bits);
            let _ = parse_uint(&s, base, bits);
            let _ = atoi(&s);
            let _ = parse_float(&s, if next() % 2 == 0 { 32 } else { 64 });
            let _ = unquote(&s);
            let _ = quote(&s);
            let fmt = b"beEfgGxXz"[(next() % 9) as usize];
            let prec = (next() % 40) as i32 - 2;
            let _ = format_float(
                f64::from_bits(next()),
                fmt,
                prec,
                if next() % 2 == 0 { 32 } else { 64 },
            );
            let _ = format_int(next() as i64, (next() % 40) as u32);
        }
    }
}
