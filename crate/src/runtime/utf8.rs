//! UTF-8 as package unicode/utf8 sees it: Go strings are bytes, and an invalid or
//! truncated sequence decodes as U+FFFD of width 1.

pub const RUNE_ERROR: u32 = 0xFFFD;
pub const MAX_RUNE: u32 = 0x10FFFF;

/// utf8.DecodeRune: the first rune of `s` and its width; `(RUNE_ERROR, 1)` for an invalid
/// encoding, `(RUNE_ERROR, 0)` for an empty input.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    // Lead byte: width and the allowed range of the second byte (excludes overlongs and
    // surrogates, as Go's acceptRanges do).
    let (width, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < width {
        return (RUNE_ERROR, 1);
    }
    let b1 = s[1];
    if b1 < lo || b1 > hi {
        return (RUNE_ERROR, 1);
    }
    let mut r = u32::from(b0) & (0x7F >> width);
    r = (r << 6) | u32::from(b1 & 0x3F);
    for &b in &s[2..width] {
        if !(0x80..=0xBF).contains(&b) {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | u32::from(b & 0x3F);
    }
    (r, width)
}

/// utf8.ValidRune.
pub fn valid_rune(r: u32) -> bool {
    r <= MAX_RUNE && !(0xD800..=0xDFFF).contains(&r)
}

/// utf8.AppendRune: invalid runes are written as U+FFFD.
pub fn append_rune(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// utf8.RuneCount.
pub fn rune_count(mut s: &[u8]) -> usize {
    let mut n = 0;
    while !s.is_empty() {
        let (_, w) = decode_rune(s);
        s = &s[w.max(1)..];
        n += 1;
    }
    n
}
