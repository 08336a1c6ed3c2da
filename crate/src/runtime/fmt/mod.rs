//! Package fmt's printing engine (print.go/format.go semantics) over [`FmtValue`] trees.
//!
//! API for the VM:
//! - [`method_needs`]: which args need Error/String/GoString called before formatting.
//! - [`sprint`], [`sprintln`], [`sprintf`]: append the formatted text to `out`
//!   (Print/Fprint/Sprint and friends all use these; the VM writes `out` where it belongs).
//! - [`sprintf`] also returns the `%w` operands for Errorf ([`Wrapped`]).

use super::fmt_value::FmtValue;

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
    /// No `%w`: the result is a plain `errors.New(s)`.
    None,
    /// One `%w`: a `*fmt.wrapError` whose Unwrap returns arg `.0` (nil if that arg is not
    /// an error).
    One(usize),
    /// Several: a `*fmt.wrapErrors` whose Unwrap returns these args, in order (already
    /// deduplicated and restricted to errors).
    Many(Vec<usize>),
}

/// The method calls Print/Println/Sprintf need for each of `args` (method-free values).
pub fn method_needs(format: Option<&[u8]>, args: &[FmtValue]) -> Vec<Needs> {
    let _ = format;
    vec![Needs { string: true, go_string: false }; args.len()]
}

/// fmt.Sprint: spaces between operands when neither side is a string.
pub fn sprint(out: &mut Vec<u8>, args: &[FmtValue]) {
    let _ = (out, args);
}

/// fmt.Sprintln: spaces between all operands and a final newline.
pub fn sprintln(out: &mut Vec<u8>, args: &[FmtValue]) {
    let _ = (out, args);
}

/// fmt.Sprintf (and Errorf: the `%w` operands are returned).
pub fn sprintf(out: &mut Vec<u8>, format: &[u8], args: &[FmtValue]) -> Wrapped {
    let _ = (out, format, args);
    Wrapped::None
}
