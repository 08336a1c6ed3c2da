//! strconv's quoting: Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote,
//! Unquote, UnquoteChar, IsPrint, with Go's escaping rules.

use crate::runtime::utf8::{append_rune, decode_rune, valid_rune, RUNE_ERROR};

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// strconv.IsPrint: the same set as unicode.IsPrint.
pub fn is_print(r: u32) -> bool {
    i32::try_from(r).is_ok_and(crate::runtime::unicode::is_print)
}

/// strconv.AppendQuote (`ascii`: AppendQuoteToASCII).
pub fn append_quote(out: &mut Vec<u8>, s: &[u8], ascii: bool) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    let mut rest = s;
    while let Some(&b0) = rest.first() {
        let (r, width) = if b0 < 0x80 {
            (u32::from(b0), 1)
        } else {
            decode_rune(rest)
        };
        if width == 1 && r == RUNE_ERROR {
            out.extend_from_slice(&[
                b'\\',
                b'x',
                LOWERHEX[usize::from(b0 >> 4)],
                LOWERHEX[usize::from(b0 & 15)],
            ]);
        } else {
            append_escaped_rune(out, r, b'"', ascii);
        }
        rest = &rest[width.max(1)..];
    }
    out.push(b'"');
}

/// strconv.AppendQuoteRune (`ascii`: AppendQuoteRuneToASCII).
pub fn append_quote_rune(out: &mut Vec<u8>, r: u32, ascii: bool) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    out.push(b'\'');
    append_escaped_rune(out, r, b'\'', ascii);
    out.push(b'\'');
}

/// strconv.Quote.
pub fn quote(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    append_quote(&mut out, s, false);
    out
}

fn append_escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii: bool) {
    if r == u32::from(quote) || r == u32::from(b'\\') {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if ascii {
        if r < 0x80 && is_print(r) {
            out.push(r as u8);
            return;
        }
    } else if is_print(r) {
        append_rune(out, r);
        return;
    }
    let simple = match r {
        0x07 => Some(b'a'),
        0x08 => Some(b'b'),
        0x0C => Some(b'f'),
        0x0A => Some(b'n'),
        0x0D => Some(b'r'),
        0x09 => Some(b't'),
        0x0B => Some(b'v'),
        _ => None,
    };
    if let Some(c) = simple {
        out.extend_from_slice(&[b'\\', c]);
    } else if r < u32::from(b' ') || r == 0x7F {
        out.extend_from_slice(&[
            b'\\',
            b'x',
            LOWERHEX[(r >> 4) as usize & 15],
            LOWERHEX[r as usize & 15],
        ]);
    } else {
        let r = if valid_rune(r) { r } else { RUNE_ERROR };
        let (tag, digits) = if r < 0x10000 { (b'u', 4) } else { (b'U', 8) };
        out.extend_from_slice(&[b'\\', tag]);
        for i in (0..digits).rev() {
            out.push(LOWERHEX[(r >> (4 * i)) as usize & 15]);
        }
    }
}

/// strconv.CanBackquote.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        let (r, w) = decode_rune(rest);
        rest = &rest[w.max(1)..];
        if w > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR
            || (r < u32::from(b' ') && r != u32::from(b'\t'))
            || r == u32::from(b'`')
            || r == 0x7F
        {
            return false;
        }
    }
    true
}

fn unhex(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// strconv.UnquoteChar: decodes the first character or escape of `s`, which is part of a
/// literal quoted by `quote`. Returns (rune, multibyte, tail) or `None` (ErrSyntax).
pub fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, &[u8])> {
    let &c = s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, w) = decode_rune(s);
        return Some((r, true, &s[w.max(1)..]));
    }
    if c != b'\\' {
        return Some((u32::from(c), false, s.get(1..).unwrap_or_default()));
    }
    let &e = s.get(1)?;
    let tail = s.get(2..).unwrap_or_default();
    let simple = match e {
        b'a' => Some(7),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(10),
        b'r' => Some(13),
        b't' => Some(9),
        b'v' => Some(11),
        b'\\' => Some(u32::from(b'\\')),
        b'\'' | b'"' if e == quote => Some(u32::from(e)),
        _ => None,
    };
    if let Some(r) = simple {
        return Some((r, false, tail));
    }
    match e {
        b'x' | b'u' | b'U' => {
            let n = match e {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = tail.get(..n)?;
            let mut v = 0u32;
            for &d in digits {
                v = (v << 4) | unhex(d)?;
            }
            let tail = tail.get(n..).unwrap_or_default();
            if e == b'x' {
                return Some((v, false, tail));
            }
            if !valid_rune(v) {
                return None;
            }
            Some((v, true, tail))
        }
        b'0'..=b'7' => {
            let digits = s.get(1..4)?;
            let mut v = 0u32;
            for &d in digits {
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = (v << 3) | u32::from(d - b'0');
            }
            if v > 255 {
                return None;
            }
            Some((v, false, s.get(4..).unwrap_or_default()))
        }
        _ => None,
    }
}

/// strconv.Unquote; `None` is ErrSyntax ("invalid syntax").
pub fn unquote(s: &[u8]) -> Option<Vec<u8>> {
    let (&quote, body) = s.split_first()?;
    if s.len() < 2 {
        return None;
    }
    // Position after the first closing quote (may be wrong if escapes are present).
    let end = body.iter().position(|&c| c == quote)? + 2;
    match quote {
        b'`' => {
            if end != s.len() {
                return None;
            }
            Some(
                s[1..end - 1]
                    .iter()
                    .copied()
                    .filter(|&c| c != b'\r')
                    .collect(),
            )
        }
        b'"' | b'\'' => {
            let lit = s.get(..end).unwrap_or_default();
            if end == s.len() && !lit.contains(&b'\\') && !lit.contains(&b'\n') {
                let inner = s.get(1..end - 1).unwrap_or_default();
                let valid = if quote == b'"' {
                    std::str::from_utf8(inner).is_ok()
                } else {
                    let (r, n) = decode_rune(inner);
                    n + 2 == end && (r != RUNE_ERROR || n != 1)
                };
                if valid {
                    return Some(inner.to_vec());
                }
            }
            let mut out = Vec::with_capacity(s.len());
            let mut rest = s.get(1..).unwrap_or_default();
            while let Some(&c) = rest.first() {
                if c == quote {
                    break;
                }
                if c == b'\n' {
                    return None;
                }
                let (r, multibyte, tail) = unquote_char(rest, quote)?;
                rest = tail;
                if r < 0x80 || !multibyte {
                    out.push(r as u8);
                } else {
                    append_rune(&mut out, r);
                }
                if quote == b'\'' {
                    break;
                }
            }
            // The closing quote must end the input (Unquote rejects a remainder).
            if rest != [quote] {
                return None;
            }
            Some(out)
        }
        _ => None,
    }
}
