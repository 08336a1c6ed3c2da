//! Golden tests against real Go: testdata/float.golden (FormatFloat) and
//! testdata/strconv.golden (integer conversions, ParseFloat, quoting), both recorded by
//! testdata/record.sh.

use super::*;

fn q(s: &str) -> Vec<u8> {
    unquote(s.as_bytes()).unwrap_or_else(|| panic!("bad quoted field {s}"))
}

fn err_text(e: Option<NumError>) -> Vec<u8> {
    e.map(|e| e.message()).unwrap_or_default()
}

fn report(kind: &str, failures: &[String], count: usize) {
    assert!(
        failures.is_empty(),
        "{} of {count} {kind} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn format_float_matches_real_go() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("../testdata/float.golden").lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let [bits, size, fmt, prec, want] = f[..] else {
            panic!("bad line {line}")
        };
        let v = f64::from_bits(u64::from_str_radix(bits, 16).expect("bits"));
        let got = format_float(
            v,
            fmt.as_bytes()[0],
            prec.parse().expect("prec"),
            size.parse().expect("size"),
        );
        count += 1;
        if got.as_bytes() != q(want) {
            failures.push(format!("{line}\n  got: {got:?}"));
        }
    }
    report("FormatFloat", &failures, count);
}

#[test]
fn strconv_matches_real_go() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("../testdata/strconv.golden").lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let num = |i: usize| f[i].parse::<i64>().expect("number");
        let (got, want): (Vec<u8>, Vec<u8>) = match f[0] {
            "FormatInt" => (format_int(num(1), num(2) as u32).into_bytes(), q(f[3])),
            "FormatUint" => (
                format_uint(f[1].parse().expect("u64"), num(2) as u32).into_bytes(),
                q(f[3]),
            ),
            "Atoi" => {
                let (n, e) = atoi(&q(f[1]));
                (
                    format!("{n} {:?}", err_text(e)).into_bytes(),
                    format!("{} {:?}", f[2], q(f[3])).into_bytes(),
                )
            }
            "ParseInt" => {
                let (n, e) = parse_int(&q(f[1]), num(2), num(3));
                (
                    format!("{n} {:?}", err_text(e)).into_bytes(),
                    format!("{} {:?}", f[4], q(f[5])).into_bytes(),
                )
            }
            "ParseUint" => {
                let (n, e) = parse_uint(&q(f[1]), num(2), num(3));
                (
                    format!("{n} {:?}", err_text(e)).into_bytes(),
                    format!("{} {:?}", f[4], q(f[5])).into_bytes(),
                )
            }
            "ParseBool" => {
                let r = parse_bool(&q(f[1]));
                let (b, e) = match r {
                    Ok(b) => (b, None),
                    Err(e) => (false, Some(e)),
                };
                (
                    format!("{b} {:?}", err_text(e)).into_bytes(),
                    format!("{} {:?}", f[2], q(f[3])).into_bytes(),
                )
            }
            "ParseFloat" => {
                let (v, e) = parse_float(&q(f[1]), num(2));
                (
                    format!("{:016x} {:?}", v.to_bits(), err_text(e)).into_bytes(),
                    format!("{} {:?}", f[3], q(f[4])).into_bytes(),
                )
            }
            "FormatComplex" => {
                let bits = |s: &str| f64::from_bits(u64::from_str_radix(s, 16).expect("bits"));
                let mut out = Vec::new();
                append_complex(&mut out, bits(f[1]), bits(f[2]), b'g', -1, num(3) as u8);
                (out, q(f[4]))
            }
            "DecodeRune" => {
                let s = q(f[1]);
                let (r, size) = crate::runtime::utf8::decode_rune(&s);
                let count = crate::runtime::utf8::rune_count(&s);
                (
                    format!("{r} {size} {count}").into_bytes(),
                    format!("{} {} {}", f[2], f[3], f[4]).into_bytes(),
                )
            }
            "Quote" => (quote(&q(f[1])), q(f[2])),
            "QuoteToASCII" => {
                let mut out = Vec::new();
                append_quote(&mut out, &q(f[1]), true);
                (out, q(f[2]))
            }
            "CanBackquote" => (
                can_backquote(&q(f[1])).to_string().into_bytes(),
                f[2].as_bytes().to_vec(),
            ),
            "QuoteRune" | "QuoteRuneToASCII" => {
                let mut out = Vec::new();
                append_quote_rune(&mut out, num(1) as i32 as u32, f[0] == "QuoteRuneToASCII");
                (out, q(f[2]))
            }
            "IsPrint" => (
                is_print(num(1) as i32 as u32).to_string().into_bytes(),
                f[2].as_bytes().to_vec(),
            ),
            "Unquote" => {
                let r = unquote(&q(f[1]));
                let err: &[u8] = if r.is_some() { b"" } else { b"invalid syntax" };
                (
                    format!("{:?} {:?}", r.unwrap_or_default(), err).into_bytes(),
                    format!("{:?} {:?}", q(f[2]), q(f[3])).into_bytes(),
                )
            }
            other => panic!("unknown function {other}"),
        };
        count += 1;
        if got != want {
            failures.push(format!(
                "{line}\n  got: {}\n want: {}",
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want)
            ));
        }
    }
    report("strconv", &failures, count);
}
