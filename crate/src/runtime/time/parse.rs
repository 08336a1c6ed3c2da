//! time.Parse: Go's layout-driven parser and its error messages.

use super::{date, is_leap, next_std_chunk, time_quote, Std, DAYS, MONTHS};

/// The zone of a parsed time (the playground's Local is UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedZone {
    Utc,
    Local,
    /// time.FixedZone(name, offset); the name may be empty.
    Fixed {
        name: String,
        offset: i32,
    },
}

/// The result of time.Parse: an instant and the zone it is shown in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedTime {
    pub unix_sec: i64,
    pub nsec: u32,
    pub zone: ParsedZone,
}

const SHORT_DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/// getnum: one or two digits (exactly two when `fixed`).
fn getnum(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    let digit = |i: usize| {
        s.get(i)
            .filter(|c| c.is_ascii_digit())
            .map(|&c| i64::from(c - b'0'))
    };
    let d0 = digit(0)?;
    match digit(1) {
        Some(d1) => Some((d0 * 10 + d1, s.get(2..).unwrap_or_default())),
        None if fixed => None,
        None => Some((d0, s.get(1..).unwrap_or_default())),
    }
}

/// getnum3: one to three digits (exactly three when `fixed`).
fn getnum3(s: &[u8], fixed: bool) -> Option<(i64, &[u8])> {
    let n = s.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || (fixed && n != 3) {
        return None;
    }
    let v = s[..n]
        .iter()
        .fold(0, |acc, &c| acc * 10 + i64::from(c - b'0'));
    Some((v, s.get(n..).unwrap_or_default()))
}

/// lookup: the index of the name (ASCII case-insensitively) that starts `val`.
fn lookup<'v>(names: &[&str], val: &'v [u8]) -> Option<(usize, &'v [u8])> {
    names.iter().enumerate().find_map(|(i, name)| {
        let n = name.as_bytes();
        let head = val.get(..n.len())?;
        let same = head.iter().zip(n).all(|(&a, &b)| {
            a == b || ((a | 0x20) == (b | 0x20) && (a | 0x20).is_ascii_lowercase())
        });
        same.then(|| (i, &val[n.len()..]))
    })
}

/// time's atoi: an optionally signed decimal that must use all of `s`.
fn time_atoi(s: &[u8]) -> Option<i64> {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, s.get(1..).unwrap_or_default()),
        Some(b'+') => (false, s.get(1..).unwrap_or_default()),
        _ => (false, s),
    };
    let mut x: u64 = 0;
    let n = digits.iter().take_while(|c| c.is_ascii_digit()).count();
    for &c in digits.get(..n).unwrap_or_default() {
        if x > (1 << 63) / 10 {
            return None;
        }
        x = x * 10 + u64::from(c - b'0');
        if x > 1 << 63 {
            return None;
        }
    }
    if n != digits.len() {
        return None;
    }
    let x = x as i64;
    Some(if neg { x.wrapping_neg() } else { x })
}

/// skip: matches the layout's literal `prefix` (runs of spaces match any run of spaces).
fn skip<'v>(value: &'v [u8], prefix: &[u8]) -> Result<&'v [u8], &'v [u8]> {
    let (mut value, mut prefix) = (value, prefix);
    while let Some(&p) = prefix.first() {
        if p == b' ' {
            if value.first().is_some_and(|&c| c != b' ') {
                return Err(value);
            }
            while prefix.first() == Some(&b' ') {
                prefix = prefix.get(1..).unwrap_or_default();
            }
            while value.first() == Some(&b' ') {
                value = value.get(1..).unwrap_or_default();
            }
            continue;
        }
        if value.first() != Some(&p) {
            return Err(value);
        }
        prefix = prefix.get(1..).unwrap_or_default();
        value = value.get(1..).unwrap_or_default();
    }
    Ok(value)
}

