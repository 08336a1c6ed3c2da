//! Package unicode's classes and case mappings, from tables generated out of real Go's
//! package unicode (so the Unicode version and every edge agree with gc's).

mod tables;

use tables::*;

fn in_ranges(table: &[(u32, u32)], r: i32) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
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
pub fn is_graphic(r: i32) -> bool {
    in_ranges(GRAPHIC, r)
}
/// unicode.IsPrint (the same set as strconv.IsPrint).
pub fn is_print(r: i32) -> bool {
    u32::try_from(r).is_ok_and(crate::runtime::strconv::is_print)
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

#[cfg(test)]
mod tests {
    use super::*;

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
