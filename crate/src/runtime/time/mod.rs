//! Package time's formatting: Time.Format with Go's reference-layout tokens, Time.String
//! (with the monotonic `m=+0.000000001` suffix), calendar fields and time.Date; Parse and
//! the Duration functions live in the submodules.

mod duration;
mod parse;

pub use duration::{duration_string, parse_duration};
pub use parse::{parse, ParsedTime, ParsedZone};

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
        let found = |std: Std, len: usize| {
            Some((
                layout.get(..i).unwrap_or_default(),
                Some(std),
                layout.get(i + len..).unwrap_or_default(),
            ))
        };
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
                        return (
                            layout.get(..i + 1).unwrap_or_default(),
                            Some(Std::LongYear),
                            layout.get(i + 5..).unwrap_or_default(),
                        );
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
fn civil_from_days(days: i64) -> (i64, usize, i64) {
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
    let c = civil(unix_sec, zone.offset);
    let (year, month, day) = (c.year, c.month as usize, c.day);
    let (hour, min, sec) = (c.hour, c.minute, c.second);
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
                let name = DAYS[c.weekday as usize].as_bytes();
                out.extend_from_slice(if std == Std::WeekDay {
                    name.get(..3).unwrap_or_default()
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
                let yday = c.yday;
                if yday < 100 {
                    out.push(b' ');
                    if yday < 10 {
                        out.push(b' ');
                    }
                }
                append_int(out, yday, 0);
            }
            Std::ZeroYearDay => append_int(out, c.yday, 3),
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

/// time's quote(): ASCII kept, other bytes of non-ASCII or control runes as \xNN.
fn time_quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        let (r, w) = crate::runtime::utf8::decode_rune(s.get(i..).unwrap_or_default());
        let w = w.max(1);
        if !(0x20..0x80).contains(&r) {
            let width = if r == crate::runtime::utf8::RUNE_ERROR
                && s[i..].starts_with("\u{FFFD}".as_bytes())
            {
                3
            } else if r == crate::runtime::utf8::RUNE_ERROR {
                1
            } else {
                w
            };
            for &b in s.get(i..(i + width).min(s.len())).unwrap_or_default() {
                out.push_str(&format!("\\x{b:02x}"));
            }
            i += width;
        } else {
            if r == u32::from(b'"') || r == u32::from(b'\\') {
                out.push('\\');
            }
            out.push(r as u8 as char);
            i += 1;
        }
    }
    out.push('"');
    out
}

/// The calendar fields of an instant seen in a zone (Time.Date, Clock, Weekday, YearDay).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    /// 1 = January.
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    /// 0 = Sunday.
    pub weekday: i64,
    /// 1-based day of the year.
    pub yday: i64,
}

/// The calendar fields of `unix_sec` in a zone `offset` seconds east of UTC.
pub fn civil(unix_sec: i64, offset: i32) -> Civil {
    let local = unix_sec.saturating_add(i64::from(offset));
    let days = local.div_euclid(86_400);
    let secs = local.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    Civil {
        year,
        month: month as i64,
        day,
        hour: secs / 3600,
        minute: secs / 60 % 60,
        second: secs % 60,
        weekday: (days + 4).rem_euclid(7),
        yday: year_day(year, month, day),
    }
}

/// norm: moves overflow of `lo` (in units of `base`) into `hi`.
fn norm(hi: i64, lo: i64, base: i64) -> (i64, i64) {
    let (mut hi, mut lo) = (hi, lo);
    if lo < 0 {
        let n = (-(lo + 1)) / base + 1;
        hi = hi.wrapping_sub(n);
        lo = lo.wrapping_add(n.wrapping_mul(base));
    }
    if lo >= base {
        let n = lo / base;
        hi = hi.wrapping_add(n);
        lo -= n * base;
    }
    (hi, lo)
}

/// time.Date: the instant (Unix seconds, nanoseconds) of a calendar time in a zone
/// `offset` seconds east of UTC; out-of-range fields carry over as in Go.
#[allow(clippy::too_many_arguments)]
pub fn date(
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    min: i64,
    sec: i64,
    nsec: i64,
    offset: i32,
) -> (i64, u32) {
    let (year, m) = norm(year, month.wrapping_sub(1), 12);
    let (sec, nsec) = norm(sec, nsec, 1_000_000_000);
    let (min, sec) = norm(min, sec, 60);
    let (hour, min) = norm(hour, min, 60);
    let (day, hour) = norm(day, hour, 24);
    let days = days_from_civil(year, m + 1).wrapping_add(day.wrapping_sub(1));
    let secs = days
        .wrapping_mul(86_400)
        .wrapping_add(hour * 3600 + min * 60 + sec)
        .wrapping_sub(i64::from(offset));
    (secs, nsec as u32)
}