/// parseSignedOffset: the length of a `+hh`/`-h` hour offset at the start, 0 if none.
fn parse_signed_offset(value: &[u8]) -> usize {
    if !matches!(value.first(), Some(b'+' | b'-')) {
        return 0;
    }
    let n = value
        .get(1..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let digits = value.get(1..1 + n).unwrap_or_default();
    if n == 0 || n > 19 || time_atoi(digits).is_none_or(|x| x > 23) {
        return 0;
    }
    1 + n
}

/// parseTimeZone: the length of a zone abbreviation at the start of `value`.
fn parse_time_zone(value: &[u8]) -> Option<usize> {
    if value.len() < 3 {
        return None;
    }
    if value.starts_with(b"ChST") || value.starts_with(b"MeST") {
        return Some(4);
    }
    if value.starts_with(b"GMT") {
        return Some(
            3 + if value.len() > 3 {
                parse_signed_offset(value.get(3..).unwrap_or_default())
            } else {
                0
            },
        );
    }
    if matches!(value.first().copied().unwrap_or(0), b'+' | b'-') {
        let n = parse_signed_offset(value);
        return (n > 0).then_some(n);
    }
    let upper = value
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    match upper {
        5 if value.get(4).copied().unwrap_or(0) == b'T' => Some(5),
        4 if value.get(3).copied().unwrap_or(0) == b'T' || value.starts_with(b"WITA") => Some(4),
        3 => Some(3),
        _ => None,
    }
}

/// parseNanoseconds: `.ddd` (nbytes including the separator) as nanoseconds.
fn parse_nanoseconds(value: &[u8], nbytes: usize) -> Option<i64> {
    if !matches!(value.first(), Some(b'.' | b',')) {
        return None;
    }
    let nbytes = nbytes.min(10);
    let mut ns = time_atoi(value.get(1..nbytes)?)?;
    for _ in 0..10 - nbytes {
        ns *= 10;
    }
    Some(ns)
}

fn days_in(month: i64, year: i64) -> i64 {
    if month == 2 {
        return if is_leap(year) { 29 } else { 28 };
    }
    30 + ((month + (month >> 3)) & 1)
}

/// time.Parse(layout, value) with Local = UTC; `Err` is the ParseError's message.
pub fn parse(layout: &[u8], value: &[u8]) -> Result<ParsedTime, String> {
    let q = time_quote;
    let elem_err = |layout_elem: &[u8], value_elem: &[u8]| {
        format!(
            "parsing time {} as {}: cannot parse {} as {}",
            q(value),
            q(layout),
            q(value_elem),
            q(layout_elem)
        )
    };
    let msg_err = |message: &str| format!("parsing time {}{message}", q(value));
    let (mut layout, mut rest) = (layout, value);
    let (mut am, mut pm) = (false, false);
    let (mut year, mut month, mut day, mut yday) = (0i64, -1i64, -1i64, -1i64);
    let (mut hour, mut min, mut sec, mut nsec) = (0i64, 0i64, 0i64, 0i64);
    let mut utc = false;
    let mut zone_offset: Option<i64> = None;
    let mut zone_name: &[u8] = b"";
    loop {
        let (prefix, std, suffix) = next_std_chunk(layout);
        let std_str = &layout[prefix.len()..layout.len() - suffix.len()];
        rest = skip(rest, prefix).map_err(|v| elem_err(prefix, v))?;
        let Some(std) = std else {
            if !rest.is_empty() {
                return Err(msg_err(&format!(": extra text: {}", q(rest))));
            }
            break;
        };
        layout = suffix;
        let hold = rest;
        let mut range_err = "";
        let ok: Option<()> = (|| {
            match std {
                Std::Year => {
                    let p = rest.get(..2)?;
                    rest = rest.get(2..).unwrap_or_default();
                    year = time_atoi(p)?;
                    year += if year >= 69 { 1900 } else { 2000 };
                }
                Std::LongYear => {
                    if rest.len() < 4 || !rest.first().copied().unwrap_or(0).is_ascii_digit() {
                        return None;
                    }
                    year = time_atoi(rest.get(..4).unwrap_or_default())?;
                    rest = rest.get(4..).unwrap_or_default();
                }
                Std::Month | Std::LongMonth => {
                    let names: Vec<&str> = if std == Std::Month {
                        MONTHS
                            .iter()
                            .map(|m| m.get(..3).unwrap_or_default())
                            .collect()
                    } else {
                        MONTHS.to_vec()
                    };
                    let (i, r) = lookup(&names, rest)?;
                    month = i as i64 + 1;
                    rest = r;
                }
                Std::NumMonth | Std::ZeroMonth => {
                    let (m, r) = getnum(rest, std == Std::ZeroMonth)?;
                    (month, rest) = (m, r);
                    if !(1..=12).contains(&month) {
                        range_err = "month";
                    }
                }
                Std::WeekDay => rest = lookup(&SHORT_DAYS, rest)?.1,
                Std::LongWeekDay => rest = lookup(&DAYS, rest)?.1,
                Std::Day | Std::UnderDay | Std::ZeroDay => {
                    if std == Std::UnderDay && rest.first() == Some(&b' ') {
                        rest = rest.get(1..).unwrap_or_default();
                    }
                    (day, rest) = getnum(rest, std == Std::ZeroDay)?;
                }
                Std::UnderYearDay | Std::ZeroYearDay => {
                    for _ in 0..2 {
                        if std == Std::UnderYearDay && rest.first() == Some(&b' ') {
                            rest = rest.get(1..).unwrap_or_default();
                        }
                    }
                    (yday, rest) = getnum3(rest, std == Std::ZeroYearDay)?;
                }
                Std::Hour => {
                    (hour, rest) = getnum(rest, false)?;
                    if !(0..24).contains(&hour) {
                        range_err = "hour";
                    }
                }
                Std::Hour12 | Std::ZeroHour12 => {
                    (hour, rest) = getnum(rest, std == Std::ZeroHour12)?;
                    if !(0..=12).contains(&hour) {
                        range_err = "hour";
                    }
                }
                Std::Minute | Std::ZeroMinute => {
                    (min, rest) = getnum(rest, std == Std::ZeroMinute)?;
                    if !(0..60).contains(&min) {
                        range_err = "minute";
                    }
                }
                Std::Second | Std::ZeroSecond => {
                    (sec, rest) = getnum(rest, std == Std::ZeroSecond)?;
                    if !(0..60).contains(&sec) {
                        range_err = "second";
                        return Some(());
                    }
                    // A fractional second after the seconds, unless the layout has one next.
                    if rest.len() >= 2
                        && matches!(rest.first().copied().unwrap_or(0), b'.' | b',')
                        && rest.get(1).copied().unwrap_or(0).is_ascii_digit()
                    {
                        if let (_, Some(Std::Frac { .. }), _) = next_std_chunk(layout) {
                            return Some(());
                        }
                        let n = 2 + rest
                            .get(2..)
                            .unwrap_or_default()
                            .iter()
                            .take_while(|c| c.is_ascii_digit())
                            .count();
                        nsec = parse_nanoseconds(rest, n)?;
                        if nsec < 0 {
                            range_err = "fractional second";
                            return Some(());
                        }
                        rest = rest.get(n..).unwrap_or_default();
                    }
                }
                Std::PM | Std::Pm => {
                    let p = rest.get(..2)?;
                    rest = rest.get(2..).unwrap_or_default();
                    let (pm_text, am_text): (&[u8], &[u8]) = if std == Std::PM {
                        (b"PM", b"AM")
                    } else {
                        (b"pm", b"am")
                    };
                    if p == pm_text {
                        pm = true;
                    } else if p == am_text {
                        am = true;
                    } else {
                        return None;
                    }
                }
                Std::NumTZ {
                    iso,
                    colon,
                    seconds,
                    short,
                } => {
                    if iso && rest.first() == Some(&b'Z') {
                        rest = rest.get(1..).unwrap_or_default();
                        utc = true;
                        return Some(());
                    }
                    // The offset's shape in the layout: its length, where its colons
                    // are, and where minutes and seconds start (absent ones read "00").
                    let (len, colons, mm_at, ss_at): (usize, &[usize], _, _) = if colon && !seconds
                    {
                        (6, &[3], Some(4), None)
                    } else if short {
                        (3, &[], None, None)
                    } else if colon {
                        (9, &[3, 6], Some(4), Some(7))
                    } else if seconds {
                        (7, &[], Some(3), Some(5))
                    } else {
                        (5, &[], Some(3), None)
                    };
                    if rest.len() < len || colons.iter().any(|&c| rest.get(c) != Some(&b':')) {
                        return None;
                    }
                    let field =
                        |at: Option<usize>| at.and_then(|a| rest.get(a..a + 2)).unwrap_or(b"00");
                    let (sign, hh, mm, ss) = (
                        rest.first().copied().unwrap_or(0),
                        field(Some(1)),
                        field(mm_at),
                        field(ss_at),
                    );
                    rest = rest.get(len..).unwrap_or_default();
                    let hr = getnum(hh, true).map(|v| v.0);
                    let mn = hr.and_then(|_| getnum(mm, true).map(|v| v.0));
                    let sc = mn.and_then(|_| getnum(ss, true).map(|v| v.0));
                    let (h, m, s2) = (hr.unwrap_or(0), mn.unwrap_or(0), sc.unwrap_or(0));
                    if h > 24 {
                        range_err = "time zone offset hour";
                    }
                    if m > 60 {
                        range_err = "time zone offset minute";
                    }
                    if s2 > 60 {
                        range_err = "time zone offset second";
                    }
                    let mut off = (h * 60 + m) * 60 + s2;
                    match sign {
                        b'+' => {}
                        b'-' => off = -off,
                        _ => return None,
                    }
                    zone_offset = Some(off);
                    sc?;
                }
                Std::TZ => {
                    if rest.starts_with(b"UTC") {
                        utc = true;
                        rest = rest.get(3..).unwrap_or_default();
                        return Some(());
                    }
                    let n = parse_time_zone(rest)?;
                    (zone_name, rest) = (
                        rest.get(..n).unwrap_or_default(),
                        rest.get(n..).unwrap_or_default(),
                    );
                }
                Std::Frac {
                    digits,
                    trim: false,
                    ..
                } => {
                    let ndigit = 1 + digits;
                    if rest.len() < ndigit {
                        return None;
                    }
                    nsec = parse_nanoseconds(rest, ndigit)?;
                    if nsec < 0 {
                        range_err = "fractional second";
                        return Some(());
                    }
                    rest = rest.get(ndigit..).unwrap_or_default();
                }
                Std::Frac { trim: true, .. } => {
                    if rest.len() < 2
                        || !matches!(rest.first().copied().unwrap_or(0), b'.' | b',')
                        || !rest.get(1).copied().unwrap_or(0).is_ascii_digit()
                    {
                        return Some(());
                    }
                    let i = rest
                        .get(1..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .count();
                    nsec = parse_nanoseconds(rest, 1 + i)?;
                    if nsec < 0 {
                        range_err = "fractional second";
                        return Some(());
                    }
                    rest = rest.get(1 + i..).unwrap_or_default();
                }
            }
            Some(())
        })();
        if !range_err.is_empty() {
            return Err(msg_err(&format!(": {range_err} out of range")));
        }
        if ok.is_none() {
            return Err(elem_err(std_str, hold));
        }
    }
    if pm && hour < 12 {
        hour += 12;
    } else if am && hour == 12 {
        hour = 0;
    }
    if yday >= 0 {
        let (mut m, mut d) = (0, 0);
        if is_leap(year) {
            if yday == 31 + 29 {
                (m, d) = (2, 29);
            } else if yday > 31 + 29 {
                yday -= 1;
            }
        }
        if !(1..=365).contains(&yday) {
            return Err(msg_err(": day-of-year out of range"));
        }
        if m == 0 {
            const BEFORE: [i64; 13] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
            m = (yday - 1) / 31 + 1;
            if BEFORE[m as usize] < yday {
                m += 1;
            }
            d = yday - BEFORE[(m - 1) as usize];
        }
        if month >= 0 && month != m {
            return Err(msg_err(": day-of-year does not match month"));
        }
        month = m;
        if day >= 0 && day != d {
            return Err(msg_err(": day-of-year does not match day"));
        }
        day = d;
    } else {
        if month < 0 {
            month = 1;
        }
        if day < 0 {
            day = 1;
        }
    }
    if day < 1 || day > days_in(month, year) {
        return Err(msg_err(": day out of range"));
    }
    let (unix_sec, nsec) = date(year, month, day, hour, min, sec, nsec, 0);
    let instant = |zone| ParsedTime {
        unix_sec,
        nsec,
        zone,
    };
    if utc {
        return Ok(instant(ParsedZone::Utc));
    }
    let name = String::from_utf8_lossy(zone_name).into_owned();
    if let Some(offset) = zone_offset {
        let shifted = ParsedTime {
            unix_sec: unix_sec.wrapping_sub(offset),
            nsec,
            zone: ParsedZone::Local,
        };
        if offset == 0 && (name.is_empty() || name == "UTC") {
            return Ok(shifted);
        }
        return Ok(ParsedTime {
            zone: ParsedZone::Fixed {
                name,
                offset: offset as i32,
            },
            ..shifted
        });
    }
    if !name.is_empty() {
        let mut offset = 0;
        if name.len() > 3 && name.starts_with("GMT") {
            offset = time_atoi(zone_name.get(3..).unwrap_or_default()).unwrap_or(0) * 3600;
        }
        return Ok(ParsedTime {
            unix_sec,
            nsec,
            zone: ParsedZone::Fixed {
                name,
                offset: offset as i32,
            },
        });
    }
    Ok(instant(ParsedZone::Utc))
}
