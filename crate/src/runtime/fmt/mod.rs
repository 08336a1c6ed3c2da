//! Package fmt's printing engine (print.go/format.go semantics) over [`FmtValue`] trees.
//!
//! API for the VM (see [`crate::runtime::fmt_value`] for how to build the operands):
//! - [`method_needs`]: which args need Error/String/GoString called before formatting.
//! - [`sprint`], [`sprintln`], [`sprintf`]: append the formatted text to `out`
//!   (Print/Fprint/Sprint and friends all use these; the VM writes `out` where it belongs).
//! - [`errorf`]: Sprintf that also returns the `%w` operands ([`Wrapped`]).

mod format;
mod print;
pub mod scan;
mod sort;

#[cfg(test)]
mod golden_tests;

use super::fmt_value::FmtValue;
use print::Printer;

/// Which formatting methods the VM must call on one arg (and the values nested in it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Needs {
    /// `Error()` (or `String()` when the value is not an error): verbs v s q x X w.
    pub string: bool,
    /// `GoString()`: verb `%#v`.
    pub go_string: bool,
}

/// The `%w` operands of an Errorf call, as fmt.Errorf picks them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wrapped {
    /// No `%w`: the result is a plain `errors.New(s)`-like `*errors.errorString`.
    None,
    /// One `%w`: a `*fmt.wrapError` whose Unwrap returns arg `.0` (nil if that arg is not
    /// an error).
    One(usize),
    /// Several: a `*fmt.wrapErrors` whose Unwrap returns these args, in order (already
    /// deduplicated and restricted to errors).
    Many(Vec<usize>),
}

/// The method calls a Printf-style call (`format` = Some) or a Print/Println call (None)
/// needs for each of `args`. The args may be method-free (only `*` width operands are read).
pub fn method_needs(format: Option<&[u8]>, args: &[FmtValue]) -> Vec<Needs> {
    let Some(format) = format else {
        return vec![
            Needs {
                string: true,
                go_string: false
            };
            args.len()
        ];
    };
    let mut sink = Vec::new();
    let mut p = Printer::new(&mut sink);
    p.needs = Some(vec![Needs::default(); args.len()]);
    p.do_printf(format, args);
    p.needs.take().unwrap_or_default()
}

/// fmt.Sprint: spaces between operands when neither side is a string.
pub fn sprint(out: &mut Vec<u8>, args: &[FmtValue]) {
    Printer::new(out).do_print(args);
}

/// fmt.Sprintln: spaces between all operands and a final newline.
pub fn sprintln(out: &mut Vec<u8>, args: &[FmtValue]) {
    Printer::new(out).do_println(args);
}

/// fmt.Sprintf (`%w` is a bad verb here, as in Go).
pub fn sprintf(out: &mut Vec<u8>, format: &[u8], args: &[FmtValue]) {
    Printer::new(out).do_printf(format, args);
}

/// fmt.Errorf's formatting: the message, plus which operands it wraps.
pub fn errorf(out: &mut Vec<u8>, format: &[u8], args: &[FmtValue]) -> Wrapped {
    let mut p = Printer::new(out);
    p.wrap_errs = true;
    p.do_printf(format, args);
    p.wrapped(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: Needs = Needs {
        string: false,
        go_string: false,
    };
    const STRING: Needs = Needs {
        string: true,
        go_string: false,
    };
    const GO_STRING: Needs = Needs {
        string: false,
        go_string: true,
    };

    fn needs(format: &str, n: usize) -> Vec<Needs> {
        let args: Vec<FmtValue> = (0..n as i64).map(|i| FmtValue::int(i + 3)).collect();
        method_needs(Some(format.as_bytes()), &args)
    }

    #[test]
    fn method_needs_follow_the_verbs() {
        assert_eq!(
            method_needs(None, &[FmtValue::int(1), FmtValue::nil()]),
            vec![STRING, STRING]
        );
        assert_eq!(
            needs("%d %v %s %q %x %X %T %p", 8),
            vec![NONE, STRING, STRING, STRING, STRING, STRING, NONE, NONE]
        );
        assert_eq!(needs("%#v %+v %5.2v", 3), vec![GO_STRING, STRING, STRING]);
        assert_eq!(needs("%[2]d %[1]d %[2]s", 2), vec![NONE, STRING]);
        // `*` operands are widths (never formatted); extra operands print with %v.
        assert_eq!(needs("%*d", 3), vec![NONE, NONE, STRING]);
        assert_eq!(needs("%w", 1), vec![STRING]);
        assert_eq!(needs("", 1), vec![STRING]);
    }
}

#[cfg(test)]
mod robustness {
    use super::*;
    use crate::runtime::fmt_value::{RefKind, Seq};
    use std::borrow::Cow;

    /// xorshift: deterministic pseudo-random inputs.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<'t, T>(&mut self, items: &'t [T]) -> &'t T {
            &items[(self.next() % items.len() as u64) as usize]
        }
    }

    fn value(r: &mut Rng, depth: u32) -> FmtValue<'static> {
        let kind = r.next() % if depth > 2 { 6 } else { 10 };
        match kind {
            0 => FmtValue::int(r.next() as i64),
            1 => FmtValue::uint(r.next()),
            2 => FmtValue::float64(f64::from_bits(r.next())),
            3 => FmtValue::String {
                ty: "string".into(),
                v: Cow::Owned((0..r.next() % 6).map(|_| r.next() as u8).collect()),
            },
            4 => FmtValue::nil(),
            5 => FmtValue::Ref {
                ty: "*int".into(),
                kind: RefKind::Pointer,
                addr: r.next() % 3,
                pointee: None,
            },
            6 => FmtValue::List {
                ty: "[]interface {}".into(),
                seq: Seq::Slice {
                    nil: r.next().is_multiple_of(2),
                },
                elems: (0..r.next() % 3).map(|_| value(r, depth + 1)).collect(),
            },
            7 => FmtValue::Map {
                ty: "map[interface {}]interface {}".into(),
                nil: false,
                entries: (0..r.next() % 3)
                    .map(|_| (value(r, depth + 1), value(r, depth + 1)))
                    .collect(),
            },
            8 => FmtValue::Struct {
                ty: "main.T".into(),
                fields: vec![("A".into(), value(r, depth + 1))],
            },
            _ => FmtValue::Bytes {
                ty: "[]uint8".into(),
                elem_ty: "uint8".into(),
                seq: Seq::Slice { nil: false },
                v: Cow::Owned(vec![r.next() as u8, 0xff]),
            },
        }
    }

    #[test]
    fn random_formats_never_panic() {
        let alphabet = b"%%%%-+# 0123456789.*[]dvsxXqTtpcUeEfgGbow\xc3\xa9!";
        let mut r = Rng(0x9E37_79B9_7F4A_7C15);
        let mut out = Vec::new();
        for _ in 0..20_000 {
            let format: Vec<u8> = (0..r.next() % 12).map(|_| *r.pick(alphabet)).collect();
            let args: Vec<FmtValue> = (0..r.next() % 4).map(|_| value(&mut r, 0)).collect();
            out.clear();
            sprintf(&mut out, &format, &args);
            let _ = errorf(&mut out, &format, &args);
            let _ = method_needs(Some(&format), &args);
            sprint(&mut out, &args);
            sprintln(&mut out, &args);
        }
    }
}
