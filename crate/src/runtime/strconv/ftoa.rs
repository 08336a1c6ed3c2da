//! strconv.FormatFloat / AppendFloat, laid out exactly as Go does.
//!
//! Digits come from Rust's float formatting, which is exact: `{:e}` gives the shortest
//! round-trip digits and `{:.N}`/`{:.Ne}` the correctly rounded fixed digits (ties to even
//! on exact halves, as Go's decimal rounding). The layout (`fmtEFG`) is Go's.

use std::fmt::Write as _;

/// Decimal digits of |v| with trailing zeros trimmed: value = 0.d1d2d3... × 10^dp.
/// Zero has no digits and dp 0, as in Go.
struct Digits {
    buf: DigitBuf,
    dp: i32,
}

/// Digit storage that stays on the stack for the common (short) cases.
enum DigitBuf {
    Small([u8; 32], usize),
    Large(Vec<u8>),
}

impl DigitBuf {
    fn push(&mut self, c: u8) {
        match self {
            DigitBuf::Small(b, n) if *n < b.len() => {
                b[*n] = c;
                *n += 1;
            }
            DigitBuf::Small(b, n) => {
                let mut v = b[..*n].to_vec();
                v.push(c);
                *self = DigitBuf::Large(v);
            }
            DigitBuf::Large(v) => v.push(c),
        }
    }

    fn as_slice(&self) -> &[u8] {
        match self {
            DigitBuf::Small(b, n) => &b[..*n],
            DigitBuf::Large(v) => v,
        }
    }

    fn truncate(&mut self, len: usize) {
        match self {
            DigitBuf::Small(_, n) => *n = len.min(*n),
            DigitBuf::Large(v) => v.truncate(len),
        }
    }
}

impl Digits {
    fn bytes(&self) -> &[u8] {
        self.buf.as_slice()
    }

    /// Parses Rust's `d.ddde[-]x` or `iii.fff` rendering of a non-negative finite float.
    fn parse(text: &str) -> Digits {
        let (mant, exp) = match text.split_once('e') {
            Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
            None => (text, 0),
        };
        let mut dp = mant.find('.').unwrap_or(mant.len()) as i32 + exp;
        let mut buf = DigitBuf::Small([0; 32], 0);
        for &c in mant.as_bytes() {
            if c == b'.' {
                continue;
            }
            if c == b'0' && buf.as_slice().is_empty() {
                // A leading zero only moves the decimal point.
                dp -= 1;
                continue;
            }
            buf.push(c);
        }
        let trimmed = buf
            .as_slice()
            .iter()
            .rposition(|&c| c != b'0')
            .map_or(0, |i| i + 1);
        buf.truncate(trimmed);
        if trimmed == 0 {
            dp = 0;
        }
        Digits { buf, dp }
    }
}

/// A `fmt::Write` sink on the stack for the shortest renderings (at most ~25 bytes).
struct StackText {
    buf: [u8; 40],
    len: usize,
}

impl std::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let dst = self.buf.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Digits of a Rust float rendering, formatted on the stack when it is short enough.
fn render_digits(args: std::fmt::Arguments) -> Digits {
    let mut t = StackText {
        buf: [0; 40],
        len: 0,
    };
    if t.write_fmt(args).is_ok() {
        return Digits::parse(std::str::from_utf8(&t.buf[..t.len]).unwrap_or("0"));
    }
    Digits::parse(&std::fmt::format(args))
}

