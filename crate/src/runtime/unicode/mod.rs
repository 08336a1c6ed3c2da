//! Package unicode's classes and case mappings, from tables generated out of real Go's
//! package unicode (so the Unicode version and every edge agree with gc's).

mod tables;

use tables::*;

/// Whether `r` is in a class table: its ranges in order, each as the distance from the
/// end of the previous range and its length minus one, as LEB128 varints (see
/// testdata/gen_unicode: a quarter of the bytes of (lo, hi) pairs in the wasm).
fn in_ranges(table: &[u8], r: i32) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    let mut bytes = table.iter();
    let mut next = 0u32;
    while let (Some(gap), Some(len)) = (varint(&mut bytes), varint(&mut bytes)) {
        let lo = next.saturating_add(gap);
        if r < lo {
            return false;
        }
        let hi = lo.saturating_add(len);
        if r <= hi {
            return true;
        }
        next = hi.saturating_add(1);
    }
    false
}

fn varint(bytes: &mut std::slice::Iter<u8>) -> Option<u32> {
    let (mut v, mut shift) = (0u32, 0u32);
    loop {
        let &b = bytes.next()?;
        v |= u32::from(b & 0x7f).checked_shl(shift).unwrap_or(0);
        if b < 0x80 {
            return Some(v);
        }
        shift += 7;
    }
}

pub fn is_letter(r: i32) -> bool {
    in_ranges(LETTER, r)
}
pub fn is_digit(r: i32) -> bool {
    in_ranges(DIGIT, r)
}
pub fn is_number(r: i32) -> bool {
    in_ranges(NUMBER, r)
}
pub fn is_space(r: i32) -> bool {
    in_ranges(SPACE, r)
}
pub fn is_upper(r: i32) -> bool {
    in_ranges(UPPER, r)
}
pub fn is_lower(r: i32) -> bool {
    in_ranges(LOWER, r)
}
pub fn is_title(r: i32) -> bool {
    in_ranges(TITLE, r)
}
pub fn is_punct(r: i32) -> bool {
    in_ranges(PUNCT, r)
}
pub fn is_mark(r: i32) -> bool {
    in_ranges(MARK, r)
}
pub fn is_symbol(r: i32) -> bool {
    in_ranges(SYMBOL, r)
}
/// unicode.IsGraphic: L, M, N, P, S and Zs.
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || in_ranges(ZS, r)
}
/// unicode.IsPrint (the same set as strconv.IsPrint): L, M, N, P, S and the ASCII space.
pub fn is_print(r: i32) -> bool {
    if (0..0x80).contains(&r) {
        return (0x20..0x7F).contains(&r);
    }
    [LETTER, MARK, NUMBER, PUNCT, SYMBOL]
        .iter()
        .any(|table| in_ranges(table, r))
}
/// unicode.IsControl: the C0 and C1 control codes.
pub fn is_control(r: i32) -> bool {
    (0..0x20).contains(&r) || (0x7F..0xA0).contains(&r)
}

/// The case a mapping converts to (unicode.UpperCase, LowerCase, TitleCase).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Upper = 0,
    Lower = 1,
    Title = 2,
}

const UPPER_LOWER: i32 = 0x10FFFF + 1;

