//! Package fmt's printing engine (print.go/format.go semantics) over [`FmtValue`] trees.
//!
//! API for the VM (see [`crate::runtime::fmt_value`] for how to build the operands):
//! - [`method_needs`]: which args need Error/String/GoString called before formatting.
//! - [`sprint`], [`sprintln`], [`sprintf`]: append the formatted text to `out`
//!   (Print/Fprint/Sprint and friends all use these; the VM writes `out` where it belongs).
//! - [`errorf`]: Sprintf that also returns the `%w` operands ([`Wrapped`]).

mod format;
mod print;
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