/// strconv.AppendFloat(out, v, fmt, prec, bits) for bits 32 or 64 (other sizes act as 64;
/// Go panics there). `fmt` is one of b e E f g G x X. Precisions above 10^6 are clamped
/// (fmt never asks for more; a program asking strconv for more would exhaust memory).
pub fn append_float(out: &mut Vec<u8>, v: f64, fmt: u8, prec: i32, bits: u8) {
    let prec = prec.min(1_000_000);
    let bits32 = bits == 32;
    let v = if bits32 { f64::from(v as f32) } else { v };
    if v.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.extend_from_slice(if v < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let neg = v.is_sign_negative();
    let (mant, exp, mant_bits) = decompose(v, bits32);
    match fmt {
        b'b' => return fmt_b(out, neg, mant, exp - mant_bits),
        b'x' | b'X' => return fmt_x(out, prec, fmt, neg, mant, exp, mant_bits),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => {
            out.push(b'%');
            out.push(fmt);
            return;
        }
    }
    let abs = v.abs();
    if prec < 0 {
        let mut d = if bits32 {
            render_digits(format_args!("{:e}", abs as f32))
        } else {
            render_digits(format_args!("{abs:e}"))
        };
        round_tie_to_even(&mut d, mant, exp - mant_bits);
        let nd = d.bytes().len() as i32;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - d.dp).max(0),
            _ => nd,
        };
        fmt_efg(out, neg, &d, prec, fmt, true);
        return;
    }
    let mut prec = prec;
    let digits = match fmt {
        b'e' | b'E' => render_digits(format_args!("{:.*e}", prec as usize, abs)),
        b'f' => render_digits(format_args!("{:.*}", prec as usize, abs)),
        _ => {
            if prec == 0 {
                prec = 1;
            }
            render_digits(format_args!("{:.*e}", (prec - 1) as usize, abs))
        }
    };
    fmt_efg(out, neg, &digits, prec, fmt, false);
}

/// Rust's shortest digits are the closest to the value, but when the value lies exactly
/// halfway between two shortest candidates Rust picks the upper one and Go the even one
/// (e.g. float32 357.953125 is Go's 357.95312). `mant × 2^exp` is the value.
fn round_tie_to_even(d: &mut Digits, mant: u64, exp: i32) {
    if mant == 0 {
        return;
    }
    let (mut m, mut e) = (mant, exp);
    while m & 1 == 0 {
        m >>= 1;
        e += 1;
    }
    // A tie needs a short exact expansion: m odd, 2^e a small negative power (the exact
    // digits are m × 5^-e, with -e fractional digits).
    if !(-30..0).contains(&e) {
        return;
    }
    let Some(exact) = 5u128
        .checked_pow((-e) as u32)
        .and_then(|p| p.checked_mul(u128::from(m)))
    else {
        return;
    };
    // The exact digits end in 5 (m odd, e < 0); a tie needs exactly one digit more than
    // the shortest form. Checked before formatting: this runs for every short float.
    let n = d.bytes().len();
    if exact.ilog10() as usize + 1 != n + 1 {
        return;
    }
    let digits = exact.to_string().into_bytes();
    let mut chosen = digits[..n].to_vec();
    let mut dp = digits.len() as i32 + e;
    if chosen.last().is_some_and(|&c| (c - b'0') % 2 == 1) {
        // Round up, carrying.
        let mut i = chosen.len();
        loop {
            if i == 0 {
                chosen.insert(0, b'1');
                dp += 1;
                break;
            }
            i -= 1;
            if chosen[i] == b'9' {
                chosen[i] = b'0';
            } else {
                chosen[i] += 1;
                break;
            }
        }
    }
    while chosen.last() == Some(&b'0') {
        chosen.pop();
    }
    let mut buf = DigitBuf::Small([0; 32], 0);
    for c in chosen {
        buf.push(c);
    }
    *d = Digits { buf, dp };
}

/// strconv.FormatFloat.
pub fn format_float(v: f64, fmt: u8, prec: i32, bits: u8) -> String {
    let mut out = Vec::with_capacity(24);
    append_float(&mut out, v, fmt, prec, bits);
    String::from_utf8(out).unwrap_or_default()
}

