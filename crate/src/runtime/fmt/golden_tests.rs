//! Golden tests: every case of testdata/fmt_cases.txt (and the random fmt_fuzz cases)
//! formatted here must equal what real Go printed for it (recorded by testdata/record.sh).
//! The operands are built by crate::runtime::golden_values.

use super::{errorf, sprint, sprintf, sprintln, Wrapped};
use crate::runtime::fmt_value::FmtValue as V;
use crate::runtime::golden_values::{normalise, parse_arg};
use crate::runtime::strconv::{quote, unquote};

fn describe_errorf(msg: &[u8], wrapped: Wrapped, args: &[V]) -> Vec<u8> {
    let mut out = msg.to_vec();
    out.extend_from_slice(b" |");
    match wrapped {
        Wrapped::None => {}
        Wrapped::One(k) => {
            let idx = if args[k].is_error() { k as i64 } else { -1 };
            out.extend_from_slice(format!(" {idx} one").as_bytes());
        }
        Wrapped::Many(list) => {
            for k in list {
                out.extend_from_slice(format!(" {k}").as_bytes());
            }
            out.extend_from_slice(b" many");
        }
    }
    out
}

#[test]
fn fmt_matches_real_go() {
    check_golden("fmt", include_str!("../testdata/fmt.golden"));
}

/// Random directives over basic operands (testdata/golden/fmtfuzz.go).
#[test]
fn random_printf_cases_match_real_go() {
    check_golden("random Printf", include_str!("../testdata/fmt_fuzz.golden"));
}

fn check_golden(kind: &str, golden: &str) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in golden.lines() {
        let (case, expected) = line.rsplit_once('\t').expect("case<TAB>result");
        let expected = unquote(expected.as_bytes()).expect("quoted result");
        let mut parts = case.split('\t');
        let mode = parts.next().unwrap_or_default();
        let args: Vec<V> = parts.map(parse_arg).collect();
        let mut out = Vec::new();
        match mode {
            "P" => sprint(&mut out, &args),
            "L" => sprintln(&mut out, &args),
            _ if mode.starts_with('E') => {
                let format = unquote(&mode.as_bytes()[1..]).expect("format");
                let w = errorf(&mut out, &format, &args);
                out = describe_errorf(&out, w, &args);
            }
            _ => sprintf(&mut out, &unquote(mode.as_bytes()).expect("format"), &args),
        }
        count += 1;
        let has_addresses = case.contains('@') || case.contains("%p");
        let same = if has_addresses {
            normalise(&out) == normalise(&expected)
        } else {
            out == expected
        };
        if !same {
            failures.push(format!(
                "{case}\n   go: {}\n  got: {}",
                String::from_utf8_lossy(&quote(&expected)),
                String::from_utf8_lossy(&quote(&out))
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} {kind} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
