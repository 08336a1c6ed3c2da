//! How the Go runtime prints a panic value after `panic: ` (runtime.printpanicval):
//! Error()/String() results, basic values as the builtin print does, named basic types as
//! `main.MyInt(3)`, anything else as `(main.T) 0xc000012345`. The VM adds `panic: `, the
//! ` [recovered]` markers and the goroutine trace.

use crate::runtime::fmt_value::{FmtValue, MethodKind, MethodOutcome};
use crate::runtime::strconv::{append_complex, append_float, append_int, append_uint};

/// What Go prints for a value with no address of its own in the tree (a struct, slice,
/// map or array boxed in the interface).
const PLACEHOLDER_ADDR: u64 = 0xc000012000;

const BASIC: [&str; 17] = [
    "bool",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "string",
];

/// printindented: a newline in the message is followed by a tab.
fn append_indented(out: &mut Vec<u8>, s: &[u8]) {
    for &c in s {
        out.push(c);
        if c == b'\n' {
            out.push(b'\t');
        }
    }
}

fn append_hex(out: &mut Vec<u8>, addr: u64) {
    out.extend_from_slice(format!("{addr:#x}").as_bytes());
}

/// Appends the text Go's runtime prints for the panic value `v`. The value's Error()
/// (or else String()) outcome is used when the VM attached one, as preprintpanics does.
pub fn append_panic_value(out: &mut Vec<u8>, v: &FmtValue) {
    let mut cur = v;
    while let FmtValue::Method(m) = cur {
        if m.kind != MethodKind::GoString {
            if let MethodOutcome::Returned(s) = &m.outcome {
                append_indented(out, s);
                return;
            }
        }
        cur = &m.value;
    }
    let raw = v.raw();
    let ty = raw.type_name();
    let named = !BASIC.contains(&ty);
    // Named basic types print as `T(value)`, complex ones as `T(re+imi)`.
    let wrap = named && !matches!(raw, FmtValue::Complex { .. });
    let open = |out: &mut Vec<u8>| {
        if named {
            out.extend_from_slice(ty.as_bytes());
        }
        if wrap {
            out.push(b'(');
        }
    };
    match raw {
        FmtValue::Nil { .. } => out.extend_from_slice(b"nil"),
        FmtValue::Bool { v, .. } => {
            open(out);
            out.extend_from_slice(if *v { b"true" } else { b"false" });
        }
        FmtValue::Int { v, .. } => {
            open(out);
            append_int(out, *v, 10);
        }
        FmtValue::Uint { v, .. } => {
            open(out);
            append_uint(out, *v, 10);
        }
        FmtValue::Float { v, bits, .. } => {
            open(out);
            append_float(out, *v, b'g', -1, *bits);
        }
        FmtValue::Complex { re, im, bits, .. } => {
            open(out);
            append_complex(out, *re, *im, b'g', -1, *bits);
        }
        FmtValue::String { v, .. } => {
            open(out);
            if named {
                out.push(b'"');
            }
            append_indented(out, v);
            if named {
                out.push(b'"');
            }
        }
        FmtValue::Ref { addr, .. } => {
            out.push(b'(');
            out.extend_from_slice(ty.as_bytes());
            out.extend_from_slice(b") ");
            append_hex(out, *addr);
            return;
        }
        FmtValue::Bytes { .. }
        | FmtValue::List { .. }
        | FmtValue::Map { .. }
        | FmtValue::Struct { .. } => {
            out.push(b'(');
            out.extend_from_slice(ty.as_bytes());
            out.extend_from_slice(b") ");
            append_hex(out, PLACEHOLDER_ADDR);
            return;
        }
        FmtValue::Method(_) => return,
    }
    if wrap {
        out.push(b')');
    }
}

#[cfg(test)]
mod tests {
    use super::append_panic_value;
    use crate::runtime::golden_values::{normalise, parse_arg};
    use crate::runtime::strconv::unquote;

    /// testdata/panic.golden: what real Go printed for `panic(value)` (record.sh).
    #[test]
    fn matches_real_go() {
        let mut failures = Vec::new();
        let golden = include_str!("testdata/panic.golden");
        for line in golden.lines() {
            let (case, want) = line.split_once('\t').expect("case<TAB>text");
            let mut got = b"panic: ".to_vec();
            append_panic_value(&mut got, &parse_arg(case));
            let want = unquote(want.as_bytes()).expect("quoted");
            if normalise(&got) != normalise(&want) {
                failures.push(format!(
                    "{line}\n  got: {:?}",
                    String::from_utf8_lossy(&got)
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} panic values differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
