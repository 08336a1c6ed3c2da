//! Package time's formatting: Time.Format with Go's reference-layout tokens, Time.String
//! (with the monotonic `m=+0.000000001` suffix) and Duration.String.

/// A time zone: its abbreviation (`UTC`) and offset east of UTC in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone<'a> {
    pub name: &'a str,
    pub offset: i32,
}

/// The playground's zone.
pub const UTC: Zone<'static> = Zone {
    name: "UTC",
    offset: 0,
};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// A layout element (Go's std* codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Std {
    LongMonth,
    Month,
    NumMonth,
    ZeroMonth,
    LongWeekDay,
    WeekDay,
    Day,
    UnderDay,
    ZeroDay,
    UnderYearDay,
    ZeroYearDay,
    Hour,
    Hour12,
    ZeroHour12,
    Minute,
    ZeroMinute,
    Second,
    ZeroSecond,
    LongYear,
    Year,
    PM,
    Pm,
    TZ,
    /// Numeric zones: (Z for UTC?, colons?, seconds?, hours only?).
    NumTZ {
        iso: bool,
        colon: bool,
        seconds: bool,
        short: bool,
    },
    /// Fractional seconds: separator, digit count, trim trailing zeros (`.999`).
    Frac {
        sep: u8,
        digits: usize,
        trim: bool,
    },
}

