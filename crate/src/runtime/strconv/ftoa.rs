//! strconv.FormatFloat / AppendFloat, laid out exactly as Go does.
//!
//! Digits come from Go's exact multiprecision decimal (`decimal.rs`): the shortest digits
//! by Go's roundShortest, fixed digits by its rounding (halves to even). The layout
//! (`fmtEFG`) is Go's.

use super::decimal::{self, round_shortest, Decimal};

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
    let flt = if bits32 { decimal::F32 } else { decimal::F64 };
    let mut d = Decimal::new(mant);
    d.shift(exp - mant_bits);
    if prec < 0 {
        round_shortest(&mut d, mant, exp, flt);
        let nd = d.d.len() as i32;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - d.dp).max(0),
            _ => nd,
        };
        fmt_efg(out, neg, &d, prec, fmt, true);
        return;
    }
    let mut prec = prec;
    match fmt {
        b'e' | b'E' => d.round(prec + 1),
        b'f' => d.round(d.dp + prec),
        _ => {
            if prec == 0 {
                prec = 1;
            }
            d.round(prec)
        }
    }
    fmt_efg(out, neg, &d, prec, fmt, false);
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

fn fmt_efg(out: &mut Vec<u8>, neg: bool, d: &Decimal, mut prec: i32, mut fmt: u8, shortest: bool) {
    let s = &d.d[..];
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