/// unicode.To: the mapping of `r` to `case`, if the tables have one.
fn to(case: Case, r: i32) -> Option<i32> {
    let ur = u32::try_from(r).ok()?;
    let i = CASE_RANGES
        .binary_search_by(|&(lo, hi, _)| {
            if hi < ur {
                std::cmp::Ordering::Less
            } else if lo > ur {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .ok()?;
    let (lo, _, delta) = CASE_RANGES[i];
    let d = delta[case as usize];
    if d == UPPER_LOWER {
        // Alternating Upper/Lower: even offsets are upper case, odd ones lower.
        let lo = lo as i32;
        return Some(lo + (((r - lo) & !1) | (case as i32 & 1)));
    }
    Some(r + d)
}

/// unicode.To.
pub fn to_case(case: Case, r: i32) -> i32 {
    to(case, r).unwrap_or(r)
}
pub fn to_upper(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return if (b'a' as i32..=b'z' as i32).contains(&r) {
            r - 32
        } else {
            r
        };
    }
    to_case(Case::Upper, r)
}
pub fn to_lower(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return if (b'A' as i32..=b'Z' as i32).contains(&r) {
            r + 32
        } else {
            r
        };
    }
    to_case(Case::Lower, r)
}
pub fn to_title(r: i32) -> i32 {
    if (0..0x80).contains(&r) {
        return if (b'a' as i32..=b'z' as i32).contains(&r) {
            r - 32
        } else {
            r
        };
    }
    to_case(Case::Title, r)
}

/// unicode.SimpleFold: the next rune in `r`'s case-folding orbit.
pub fn simple_fold(r: i32) -> i32 {
    if !(0..=0x10FFFF).contains(&r) {
        return r;
    }
    if let Ok(i) = FOLD_ORBIT.binary_search_by_key(&(r as u32), |&(from, _)| from) {
        return FOLD_ORBIT[i].1 as i32;
    }
    match to(Case::Lower, r) {
        Some(l) if l != r => l,
        _ => to(Case::Upper, r).unwrap_or(r),
    }
}

/// strings.EqualFold: equal under simple Unicode case folding (Go's algorithm).
pub fn equal_fold(mut s: &[u8], mut t: &[u8]) -> bool {
    use crate::runtime::utf8::decode_rune;
    while !s.is_empty() && !t.is_empty() {
        let (sr, n) = decode_rune(s);
        let (tr, m) = decode_rune(t);
        (s, t) = (
            s.get(n..).unwrap_or_default(),
            t.get(m..).unwrap_or_default(),
        );
        let (sr, tr) = (sr as i32, tr as i32);
        if sr == tr {
            continue;
        }
        let (lo, hi) = if sr < tr { (sr, tr) } else { (tr, sr) };
        // Go's fast path: ASCII only folds A-Z to a-z.
        if hi < 0x80 {
            if (b'A' as i32..=b'Z' as i32).contains(&lo) && hi == lo + 32 {
                continue;
            }
            return false;
        }
        let mut r = simple_fold(lo);
        while r != lo && r < hi {
            r = simple_fold(r);
        }
        if r != hi {
            return false;
        }
    }
    s.is_empty() && t.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// strings.EqualFold's results, printed by real Go 1.27.
    #[test]
    fn equal_fold_matches_real_go() {
        let cases: [(&[u8], &[u8], bool); 9] = [
            (b"Go", b"GO", true),
            ("σ".as_bytes(), "Σ".as_bytes(), true),
            ("ſ".as_bytes(), b"S", true),
            (b"k", "\u{212a}".as_bytes(), true),
            (b"a", b"b", false),
            (b"ab", b"a", false),
            (b"\xff", b"\xfe", true),
            ("ǅ".as_bytes(), "ǆ".as_bytes(), true),
            (b"", b"", true),
        ];
        for (s, t, want) in cases {
            assert_eq!(equal_fold(s, t), want, "{s:?} {t:?}");
        }
    }

    /// testdata/unicode.golden: real Go's classes and mappings (recorded by testdata/record.sh).
    #[test]
    fn matches_real_go() {
        let preds: [fn(i32) -> bool; 13] = [
            is_letter, is_digit, is_number, is_space, is_upper, is_lower, is_title, is_punct,
            is_mark, is_symbol, is_graphic, is_print, is_control,
        ];
        let mut failures = Vec::new();
        let mut count = 0;
        for line in include_str!("../testdata/unicode.golden").lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let r: i32 = f[0].parse().expect("rune");
            let flags: String = preds.iter().map(|p| if p(r) { '1' } else { '0' }).collect();
            let got = format!(
                "{r}\t{flags}\t{}\t{}\t{}\t{}",
                to_upper(r),
                to_lower(r),
                to_title(r),
                simple_fold(r)
            );
            count += 1;
            if got != line {
                failures.push(format!("{line}\n  got: {got}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {count} unicode cases differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
