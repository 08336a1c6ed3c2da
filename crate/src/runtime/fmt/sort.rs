//! Map keys in the order internal/fmtsort gives them, so printed maps are deterministic.

use crate::runtime::fmt_value::FmtValue;
use std::cmp::Ordering;

/// The entries of a map, sorted by key.
pub(super) fn sort_entries<'v, 'a>(
    entries: &'v [(FmtValue<'a>, FmtValue<'a>)],
) -> Vec<&'v (FmtValue<'a>, FmtValue<'a>)> {
    let mut sorted: Vec<_> = entries.iter().collect();
    crate::sort::sort_by(&mut sorted, |a, b| compare(&a.0, &b.0));
    sorted
}

fn float_compare(a: f64, b: f64) -> Ordering {
    if a.is_nan() {
        Ordering::Less
    } else if b.is_nan() {
        Ordering::Greater
    } else {
        a.partial_cmp(&b).unwrap_or(Ordering::Equal)
    }
}

/// Where gc's linker places a type's descriptor, which is how fmtsort orders keys of
/// different dynamic types (by descriptor address). Observed with real Go: unnamed
/// composite types first (by name), then named types over basic ones, `string`, the other
/// predeclared types in the compiler's kind order, and named composite types last.
fn type_rank(v: &FmtValue) -> (u8, u8) {
    const KIND_ORDER: [&str; 16] = [
        "int8",
        "uint8",
        "int16",
        "uint16",
        "int32",
        "uint32",
        "int64",
        "uint64",
        "int",
        "uint",
        "uintptr",
        "complex64",
        "complex128",
        "float32",
        "float64",
        "bool",
    ];
    let name = v.type_name();
    if name == "string" {
        return (2, 0);
    }
    if let Some(i) = KIND_ORDER.iter().position(|&k| k == name) {
        return (3, i as u8);
    }
    let unnamed = [
        "*",
        "[",
        "chan ",
        "<-chan",
        "struct {",
        "map[",
        "func(",
        "interface {",
    ]
    .iter()
    .any(|p| name.starts_with(p));
    let basic_underlying = matches!(
        v,
        FmtValue::Bool { .. }
            | FmtValue::Int { .. }
            | FmtValue::Uint { .. }
            | FmtValue::Float { .. }
            | FmtValue::Complex { .. }
            | FmtValue::String { .. }
    );
    match (unnamed, basic_underlying) {
        (true, _) => (0, 0),
        (false, true) => (1, 0),
        (false, false) => (4, 0),
    }
}

/// fmtsort.compare. Keys of an interface-typed map may differ in dynamic type: Go orders
/// those by type descriptor address, approximated by [`type_rank`].
fn compare(a: &FmtValue, b: &FmtValue) -> Ordering {
    use FmtValue as V;
    let (a, b) = (a.raw(), b.raw());
    match (a, b) {
        (V::Nil { .. }, V::Nil { .. }) => Ordering::Equal,
        (V::Nil { .. }, _) => Ordering::Less,
        (_, V::Nil { .. }) => Ordering::Greater,
        _ if a.type_name() != b.type_name() => type_rank(a)
            .cmp(&type_rank(b))
            .then_with(|| a.type_name().cmp(b.type_name())),
        (V::Int { v: x, .. }, V::Int { v: y, .. }) => x.cmp(y),
        (V::Uint { v: x, .. }, V::Uint { v: y, .. }) => x.cmp(y),
        (V::String { v: x, .. }, V::String { v: y, .. }) => x.cmp(y),
        (V::Float { v: x, .. }, V::Float { v: y, .. }) => float_compare(*x, *y),
        (V::Complex { re: r1, im: i1, .. }, V::Complex { re: r2, im: i2, .. }) => {
            float_compare(*r1, *r2).then_with(|| float_compare(*i1, *i2))
        }
        (V::Bool { v: x, .. }, V::Bool { v: y, .. }) => x.cmp(y),
        (V::Ref { addr: x, .. }, V::Ref { addr: y, .. }) => x.cmp(y),
        (V::Struct { fields: x, .. }, V::Struct { fields: y, .. }) => x
            .iter()
            .zip(y)
            .map(|(f, g)| compare(&f.1, &g.1))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal),
        (V::List { elems: x, .. }, V::List { elems: y, .. }) => x
            .iter()
            .zip(y)
            .map(|(e, f)| compare(e, f))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal),
        (V::Bytes { v: x, .. }, V::Bytes { v: y, .. }) => x.cmp(y),
        _ => Ordering::Equal,
    }
}
