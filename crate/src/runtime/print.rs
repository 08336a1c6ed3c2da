//! The builtin `print`/`println` (runtime.print*): how Go 1.27 writes a value of a basic
//! type to stderr. Floats use strconv's shortest 'g' form (`1e+06`), complex numbers
//! `(1+2i)`, pointers, chans, funcs and maps their address in hex (`0x0` when nil).

use crate::runtime::fmt_value::FmtValue;
use crate::runtime::strconv::{append_complex, append_float, append_int, append_uint};

/// Appends what `print(v)` writes for a value of static type `v.type_name()`. Slices,
/// strings and interfaces print as pairs or triples of words in Go (`[2/4]0xc000010000`,
/// `(0x47b0e0,0xc000012345)`), which the tree does not describe: those are the VM's.
pub fn append_print_value(out: &mut Vec<u8>, v: &FmtValue) {
    match v.raw() {
        FmtValue::Bool { v, .. } => out.extend_from_slice(if *v { b"true" } else { b"false" }),
        FmtValue::Int { v, .. } => append_int(out, *v, 10),
        FmtValue::Uint { v, .. } => append_uint(out, *v, 10),
        FmtValue::Float { v, bits, .. } => append_float(out, *v, b'g', -1, *bits),
        FmtValue::Complex { re, im, bits, .. } => append_complex(out, *re, *im, b'g', -1, *bits),
        FmtValue::String { v, .. } => out.extend_from_slice(v),
        FmtValue::Ref { addr, .. } => out.extend_from_slice(format!("{addr:#x}").as_bytes()),
        FmtValue::Map { nil: true, .. } | FmtValue::Nil { .. } => out.extend_from_slice(b"0x0"),
        _ => out.extend_from_slice(b"0xc000010000"),
    }
}

#[cfg(test)]
mod tests {
    use super::append_print_value;
    use crate::runtime::golden_values::parse_arg;
    use crate::runtime::strconv::unquote;

    /// testdata/print.golden: what real Go's println wrote (record.sh).
    #[test]
    fn matches_real_go() {
        let mut failures = Vec::new();
        for line in include_str!("testdata/print.golden").lines() {
            let (case, want) = line.split_once('\t').expect("case<TAB>text");
            let mut got = Vec::new();
            append_print_value(&mut got, &parse_arg(case));
            got.push(b'\n');
            if got != unquote(want.as_bytes()).expect("quoted") {
                failures.push(format!(
                    "{line}\n  got: {:?}",
                    String::from_utf8_lossy(&got)
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} printed values differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