/// nextStdChunk: the literal prefix, the element, and the rest of the layout.
fn next_std_chunk(layout: &[u8]) -> (&[u8], Option<Std>, &[u8]) {
    let at = |i: usize, s: &[u8]| layout.get(i..i + s.len()) == Some(s);
    for i in 0..layout.len() {
        let found = |std: Std, len: usize| Some((&layout[..i], Some(std), &layout[i + len..]));
        let r = match layout[i] {
            b'J' if at(i, b"Jan") => {
                if at(i, b"January") {
                    found(Std::LongMonth, 7)
                } else if !layout.get(i + 3).is_some_and(u8::is_ascii_lowercase) {
                    found(Std::Month, 3)
                } else {
                    None
                }
            }
            b'M' if at(i, b"Mon") => {
                if at(i, b"Monday") {
                    found(Std::LongWeekDay, 6)
                } else if !layout.get(i + 3).is_some_and(u8::is_ascii_lowercase) {
                    found(Std::WeekDay, 3)
                } else {
                    None
                }
            }
            b'M' if at(i, b"MST") => found(Std::TZ, 3),
            b'0' => match layout.get(i + 1) {
                Some(&c @ b'1'..=b'6') => {
                    let std = [
                        Std::ZeroMonth,
                        Std::ZeroDay,
                        Std::ZeroHour12,
                        Std::ZeroMinute,
                        Std::ZeroSecond,
                        Std::Year,
                    ][usize::from(c - b'1')];
                    found(std, 2)
                }
                _ if at(i, b"002") => found(Std::ZeroYearDay, 3),
                _ => None,
            },
            b'1' => {
                if layout.get(i + 1) == Some(&b'5') {
                    found(Std::Hour, 2)
                } else {
                    found(Std::NumMonth, 1)
                }
            }
            b'2' => {
                if at(i, b"2006") {
                    found(Std::LongYear, 4)
                } else {
                    found(Std::Day, 1)
                }
            }
            b'_' => {
                if layout.get(i + 1) == Some(&b'2') {
                    if at(i + 1, b"2006") {
                        // "_2006" is a literal underscore and the long year.
                        return (&layout[..i + 1], Some(Std::LongYear), &layout[i + 5..]);
                    }
                    found(Std::UnderDay, 2)
                } else if at(i, b"__2") {
                    found(Std::UnderYearDay, 3)
                } else {
                    None
                }
            }
            b'3' => found(Std::Hour12, 1),
            b'4' => found(Std::Minute, 1),
            b'5' => found(Std::Second, 1),
            b'P' if layout.get(i + 1) == Some(&b'M') => found(Std::PM, 2),
            b'p' if layout.get(i + 1) == Some(&b'm') => found(Std::Pm, 2),
            c @ (b'-' | b'Z') => {
                let iso = c == b'Z';
                let tz = |colon, seconds, short| Std::NumTZ {
                    iso,
                    colon,
                    seconds,
                    short,
                };
                if at(i + 1, b"070000") {
                    found(tz(false, true, false), 7)
                } else if at(i + 1, b"07:00:00") {
                    found(tz(true, true, false), 9)
                } else if at(i + 1, b"0700") {
                    found(tz(false, false, false), 5)
                } else if at(i + 1, b"07:00") {
                    found(tz(true, false, false), 6)
                } else if at(i + 1, b"07") {
                    found(tz(false, false, true), 3)
                } else {
                    None
                }
            }
            sep @ (b'.' | b',') => match layout.get(i + 1) {
                Some(&ch @ (b'0' | b'9')) => {
                    let mut j = i + 1;
                    while layout.get(j) == Some(&ch) {
                        j += 1;
                    }
                    if layout.get(j).is_some_and(u8::is_ascii_digit) {
                        None
                    } else {
                        found(
                            Std::Frac {
                                sep,
                                digits: j - (i + 1),
                                trim: ch == b'9',
                            },
                            j - i,
                        )
                    }
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(r) = r {
            return r;
        }
    }
    (layout, None, b"")
}

/// appendInt: `x` zero-padded to `width` digits.
fn append_int(out: &mut Vec<u8>, x: i64, width: usize) {
    if x < 0 {
        out.push(b'-');
    }
    let digits = x.unsigned_abs().to_string();
    out.extend(std::iter::repeat_n(
        b'0',
        width.saturating_sub(digits.len()),
    ));
    out.extend_from_slice(digits.as_bytes());
}

/// The civil date of a day count since 1970-01-01: (year, month 1-12, day 1-31).
fn civil(days: i64) -> (i64, usize, i64) {
    // Howard Hinnant's days_from_civil inverse, on the proleptic Gregorian calendar.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m as usize, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Day of the year, 1-based.
fn year_day(y: i64, m: usize, d: i64) -> i64 {
    const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    BEFORE[m - 1] + d + i64::from(m > 2 && is_leap(y))
}

/// Time.Format for the instant `unix_sec` + `nsec` seen in `zone`.
pub fn format_time(out: &mut Vec<u8>, unix_sec: i64, nsec: u32, zone: Zone, layout: &[u8]) {
    let local = unix_sec.saturating_add(i64::from(zone.offset));
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (year, month, day) = civil(days);
    let (hour, min, sec) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut layout = layout;
    while !layout.is_empty() {
        let (prefix, std, rest) = next_std_chunk(layout);
        out.extend_from_slice(prefix);
        let Some(std) = std else { break };
        layout = rest;
        match std {
            Std::Year => append_int(out, year.abs() % 100, 2),
            Std::LongYear => append_int(out, year, 4),
            Std::Month => out.extend_from_slice(&MONTHS[month - 1].as_bytes()[..3]),
            Std::LongMonth => out.extend_from_slice(MONTHS[month - 1].as_bytes()),
            Std::NumMonth => append_int(out, month as i64, 0),
            Std::ZeroMonth => append_int(out, month as i64, 2),
            Std::WeekDay | Std::LongWeekDay => {
                let name = DAYS[(days + 4).rem_euclid(7) as usize].as_bytes();
                out.extend_from_slice(if std == Std::WeekDay {
                    &name[..3]
                } else {
                    name
                });
            }
            Std::Day => append_int(out, day, 0),
            Std::UnderDay => {
                if day < 10 {
                    out.push(b' ');
                }
                append_int(out, day, 0);
            }
            Std::ZeroDay => append_int(out, day, 2),
            Std::UnderYearDay => {
                let yday = year_day(year, month, day);
                if yday < 100 {
                    out.push(b' ');
                    if yday < 10 {
                        out.push(b' ');
                    }
                }
                append_int(out, yday, 0);
            }
            Std::ZeroYearDay => append_int(out, year_day(year, month, day), 3),
            Std::Hour => append_int(out, hour, 2),
            Std::Hour12 | Std::ZeroHour12 => {
                let hr = if hour % 12 == 0 { 12 } else { hour % 12 };
                append_int(out, hr, if std == Std::Hour12 { 0 } else { 2 });
            }
            Std::Minute => append_int(out, min, 0),
            Std::ZeroMinute => append_int(out, min, 2),
            Std::Second => append_int(out, sec, 0),
            Std::ZeroSecond => append_int(out, sec, 2),
            Std::PM => out.extend_from_slice(if hour >= 12 { b"PM" } else { b"AM" }),
            Std::Pm => out.extend_from_slice(if hour >= 12 { b"pm" } else { b"am" }),
            Std::NumTZ {
                iso,
                colon,
                seconds,
                short,
            } => {
                if iso && zone.offset == 0 {
                    out.push(b'Z');
                    continue;
                }
                let offset = i64::from(zone.offset);
                out.push(if offset < 0 { b'-' } else { b'+' });
                let zone_min = offset.abs() / 60;
                append_int(out, zone_min / 60, 2);
                if colon {
                    out.push(b':');
                }
                if !short {
                    append_int(out, zone_min % 60, 2);
                }
                if seconds {
                    if colon {
                        out.push(b':');
                    }
                    append_int(out, offset.abs() % 60, 2);
                }
            }
            Std::TZ => {
                if !zone.name.is_empty() {
                    out.extend_from_slice(zone.name.as_bytes());
                } else {
                    let zone_min = i64::from(zone.offset) / 60;
                    out.push(if zone_min < 0 { b'-' } else { b'+' });
                    append_int(out, zone_min.abs() / 60, 2);
                    append_int(out, zone_min.abs() % 60, 2);
                }
            }
            Std::Frac { sep, digits, trim } => append_nano(out, nsec, sep, digits, trim),
        }
    }
}

fn append_nano(out: &mut Vec<u8>, nsec: u32, sep: u8, digits: usize, trim: bool) {
    if trim && (digits == 0 || nsec == 0) {
        return;
    }
    let start = out.len();
    out.push(sep);
    let nine = format!("{:09}", nsec % 1_000_000_000);
    out.extend_from_slice(&nine.as_bytes()[..digits.min(9)]);
    if trim {
        while out.len() > start + 1 && out.last() == Some(&b'0') {
            out.pop();
        }
        if out.len() == start + 1 {
            out.pop();
        }
    }
}

/// Time.String: `2009-11-10 23:00:00 +0000 UTC`, plus ` m=+0.000000001` when the time
/// carries a monotonic reading (`mono`, nanoseconds; time.Now() values do).
pub fn time_string(out: &mut Vec<u8>, unix_sec: i64, nsec: u32, zone: Zone, mono: Option<i64>) {
    format_time(
        out,
        unix_sec,
        nsec,
        zone,
        b"2006-01-02 15:04:05.999999999 -0700 MST",
    );
    if let Some(m) = mono {
        out.extend_from_slice(b" m=");
        out.push(if m < 0 { b'-' } else { b'+' });
        let u = m.unsigned_abs();
        let (secs, frac) = (u / 1_000_000_000, u % 1_000_000_000);
        out.extend_from_slice(format!("{secs}.{frac:09}").as_bytes());
    }
}

/// Duration.String: `1h2m3.5s`, `1.5ms`, `0s`.
pub fn duration_string(d: i64) -> String {
    let mut buf = [0u8; 32];
    let mut w = buf.len();
    let neg = d < 0;
    let mut u = d.unsigned_abs();
    // fmtFrac: the `prec` low digits of v as a fraction (trailing zeros omitted).
    let frac = |buf: &mut [u8; 32], w: &mut usize, v: u64, prec: usize| -> u64 {
        let mut v = v;
        let mut print = false;
        for _ in 0..prec {
            let digit = (v % 10) as u8;
            print = print || digit != 0;
            if print {
                *w -= 1;
                buf[*w] = b'0' + digit;
            }
            v /= 10;
        }
        if print {
            *w -= 1;
            buf[*w] = b'.';
        }
        v
    };
    let int = |buf: &mut [u8; 32], w: &mut usize, v: u64| {
        let mut v = v;
        loop {
            *w -= 1;
            buf[*w] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
    };
    w -= 1;
    buf[w] = b's';
    if u < 1_000_000_000 {
        let prec;
        w -= 1;
        match u {
            0 => return "0s".to_string(),
            1..=999 => {
                prec = 0;
                buf[w] = b'n';
            }
            1000..=999_999 => {
                prec = 3;
                w -= 1;
                buf[w..w + 2].copy_from_slice("µ".as_bytes());
            }
            _ => {
                prec = 6;
                buf[w] = b'm';
            }
        }
        u = frac(&mut buf, &mut w, u, prec);
        int(&mut buf, &mut w, u);
    } else {
        u = frac(&mut buf, &mut w, u, 9);
        int(&mut buf, &mut w, u % 60);
        u /= 60;
        if u > 0 {
            w -= 1;
            buf[w] = b'm';
            int(&mut buf, &mut w, u % 60);
            u /= 60;
            if u > 0 {
                w -= 1;
                buf[w] = b'h';
                int(&mut buf, &mut w, u);
            }
        }
    }
    if neg {
        w -= 1;
        buf[w] = b'-';
    }
    String::from_utf8_lossy(&buf[w..]).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::strconv::unquote;

    #[test]
    fn matches_real_go() {
        let mut failures = Vec::new();
        let mut count = 0;
        for line in include_str!("testdata/time.golden").lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let q = |s: &str| unquote(s.as_bytes()).expect("quoted");
            let num = |i: usize| f[i].parse::<i64>().expect("number");
            let mut got = Vec::new();
            let want = match f[0] {
                "String" => {
                    time_string(&mut got, num(1), num(2) as u32, UTC, None);
                    q(f[3])
                }
                "Format" => {
                    format_time(&mut got, num(1), num(2) as u32, UTC, &q(f[3]));
                    q(f[4])
                }
                "Duration" => {
                    got = duration_string(num(1)).into_bytes();
                    q(f[2])
                }
                other => panic!("unknown case {other}"),
            };
            count += 1;
            if got != want {
                failures.push(format!(
                    "{line}\n  got: {:?}",
                    String::from_utf8_lossy(&got)
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {count} time cases differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    #[test]
    fn random_layouts_and_times_never_panic() {
        let mut x: u64 = 0x1234_5678_9ABC_DEF1;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let alphabet = b"0123456789_.,JanMondayMSTPpmZ-:";
        let mut out = Vec::new();
        for _ in 0..20_000 {
            let layout: Vec<u8> = (0..next() % 12)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let zone = Zone {
                name: "",
                offset: (next() % 100_000) as i32 - 50_000,
            };
            out.clear();
            format_time(
                &mut out,
                next() as i64 >> 8,
                (next() % 2_000_000_000) as u32,
                zone,
                &layout,
            );
            let _ = duration_string(next() as i64);
        }
        format_time(&mut out, i64::MIN, 0, UTC, b"2006-01-02");
        format_time(&mut out, i64::MAX, 0, UTC, b"2006-01-02");
    }
}