/// strconv.AppendComplex for bits 64 (complex64) or 128. The runtime's print/println and
/// panic messages format complex numbers (and, with [`append_float`] 'g' -1, floats) so.
pub fn append_complex(out: &mut Vec<u8>, re: f64, im: f64, fmt: u8, prec: i32, bits: u8) {
    let half = if bits == 64 { 32 } else { 64 };
    out.push(b'(');
    append_float(out, re, fmt, prec, half);
    let start = out.len();
    append_float(out, im, fmt, prec, half);
    if !matches!(out.get(start), Some(b'+' | b'-')) {
        out.insert(start, b'+');
    }
    out.extend_from_slice(b"i)");
}

/// Mantissa (with the implicit bit), unbiased exponent and mantissa width, as Go's ftoa.
fn decompose(v: f64, bits32: bool) -> (u64, i32, i32) {
    let (b, exp_bits, mant_bits, bias) = if bits32 {
        (u64::from((v as f32).to_bits()), 8, 23, -127)
    } else {
        (v.to_bits(), 11, 52, -1023)
    };
    let mut exp = ((b >> mant_bits) & ((1 << exp_bits) - 1)) as i32;
    let mut mant = b & ((1u64 << mant_bits) - 1);
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mant_bits;
    }
    (mant, exp + bias, mant_bits)
}

fn fmt_efg(out: &mut Vec<u8>, neg: bool, d: &Digits, mut prec: i32, mut fmt: u8, shortest: bool) {
    let s = d.bytes();
    let nd = s.len() as i32;
    let dp = d.dp;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    if neg {
        out.push(b'-');
    }
    if fmt == b'f' {
        if dp > 0 {
            let m = nd.min(dp);
            out.extend_from_slice(&s[..m as usize]);
            out.extend(std::iter::repeat_n(b'0', (dp - m) as usize));
        } else {
            out.push(b'0');
        }
        if prec > 0 {
            out.push(b'.');
            let lz = prec.min((-dp).max(0));
            let off = dp + lz;
            let m = (prec - lz).min((nd - off).max(0));
            let tz = (prec - lz - m).max(0);
            out.extend(std::iter::repeat_n(b'0', lz as usize));
            if m > 0 {
                out.extend_from_slice(&s[off as usize..(off + m) as usize]);
            }
            out.extend(std::iter::repeat_n(b'0', tz as usize));
        }
        return;
    }
    // %e: -d.ddddde±dd
    out.push(s.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        let m = nd.min(prec + 1);
        if m > 1 {
            out.extend_from_slice(&s[1..m as usize]);
        }
        out.extend(std::iter::repeat_n(b'0', (prec + 1 - m.max(1)) as usize));
    }
    out.push(fmt);
    let mut exp = if nd == 0 { 0 } else { dp - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp >= 100 {
        out.push(b'0' + (exp / 100) as u8);
    }
    out.push(b'0' + (exp / 10 % 10) as u8);
    out.push(b'0' + (exp % 10) as u8);
}

/// %b: -ddddp±ddd (decimal mantissa, binary exponent).
fn fmt_b(out: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        out.push(b'-');
    }
    super::append_uint(out, mant, 10);
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    super::append_int(out, i64::from(exp), 10);
}

/// %x: -0x1.yyyyyyp±dd (hexadecimal mantissa, binary exponent), rounded to `prec` digits.
fn fmt_x(out: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mant: u64, exp: i32, mant_bits: i32) {
    let mut mant = mant;
    let mut exp = if mant == 0 { 0 } else { exp };
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp >= 1000 {
        out.push(b'0' + (exp / 1000) as u8);
    }
    if exp >= 100 {
        out.push(b'0' + (exp / 100 % 10) as u8);
    }
    out.push(b'0' + (exp / 10 % 10) as u8);
    out.push(b'0' + (exp % 10) as u8);
}

#[cfg(test)]
mod tests {
    #[test]
    fn rust_fixed_digits_round_ties_to_even() {
        assert_eq!(format!("{:.0}", 2.5), "2");
        assert_eq!(format!("{:.0}", 3.5), "4");
        assert_eq!(format!("{:.1e}", 0.125), "1.2e-1");
    }
}