/// Days from 1970-01-01 to the first of `month` (1-12) of `year`.
fn days_from_civil(year: i64, month: i64) -> i64 {
    let y = if month <= 2 {
        year.wrapping_sub(1)
    } else {
        year
    };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era.wrapping_mul(146_097).wrapping_add(doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::strconv::unquote;

    #[test]
    fn matches_real_go() {
        let mut failures = Vec::new();
        let mut count = 0;
        for line in include_str!("../testdata/time.golden").lines() {
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
                "FormatIn" | "StringIn" => {
                    let name = String::from_utf8_lossy(&q(f[3])).into_owned();
                    let zone = Zone {
                        name: &name,
                        offset: num(4) as i32,
                    };
                    if f[0] == "FormatIn" {
                        format_time(&mut got, num(1), num(2) as u32, zone, &q(f[5]));
                        q(f[6])
                    } else {
                        time_string(&mut got, num(1), num(2) as u32, zone, None);
                        q(f[5])
                    }
                }
                "Duration" => {
                    got = duration_string(num(1)).into_bytes();
                    q(f[2])
                }
                "ParseDuration" => {
                    let (d, err) = match parse_duration(&q(f[1])) {
                        Ok(d) => (d, String::new()),
                        Err(e) => (0, e),
                    };
                    got = format!("{d} {err}").into_bytes();
                    format!("{} {}", f[2], String::from_utf8_lossy(&q(f[3]))).into_bytes()
                }
                "Parse" => {
                    let (desc, err) = match parse(&q(f[1]), &q(f[2])) {
                        Ok(t) => {
                            let (name, offset, loc) = match &t.zone {
                                ParsedZone::Utc => ("UTC".to_string(), 0, "UTC".to_string()),
                                ParsedZone::Local => ("UTC".to_string(), 0, "Local".to_string()),
                                ParsedZone::Fixed { name, offset } => {
                                    (name.clone(), *offset, name.clone())
                                }
                            };
                            (
                                format!("{} {} {:?} {offset} {:?}", t.unix_sec, t.nsec, name, loc),
                                String::new(),
                            )
                        }
                        Err(e) => ("-62135596800 0 \"UTC\" 0 \"UTC\"".to_string(), e),
                    };
                    got = format!("{desc}\t{err}").into_bytes();
                    format!("{}\t{}", f[3], String::from_utf8_lossy(&q(f[4]))).into_bytes()
                }
                "Civil" => {
                    let c = civil(num(1), 0);
                    got = format!(
                        "{} {} {} {} {} {} {} {}",
                        c.year, c.month, c.day, c.hour, c.minute, c.second, c.weekday, c.yday
                    )
                    .into_bytes();
                    f[2].as_bytes().to_vec()
                }
                "Date" => {
                    let v: Vec<i64> = f[1].split(' ').map(|x| x.parse().expect("field")).collect();
                    let (sec, nsec) = date(v[0], v[1], v[2], v[3], v[4], v[5], v[6], 0);
                    got = format!("{sec} {nsec}").into_bytes();
                    format!("{} {}", f[2], f[3]).into_bytes()
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
            let value: Vec<u8> = (0..next() % 14)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let _ = parse(&layout, &value);
            let _ = parse_duration(&value);
            let _ = date(
                next() as i64 >> 20,
                next() as i64 >> 40,
                next() as i64 >> 40,
                0,
                0,
                0,
                next() as i64 >> 1,
                0,
            );
        }
        let _ = date(
            i64::MAX,
            i64::MAX,
            i64::MAX,
            i64::MAX,
            i64::MAX,
            i64::MAX,
            i64::MAX,
            i32::MAX,
        );
        let _ = date(
            i64::MIN,
            i64::MIN,
            i64::MIN,
            i64::MIN,
            i64::MIN,
            i64::MIN,
            i64::MIN,
            i32::MIN,
        );
        let _ = civil(i64::MIN, i32::MIN);
        format_time(&mut out, i64::MIN, 0, UTC, b"2006-01-02");
        format_time(&mut out, i64::MAX, 0, UTC, b"2006-01-02");
    }
}
